import { describe, expect, it } from 'vitest';
import { extractOrganisations, extractQuotes, findDates, type Organisation, parseArticle, parseDate, parseDateline, parsePublished, splitSentences, type TraceDecision } from '../../src/index.js';

/**
 * What each public option does, shown by its effect on the output (the option types are
 * checked by the compiler and by the TypeError tests at the end).
 */

const ENGLISH_QUOTE = '"We will rebuild the bridge before the rainy season," said John Smith, the mayor of Springfield, on Monday.';
const ARTICLE = [
  'home',
  'berita',
  'Banjir Rendam Tiga Desa di Kabupaten Sukamaju',
  'SUKAMAJU, KOMPAS.com - Banjir merendam tiga desa sejak Senin malam setelah hujan deras mengguyur kawasan itu.',
  'Baca juga: Hujan Deras Diprediksi Turun Sepekan ke Depan',
  '"Air naik sampai lutut dalam satu jam," kata Budi Santoso, Kepala Desa Sukamaju.',
  'Banjir merendam tiga desa sejak Senin malam setelah hujan deras mengguyur kawasan itu.',
  'Badan Penanggulangan Bencana Daerah (BPBD) mengirim perahu karet.',
  '(NP)',
].join('\n');
const YEARLESS_DATELINE = 'KUALA LUMPUR, 5 Mac (Bernama) -- Harga minyak sawit mentah turun pada dagangan pagi ini.';

describe('parseArticle options', () => {
  it('options: language is detected unless given, and Article.language says which', () => {
    expect(parseArticle(`${ENGLISH_QUOTE}\nThe council approved the budget.`).language).toMatchObject({ code: 'eng', source: 'detected' });
    expect(parseArticle(ENGLISH_QUOTE, { language: 'ind' }).language).toEqual({ code: 'ind', confidence: 1, source: 'option' });
  });

  it("options: language picks the data quotes are read with (an English 'said' is no Indonesian speech verb)", () => {
    expect(parseArticle(ENGLISH_QUOTE).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['John Smith']);
    expect(parseArticle(ENGLISH_QUOTE, { language: 'ind' }).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('options: referenceDate gives the year to a yearless dateline date', () => {
    expect(parseArticle(YEARLESS_DATELINE).dateline?.date).toBeNull();
    expect(parseArticle(YEARLESS_DATELINE, { referenceDate: '2021-03-06' }).dateline?.date).toBe('2021-03-05');
    expect(parseArticle(YEARLESS_DATELINE, { referenceDate: new Date(Date.UTC(2019, 2, 6)) }).dateline?.date).toBe('2019-03-05');
  });

  it('options: quotes and organisations false skip those stages and change nothing else', () => {
    const full = parseArticle(ARTICLE);
    expect(full.quotes).toHaveLength(1);
    expect(full.organisations).toHaveLength(1);
    const lean = parseArticle(ARTICLE, { quotes: false, organisations: false });
    expect(lean.quotes).toEqual([]);
    expect(lean.organisations).toEqual([]);
    expect({ ...lean, quotes: full.quotes, organisations: full.organisations }).toEqual(full);
  });

  it('options: trace reports every step in order, with what each stage decided', () => {
    const steps: string[] = [];
    const decided = new Map<string, readonly TraceDecision[]>();
    parseArticle(ARTICLE, {
      trace: (stage, ms, detail) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        steps.push(stage);
        decided.set(stage, detail.decisions);
      },
    });
    expect(steps).toEqual(['normalize', 'segment', 'language', 'title', 'dateline', 'boilerplate', 'duplicates', 'credit', 'paragraphs', 'quotes', 'organisations', 'dates']);
    const said = (stage: string) => (decided.get(stage) ?? []).map((d) => `${d.what} ${d.span ? ARTICLE.slice(d.span.start, d.span.end) : ''}`.trim());
    // The crumbs are the title stage's decision, the related link the boilerplate stage's.
    expect(said('title')).toEqual(['title Banjir Rendam Tiga Desa di Kabupaten Sukamaju', 'junk:navigation home', 'junk:navigation berita']);
    expect(said('dateline')).toEqual(['dateline SUKAMAJU, KOMPAS.com -']);
    expect(said('boilerplate')).toEqual(['junk:related-link Baca juga: Hujan Deras Diprediksi Turun Sepekan ke Depan']);
    expect(said('duplicates')).toEqual(['duplicate:near Banjir merendam tiga desa sejak Senin malam setelah hujan deras mengguyur kawasan itu.']);
    expect(said('credit')).toEqual(['credit (NP)']);
    expect(said('quotes')).toEqual(['quote:direct (Budi Santoso) Air naik sampai lutut dalam satu jam,']);
    expect(said('language')[0]).toMatch(/^language:ind \(detected, /);
    expect(said('dates')).toEqual(['date:weekday:unresolved Senin malam']);
  });

  it('options: an unusable referenceDate is a TypeError, not a date silently ignored', () => {
    for (const bad of ['kemarin', '2019-02-30', '2019-13-01', '', new Date(Number.NaN), 2024, null]) {
      expect(() => parseArticle('a', { referenceDate: bad as never })).toThrow(/parseArticle: `options.referenceDate`/);
      expect(() => parseDateline('a', { referenceDate: bad as never })).toThrow(/parseDateline: `options.referenceDate`/);
      expect(() => parseDate('a', { referenceDate: bad as never })).toThrow(/parseDate: `options.referenceDate`/);
      expect(() => findDates('a', { referenceDate: bad as never })).toThrow(TypeError);
      expect(() => findDates('a', { referenceDate: bad as never })).toThrow(/findDates: `options.referenceDate`/);
    }
    // Leap days are real days; a time after the ISO date is fine.
    expect(() => parseArticle('a', { referenceDate: '2020-02-29T10:00:00Z' })).not.toThrow();
  });
});

describe('dateline and date options', () => {
  it('options: parseDateline referenceDate gives the year; language limits outlets and month names', () => {
    expect(parseDateline(YEARLESS_DATELINE)?.date).toBeNull();
    expect(parseDateline(YEARLESS_DATELINE, { referenceDate: '2021-03-06' })?.date).toBe('2021-03-05');
    expect(parseDateline(YEARLESS_DATELINE, { language: 'zlm' })?.outletId).toBe('bernama');
    // Bernama and `Mac` are Malay data: read as English only, there is no dateline.
    expect(parseDateline(YEARLESS_DATELINE, { language: 'eng' })).toBeNull();
  });

  it('options: parsePublished language limits the day names read', () => {
    const text = 'Senin, 14 Maret 2022 | 09:41 WIB\nJakarta - Harga cabai naik.';
    expect(parsePublished(text)?.date).toBe('2022-03-14');
    expect(parsePublished(text, { language: 'ind' })?.date).toBe('2022-03-14');
    expect(parsePublished(text, { language: 'eng' })).toBeNull();
  });

  it('options: parseDate language limits month names; referenceDate gives the year', () => {
    expect(parseDate('5 Mac 2020', { language: 'zlm' })?.date).toBe('2020-03-05');
    expect(parseDate('5 Mac 2020', { language: 'ind' })).toBeNull();
    expect(parseDate('(3/1)')?.date).toBeNull();
    expect(parseDate('(3/1)', { referenceDate: '2020-01-05' })?.date).toBe('2020-01-03');
  });
});

/** True when `K` is a required key of `T` (an optional key may be absent, `{}` then fits). */
type IsRequired<T, K extends keyof T> = object extends Pick<T, K> ? false : true;

describe('result types', () => {
  it('types: Organisation.id and kind are always present (null when unknown), checked by the compiler', () => {
    const idRequired: IsRequired<Organisation, 'id'> = true;
    const kindRequired: IsRequired<Organisation, 'kind'> = true;
    expect([idRequired, kindRequired]).toEqual([true, true]);
  });
});

describe('extractor options', () => {
  it('options: extractQuotes detects the language like parseArticle, so an English quote gets its speaker', () => {
    const detected = extractQuotes(ENGLISH_QUOTE);
    expect(detected.language).toMatchObject({ code: 'eng', source: 'detected' });
    expect(detected.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['John Smith']);
    const given = extractQuotes(ENGLISH_QUOTE, { language: 'ind' });
    expect(given.language).toEqual({ code: 'ind', confidence: 1, source: 'option' });
    expect(given.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('options: extractOrganisations language picks the head nouns and lexicon read', () => {
    const malay = 'Jabatan Kebajikan Masyarakat (JKM) dan Suruhanjaya Pilihan Raya menerima aduan orang ramai.';
    const detected = extractOrganisations(malay);
    expect(detected.language).toMatchObject({ code: 'zlm', source: 'detected' });
    expect(detected.organisations.map((o) => o.name)).toEqual(['Jabatan Kebajikan Masyarakat', 'Suruhanjaya Pilihan Raya']);
    // English reads a Malay name by its Malay head too, but `Hospital` the English way: a tail after the name.
    const hospital = 'Hospital Sungai Buloh menerima aduan orang ramai.';
    expect(extractOrganisations(hospital, { language: 'zlm' }).organisations.map((o) => o.name)).toEqual(['Hospital Sungai Buloh']);
    expect(extractOrganisations(hospital, { language: 'eng' }).organisations).toEqual([]);
  });

  it('options: splitSentences language picks the abbreviations that do not end a sentence', () => {
    const text = 'Mr. Smith arrived at noon. He left.';
    const pieces = (language: 'ind' | 'eng') => splitSentences(text, { language }).map((s) => text.slice(s.start, s.end));
    expect(pieces('eng')).toEqual(['Mr. Smith arrived at noon.', 'He left.']);
    expect(pieces('ind')).toEqual(['Mr.', 'Smith arrived at noon.', 'He left.']);
    expect(splitSentences(text)).toEqual(splitSentences(text, { language: 'ind' }));
  });

  it('options: a wrong options object or language is a TypeError naming the function', () => {
    const calls: [string, (options: never) => unknown][] = [
      ['extractQuotes', (o) => extractQuotes('a', o)],
      ['extractOrganisations', (o) => extractOrganisations('a', o)],
      ['splitSentences', (o) => splitSentences('a', o)],
      ['parseDateline', (o) => parseDateline('a', o)],
      ['parsePublished', (o) => parsePublished('a', o)],
      ['parseDate', (o) => parseDate('a', o)],
      ['parseArticle', (o) => parseArticle('a', o)],
    ];
    for (const [name, call] of calls) {
      expect(() => call({ language: 'fr' } as never), name).toThrow(new RegExp(`${name}: \`options.language\` must be 'ind', 'zlm' or 'eng', got "fr"`));
      expect(() => call(null as never), name).toThrow(new RegExp(`${name}: \`options\` must be an object, got null`));
      expect(() => call('ind' as never), name).toThrow(TypeError);
    }
  });
});
