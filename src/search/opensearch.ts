import type { SearchDocument } from './types.js';

/** One field of an OpenSearch mapping, as warta's mapping writes them. */
export interface OpenSearchField {
  type?: string;
  format?: string;
  analyzer?: string;
  properties?: Record<string, OpenSearchField>;
}

/** The body of `PUT /<index>`: analysis settings and the mapping of `SearchDocument` fields. */
export interface OpenSearchMapping {
  settings: { analysis: { analyzer: Record<string, { type: string; tokenizer: string; filter: string[] }> } };
  mappings: { dynamic: boolean; properties: Record<string, OpenSearchField> };
}

/**
 * OpenSearch (and Elasticsearch) index settings and mapping for warta's search documents.
 * The `terms.*` fields hold warta's stemmed terms and are only split at spaces (the stemming
 * is already done, the same way as warta's own archives); `title`, `body` and `quotes` are
 * also indexed as plain text by the engine's standard analyzer; outlet, language, speakers
 * and organisations are keyword fields for filters and facets.
 */
export function opensearchMapping(): OpenSearchMapping {
  const keyword: OpenSearchField = { type: 'keyword' };
  const terms: OpenSearchField = { type: 'text', analyzer: 'warta_terms' };
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
export function toOpenSearchBulk(documents: readonly SearchDocument[], index: string): string {
  if (!Array.isArray(documents)) throw new TypeError('toOpenSearchBulk: `documents` must be an array of search documents');
  if (typeof index !== 'string' || index === '') throw new TypeError('toOpenSearchBulk: `index` must be a non-empty string');
  let out = '';
  for (const doc of documents) out += `${JSON.stringify({ index: { _index: index, _id: doc.id } })}\n${JSON.stringify(doc)}\n`;
  return out;
}
