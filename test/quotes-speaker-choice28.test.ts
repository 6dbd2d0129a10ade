/**
 * Speaker choice in Indonesian for shapes found on unlabelled text of new outlets (issue 9, round 28), written
 * with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const quotes = (text: string) => directQuotes(text);

describe('speaker choice28: the words after a legal form opening a company name are the company, not a person', () => {
  it('speaker choice28: a title of `PT <words>` named in passing is nobody a later `katanya` quotes', () => {
    const text =
      'Penyidik sudah memeriksa Direktur PT Sarimbit Tirtalaras Abadi pekan lalu.\n\nMantan bendahara dinas, Wirasti Pradnyawati, mengaku tak pernah ikut memilih PT Sarimbit Tirtalaras Abadi sebagai pemasok pompa.\n\n“Saya hanya menandatangani berkas yang sudah disiapkan panitia,” katanya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Wirasti Pradnyawati']);
  });

  it('speaker choice28: must not fire in an attribution: `kata Direktur PT <company> <person>` keeps a speaker', () => {
    const text = '“Gudang kedua kami buka bulan depan,” kata Direktur PT Sarimbit Tirtalaras Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Tirtalaras Gandi Wirasena']);
  });

  it('speaker choice28: must not fire in an attribution under a longer title (`kata Direktur Utama PT <company> <person>`)', () => {
    const text = '“Kapal tambahan baru tiba akhir tahun,” ucap Direktur Utama PT Sarimbit Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Gandi Wirasena']);
  });

  it('speaker choice28: must not fire on a narrative subject quoted later by a pronoun verb', () => {
    const text =
      'Direktur PT Sarimbit Tirtalaras Gandi Wirasena menuturkan, permintaan semen naik sejak musim kemarau.\n\n“Stok di gudang tinggal untuk dua minggu,” ujarnya.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Sarimbit Tirtalaras Gandi Wirasena']);
  });

  it('speaker choice28: must not fire when the article names the company alone, so the name after it is a person', () => {
    const text =
      'Sarimbit Tirtalaras membuka gudang baru di pelabuhan.\n\n“Pompa itu kami kirim tepat waktu dan sesuai pesanan,” kata Direktur PT Sarimbit Tirtalaras Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });

  it('speaker choice28: must not fire without a legal form before the name', () => {
    const text = '“Pompa itu kami kirim tepat waktu dan sesuai pesanan,” kata Direktur Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });
});

describe('speaker choice28: `Kepulauan` is a word of place names, never all that is left of a name', () => {
  it('speaker choice28: a title closed by `<place> Kepulauan` and initials speaks no later quote as `Kepulauan`', () => {
    const text =
      'Kepala Dinas Perikanan Gandi Wirasena mengatakan, kapal pengawas sudah dikirim ke perairan itu. Ia menambahkan, nelayan di Sarimbit ikut membantu. Mantan Kepala Pos Pengawas Sarimbit Kepulauan, AB, juga sudah dimintai keterangan. “Kami belum menemukan alat tangkap terlarang di kapal itu,” ucapnya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Gandi Wirasena']);
  });

  it('speaker choice28: must not fire on a person named after the place (`… Kepulauan Sarimbit Gandi Wirasena`)', () => {
    const text = '“Kami belum menemukan alat tangkap terlarang di kapal itu,” kata Kepala Pos Pengawas Kepulauan Sarimbit Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });
});

describe('speaker choice28: a capitalised run after `di`/`ke` that closes its clause is one place', () => {
  it('speaker choice28: `di Tanjung Sarimbit.` makes both words a place, cut before the name in a title', () => {
    const text =
      'Vaksinasi berjalan lambat di Tanjung Sarimbit.\n\n“Petugas kami hanya enam orang untuk seluruh kecamatan,” kata Kepala Puskesmas Tanjung Sarimbit Wirasti.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wirasti');
  });

  it('speaker choice28: must not fire on every word of a person named after `ke` (`mengirim surat ke <person>.`)', () => {
    const text =
      'Para pedagang pasar menyerahkan petisi ke Gandi Wirasena.\n\n“Petisi itu akan kami bahas pekan depan,” kata Ketua DPRD Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Wirasena']);
  });

  it('speaker choice28: must not fire after a preposition that is no locative (`kepada Wirasti Pradnyawati.`)', () => {
    const text =
      'Bantuan perahu itu diserahkan kepada Wirasti Pradnyawati.\n\n“Petugas kami hanya enam orang untuk seluruh kecamatan,” kata Kepala Puskesmas Wirasti Pradnyawati.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wirasti Pradnyawati');
  });
});

describe('speaker choice28: a minister short title (`Menpar`) is a title, never the first word of the name', () => {
  it('speaker choice28: `Menpar <name> mengatakan` names the person, and a later `kata Menpar` is that person', () => {
    const text =
      'Menpar Gandi Wirasena mengatakan, kunjungan wisatawan naik tajam tahun ini.\n\n“Kami akan membuka dua rute penerbangan baru ke timur,” kata Menpar.';
    const found = quotes(text);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Gandi Wirasena']);
    expect(found[0]?.speaker?.organisation).toBe('Kementerian Pariwisata');
  });

  it('speaker choice28: must not fire on a name that only starts like a minister title (`Menparis Wirasena`)', () => {
    const text = '“Kami akan membuka dua rute penerbangan baru ke timur,” kata Menparis Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Menparis Wirasena');
  });
});
