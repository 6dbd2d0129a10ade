/** Speakers referred to by a demonstrative title or description naming someone before. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { directQuotes } from '../support/speaker-lines.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker titles: a title closed by a demonstrative names nobody new', () => {
  it('speaker titles: `aktor Senja Contoh itu mengakui …` then `tulisnya` → the person spoken of, not `Senja Contoh`', () => {
    const text = [
      'SURABAYA - Vokalis grup Kapal Kertas, Yoga Pratama, meminta maaf kepada pembeli tiket turnya.',
      'Lewat akun media sosialnya, aktor Senja Contoh itu mengakui jadwal syutingnya bertabrakan.',
      '"Saya harus memilih, dan film ini sudah saya sepakati sejak musim hujan lalu," tulisnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Yoga Pratama', role: 'Vokalis' });
  });

  it('speaker titles: `aktor Dimas Wicaksono mengakui …` with no demonstrative names him (near-miss)', () => {
    const text = [
      'SURABAYA - Vokalis grup Kapal Kertas, Yoga Pratama, meminta maaf kepada pembeli tiket turnya.',
      'Lewat akun media sosialnya, aktor Dimas Wicaksono mengakui jadwal syutingnya bertabrakan.',
      '"Saya harus memilih, dan film ini sudah saya sepakati sejak musim hujan lalu," tulisnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Dimas Wicaksono', role: 'aktor' });
  });
});

describe('speaker fresh: a title closed by a demonstrative refers back', () => {
  it('speaker fresh: Indonesian `kata Ketua Umum Partai X itu` is the chair named before, not a person named `X`', () => {
    const text = 'Ketua Umum Partai Contoh Budi Santoso hadir di Jakarta. Ia datang pagi.\n\n“Kami siap menang,” kata Ketua Umum Partai Contoh itu.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua Umum', organisation: 'Partai Contoh' });
  });

  it('speaker fresh: Malay `kata Pengerusi Persatuan X itu`', () => {
    const text = 'Pengerusi Persatuan Nelayan Contoh, Ahmad Faizal Ramli hadir di majlis itu.\n\n“Kami akan terus berjuang,” kata Pengerusi Persatuan Nelayan Contoh itu.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi' });
  });

  it('speaker fresh: Malay subject `Terbaru, Ahli Parlimen X itu mendakwa` is the member named before', () => {
    const text =
      'Ahli Parlimen Contoh Jaya, Datuk Rahim Hassan aktif di Facebook.\n\n' +
      'Terbaru, Ahli Parlimen Contoh Jaya itu mendakwa menteri tidak bercakap benar.\n\n' +
      '“Saya lihat harga naik setiap minggu,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rahim Hassan');
  });

  it('speaker fresh: a name set off by a comma before the demonstrative is still introduced', () => {
    const text =
      'Penyelidikan yang diketuai Timbalan Pengarah Institut Contoh, Dr. Rahim Hassan itu memfokuskan karbon.\n\n' +
      '“Kaedah ini digunakan untuk eksperimen,” ujarnya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Timbalan Pengarah' });
  });
});

describe('speaker parts: an opener closed by a demonstrative before the subject', () => {
  it('speaker parts: Indonesian `Sementara itu X, Role Org mengatakan` gives X the role and the organisation', () => {
    const text =
      'Sementara itu Budi Santoso, Ketua Bidang Kerjasama Dan Pemasaran Asosiasi Nelayan Contoh (ANC) mengatakan potensi masih besar.\n\n' +
      '“Apalagi nanti akan ada bonus demografi,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: expect.stringContaining('Ketua Bidang'), organisation: expect.stringContaining('Asosiasi Nelayan Contoh') });
  });

  it('speaker parts: Malay `Selain itu X, Role Org berkata` gives X the role and the organisation', () => {
    const text =
      'Selain itu Rosli Hamzah, Pengarah Urusan Syarikat Contoh Jaya Berhad berkata, permintaan meningkat.\n\n' +
      '“Kami akan menambah kilang baharu tahun depan,” kata Rosli.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rosli Hamzah', organisation: expect.stringContaining('Syarikat Contoh Jaya') });
  });

  it('speaker parts: a preposition before a name (`Senada dengan X, Y mengatakan`) leaves Y the subject', () => {
    const text =
      'Senada dengan Rina Wulandari, Ketua Umum Aliansi Petani Contoh Hendra Wijaya mengatakan harga pupuk naik.\n\n' +
      '“Petani kami menjerit,” kata Hendra.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Hendra Wijaya');
  });
});

describe('back title: a demonstrative title in reported speech', () => {
  it('back title: `Mantan Direktur Bank Contoh itu mengatakan …` after a quote of Rina Wulandari is hers', () => {
    const text = '"Harga beras naik lagi minggu ini," kata Rina Wulandari di Jakarta, Senin (3/2/2025). Mantan Direktur Bank Contoh itu mengatakan pemerintah perlu menambah stok beras di pasar.';
    const reported = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'indirect');
    expect(reported.map((q) => [q.speaker?.name, q.speaker?.resolved])).toEqual([['Rina Wulandari', true]]);
  });

  it('back title: `Menurut Politisi Partai Contoh ini, …` after a quote of Rina Wulandari is hers too', () => {
    const text = '"Anggaran jalan sudah kami usulkan," jelas Rina Wulandari. Menurut Politisi Partai Contoh ini, jalan desa harus diperbaiki sebelum musim hujan.';
    const reported = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'indirect');
    expect(reported.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari']);
  });

  it('back title: a title someone named holds (`Ketua Koperasi Tani Maju itu`) stays theirs, not the last speaker’s', () => {
    const text = [
      'Ketua Koperasi Tani Maju Budi Santoso hadir di balai desa.',
      '"Harga beras naik lagi minggu ini," kata Rina Wulandari, Senin (3/2/2025).',
      'Ketua Koperasi Tani Maju itu mengatakan anggotanya siap menjual gabah ke Bulog.',
    ].join('\n\n');
    const reported = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'indirect');
    expect(reported.map((q) => q.speaker?.name)).toEqual(['Budi Santoso']);
  });
});

const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker back-references: `<noun> <title> <Name> itu` points back to someone named before', () => {
  it('`kata bawahan Gubernur Wanajaya Budi Hartono itu` is the official quoted before, not the governor', () => {
    const text =
      'WANAJAYA - Jalan provinsi diperbaiki.\n\n"Perbaikan selesai bulan depan," kata Kepala Dinas Pekerjaan Umum Sekar Wulandari.\n\n"Anggarannya sudah cair," kata bawahan Gubernur Wanajaya Budi Hartono itu.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['Sekar Wulandari', 'Sekar Wulandari']);
  });

  it('must not fire: without the demonstrative the named person speaks', () => {
    const text = 'WANAJAYA - Jalan provinsi diperbaiki.\n\n"Anggarannya sudah cair," kata Gubernur Wanajaya Budi Hartono.';
    expect(speakers(text)).toEqual(['Budi Hartono | Gubernur Wanajaya | null']);
  });

  it('must not fire: an unnamed source closed by a demonstrative stays the source', () => {
    const text = 'JAKARTA - Kasus.\n\n"Ia dibawa ke utara," kata sumber itu kepada wartawan.';
    expect(speakers(text)[0]).toContain('sumber');
  });
});
