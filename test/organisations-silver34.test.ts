/**
 * Organisations read on unlabelled text (issue 9, round 34): the dateline's outlet named again in the body in capitals
 * or with its words glued, and a legislature's short name standing alone in Malay. Invented outlets, places and text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The names of the organisations `text` reports, each with the texts of its mentions. */
function reported(text: string): { name: string; kind: string | null; mentions: string[] }[] {
  return parseArticle(text).organisations.map((o) => ({ name: o.name, kind: o.kind, mentions: o.mentions.map((m) => text.slice(m.start, m.end)) }));
}

describe('organisations: the dateline’s outlet named again in the body', () => {
  const body = 'Harga cabai rawit di pasar induk Sukamaju turun hampir separuh dalam sepekan.';

  it('organisations: an outlet in capitals (`CONTOHKINI, Sukamaju -`) named again (`diperoleh CONTOHKINI`) → a media organisation', () => {
    const text = `CONTOHKINI, Sukamaju - ${body}\n\nPenurunan itu dijelaskan Darmawan Saputra dalam keterangan tertulis yang diperoleh CONTOHKINI, Selasa (14/3/2023).`;
    expect(reported(text)).toEqual([{ name: 'CONTOHKINI', kind: 'media', mentions: ['CONTOHKINI'] }]);
  });

  it('organisations: the same word in capitals with no dateline naming it stays unreported (near-miss)', () => {
    const text = `${body}\n\nPenurunan itu dijelaskan Darmawan Saputra dalam keterangan tertulis yang diperoleh CONTOHKINI, Selasa (14/3/2023).`;
    expect(reported(text)).toEqual([]);
  });

  it('organisations: an outlet of two words (`Jakarta, KBW Indonesia --`) written glued in the body (`ditemui KBWIndonesia`) → that outlet', () => {
    const text = `Jakarta, KBW Indonesia -- ${body}\n\nPenurunan itu diakui Darmawan Saputra ketika ditemui KBWIndonesia di los sayur, Kamis (2/11).`;
    expect(reported(text)).toEqual([{ name: 'KBWIndonesia', kind: 'media', mentions: ['KBWIndonesia'] }]);
  });

  it('organisations: the glued words with another outlet in the dateline stay unreported (near-miss)', () => {
    const text = `Jakarta, Contoh Warta -- ${body}\n\nPenurunan itu diakui Darmawan Saputra ketika ditemui KBWIndonesia di los sayur, Kamis (2/11).`;
    expect(reported(text)).toEqual([]);
  });
});

describe('organisations: Malay `Parlimen` standing alone', () => {
  const opening = 'KUALA LUMPUR: Persatuan nelayan pantai timur menuntut harga minyak diesel bersubsidi diturunkan.';

  it('organisations: `dibentangkan di Parlimen bulan depan` → the parliament', () => {
    const text = `${opening}\n\nUsul pindaan subsidi itu akan dibentangkan di Parlimen bulan depan.`;
    expect(reported(text).map((o) => o.mentions)).toEqual([['Parlimen']]);
  });

  it('organisations: a seat (`dua kerusi Parlimen`, `Ahli Parlimen Sukamaju`, `di Parlimen tersebut`) is no body (near-miss)', () => {
    const text = [
      opening,
      'Parti itu akan bertanding dua kerusi Parlimen di utara dan sebuah kerusi negeri di pantai.',
      'Ahli Parlimen Sukamaju melawat jeti nelayan bersama pegawai daerah di Parlimen tersebut.',
    ].join('\n\n');
    expect(reported(text).filter((o) => o.mentions.includes('Parlimen'))).toEqual([]);
  });

  it('organisations: a member’s post written in any case (`seorang ahli Parlimen`, `Ahli-ahli Parlimen`, `Calon Parlimen`) is no body (near-miss)', () => {
    const text = [
      opening,
      'Seorang ahli Parlimen pembangkang menggesa kementerian mengkaji semula kuota diesel nelayan.',
      'Ahli-ahli Parlimen kerajaan pula menyokong cadangan itu, manakala Calon Parlimen parti kecil turut hadir di jeti.',
    ].join('\n\n');
    expect(reported(text).filter((o) => o.mentions.includes('Parlimen'))).toEqual([]);
  });
});
