import { MAX_RELATED_HEADLINE_LENGTH } from '../../options.js';

/*
 * Related headlines some sites print in sentence case, with no bullet and no label: a run of short lines of a
 * headline's shape between the story's paragraphs or after them (`Warga sukamaju keluhkan harga pupuk`).
 */

/** Fewest lines in such a run: two short unpunctuated lines may be the story's own crossheads or a signature. */
export const MIN_PLAIN_HEADLINE_LINES = 3;
/** A headline's length in words: fewer is a label or a list item (`Kulit kering`), more is a sentence. */
const MIN_WORDS = 5;
const MAX_WORDS = 18;
/** Of the run, this many lines name something (a capitalised word or a figure after the first word): lyrics or a list of phrases seldom do. */
const MIN_NAMING_LINES = 2;

/** A headline's shape: one capitalised line of 5–18 words, no sentence end anywhere, no list number or bullet, no quote. */
export function isPlainHeadline(s: string): boolean {
  if (s.length > MAX_RELATED_HEADLINE_LENGTH || !/^\p{Lu}/u.test(s)) return false;
  // No sentence punctuation at the end, no sentence end inside, no quoted words (a quote's line runs on), no label's colon at the end.
  if (/[.,;:!?"”’)\]]$/.test(s) || /[.!?]["”’]? /.test(s) || /["“”]/.test(s) || /^\p{Lu}[\p{L}]*:/u.test(s)) return false;
  const words = s.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= MIN_WORDS && words.length <= MAX_WORDS;
}

/** A headline names a person, a place or a figure after its first word. */
function names(s: string): boolean {
  return /. (?:\p{Lu}|\p{N})/u.test(s);
}

/** Whether the lines of a run (each `isPlainHeadline`) are enough of them, and enough of them name something. */
export function isPlainHeadlineRun(lines: readonly string[]): boolean {
  return lines.length >= MIN_PLAIN_HEADLINE_LINES && lines.filter(names).length >= MIN_NAMING_LINES;
}
