import { describe, expect, it } from 'vitest';
import { opensearchMapping, parseArticle, toOpenSearchBulk, toSearchDocument, type SearchDocument } from '../../src/index.js';
import { ARTICLES } from './fixtures.js';

const gabah = ARTICLES.find((a) => a.id === 'kompas-gabah')!;

describe('toSearchDocument', () => {
  it('flattens an article: text, facets and stemmed terms', () => {
    const doc = toSearchDocument(parseArticle(gabah.text), { id: 'k1', url: 'https://example.test/k1' });
    expect(doc).toMatchObject({
      id: 'k1',
      url: 'https://example.test/k1',
      title: 'Petani dan Mitra Penggilingan Bertemu Bahas Harga Gabah',
      date: null,
      place: 'JAKARTA',
      outlet: 'kompas',
      language: 'ind',
      stemmed: true,
      speakers: [{ name: 'Rina Kusumawati', role: 'Koordinator Program', organisation: 'Aliansi Petani Lestari' }],
    });
    expect(doc.organisations).toContain('Aliansi Petani Lestari');
    expect(doc.acronyms).toContain('APL');
    expect(doc.body.startsWith('Ratusan petani dari Karawang bertemu')).toBe(true);
    expect(doc.quotes).toEqual(['Kami ingin harga gabah yang adil bagi petani dan mitra penggilingan,', expect.any(String)]);
    expect(doc.terms.title).toBe('tani dan mitra giling temu bahas harga gabah');
    expect(doc.terms.body.split(' ').filter((t) => t === 'temu')).toHaveLength(2);
  });

  it('lets what the caller knows win over what the parse found', () => {
    const doc = toSearchDocument(parseArticle(gabah.text), { id: 'k1', outlet: 'Kompas Jabar', date: '2024-03-05T09:00:00+07:00', title: 'Judul Lain' });
    expect(doc).toMatchObject({ outlet: 'Kompas Jabar', date: '2024-03-05', title: 'Judul Lain', terms: { title: 'judul lain' } });
  });

  it('keys a document without an id by its title and body, the same every time', () => {
    const a = toSearchDocument(parseArticle(gabah.text));
    const b = toSearchDocument(parseArticle(`${gabah.text}\n\nBagikan:`));
    expect(a.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.id).toBe(a.id);
  });

  it('names a wrong argument in a TypeError', () => {
    expect(() => toSearchDocument('text' as never)).toThrow(/`article` must be an Article/);
    expect(() => toSearchDocument(parseArticle('x'), { id: 5 as never })).toThrow(/`options.id` must be a string/);
    expect(() => toSearchDocument(parseArticle('x'), { date: '10/13/2025' })).toThrow(/`options.date` must be an ISO date/);
  });

  it('gives an empty article empty fields, never a throw', () => {
    const doc = toSearchDocument(parseArticle(''), { id: 'empty' });
    expect(doc).toMatchObject({ title: null, body: '', quotes: [], speakers: [], terms: { title: '', body: '', quotes: '' } });
  });
});

describe('OpenSearch bulk and mapping', () => {
  const docs = ARTICLES.map((a) => toSearchDocument(parseArticle(a.text), { id: a.id, outlet: a.outlet ?? null, date: a.date ?? null }));

  it('writes an index action and a document per article, each line JSON', () => {
    const lines = toOpenSearchBulk(docs, 'berita').split('\n');
    expect(lines.pop()).toBe(''); // ends in a newline, as _bulk requires
    expect(lines).toHaveLength(2 * docs.length);
    lines.forEach((line, i) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (i % 2 === 0) expect(value).toEqual({ index: { _index: 'berita', _id: docs[i / 2]!.id } });
      else expect(value).toEqual(docs[(i - 1) / 2]);
    });
  });

  it('maps every field of a document, with keyword facets, a date and analysed terms', () => {
    const mapping = opensearchMapping() as { mappings: { properties: Record<string, { type?: string; properties?: Record<string, unknown> }> } };
    const properties = mapping.mappings.properties;
    const fields: (keyof SearchDocument)[] = ['id', 'url', 'title', 'body', 'date', 'place', 'outlet', 'language', 'organisations', 'acronyms', 'speakers', 'quotes', 'terms', 'stemmed'];
    expect(Object.keys(properties).sort()).toEqual([...fields].sort());
    expect(Object.keys(docs[0]!).sort()).toEqual([...fields].sort());
    expect(properties.outlet!.type).toBe('keyword');
    expect(properties.organisations!.type).toBe('keyword');
    expect(properties.speakers!.properties).toEqual({ name: { type: 'keyword' }, role: { type: 'keyword' }, organisation: { type: 'keyword' } });
    expect(properties.date).toEqual({ type: 'date', format: 'strict_date' });
    expect(properties.terms!.properties!.body).toEqual({ type: 'text', analyzer: 'warta_terms' });
    // Every date a document carries fits strict_date.
    for (const d of docs) if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
