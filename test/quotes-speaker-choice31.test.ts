/**
 * Speaker choice in Indonesian for name-span shapes found by reading the speaker names given on unlabelled text
 * (issue 9, round 31), written with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';
import { extractQuotes } from '../src/quotes/extract-quotes.js';

const names = (text: string) => directQuotes(text).map((q) => q.speaker?.name ?? null);

describe('speaker choice31: a role word that is also a given name, inside a name, is one of its words', () => {
  it('speaker choice31: `<title> <body> Dirga Imam Kartawiria` keeps the middle word in the name', () => {
    const text =
      'Anggaran koperasi desa Lembang Sari dipangkas.\n\n"Kami menyiapkan dana cadangan," ucap Bendahara Koperasi Sumber Tirta Dirga Imam Kartawiria.\n\n"Pembayaran tetap jalan," kata Dirga.';
    expect(names(text)).toEqual(['Dirga Imam Kartawiria', 'Dirga Imam Kartawiria']);
  });

  it('speaker choice31: `kata Wiraguna Hakim Sastrodiningrat, <title>` reads the whole name before the comma', () => {
    const text = '"Jalan desa selesai bulan depan," kata Wiraguna Hakim Sastrodiningrat, kepala seksi jalan di kantor kecamatan.';
    expect(names(text)).toEqual(['Wiraguna Hakim Sastrodiningrat']);
  });

  it('speaker choice31: must not fire: the same word standing before a name is still a title', () => {
    const text = '"Terdakwa terbukti lalai," kata Ketua Majelis Hakim Wiraguna Sastrodiningrat di ruang sidang.';
    expect(names(text)).toEqual(['Wiraguna Sastrodiningrat']);
  });

  it('speaker choice31: narrative reads `Dirga Imam Kartawiria` whole too, so a later `kata Dirga` and `katanya` point to him', () => {
    const text =
      'Los pasar ditinjau Dirga Imam Kartawiria pada Senin pagi. "Pedagang tidak dipungut biaya tambahan," kata Dirga.\n\nPada Selasa, Dirga Imam Kartawiria membuka los baru. "Sewanya tetap," katanya.';
    expect(names(text)).toEqual(['Dirga Imam Kartawiria', 'Dirga Imam Kartawiria']);
  });

  it('speaker choice31: must not fire: in narrative, no name starts on the middle word when the name opens the sentence', () => {
    const text = 'Dirga Imam Kartawiria meninjau los pasar pada Senin pagi.\n\n"Pedagang tidak dipungut biaya tambahan," katanya.';
    expect(names(text)[0]).not.toBe('Imam Kartawiria');
  });

  it('speaker choice31: must not fire: in narrative, the word before a name is still a title', () => {
    const text = 'Di ruang sidang, Hakim Wiraguna Sastrodiningrat membacakan putusan. "Terdakwa terbukti lalai," katanya.';
    expect(names(text)).toEqual(['Wiraguna Sastrodiningrat']);
  });
});

describe('speaker choice31: `Menurut <capitalised title>, <Name>, …` makes the holder the one speaking next', () => {
  it('speaker choice31: a title with `dan` and a one-word holder: a pronoun verb after the clause gives the quote to the holder, not to the speaker before', () => {
    const text =
      '"Rumah kami belum diperbaiki," ucap Sulastri.\n\nMenurut Kepala Dinas Perumahan dan Permukiman Wonoreja, Kartomo, perbaikan rumah Sulastri dijadwalkan bulan depan. Bahannya sudah dibeli. "Tukang sudah kami siapkan sejak pekan lalu," katanya.';
    expect(names(text)).toEqual(['Sulastri', 'Kartomo']);
  });

  it('speaker choice31: must not fire: a title with no holder after its comma leaves the quote to the named speaker', () => {
    const text =
      '"Rumah kami belum diperbaiki," ucap Sulastri.\n\nMenurut Kepala Dinas Perumahan, perbaikan rumah itu dijadwalkan bulan depan. "Saya akan terus menunggu," katanya.';
    expect(names(text)).toEqual(['Sulastri', 'Sulastri']);
  });
});

describe('speaker choice31: `Menurut <Name>, <title>, …` keeps the name\'s own comma', () => {
  it('speaker choice31: must not fire: a name first keeps its title and body as read before', () => {
    const text = 'Menurut Kartomo, anggota Dewan Kota Wonoreja Bidang Perumahan, Permukiman, dan Pertamanan, perbaikan rumah dijadwalkan bulan depan.';
    const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('Kartomo');
    expect(q?.speaker?.organisation ?? '').not.toContain('Pertamanan');
  });
});
