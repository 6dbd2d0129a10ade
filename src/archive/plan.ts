import { queryWords, textTerms } from '../search/terms.js';
import type { LanguageCode } from '../types.js';
import { ArchiveError } from './errors.js';
import type { ArchiveFilters } from './types.js';

/**
 * Turning what a caller asks (a query string, filters) into checked values that both back ends
 * bind into prepared statements. Nothing here is ever pasted into SQL.
 */

/** Longest query accepted, in characters: a search box, not a document. */
export const MAX_QUERY_LENGTH = 1000;
/** Most words in one query: each is a term group the engine must intersect. */
export const MAX_QUERY_WORDS = 32;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGES: readonly LanguageCode[] = ['ind', 'zlm', 'eng', 'und'];

/**
 * A name as a comparison key: its words lower-cased without diacritics, single-spaced and
 * padded with a space on each side, so `LIKE '% sri mulyani %'` finds whole words only.
 * Keys hold letters, digits and spaces alone, so a key can never carry a LIKE wildcard.
 */
export function nameKey(name: string): string {
  const words = textTerms(name, false);
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** The query's words, each as its alternative terms (stem, word). */
export function planQuery(query: string): string[][] {
  if (typeof query !== 'string') throw new TypeError('search: `query` must be a string');
  if (query.length > MAX_QUERY_LENGTH) {
    throw new ArchiveError('query-too-long', `the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are searched`);
  }
  const words = queryWords(query);
  if (words.length === 0) throw new ArchiveError('empty-query', 'the query has no words to search for');
  if (words.length > MAX_QUERY_WORDS) {
    throw new ArchiveError('query-too-long', `the query has ${words.length} words; at most ${MAX_QUERY_WORDS} are searched`);
  }
  return words;
}

/** Filters checked and reduced to the keys the tables hold; `null` where not given. */
export interface FilterPlan {
  outletKey: string | null;
  from: string | null;
  to: string | null;
  language: LanguageCode | null;
  speakerKey: string | null;
  organisationKey: string | null;
  limit: number;
  offset: number;
}

export function planFilters(filters: ArchiveFilters, what: string): FilterPlan {
  if (filters === null || typeof filters !== 'object') throw new TypeError(`${what}: options must be an object`);
  const text = (key: keyof ArchiveFilters): string | null => {
    const value = filters[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new TypeError(`${what}: \`${key}\` must be a string`);
    return value;
  };
  const date = (key: 'from' | 'to'): string | null => {
    const value = text(key);
    if (value !== null && !isCalendarDate(value)) {
      throw new ArchiveError('bad-filter', `${key} must be a date written YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`);
    }
    return value;
  };
  const key = (name: 'speaker' | 'organisation'): string | null => {
    const value = text(name);
    if (value === null) return null;
    const k = nameKey(value);
    if (k === '') throw new ArchiveError('bad-filter', `${name} has no words to look for`);
    return k;
  };
  const language = text('language');
  if (language !== null && !LANGUAGES.includes(language as LanguageCode)) {
    throw new ArchiveError('bad-filter', `language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language.slice(0, 40))}`);
  }
  const outlet = text('outlet');
  return {
    outletKey: outlet === null ? null : outlet.trim().toLowerCase(),
    from: date('from'),
    to: date('to'),
    language: language as LanguageCode | null,
    speakerKey: key('speaker'),
    organisationKey: key('organisation'),
    limit: count(filters.limit, DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit'),
    offset: count(filters.offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset'),
  };
}

/** `YYYY-MM-DD` naming a day that exists (no 31 February). */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function count(value: unknown, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ArchiveError('bad-filter', `${name} must be a whole number from ${min} to ${max}, got ${String(value).slice(0, 40)}`);
  }
  return value;
}
