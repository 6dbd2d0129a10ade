import type { SearchDocument } from './types.js';

/**
 * OpenSearch (and Elasticsearch) index settings and mapping for warta's search documents.
 * The `terms.*` fields hold warta's stemmed terms and are only split at spaces (the stemming
 * is already done, the same way as warta's own archives); `title`, `body` and `quotes` are
 * also indexed as plain text by the engine's standard analyzer; outlet, language, speakers
 * and organisations are keyword fields for filters and facets.
 */
export function opensearchMapping(): Record<string, unknown> {
  const keyword = { type: 'keyword' };
  const terms = { type: 'text', analyzer: 'warta_terms' };
  return {
    settings: {
      analysis: {
        analyzer: { warta_terms: { type: 'custom', tokenizer: 'whitespace', filter: ['lowercase'] } },
      },
    },
    mappings: {
      dynamic: false,
      properties: {
        id: keyword,
        url: keyword,
        title: { type: 'text' },
        body: { type: 'text' },
        date: { type: 'date', format: 'strict_date' },
        place: keyword,
        outlet: keyword,
        language: keyword,
        organisations: keyword,
        acronyms: keyword,
        speakers: { properties: { name: keyword, role: keyword, organisation: keyword } },
        quotes: { type: 'text' },
        terms: { properties: { title: terms, body: terms, quotes: terms } },
        stemmed: { type: 'boolean' },
      },
    },
  };
}

/**
 * Documents as an OpenSearch/Elasticsearch `_bulk` body: an `index` action line (id = the
 * document's id, so loading twice replaces instead of duplicating) and the document, per
 * document, each line ending in a newline.
 */
export function toOpenSearchBulk(documents: Iterable<SearchDocument>, index: string): string {
  if (typeof index !== 'string' || index === '') throw new TypeError('toOpenSearchBulk: `index` must be a non-empty string');
  let out = '';
  for (const doc of documents) out += `${JSON.stringify({ index: { _index: index, _id: doc.id } })}\n${JSON.stringify(doc)}\n`;
  return out;
}
