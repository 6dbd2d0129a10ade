/**
 * A known name glued to the small word after it where a link was (`told The Contoh Postin an
 * interview`, `Contoh Timeson Monday`): scraped text loses the space after a linked outlet. The
 * word is cut only when the words before it and its stem are a known form of two words or more.
 */
import type { CompiledOrganisations } from './compiled.js';
import { endKey } from './phrase-tables.js';
import type { Token } from './tokens.js';

/** Fewest letters of the stem (`Post`). */
const MIN_STEM = 3;
/** Most words of a known form before its glued last word. */
const MAX_FORM_WORDS = 4;

/**
 * `word` may end with a glued word after a stem (`gluedWordCut` may cut it): a cheap test on its
 * last two code units, then its stem must end a known form, so most capitalised words skip the cut.
 */
export function mayEndGlued(c: CompiledOrganisations, word: string): boolean {
  const ends = c.gluedEnds;
  if (ends && (word.length < MIN_STEM + 2 || !ends.has(endKey(word)))) return false;
  // The stem before the glued word ends a known form of several words (`gluedWordCut`'s look-back needs one).
  for (const small of c.gluedWords) {
    const at = word.length - small.length;
    if (at >= MIN_STEM && word.endsWith(small) && c.formLastWords.has(word.slice(0, at))) return true;
  }
  return false;
}

/** Where the glued word starts in token `k` (`Post|in`), or -1. */
export function gluedWordCut(c: CompiledOrganisations, tokens: readonly Token[], k: number): number {
  const word = tokens[k]!.text;
  if (k === 0 || !tokens[k]!.spaced || tokens[k]!.acronym) return -1;
  for (const small of c.gluedWords) {
    const at = word.length - small.length;
    if (at < MIN_STEM || !word.endsWith(small)) continue;
    const stem = word.slice(0, at);
    // Only a known form of several words ending with the stem can match below.
    if (!c.formLastWords.has(stem)) continue;
    // The stem ends in a lower-case letter, as a name's last word does (`Post`, not `POSTIN`).
    if (stem.toLowerCase() === stem || stem.toUpperCase() === stem) continue;
    let form = stem;
    for (let m = k - 1; m >= 0 && k - m < MAX_FORM_WORDS; m--) {
      form = `${tokens[m]!.text} ${form}`;
      if (c.forms.has(form)) return at;
      if (!tokens[m]!.spaced && m > 0) break;
    }
  }
  return -1;
}
