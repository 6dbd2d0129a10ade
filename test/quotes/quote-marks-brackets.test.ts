/** Quote marks and brackets: acronyms and credits in brackets are no quote. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

const quotes = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind}: ${q.text} | ${q.speaker?.name ?? null}`);

const OPENING = 'HARROWGATE — Cycling groups welcomed new bus lanes on Monday.';

describe('quote marks: a name given its acronym in brackets is no quote', () => {
  it('`the policy of "…" (ACRONYM)` inside a report names a policy, so the report is the quote', () => {
    const text = [
      OPENING,
      'Transport secretary Temitope Okonkwo-Baptiste said the lanes followed the council’s policy of "Green Lanes for Every Town" (GLET), first set out in 2019.',
      '"Every street should be safe to ride on," she said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      'indirect: the lanes followed the council’s policy of "Green Lanes for Every Town" (GLET), first set out in 2019. | Temitope Okonkwo-Baptiste',
      'direct: Every street should be safe to ride on, | Temitope Okonkwo-Baptiste',
    ]);
  });

  it('words in brackets that are no acronym, or a spoken sentence closed before an agency’s initials, stay quotes', () => {
    for (const after of ['(she repeated it twice)', '(GLET)']) {
      const end = after === '(GLET)' ? '."' : '"';
      const text = [OPENING, `Transport secretary Temitope Okonkwo-Baptiste said the lanes followed a simple rule: "Every street should be safe to ride on${end} ${after}`].join('\n\n');
      expect(parseArticle(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Temitope Okonkwo-Baptiste']);
    }
  });
});

describe('quote marks: an agency, outlet or sign-off in brackets after a quote is its credit, not an acronym', () => {
  const direct = (text: string, language: 'zlm' | 'ind' | 'eng') =>
    parseArticle(text, { language }).quotes.filter((q) => q.kind === 'direct').map((q) => `${q.text} | ${q.speaker?.name ?? null}`);

  it('Malay: a quote that lost its stop before `(BERNAMA)` stays a quote', () => {
    const text = [
      'PEKAN LEMBAYUNG: Nelayan pantai timur diminta berhati-hati kerana ombak besar dijangka hingga hujung minggu.',
      'Pengerusi Persatuan Nelayan Contoh, Rosmawati Jaafar Sidek berkata: “Bot kami tidak akan turun ke laut selagi amaran itu belum ditarik balik” (BERNAMA).',
    ].join('\n\n');
    expect(direct(text, 'zlm')).toEqual(['Bot kami tidak akan turun ke laut selagi amaran itu belum ditarik balik | Rosmawati Jaafar Sidek']);
  });

  it('Indonesian: a quote that lost its stop before `(ANT)`, or before a lower-case sign-off `(ant)`, stays a quote', () => {
    for (const credit of ['(ANT)', '(ant)']) {
      const text = [
        'WONOKERTO - Harga solar di dermaga nelayan naik untuk kedua kalinya bulan ini.',
        `Ketua Koperasi Nelayan Contoh Sejahtera, Darmaji Suprapto, mengatakan, “Banyak perahu terpaksa berhenti melaut karena ongkosnya tidak tertutup” ${credit}.`,
      ].join('\n\n');
      expect(direct(text, 'ind')).toEqual(['Banyak perahu terpaksa berhenti melaut karena ongkosnya tidak tertutup | Darmaji Suprapto']);
    }
  });

  it('English: a quote that lost its stop before `(AFP)` stays a quote', () => {
    const text = [
      'BRACKENMOUTH — Ferries stayed in port on Tuesday as a storm moved along the coast.',
      'Harbour master Teodora Villaflor told reporters: “No vessel leaves this harbour until the wind drops” (AFP).',
    ].join('\n\n');
    expect(direct(text, 'eng')).toEqual(['No vessel leaves this harbour until the wind drops | Teodora Villaflor']);
  });
});

describe('speaker: a glued opening mark before an editor’s bracket', () => {
  function quotes(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes;
  }

  it('`dibuka.,"(Nantinya) Pedagang …," ujar X` is a quote opening with the bracket', () => {
    const text = 'Pasar baru di Desa Contohsari belum juga dibuka.,"(Nantinya) Pedagang kaki lima akan mendapat los sendiri di lantai dua," ujar Budi Santosa, Kamis (6/3).';
    const said = quotes(text, 'ind').filter((q) => q.kind === 'direct');
    expect(said.map((q) => [q.text, q.speaker?.name])).toEqual([['(Nantinya) Pedagang kaki lima akan mendapat los sendiri di lantai dua,', 'Budi Santosa']]);
  });
});
