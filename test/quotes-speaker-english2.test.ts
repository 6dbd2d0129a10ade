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
  it('`Central Java Deputy Governor Wahyu Adi Prasetyo said`: the place stands before the title, the word after it opens the name', () => {
    const [q] = quotes('Central Java Deputy Governor Wahyu Adi Prasetyo said the ferry fare would be cut.');
    expect(q?.speaker).toMatchObject({ name: 'Wahyu Adi Prasetyo', role: 'Deputy Governor', organisation: 'Central Java' });
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
  it('`Yesterday, Hartono said …`: a day adverb opening the sentence is no speaker', () => {
    const [q, r] = quotes('Yesterday, Hartono said the port would stay shut.', 'Today, Sulastri said the night market would move to the square.');
    expect(q?.speaker?.name).toBe('Hartono');
    expect(r?.speaker?.name).toBe('Sulastri');
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
      'Peneliti Contoh Institute for Trade and Finance (CITF) Dimas Kurniawan menilai, ongkos angkut akan turun bulan depan.',
      '"Sistem pangan harus beradaptasi dengan cepat," kata Tom Hadley, seorang pakar di Centre for Food and Farming Studies.',
    ].join('\n\n');
    const qs = extractQuotes(text, { language: 'ind' }).quotes;
    expect(qs[0]?.speaker).toMatchObject({ name: 'Dimas Kurniawan', organisation: 'Contoh Institute for Trade and Finance (CITF)' });
    expect(qs[1]?.speaker).toMatchObject({ name: 'Tom Hadley', organisation: 'Centre for Food and Farming Studies' });
  });
});

describe('English speakers: a title whose portfolio is a list', () => {
  it('`Contoh Trade, Crafts and Tourism Minister X said`: the list before the title is its portfolio', () => {
    const [q] = quotes('Contoh Trade, Crafts and Tourism Minister Datuk Seri Rahim Yusof said the levy on sugar would go.');
    expect(q?.speaker).toMatchObject({ name: 'Rahim Yusof', role: 'Contoh Trade, Crafts and Tourism Minister' });
    const [r] = quotes('“The clinics will open on time,” Youth, Rivers and Irrigation Minister Salmah Idris said.');
    expect(r?.speaker).toMatchObject({ name: 'Salmah Idris', role: 'Youth, Rivers and Irrigation Minister' });
  });

  it('`“…,” Coordinating Minister for Food, Shipping and Fisheries Affairs X said`: the list after the title, then the name', () => {
    const [q] = quotes('“No boat will be left idle,” Coordinating Minister for Food, Shipping and Fisheries Affairs Yudi Permana said.');
    expect(q?.speaker).toMatchObject({ name: 'Yudi Permana', role: 'Coordinating Minister for Food, Shipping and Fisheries Affairs' });
  });
});

describe('English speakers: abbreviated police ranks before the name', () => {
  it('`Sr. Comr.`, `Insp. Gen.` (Indonesian English) and `Comm` (Malaysian English) are ranks, not the end of a sentence or an organisation', () => {
    const [a] = quotes('“We will find the suspects soon,” Contoh Police spokesperson Sr. Comr. Budi Hartono said on Monday.');
    expect(a?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'spokesperson', organisation: 'Contoh Police' });
    const [b] = quotes('“We will find the suspects soon,” said Contoh Police chief Insp. Gen. Agus Salim.');
    expect(b?.speaker).toMatchObject({ name: 'Agus Salim', role: 'chief' });
    const [c] = quotes('Perlis police chief Comm Datuk Faridah Osman said the two drivers would be charged on Thursday.');
    expect(c?.speaker).toMatchObject({ name: 'Faridah Osman', role: 'police chief' });
    expect(c?.speaker?.organisation).not.toBe('Comm');
  });
});

describe('English speakers: a quote running over paragraphs, attributed with `it said`', () => {
  it('earlier segments without a closing mark take the organisation the last segment’s `it` names', () => {
    const text = [
      LEAD,
      'Contoh Group booked fewer orders for its sofas this spring, the furniture maker reported on Tuesday.',
      '“Orders slowed sharply once the trade fairs were called off.',
      '“Hotels put their new rooms on hold until next year,” it said.',
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
