/**
 * The word shapes every reader of a paragraph's tokens may ask, computed with the token when it
 * is built (`words.ts`): whether a word is capitalised, and whether it is an acronym. The
 * organisation passes' other shapes live in `organisations/shapes.ts`, which re-exports these.
 */
import { classAt, LOWER_BIT, unitClass, UPPER_BIT, widthAt } from './char-classes.js';

/** Longest word taken as an acronym (`KEMENDIKBUDRISTEK` is longer, but is in the lexicon). */
const MAX_ACRONYM_LENGTH = 10;

/** Counts of capitals and lower-case letters among the characters `[from, to)` of `s`; stops at the first lower-case one when `stopAtLower`. */
export function caseCounts(s: string, from: number, to: number, stopAtLower: boolean): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let k = from; k < to; ) {
    const c = s.charCodeAt(k);
    let bits: number;
    if (c < 0xd800 || c > 0xdbff) {
      bits = unitClass(c);
      k++;
    } else {
      bits = classAt(s, k);
      k += widthAt(s, k);
    }
    if (bits & UPPER_BIT) upper++;
    else if (bits & LOWER_BIT) {
      lower++;
      if (stopAtLower) break;
    }
  }
  return { upper, lower };
}

/** Starts with a capital letter: a name word in running text. */
export function isCapitalised(word: string): boolean {
  return word.length > 0 && (unitClass(word.charCodeAt(0)) & UPPER_BIT) !== 0;
}

/**
 * An acronym or initialism: capitals and digits, at least two capitals, optionally joined by
 * hyphens (`KPK`, `UKP4`, `DPR-RI`, `BP2MI`), or a capitalised word joined to one
 * (`Hukatan-CNV`).
 */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > MAX_ACRONYM_LENGTH + 6 || !isCapitalised(word)) return false;
  const hyphenated = word.includes('-');
  if (!hyphenated) {
    // One part: only capitals and digits, at least two capitals (most words fail at their second letter).
    if (word.length > MAX_ACRONYM_LENGTH) return false;
    const counts = caseCounts(word, 0, word.length, true);
    return counts.lower === 0 && counts.upper >= 2;
  }
  let capsParts = 0;
  let from = 0;
  while (from <= word.length) {
    let to = word.indexOf('-', from);
    if (to < 0) to = word.length;
    if (to === from) return false;
    const { upper, lower } = caseCounts(word, from, to, false);
    if (lower === 0 && upper >= 2 && to - from <= MAX_ACRONYM_LENGTH) capsParts++;
    else if (lower === 0 && upper === 0) {
      // digits: `COVID-19`
    } else if (!(hyphenated && (unitClass(word.charCodeAt(from)) & UPPER_BIT) !== 0 && upper === 1)) return false;
    from = to + 1;
  }
  return capsParts > 0;
}
