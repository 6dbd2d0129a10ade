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

/** The last two code units of every glued word, for the list they were read from (one list per language; kept for the last one asked). */
let endsOf: readonly string[] | null = null;
let ends = new Set<number>();
/** A glued word shorter than two code units: any word may end with it. */
let anyEnd = false;

/** The last two code units of `word` as one number (`word` has two at least). */
function endKey(word: string): number {
  const n = word.length;
  return (word.charCodeAt(n - 2) << 16) | word.charCodeAt(n - 1);
}

/** The last words of the known forms of two words or more, for the forms they were read from (one table per language; kept for the last one asked). */
let lastWordsFrom: ReadonlyMap<string, unknown> | null = null;
let lastWords = new Set<string>();

function lastWordsOf(forms: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  if (lastWordsFrom !== forms) {
    lastWords = new Set();
    for (const key of forms.keys()) {
      const space = key.lastIndexOf(' ');
      if (space >= 0) lastWords.add(key.slice(space + 1));
    }
    lastWordsFrom = forms;
  }
  return lastWords;
}

/**
 * `word` may end with a glued word after a stem (`gluedWordCut` may cut it): a cheap test on its
 * last two code units, then its stem must end a known form, so most capitalised words skip the cut.
 */
export function mayEndGlued(c: CompiledOrganisations, word: string): boolean {
  if (endsOf !== c.gluedWords) {
    ends = new Set(c.gluedWords.filter((w) => w.length >= 2).map(endKey));
    anyEnd = c.gluedWords.some((w) => w.length < 2);
    endsOf = c.gluedWords;
  }
  if (!anyEnd && (word.length < MIN_STEM + 2 || !ends.has(endKey(word)))) return false;
  // The stem before the glued word ends a known form of several words (`gluedWordCut`'s look-back needs one).
  for (const small of c.gluedWords) {
    const at = word.length - small.length;
    if (at >= MIN_STEM && word.endsWith(small) && lastWordsOf(c.forms).has(word.slice(0, at))) return true;
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
    if (!lastWordsOf(c.forms).has(stem)) continue;
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
