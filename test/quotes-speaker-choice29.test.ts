/**
 * Speaker choice in Indonesian for shapes found by reading unlabelled text by how each speaker was found (issue 9,
 * round 29), written with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const quotes = (text: string) => directQuotes(text);

describe('speaker choice29: a person introduced at the start of a sentence gives a later one-word speaker the full name', () => {
  it('speaker choice29: `<First> <Last>, yang …` opening a paragraph completes a later `kata <Last>`', () => {
    const text =
      'Para sopir angkot berkumpul di terminal Tegalwiru sejak pagi.\n\nLutgardis Penaweng, yang sudah dua puluh tahun menarik angkot, ikut datang bersama anaknya.\n\n"Setoran kami makin berat sejak harga solar naik," kata Penaweng.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Lutgardis Penaweng']);
  });

  it('speaker choice29: an age or a lower-case title after the comma introduces the person too', () => {
    const aged = 'Lutgardis Penaweng, 52, menunggu di terminal.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    const titled = 'Lutgardis Penaweng, ketua paguyuban sopir, menunggu di terminal.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    expect(quotes(aged)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
    expect(quotes(titled)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
  });

  it('speaker choice29: must not fire on a common noun opening a sentence before the name (`Sengketa <Last> dengan …`)', () => {
    const text = 'Sengketa Penaweng dengan koperasi sopir masih berlanjut.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Penaweng');
  });
});

describe('speaker choice29: a title, a lower-case field and `dari`/`di` a body before the name (`Pengamat politik dari Universitas X Y`)', () => {
  it('speaker choice29: a narrative subject so introduced is the one a later `katanya` quotes, not the speaker before', () => {
    const text =
      '"Stok obat di puskesmas masih aman," kata Ondrasih Marbunari, kepala gudang farmasi kabupaten.\n\nDalam seminar daring Kamis malam, Peneliti kesehatan lingkungan dari Institut Teknologi Welarung (ITW) Lutgardis Penaweng menjelaskan, kabut asap bulan ini lebih pekat daripada tahun lalu. "Anak-anak sebaiknya tidak bermain di luar rumah," katanya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Ondrasih Marbunari', 'Lutgardis Penaweng']);
  });

  it('speaker choice29: after a speech verb, a lower-case title with its field keeps the name (`kata pakar hukum pidana dari …`)', () => {
    const text = '"Pasal itu terlalu lentur," kata pakar hukum pidana dari Universitas Sumbaluri (Unsumba) Lutgardis Penaweng.';
    const sp = quotes(text)[0]?.speaker;
    expect(sp?.name).toBe('Lutgardis Penaweng');
    expect(sp?.organisation).toContain('Universitas Sumbaluri');
  });

  it('speaker choice29: must not fire when the words after the link name no body (a place), nor after a verb', () => {
    const place = '"Porsinya sudah pas," kata ahli gizi di Tegalwiru Raya, Lutgardis Penaweng.';
    expect(quotes(place)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
    const verb = '"Jalan sudah dibuka," kata Ondrasih Marbunari. Gubernur tiba dari Universitas Sumbaluri siang itu. "Kami lega," katanya.';
    expect(quotes(verb).map((q) => q.speaker?.name)).toEqual(['Ondrasih Marbunari', 'Ondrasih Marbunari']);
  });
});

describe('speaker choice29: `demikian <document> …` after a quote gives it to the document, not to the last speaker', () => {
  const before = '"Kapal kami sudah tiga hari tidak melaut," kata Ondrasih Marbunari.\n\nGelombang tinggi diperkirakan bertahan hingga akhir pekan.\n\n';

  it('speaker choice29: `demikian keterangan tertulis <Body>` names the body as the source', () => {
    const text = `${before}"Nelayan diminta menunda pelayaran sampai cuaca membaik," demikian keterangan tertulis Dinas Kelautan Kabupaten Welarung.`;
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Ondrasih Marbunari', 'Dinas Kelautan Kabupaten Welarung']);
  });

  it('speaker choice29: must not fire on `demikian` before a speech verb (`demikian kata <person>`)', () => {
    const text = `${before}"Nelayan diminta menunda pelayaran sampai cuaca membaik," demikian kata Lutgardis Penaweng.`;
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Ondrasih Marbunari', 'Lutgardis Penaweng']);
  });
});
