/**
 * The one character-class table of the library's word scanners (`tokenize.ts`, the organisation
 * word shapes, the sentence splitter's tests around stops). A class is a set of bits; ASCII answers from a fixed table, other BMP code units
 * from a table filled on first sight of each unit (the Unicode regexes run once per distinct
 * character, not once per letter), astral code points from the regexes (rare, not cached).
 */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
/** JavaScript's `\s`: the Unicode spaces, line breaks and the byte-order mark. */
const SPACE = /\s/u;
const TITLE = /\p{Lt}/u;
const MARK = /\p{M}/u;
const OTHER = /\p{C}/u;

/** Marks a table entry as filled (so a class of 0 is never stored). */
const SEEN = 1;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER_BIT = 2;
/** A lower-case letter (`\p{Ll}`). */
export const LOWER_BIT = 4;
/** Any letter (`\p{L}`). */
export const LETTER_BIT = 8;
/** Any number (`\p{N}`). */
export const NUMBER_BIT = 16;
/** A space, as JavaScript's `\s` understands it. */
export const SPACE_BIT = 32;
/** A title-case letter (`\p{Lt}`, `ǅ`). */
export const TITLE_BIT = 64;
/** A combining mark (`\p{M}`): part of a word for the language detector. */
export const MARK_BIT = 128;
/** A control, format, unassigned, private-use or surrogate code point (`\p{C}`): binary input. */
export const OTHER_BIT = 256;
/** Lower-casing changes it (`ch.toLowerCase() !== ch`): a text without such characters lower-cases by its ASCII letters alone. */
export const LOWERS_BIT = 512;
/** A letter or a number: a word character. */
export const WORD_BITS = LETTER_BIT | NUMBER_BIT;

/** The class bits of one character as the Unicode patterns read it. */
export function classify(ch: string): number {
  let bits = SEEN;
  if (UPPER.test(ch)) bits |= UPPER_BIT;
  if (LOWER.test(ch)) bits |= LOWER_BIT;
  if (LETTER.test(ch)) bits |= LETTER_BIT;
  if (NUMBER.test(ch)) bits |= NUMBER_BIT;
  if (SPACE.test(ch)) bits |= SPACE_BIT;
  if (TITLE.test(ch)) bits |= TITLE_BIT;
  if (MARK.test(ch)) bits |= MARK_BIT;
  if (OTHER.test(ch)) bits |= OTHER_BIT;
  if (ch.toLowerCase() !== ch) bits |= LOWERS_BIT;
  return bits;
}

/**
 * The class of an ASCII character by its ranges, what `classify` answers for it (`test/tokens/tokenizer.test.ts` checks
 * all 128): the table is filled at import, where eight Unicode patterns built and run 1,024 times cost about
 * 2 % of the cold import.
 */
function asciiClass(c: number): number {
  if (c >= 65 && c <= 90) return SEEN | UPPER_BIT | LETTER_BIT | LOWERS_BIT;
  if (c >= 97 && c <= 122) return SEEN | LOWER_BIT | LETTER_BIT;
  if (c >= 48 && c <= 57) return SEEN | NUMBER_BIT;
  // Tab, line feed, vertical tab, form feed, carriage return: controls and spaces; the other controls and DEL: controls.
  if (c >= 9 && c <= 13) return SEEN | SPACE_BIT | OTHER_BIT;
  if (c === 32) return SEEN | SPACE_BIT;
  if (c < 32 || c === 127) return SEEN | OTHER_BIT;
  return SEEN;
}

/** Classes of ASCII characters, the most common by far (read directly by the scanner's hot loop). */
export const ASCII_CLASS = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = asciiClass(c);

/** Classes of BMP code units (a surrogate code unit has only OTHER_BIT, as `\p{C}` says), filled lazily (16 bits: more than eight classes). */
let table: Uint16Array | null = null;

/** Class bits of one UTF-16 code unit (a surrogate code unit: OTHER_BIT only, never a letter, digit or space). */
export function unitClass(code: number): number {
  if (code < 128) return ASCII_CLASS[code]!;
  const t = (table ??= new Uint16Array(0x10000));
  let bits = t[code]!;
  if (bits === 0) t[code] = bits = classify(String.fromCharCode(code));
  return bits;
}

/** The one code unit `ch` (a character of a string read by index) has one of the class `bits`; false for `undefined` or `''`. */
export function unitHas(ch: string | undefined, bits: number): boolean {
  return ch !== undefined && ch.length > 0 && (unitClass(ch.charCodeAt(0)) & bits) !== 0;
}

/** Class bits of a code point (astral ones are rare and not cached). */
export function pointClass(cp: number): number {
  return cp <= 0xffff ? unitClass(cp) : classify(String.fromCodePoint(cp));
}

/** Width in code units of the character at `i` of `s`: 2 for a surrogate pair, else 1 (a lone surrogate too). */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Class bits of the character (code point) at `i` of `s`: 0 for a lone high surrogate, OTHER_BIT for a lone low one (neither is a letter, digit or space). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  return widthAt(s, i) === 2 ? pointClass(s.codePointAt(i)!) : 0;
}
