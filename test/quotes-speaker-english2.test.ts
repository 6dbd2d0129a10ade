/**
 * English speakers, round 11 (issue 9): shapes of English news from Indonesian and Malaysian outlets read on new text,
 * with invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';
import { parseArticle } from '../src/index.js';

const LEAD = 'The committee met in the capital on Monday to discuss new rules for traders, and the markets reacted calmly.';

/** The quotes (direct and reported) of English `text` after a lead paragraph. */
function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes([LEAD, ...paragraphs].join('\n\n'), { language: 'eng' }).quotes;
}

describe('English speakers: titles with places', () => {
  it('`East Java Deputy Governor Emil Rahmat Santoso said`: the place stands before the title, the word after it opens the name', () => {
    const [q] = quotes('East Java Deputy Governor Emil Rahmat Santoso said the plan would be dropped.');
    expect(q?.speaker).toMatchObject({ name: 'Emil Rahmat Santoso', role: 'Deputy Governor', organisation: 'East Java' });
  });

  it('`Ambassador to Malaysia Pierre Dubois said`: `to` links the title to its place, it ends no subject', () => {
    const [q] = quotes('Ambassador to Malaysia Pierre Dubois said the fee would rise.');
    expect(q?.speaker).toMatchObject({ name: 'Pierre Dubois', role: 'Ambassador to Malaysia' });
  });

  it('`Indonesia’s Finance Minister X`, `US President X`: a country is no organisation, the title’s ministry is', () => {
    const [a, b] = quotes('Indonesia’s Finance Minister Dedi Wijaya said the road would be open.', 'US President Joe Walker said the price would rise.');
    expect(a?.speaker).toMatchObject({ name: 'Dedi Wijaya', role: 'Finance Minister', organisation: 'Finance Ministry' });
    expect(b?.speaker).toMatchObject({ name: 'Joe Walker', role: 'President', organisation: null });
  });
});

describe('English speakers: sentence openers', () => {
  it('`Yesterday, Mahardika said …`: a day adverb opening the sentence is no speaker', () => {
    const [q, r] = quotes('Yesterday, Mahardika said he was not aware of any such moves.', 'Today, Hartono said the port would be closed.');
    expect(q?.speaker?.name).toBe('Mahardika');
    expect(r?.speaker?.name).toBe('Hartono');
  });
});

describe('English speakers: a lower-case title after the quote', () => {
  it('`“…,” economist Budi Hartono said` names the economist, also with a body after the name', () => {
    const [q] = quotes('“Prices will keep rising this year,” economist Budi Hartono said.');
    expect(q?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'economist' });
    const [r] = quotes('“Prices will keep rising,” chief executive Budi Hartono of Contoh Bank said.');
    expect(r?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'chief executive', organisation: 'Contoh Bank' });
  });

  it('a body’s short form before a title stays the organisation (`ASEAN Secretary-General X`)', () => {
    const [q] = quotes('ASEAN Secretary-General Rina Wulandari said the treaty would be ratified soon.');
    expect(q?.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'ASEAN' });
  });
});

describe('English organisation names inside Indonesian text', () => {
  it('`and` inside a cited English name keeps the whole name (`Institute for Trade and Finance`)', () => {
    const text = [
      'Harga pangan naik tajam pada bulan ini di seluruh wilayah menurut data resmi pemerintah.',
      'Peneliti Contoh Institute for Trade and Finance (CITF) Ariyo Santoso mengatakan, harga akan turun bulan depan.',
      '"Sistem pangan harus beradaptasi dengan cepat," kata Tom Hadley, seorang pakar di Centre for Food and Farming Studies.',
    ].join('\n\n');
    const qs = extractQuotes(text, { language: 'ind' }).quotes;
    expect(qs[0]?.speaker).toMatchObject({ name: 'Ariyo Santoso', organisation: 'Contoh Institute for Trade and Finance (CITF)' });
    expect(qs[1]?.speaker).toMatchObject({ name: 'Tom Hadley', organisation: 'Centre for Food and Farming Studies' });
  });
});

describe('English speakers: a title whose portfolio is a list', () => {
  it('`Contoh Trade, Cooperatives and Consumerism Minister X said`: the list before the title is its portfolio', () => {
    const [q] = quotes('Domestic Trade, Cooperatives and Consumerism Minister Datuk Seri Hasan Malik said the tax would be lower.');
    expect(q?.speaker).toMatchObject({ name: 'Hasan Malik', role: 'Domestic Trade, Cooperatives and Consumerism Minister' });
    const [r] = quotes('“We will act,” Women, Family and Community Development Minister Rina Harun said.');
    expect(r?.speaker).toMatchObject({ name: 'Rina Harun', role: 'Women, Family and Community Development Minister' });
  });

  it('`“…,” Coordinating Minister for Political, Legal and Security Affairs X said`: the list after the title, then the name', () => {
    const [q] = quotes('“We will act,” Coordinating Minister for Political, Legal and Security Affairs Budi Gunawan said.');
    expect(q?.speaker).toMatchObject({ name: 'Budi Gunawan', role: 'Coordinating Minister' });
  });
});

describe('English speakers: abbreviated police ranks before the name', () => {
  it('`Sr. Comr.`, `Insp. Gen.` (Indonesian English) and `Comm` (Malaysian English) are ranks, not the end of a sentence or an organisation', () => {
    const [a] = quotes('“We will find the suspects soon,” Contoh Police spokesperson Sr. Comr. Budi Hartono said on Monday.');
    expect(a?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'spokesperson', organisation: 'Contoh Police' });
    const [b] = quotes('“We will find the suspects soon,” said Contoh Police chief Insp. Gen. Agus Salim.');
    expect(b?.speaker).toMatchObject({ name: 'Agus Salim', role: 'chief' });
    const [c] = quotes('Johor police chief Comm Datuk Ahmad Kamal said the suspect had been remanded.');
    expect(c?.speaker).toMatchObject({ name: 'Ahmad Kamal', role: 'police chief' });
    expect(c?.speaker?.organisation).not.toBe('Comm');
  });
});

describe('English speakers: a quote running over paragraphs, attributed with `it said`', () => {
  it('earlier segments without a closing mark take the organisation the last segment’s `it` names', () => {
    const text = [
      LEAD,
      'Sales at Contoh Group fell 2% in the quarter, the group said in a filing on Friday.',
      '“Sales were badly affected as traffic dropped in shopping centres.',
      '“Consumers had been holding back on their purchases,” it said.',
    ].join('\n\n');
    const direct = parseArticle(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(2);
    for (const q of direct) expect(q.speaker?.name).toBe('Contoh Group');
  });
});

describe('English speakers: `X of Y` without an article', () => {
  it('`“…,” Budi Hartono of Contoh Bank said`: `of` before a body ends the name, the body is the organisation', () => {
    const [q] = quotes('“Prices will keep rising this year,” Budi Hartono of Contoh Bank said.');
    expect(q?.speaker).toMatchObject({ name: 'Budi Hartono', organisation: 'Contoh Bank' });
  });
});

describe('English speakers: an age between commas', () => {
  it('`“…,” Budi Hartono, 45, said` names Budi Hartono', () => {
    const [q] = quotes('“Prices will keep rising this year,” Budi Hartono, 45, said.');
    expect(q?.speaker?.name).toBe('Budi Hartono');
  });
});
