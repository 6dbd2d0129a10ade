/**
 * The person a quote is given to on unseen text, fourth round (issue 9), with invented people:
 * sentence-opening adverbs, `berkata demikian`, and names after a preposition.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

function quotes(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes;
}

describe('speaker unseen 4: a sentence-opening adverb is no speaker', () => {
  it('speaker unseen 4: Indonesian `Terpisah, Sekretaris Jenderal … Budi Santosa menekankan bahwa …` is Budi, not `Terpisah`', () => {
    const text = [
      '"Harga gabah turun lagi," kata Rina Wulandari di Sukamaju, Senin (3/2/2025).',
      'Terpisah, Sekretaris Jenderal Kementerian Pertanian Budi Santosa menekankan bahwa harga pupuk masih terlalu tinggi bagi petani.',
    ].join('\n\n');
    const reported = quotes(text, 'ind').filter((q) => q.kind === 'indirect');
    expect(reported.map((q) => q.speaker?.name)).toEqual(['Budi Santosa']);
  });

  it('speaker unseen 4: Malay `Semalam, Rina berkata …` is Rina, named before, not `Semalam`', () => {
    const text = [
      'Menteri Belia Datuk Rina Wulandari berkata kerajaan akan membantu para petani di kawasan itu.',
      '“Kami akan menyediakan dana tambahan untuk mereka,” katanya.',
      'Semalam, Rina berkata pihaknya akan memantau keadaan di lapangan dengan teliti.',
    ].join('\n\n');
    const last = quotes(text, 'zlm').at(-1)!;
    expect(last.text).toMatch(/^pihaknya akan memantau/);
    expect(last.speaker?.name).toBe('Rina Wulandari');
  });

  it('speaker unseen 4: Malay `Terdahulu Rina berkata, …` without a comma after the adverb still reports Rina', () => {
    const text = [
      'Menteri Belia Datuk Rina Wulandari berkata kerajaan akan membantu para petani di kawasan itu.',
      'Terdahulu Rina berkata, semua pihak perlu bekerjasama untuk menyelesaikan isu itu.',
    ].join('\n\n');
    const last = quotes(text, 'zlm').at(-1)!;
    expect(last.text).toMatch(/^semua pihak perlu/);
    expect(last.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 4: `berkata demikian` reports nothing new', () => {
  it('speaker unseen 4: Malay `Beliau berkata demikian ketika …` is no indirect quote', () => {
    const text = [
      '“Kami akan menyediakan dana tambahan untuk petani,” kata Menteri Belia Datuk Rina Wulandari.',
      'Beliau berkata demikian ketika ditemui pemberita selepas majlis perasmian itu di sini hari ini.',
    ].join('\n\n');
    expect(quotes(text, 'zlm').filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('speaker unseen 4: a name after a preposition is an object', () => {
  it('speaker unseen 4: `berjumpa dengan Budi` does not make Budi the speaker of the next paragraph', () => {
    const text = [
      'Timbalan Pengarah Lembaga Contoh Sejahtera Tan Sri Budi Santosa dipilih mengetuai pasukan petugas banjir negeri itu minggu lalu.',
      'Ketua Menteri Datuk Rina Wulandari berkata, beliau telah berjumpa dengan Budi di pejabatnya untuk meneliti pelan pemindahan mangsa banjir.',
      '“Pengalamannya menguruskan bencana memang sukar dicari ganti.',
      '“Sebab itu saya yakin pasukan petugas ini berada di tangan yang baik,” katanya.',
    ].join('\n\n');
    const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
    expect(said.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker unseen 4: a glued opening mark before an editor’s bracket', () => {
  it('speaker unseen 4: `dibuka.,"(Nantinya) Pedagang …," ujar X` is a quote opening with the bracket', () => {
    const text = 'Pasar baru di Desa Contohsari belum juga dibuka.,"(Nantinya) Pedagang kaki lima akan mendapat los sendiri di lantai dua," ujar Budi Santosa, Kamis (6/3).';
    const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
    expect(said.map((q) => [q.text, q.speaker?.name])).toEqual([['(Nantinya) Pedagang kaki lima akan mendapat los sendiri di lantai dua,', 'Budi Santosa']]);
  });
});

describe('speaker unseen 4: a subordinate clause before its subject reports nothing', () => {
  it('speaker unseen 4: `Walau Pemerintah Provinsi … menegaskan bahwa …` leaves the next `katanya` to the person named before', () => {
    const text = [
      'Di tempat lain, Lurah Contohsari, Rina Wulandari menyampaikan akan menggelar lagi kerja bakti di sepanjang bantaran kali. Walau Pemerintah Provinsi Kalimantan Contoh menegaskan bahwa mereka terus menambah armada truk sampah, warga tetap diminta tidak membuang sampah ke sungai. "Kami juga akan mengajak karang taruna turun membersihkan selokan," katanya.',
    ].join('\n\n');
    const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
    expect(said.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari']);
  });
});

describe('speaker unseen 4: no guess from a one-word leftover of a place', () => {
  it('speaker unseen 4: `Taman Contoh West` cut to `West` is nobody a later `katanya` can fall back on', () => {
    const text = [
      'GANGGUAN bekalan air di deretan rumah kedai berhampiran Taman Contoh West sejak awal pagi disebabkan oleh paip utama yang pecah.',
      'Jurucakap syarikat bekalan air negeri itu berkata, kerja membaiki paip tersebut dijangka siap sebelum tengah malam.',
      '“Gangguan ini tidak terhad kepada Taman Contoh West sahaja, malah turut dirasai oleh penduduk kawasan sekitarnya,” katanya.',
    ].join('\n\n');
    const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
    expect(said[0]!.speaker?.name).not.toBe('West');
  });
});
