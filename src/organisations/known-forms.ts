/**
 * How a known form's words are matched in text: as the lexicon writes them, its small lower-case words
 * also in Title Case, as outlets that capitalise every word write them (`Institute For Contoh Studies`).
 */
import { formGap, type ParagraphState } from './paragraph.js';

/** Longest lower-case word of a known form read in Title Case too (`dan`, `for`, `untuk`): longer ones are words of the name. */
const MAX_SMALL_WORD_LENGTH = 5;

/** The words of a known form from word `i`, with `formGap` gaps between them. */
export function matchKnownWords(p: ParagraphState, i: number, words: readonly string[]): boolean {
  if (i + words.length > p.tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const written = p.tokens[i + k]!;
    const w = words[k]!;
    // The token's lower-case form is made once per word: compared before the small-word test, which builds strings.
    if (written.text !== w && (k === 0 || written.lower !== w || !isSmallWord(w))) return false;
    if (k > 0 && !formGap(p, i + k)) return false;
  }
  return true;
}

/** A word of a form written in lower case only (`for`, `dan`, `of`): a joining word, not a name word. */
function isSmallWord(word: string): boolean {
  return word.length <= MAX_SMALL_WORD_LENGTH && word === word.toLowerCase() && word !== word.toUpperCase();
}
