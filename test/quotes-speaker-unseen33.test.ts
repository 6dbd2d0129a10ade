/**
 * Indonesian speaker shapes found by reading warta's speakers on unlabelled articles of new outlets (issue 9, round 33),
 * written with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker unseen33: a short form cuts a first name, not a surname', () => {
  it('speaker unseen33: a one-word speaker that begins the surname closing someone else’s name is a person of its own', () => {
    const text =
      'WANAJAYA - Kebakaran gudang pupuk di Kampung Sentosa diselidiki.\n\n"Penyebabnya masih kami dalami," kata Kasat Reskrim Polres Wanajaya AKP Wiro Adi Purnomojati, Selasa (4/2).\n\nSalah satu saksi, Purno, bercerita soal api yang muncul dari atap gudang.\n\n"Asapnya hitam sekali," kata Purno.';
    expect(speakers(text)).toEqual(['Wiro Adi Purnomojati | Kasat Reskrim | Polres Wanajaya', 'Purno | null | null']);
  });

  it('speaker unseen33: must not fire: the start of a first name still stands for the person (`Danur`)', () => {
    const text = 'WANAJAYA - Kunjungan wisata naik.\n\n"Hotel kita penuh," kata Menteri Pariwisata Danurwenda Kalista.\n\n"Kami tambah rute," kata Danur.';
    expect(speakers(text)).toEqual([
      'Danurwenda Kalista | Menteri Pariwisata | Kementerian Pariwisata',
      'Danurwenda Kalista | Menteri Pariwisata | Kementerian Pariwisata',
    ]);
  });

  it('speaker unseen33: must not fire: after an initial the first full word is still the name a short form cuts', () => {
    const text = 'WANAJAYA - Pelabuhan diperluas.\n\n"Dermaga baru rampung tahun ini," kata Menteri Perhubungan S. Gandarwati Pramesti.\n\n"Kami sudah menghitung," kata Gandar.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['S. Gandarwati Pramesti', 'S. Gandarwati Pramesti']);
  });
});

describe('speaker unseen33: a weekday before its date closes the speaker', () => {
  it('speaker unseen33: `ujar <title> <body> <Name> Kamis (14/3)` keeps the name, title and body without a comma before the day', () => {
    const text =
      'WANAJAYA - Tarif parkir baru ditimbang.\n\n"Aturannya masih kami kaji," ujar Direktur Layanan Dinas Pendapatan Kota Wanajaya Rudi Hartawan Kamis (14/3).';
    expect(speakers(text)).toEqual(['Rudi Hartawan | Direktur Layanan | Dinas Pendapatan Kota Wanajaya']);
  });

  it('speaker unseen33: must not fire: a weekday set off by a comma reads as before', () => {
    const text = 'WANAJAYA - Tarif parkir baru ditimbang.\n\n"Aturannya masih kami kaji," ujar Rudi Hartawan, Kamis (14/3).';
    expect(speakers(text)).toEqual(['Rudi Hartawan | null | null']);
  });
});

describe('speaker unseen33: a title alone stands for a holder at the same body', () => {
  it('speaker unseen33: `kata Ketua <acronym>` is not the holder of the same title at another body', () => {
    const text =
      'WANAJAYA - Laporan pelanggaran kode etik diperiksa.\n\n"Kami menunggu hasilnya," kata Ketua Komisi Penyiaran Daerah Wanajaya Sekar Wulandari.\n\n"Laporan itu tidak cukup bukti," kata Ketua DEW dalam rapat pleno, Kamis (6/3).';
    expect(speakers(text)[1] ?? '').not.toContain('Sekar Wulandari');
  });

  it('speaker unseen33: must not fire: the body written by its short form is the same body', () => {
    const text =
      'JAKARTA - Pemilu disiapkan.\n\n"Kami siap," kata Ketua Komisi Pemilihan Umum Rahmat Santoso.\n\n"Logistik aman," kata Ketua KPU dalam rapat.';
    expect(speakers(text)[1]).toBe('Rahmat Santoso | Ketua | Komisi Pemilihan Umum');
  });

  it('speaker unseen33: must not fire: a syllable short form of a ministry is the ministry', () => {
    const text =
      'JAKARTA - Pajak naik.\n\n"Kami siap," kata Kepala Biro Humas Kementerian Keuangan Rahmat Santoso.\n\n"Tarif tetap," kata Kepala Biro Humas Kemenkeu dalam rapat.';
    expect(speakers(text)[1]).toContain('Rahmat Santoso');
  });
});

describe('speaker unseen33: `<noun> <title> <Name> itu` points back to someone named before', () => {
  it('speaker unseen33: `kata bawahan Gubernur Wanajaya Budi Hartono itu` is the official quoted before, not the governor', () => {
    const text =
      'WANAJAYA - Jalan provinsi diperbaiki.\n\n"Perbaikan selesai bulan depan," kata Kepala Dinas Pekerjaan Umum Sekar Wulandari.\n\n"Anggarannya sudah cair," kata bawahan Gubernur Wanajaya Budi Hartono itu.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['Sekar Wulandari', 'Sekar Wulandari']);
  });

  it('speaker unseen33: must not fire: without the demonstrative the named person speaks', () => {
    const text = 'WANAJAYA - Jalan provinsi diperbaiki.\n\n"Anggarannya sudah cair," kata Gubernur Wanajaya Budi Hartono.';
    expect(speakers(text)).toEqual(['Budi Hartono | Gubernur Wanajaya | null']);
  });

  it('speaker unseen33: must not fire: an unnamed source closed by a demonstrative stays the source', () => {
    const text = 'JAKARTA - Kasus.\n\n"Ia dibawa ke utara," kata sumber itu kepada wartawan.';
    expect(speakers(text)[0]).toContain('sumber');
  });
});

describe('speaker unseen33: `setempat` closes a title before an apposed name', () => {
  it('speaker unseen33: `kata Kepala Desa setempat, <Name>` gives the named person', () => {
    const text =
      'WANAJAYA - Jalan penghubung dua dusun rusak sejak musim hujan.\n\n"Kami sudah melapor berkali-kali," kata Kepala Desa setempat, Dimas Prasetyo.\n\nWarga berharap perbaikan dimulai bulan depan.';
    expect(speakers(text).map((s) => s?.split(' | ').slice(0, 2).join(' | '))).toEqual(['Dimas Prasetyo | Kepala Desa setempat']);
  });

  it('speaker unseen33: must not fire: a title with a place after it keeps its own reading', () => {
    const text =
      'WANAJAYA - Jalan penghubung dua dusun rusak sejak musim hujan.\n\n"Kami sudah melapor berkali-kali," kata Kepala Desa Sukamaju, Dimas Prasetyo.\n\nWarga berharap perbaikan dimulai bulan depan.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['Dimas Prasetyo']);
  });
});
