import type { LanguageCode } from '../types.js';
import { tokenize } from '../organisations/tokens.js';
import { stemIndonesian } from './stemmer.js';

/**
 * Search terms: the words of a text as every index of warta stores them and every query looks
 * them up, so writing and searching can never disagree. A term is lower case, has no
 * diacritics, holds only letters and digits (so any engine's tokenizer keeps it whole), and
 * for Indonesian and Malay text is the word's stem.
 */

/** Longest term kept: longer runs are hashes, identifiers or glued junk, not words anyone searches for. */
export const MAX_TERM_LENGTH = 64;

/** Runs of anything that is not a letter or a digit: where a joined word splits into terms. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;
/** Only ASCII letters, digits and joiners: nothing to fold beyond lower-casing. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Most words of a text: ASCII letters and digits alone, one term as they are (lower-cased). */
const SIMPLE_WORD = /^[a-z0-9]+$/;

/** Languages whose words are stemmed; English and other text is indexed word for word. */
export function stemsLanguage(language: LanguageCode): boolean {
  return language !== 'eng';
}

/** Lower case, no diacritics, no apostrophes (`Jum'at` → `jumat`, `António` → `antonio`). */
function fold(word: string): string {
  let w = word.toLowerCase();
  if (!PLAIN_ASCII.test(w)) w = w.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC');
  return w.replace(APOSTROPHES, '');
}

/**
 * The terms of one word as the tokenizer cut it. A reduplicated word is one term when the
 * stemmer knows it (`anak-anak` → `anak`); other joined words give one term per part
 * (`Kompas.com` → `kompas`, `com`; `covid-19` → `covid`, `19`).
 */
export function wordTerms(word: string, stem: boolean): string[] {
  const lower = word.toLowerCase();
  if (SIMPLE_WORD.test(lower)) return lower.length > MAX_TERM_LENGTH ? [] : [stem ? stemIndonesian(lower) : lower];
  const folded = fold(lower);
  if (stem && folded.includes('-')) {
    const whole = stemIndonesian(folded);
    if (!NON_WORD.test(whole)) return whole.length <= MAX_TERM_LENGTH ? [whole] : [];
  }
  const out: string[] = [];
  for (const part of NON_WORD.test(folded) ? folded.split(NON_WORD) : [folded]) {
    if (part === '' || part.length > MAX_TERM_LENGTH) continue;
    out.push(stem ? stemIndonesian(part) : part);
  }
  return out;
}

/** Every term of `text`, in order (repeats kept: engines rank by them). */
export function textTerms(text: string, stem: boolean): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    for (const term of wordTerms(token.text, stem)) out.push(term);
  }
  return out;
}

/**
 * The words of a search query, each as the terms that may stand for it in an index: its stem
 * (how Indonesian and Malay articles store it) and, when different, the word itself (how
 * English articles store it). Every character that is not part of a word (quotes, `*`,
 * parentheses, `:`, operators' punctuation) is dropped, so a query is only ever words.
 */
export function queryWords(query: string): string[][] {
  const words: string[][] = [];
  for (const token of tokenize(query)) {
    const plain = wordTerms(token.text, false);
    const stemmed = wordTerms(token.text, true);
    if (plain.length === stemmed.length) {
      plain.forEach((raw, i) => words.push(raw === stemmed[i] ? [raw] : [stemmed[i]!, raw]));
    } else {
      // A reduplication the stemmer joined (`anak-anak` → `anak`): one word.
      words.push([...new Set([...stemmed, ...plain])]);
    }
  }
  return words;
}

/**
 * The search terms of a text, space-separated, exactly as warta's archives index them: for
 * indexing warta's output in an engine of your own, or querying the `terms` fields of exported
 * documents. `language` decides stemming (every language but English is stemmed; default `ind`).
 *
 * @example
 * searchTerms('Pertemuan para petani'); // 'temu para tani'
 */
export function searchTerms(text: string, language: LanguageCode = 'ind'): string {
  if (typeof text !== 'string') throw new TypeError(`searchTerms: \`text\` must be a string, got ${text === null ? 'null' : typeof text}`);
  return textTerms(text, stemsLanguage(language)).join(' ');
}
