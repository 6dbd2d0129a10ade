/**
 * The person a quote is given to on unseen text, round 12 (issue 9), with invented people: reported speech whose
 * subject is a title pointing back with a demonstrative (`Mantan Direktur Bank Contoh itu mengatakan …`), and a
 * person named inside someone else's report (`Darsono menjelaskan bahwa … arahan Gubernur Budi Santoso …`).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import { parseArticle } from '../src/index.js';

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

describe('speaker unseen 12: a person named inside another’s report', () => {
  it('speaker unseen 12: `Darsono menjelaskan bahwa … arahan Gubernur Budi Santoso …` then `katanya` is Darsono’s', () => {
    const text = [
      'Kepala Dinas Pasar Contoh, Darsono, mengatakan jumlah pedagang bertambah.',
      'Darsono menjelaskan bahwa program itu mengikuti arahan Gubernur Budi Santoso agar pasar dibuka pagi. "Lapak baru tidak boleh lebih mahal," katanya.',
    ].join('\n\n');
    const direct = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Darsono']);
  });

  it('speaker unseen 12: a speech verb inside a quote (`"Kami sudah mengatakan …," kata Rina`) makes no report of the sentence', () => {
    const text = [
      '"Harga pupuk naik," kata Budi Santoso di balai desa.',
      '"Kami sudah mengatakan kepada dinas bahwa panen turun," kata Rina Wulandari, petani Sukamaju. "Harga gabah harus naik," ujarnya.',
    ].join('\n\n');
    const direct = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Budi Santoso', 'Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker unseen 12: descriptions and attributions read once', () => {
  it('speaker unseen 12: `Pria yang akrab disapa Bud itu mengatakan …` points back to the man just quoted, no speaker `Pria`', () => {
    const text = '"Lapak baru siap dipakai bulan depan," kata Budi Santoso kepada wartawan. Pria yang akrab disapa Bud itu mengatakan, pedagang lama mendapat tempat lebih dulu. "Kami sudah membagi nomor lapak," ujarnya.';
    const names = extractQuotes(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name);
    expect(names).toEqual(['Budi Santoso', 'Budi Santoso', 'Budi Santoso']);
  });

  it('speaker unseen 12: a quote’s own attribution with a place (`kata … di Pasar Induk Contoh, …`) leaves no place as the next speaker', () => {
    const text = '"Lapak baru siap dipakai bulan depan," kata Kepala Dinas Pasar Contoh Rina Wulandari di Pasar Induk Contoh, Sukamaju, Rabu (4/3/2026). Dia menyebut, pedagang lama mendapat tempat lebih dulu. "Kami sudah membagi nomor lapak," ujarnya.';
    const names = extractQuotes(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name);
    expect(names).toEqual(['Rina Wulandari', 'Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker unseen 12: an organisation described', () => {
  it('speaker unseen 12: Malay `kata syarikat penyelidikan itu` is the firm the article is about', () => {
    const text = 'KUALA LUMPUR: Contoh Riset Sdn Bhd berkata eksport negara dijangka pulih pada separuh kedua tahun ini.\n\n"Kami jangka eksport pulih pada suku keempat," kata syarikat penyelidikan itu dalam kenyataan, Khamis.';
    const direct = parseArticle(text, { language: 'zlm' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.speaker?.name, q.speaker?.organisation])).toEqual([['Contoh Riset Sdn Bhd', 'Contoh Riset Sdn Bhd']]);
  });

  it('speaker unseen 12: English `the airline said` is the airline named before', () => {
    const text = 'Contoh Airways Bhd reported a quarterly loss on Monday as fuel costs rose.\n\n"We expect demand to recover next year," the airline said in a statement.';
    expect(parseArticle(text, { language: 'eng' }).quotes.map((q) => q.speaker?.name)).toEqual(['Contoh Airways Bhd']);
  });
});
