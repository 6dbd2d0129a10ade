/**
 * A known name glued to the small word after it where a link was (`told The Contoh Postin an
 * interview`, `Contoh Timeson Monday`): scraped text loses the space after a linked outlet. The
 * word is cut only when the words before it and its stem are a known form of two words or more.
 */
import type { CompiledOrganisations } from './compile.js';
import type { Token } from './tokens.js';

/** Fewest letters of the stem (`Post`). */
const MIN_STEM = 3;
/** Most words of a known form before its glued last word. */
const MAX_FORM_WORDS = 4;

/** Where the glued word starts in token `k` (`Post|in`), or -1. */
export function gluedWordCut(c: CompiledOrganisations, tokens: readonly Token[], k: number): number {
  const word = tokens[k]!.text;
  if (k === 0 || !tokens[k]!.spaced || tokens[k]!.acronym) return -1;
  for (const small of c.gluedWords) {
    const at = word.length - small.length;
    if (at < MIN_STEM || !word.endsWith(small)) continue;
    const stem = word.slice(0, at);
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
