import type { SearchTerms } from '../../search/types.js';

/**
 * `tsvector` and `tsquery` values written by warta itself from its stemmed terms, passed as
 * bound parameters and cast (`$1::tsvector`). PostgreSQL's own parser never sees the text, so
 * the lexemes are exactly SQLite's terms whatever the database's locale or configuration.
 */

/** Positions above this are all stored as this (PostgreSQL's limit). */
const MAX_POSITION = 16_383;
/** Positions kept per lexeme (PostgreSQL keeps at most 256). */
const MAX_POSITIONS_PER_LEXEME = 255;
/** A tsvector must stay under 1 MB; new lexemes stop well before it (a body of several MB). */
const MAX_TSVECTOR_BYTES = 900_000;

/** A lexeme as a quoted literal (terms hold only letters and digits; quoting is belt and braces). */
function quote(term: string): string {
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** Title terms weigh A, quote terms B, body terms C; positions run on through the three. */
export function tsvectorLiteral(terms: SearchTerms): string {
  const lexemes = new Map<string, string[]>();
  let position = 0;
  let bytes = 0;
  for (const [field, weight] of [
    [terms.title, 'A'],
    [terms.body, 'C'],
    [terms.quotes, 'B'],
  ] as const) {
    if (field === '') continue;
    for (const term of field.split(' ')) {
      position = Math.min(position + 1, MAX_POSITION);
      let positions = lexemes.get(term);
      if (!positions) {
        if (bytes > MAX_TSVECTOR_BYTES) continue;
        positions = [];
        lexemes.set(term, positions);
        bytes += Buffer.byteLength(term) + 8;
      }
      if (positions.length < MAX_POSITIONS_PER_LEXEME) {
        positions.push(`${position}${weight}`);
        bytes += 2;
      }
    }
  }
  return [...lexemes].map(([term, positions]) => `${quote(term)}:${positions.join(',')}`).join(' ');
}

/** Every word must match, through any of its terms: `('temu' | 'pertemuan') & 'mitra'`. */
export function tsqueryLiteral(words: readonly (readonly string[])[]): string {
  return words.map((terms) => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' | ')})`)).join(' & ');
}
