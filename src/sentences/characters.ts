/**
 * The characters the sentence splitter reasons about, by code unit: letters by case, digits, stops, line
 * breaks, the quote and bracket marks it pairs, and the two stand-ins it writes into the engine's copy.
 * One place for them because every step (pairing, stops, numbers, chunking) reads the same classes.
 */
import { LOWER_BIT, TITLE_BIT, unitHas, UPPER_BIT } from '../tokens/char-classes.js';

/** Stands in for a mark the engine must ignore: not a separator, pair mark, space or capital. */
export const NEUTRAL = '\u00B7';

/** Stands in for the first digit of a number that ends a sentence. */
export const MASKED_DIGIT = '#';

/** One code unit of the text is a lower-case letter / an upper- or title-case letter (the shared class table). */
export const isLower = (ch: string | undefined): boolean => unitHas(ch, LOWER_BIT);
export const isUpper = (ch: string | undefined): boolean => unitHas(ch, UPPER_BIT | TITLE_BIT);

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isStop = (ch: string | undefined): boolean => ch === '.' || ch === '!' || ch === '?';

export const isLineBreak = (ch: string | undefined): boolean =>
  ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Quote marks paired by this module; all of them may open (Kompas opens with `”`). */
export const QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F']);
/** Quote marks that only ever open: seeing one while a quote is open restarts the quote. */
export const OPENING_QUOTES = new Set(['\u201C', '\u201E', '\u201F']);
export const BRACKET_CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
export const BRACKET_OPENERS = new Set(['(', '[', '{']);
/** The ASCII characters the pairing pass cares about: pair marks and line breaks. */
export const MARK_ASCII = new Set(['"', '(', ')', '[', ']', '{', '}', '\n', '\r']);
/** The engine's other pair marks (CJK brackets): always neutralised, an unclosed one would swallow the line. */
export const FOREIGN_PAIRS = new Set([...'「」（）『』｛｝［］〚〛【】《》']);
