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
  it('speaker unseen 4: `bertemu dengan Budi` does not make Budi the speaker of the next paragraph', () => {
    const text = [
      'Bekas Pengerusi Koperasi Contoh Makmur Tan Sri Budi Santosa dilantik sebagai pemangku Pengerusi Lembaga Padi Negeri.',
      'Menteri Belia Datuk Rina Wulandari berkata, beliau sudah bertemu dengan Budi pagi tadi bagi membincangkan masa depan koperasi.',
      '“Dia rela hati melepaskan jawatan itu kepada orang lain.',
      '“Bagi menghargai jasanya, saya setuju melantiknya sebagai pemangku pengerusi,” katanya.',
    ].join('\n\n');
    const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
    expect(said.map((q) => q.speaker?.name)).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker unseen 4: a glued opening mark before an editor’s bracket', () => {
  it('speaker unseen 4: `rampung.,"(Sementara) Angkutan …," kata X` is a quote opening with the bracket', () => {
    const text = 'Jalan tol itu belum rampung.,"(Sementara) Angkutan umum yang memakai gas masih sedikit sekali," kata Rina Wulandari, Senin (3/2).';
    const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
    expect(said.map((q) => [q.text, q.speaker?.name])).toEqual([['(Sementara) Angkutan umum yang memakai gas masih sedikit sekali,', 'Rina Wulandari']]);
  });
});

describe('speaker unseen 4: a subordinate clause before its subject reports nothing', () => {
  it('speaker unseen 4: `Meskipun Pemerintah Provinsi … menekankan bahwa …` leaves the next `katanya` to the person named before', () => {
    const text = [
      'Pada waktu yang berbeda, Camat Sukamaju, Budi Santosa mengungkapkan akan memulai kembali razia di permukiman. Meskipun Pemerintah Provinsi Jawa Tengah menekankan bahwa mereka kian meningkatkan kapasitas tes, tetap harus disertai kedisiplinan warga. "Kami akan mengajak aparat lain untuk kembali menyusuri jalanan," katanya.',
    ].join('\n\n');
    const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
    expect(said.map((q) => q.speaker?.name)).toEqual(['Budi Santosa']);
  });
});

describe('speaker unseen 4: no guess from a one-word leftover of a place', () => {
  it('speaker unseen 4: `Sungai Contoh South` cut to `South` is nobody a later `katanya` can fall back on', () => {
    const text = [
      'KECELARUAN pada harga minyak di sebuah stesen berhampiran Sungai Contoh South pagi tadi berpunca daripada masalah sistem syarikat minyak berkenaan.',
      'Jurucakap Kementerian Perdagangan Dalam Negeri berkata, masalah itu menyebabkan harga minyak dijual lebih tinggi daripada yang ditetapkan.',
      '“Masalah pada sistem mereka itu bukan hanya berlaku di Sungai Contoh South, malah di semua cawangannya,” katanya.',
    ].join('\n\n');
    const said = quotes(text, 'zlm').filter((q) => q.kind === 'direct');
    expect(said[0]!.speaker?.name).not.toBe('South');
  });
});
