/** Title Case headlines and shouted capitals, where capitals say nothing about names. */
import { isAllCaps, isLower, isNumber } from './shapes.js';
import type { Token } from './tokens.js';

/** A run of this many all-capital words is a shouted phrase (`SCROLL TO CONTINUE`), not acronyms. */
export const SHOUTED_RUN = 3;

/** A line with at least this many long words, nearly all capitalised, is a Title Case headline. */
export const TITLE_MIN_WORDS = 5;

/** Share of capitalised long words that makes a line Title Case. */
export const TITLE_CAPITALISED_SHARE = 0.8;

/** Words this long or longer count for the Title Case test (skips `di`, `dan`, `of`). */
export const TITLE_WORD_LENGTH = 4;

/** Word `k` is all capitals, or one character that is not lower case (`A`, `2`). */
export function capsWord(t: Token): boolean {
  return isAllCaps(t.text) || (t.text.length === 1 && !isLower(t.text));
}

/** Word `i` is inside a run of all-capital words joined by spaces (`SCROLL TO CONTINUE WITH CONTENT`). */
export function isShouted(tokens: Token[], i: number): boolean {
  if (!capsWord(tokens[i]!)) return false;
  let from = i;
  let to = i + 1;
  while (to - from < SHOUTED_RUN && from > 0 && tokens[from]!.spaced && capsWord(tokens[from - 1]!)) from--;
  while (to - from < SHOUTED_RUN && to < tokens.length && tokens[to]!.spaced && capsWord(tokens[to]!)) to++;
  return to - from >= SHOUTED_RUN;
}

/**
 * A word joined by spaces to word `i` before or after it is all capitals too: `i` is in a headline,
 * caption or dateline written in capitals (`WARGA CONTOHKOM BERKUMPUL`), where a word in capitals is
 * as often an ordinary word as a name.
 */
export function capitalsBeside(tokens: Token[], i: number): boolean {
  const before = i > 0 && tokens[i]!.spaced && isAllCaps(tokens[i - 1]!.text);
  return before || (i + 1 < tokens.length && tokens[i + 1]!.spaced && isAllCaps(tokens[i + 1]!.text));
}

/** The word counts for the Title Case test: long enough, and not a number. */
export function isLongWord(word: string): boolean {
  if (word.length < TITLE_WORD_LENGTH) return false;
  // A number starts with a digit: most words need no look past their first.
  const d = word.charCodeAt(0);
  return d < 48 || d > 57 || !isNumber(word);
}

/**
 * A Title Case headline, where capitals say nothing about names, from the line's counts of long
 * words and of capitalised ones among them (`isLongWord`). A line with a full stop is prose.
 */
export function titleCaseLine(text: string, long: number, capitalised: number): boolean {
  // The counts first: few lines pass them, so the full-stop test rarely runs.
  if (long < TITLE_MIN_WORDS || capitalised < long * TITLE_CAPITALISED_SHARE) return false;
  return !/[.!?]["”']?\s*$/.test(text) && !text.includes('. ');
}
