import { describe, expect, it, vi } from 'vitest';

/**
 * The standalone extractors' results: the same fields, with the same meaning, as an Article's,
 * and an internal failure reported as a warning (simulated by making the engines throw on one
 * marked text; every other text goes to the real engines).
 */
const BOOM = 'BOOM: simulated engine failure';

vi.mock('../../src/quotes/find-quotes.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/quotes/find-quotes.js')>();
  return {
    ...real,
    findQuotes: (...args: Parameters<typeof real.findQuotes>) => {
      if (args[0].some((p) => p.text.includes(BOOM))) throw new Error('quote engine failed');
      return real.findQuotes(...args);
    },
  };
});
vi.mock('../../src/organisations/find-organisations.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/organisations/find-organisations.js')>();
  return {
    ...real,
    findOrganisations: (...args: Parameters<typeof real.findOrganisations>) => {
      if (args[0].some((p) => p.text.includes(BOOM))) throw new Error('organisation engine failed');
      return real.findOrganisations(...args);
    },
  };
});

const { extractOrganisations, extractQuotes, parseArticle } = await import('../../src/index.js');

const ARTICLE = [
  'Warga Desak Perbaikan Jembatan Sukamaju',
  'SUKAMAJU - Warga mendesak pemerintah kabupaten memperbaiki jembatan yang rusak sejak Maret.',
  '"Anak-anak harus memutar dua kilometer untuk ke sekolah," kata Siti Aminah, Ketua RT 03.',
  'Dinas Pekerjaan Umum (DPU) berjanji memeriksa jembatan itu pekan depan.',
  '"Kami sudah menganggarkan perbaikannya tahun ini," ujar Kepala DPU Agus Salim.',
].join('\n');

describe('extractors', () => {
  it('extractors: Quote.paragraph indexes the paragraphs returned with it, as in an Article', () => {
    const standalone = extractQuotes(ARTICLE);
    const article = parseArticle(ARTICLE);
    expect(standalone.quotes.map((q) => q.text)).toEqual(article.quotes.map((q) => q.text));
    for (const { quotes, paragraphs } of [standalone, article]) {
      expect(quotes).toHaveLength(2);
      for (const q of quotes) {
        const p = paragraphs[q.paragraph]!;
        expect(p.span.start <= q.span.start && q.span.end <= p.span.end).toBe(true);
        expect(p.text).toContain(q.text);
      }
    }
    // The standalone paragraphs are every block, title included; the Article's are the clean body.
    expect(standalone.paragraphs).toHaveLength(5);
    expect(article.paragraphs).toHaveLength(4);
    expect(standalone.quotes.map((q) => q.paragraph)).toEqual([2, 4]);
    expect(article.quotes.map((q) => q.paragraph)).toEqual([1, 3]);
  });

  it('extractors: organisations always carry an id and a kind, null when unknown', () => {
    const { organisations, warnings } = extractOrganisations(`${ARTICLE}\nKoperasi Tani Makmur Jaya ikut membantu.`);
    expect(warnings).toEqual([]);
    expect(organisations.length).toBeGreaterThan(0);
    for (const o of organisations) {
      expect(o).toHaveProperty('id');
      expect(o).toHaveProperty('kind');
      expect(o.id === null || typeof o.id === 'string').toBe(true);
      expect(o.kind === null || typeof o.kind === 'string').toBe(true);
    }
    for (const o of parseArticle(ARTICLE).organisations) expect(Object.keys(o)).toEqual(['name', 'acronym', 'mentions', 'id', 'kind']);
  });

  it('extractors: an internal failure is a warning in the result, never an exception or a silent empty list', () => {
    const quotes = extractQuotes(`${ARTICLE}\n${BOOM}`);
    expect(quotes.quotes).toEqual([]);
    expect(quotes.warnings).toEqual(['extractQuotes crashed: quote engine failed']);
    // What was read before the failure is still there.
    expect(quotes.paragraphs).toHaveLength(6);
    expect(quotes.language.code).toBe('ind');

    const orgs = extractOrganisations(`${ARTICLE}\n${BOOM}`);
    expect(orgs.organisations).toEqual([]);
    expect(orgs.warnings).toEqual(['extractOrganisations crashed: organisation engine failed']);

    // parseArticle reports the same failures per stage and keeps the rest of the Article.
    const article = parseArticle(`${ARTICLE}\n${BOOM}`);
    expect(article.warnings).toEqual(['stage quotes crashed: quote engine failed', 'stage organisations crashed: organisation engine failed']);
    expect(article.paragraphs.length).toBeGreaterThan(3);
  });

  it('extractors: no warnings when nothing failed', () => {
    expect(extractQuotes(ARTICLE).warnings).toEqual([]);
    expect(extractOrganisations(ARTICLE).warnings).toEqual([]);
  });
});
