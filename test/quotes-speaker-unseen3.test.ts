/**
 * Quote spans and the person a quote is given to on unseen text, third round (issue 9), with invented people.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen 3: a pronoun is never a person', () => {
  it('speaker unseen 3: `Dia menegaskan tidak menanggapi …` then `ujarnya` is the person named before, not `Dia`', () => {
    const text = [
      '"Rapat koperasi tadi berlangsung tertib," kata Rina Wulandari di balai desa, Senin (3/2/2025).',
      'Seusai rapat, Rina membagikan laporan keuangan tahunan. Dia menegaskan tidak menanggapi kabar soal pinjaman macet.',
      '"Semua anggota bisa memeriksa pembukuan kami kapan saja," ujarnya.',
    ].join('\n\n');
    for (const q of direct(text, 'ind')) expect(q.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 3: a place set off by commas before a full name', () => {
  it('speaker unseen 3: Malay `penjaja … di Taman Contoh, Sukamaju, Rina Wulandari berkata` names Rina, not the town', () => {
    const text = [
      'Dalam pada itu, penjaja kuih di Taman Contoh Indah, Sukamaju, Rina Wulandari berkata, jualan bulan ini merosot.',
      '“Pembeli datang hanya pada hujung minggu,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 3: a topic word before the person a paragraph opens with', () => {
  it('speaker unseen 3: `Adapun Budi Santoso mengelola …` then `ujar dia` is Budi, not the earlier speaker', () => {
    const text = [
      '"Panen kami naik dua kali lipat," kata Ketua Kelompok Tani Contoh Makmur, Rina Wulandari.',
      'Adapun Budi Santoso mengelola kas kelompok untuk membeli traktor.',
      '"Kami akan membeli traktor baru bulan depan," ujar dia.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker unseen 3: a word and a demonstrative opening a sentence is no person', () => {
  it('speaker unseen 3: `Upaya ini juga … memastikan …` leaves the next `lanjutnya` to the person before', () => {
    const text = [
      '"Tarif angkutan tidak naik tahun ini," kata Kepala Dinas Perhubungan Kota Contoh, Rina Wulandari.',
      'Dia menambahkan, subsidi bus kota tetap berjalan. Upaya ini juga untuk memastikan warga tetap mampu bepergian.',
      '"Armada baru tiba pada bulan Juni," lanjutnya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 3: the name after the comma, not the last word of the body before it', () => {
  it('speaker unseen 3: Malay `Pengarah Lembaga X Wilayah Sukamaju, Laksamana Datuk Rina Wulandari berkata`', () => {
    const text = [
      'Pengarah Lembaga Hutan Contoh dan Wilayah Persekutuan Sukamaju, Laksamana Pertama Datuk Rina Wulandari berkata, rondaan ditambah minggu ini.',
      '“Kawasan itu ditutup kepada pelawat buat sementara,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 3: a person a paragraph opens with by title and name', () => {
  it('speaker unseen 3: Malay `Bagi Pengerusi Persatuan X, Budi Santoso, …` then a quote with `katanya` is Budi, not the speaker before', () => {
    const text = [
      '“Harga benih naik sejak awal tahun,” kata pekebun sayur Rina Wulandari.',
      'Bagi Pengerusi Persatuan Pekebun Contoh, Budi Santoso, persatuan itu masih mampu menampung kos baja ahli.',
      '“Ahli kami kebanyakannya pekebun kecil di lereng bukit.',
      '“Kami menjual hasil terus kepada peraih,” katanya.',
    ].join('\n\n');
    const quotes = direct(text, 'zlm');
    expect(quotes[1]!.speaker?.name).toBe('Budi Santoso');
    expect(quotes[2]!.speaker?.name).toBe('Budi Santoso');
  });
});
