import { isAcronym, pointClass, unitClass, UPPER_BIT, WORD_BITS } from './shapes.js';

/** A word of the text with its offsets (relative to the string it was cut from) and its shape, computed once. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (`isCapitalised`). */
  cap: boolean;
  /** An acronym or initialism (`isAcronym`). */
  acronym: boolean;
  /** Only spaces, at least one, stand between the previous word and this one. */
  spaced: boolean;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SPACE = 0x20;

/** ASCII letters and digits: most characters of the text, answered without the Unicode table. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** Code unit `c` is a letter or a digit (a lone surrogate is neither). */
function wordUnit(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : (unitClass(c) & WORD_BITS) !== 0;
}

/** The code point at `i` is a letter or a digit (false past the end). */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return wordUnit(c);
  return (pointClass(text.codePointAt(i)!) & WORD_BITS) !== 0;
}

/** Width in code units of the character at `i`. */
function widthAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** The end of the run of letters and digits from `i`. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      if (!wordUnit(c)) return i;
      i++;
    } else {
      if (!wordAt(text, i)) return i;
      i += widthAt(text, i);
    }
  }
  return i;
}

/** Code unit `c` is an ASCII letter of the given case. */
function asciiOfCase(c: number, upper: boolean): boolean {
  return upper ? c >= 65 && c <= 90 : c >= 97 && c <= 122;
}

/**
 * A dot at `i` starts a short domain part: two or three ASCII letters of one case, then no
 * letter or digit (`.com`, `.CO`, `.id`).
 */
function domainDot(text: string, i: number): boolean {
  const first = text.charCodeAt(i + 1);
  const upper = first >= 65 && first <= 90;
  if (!upper && !(first >= 97 && first <= 122)) return false;
  let j = i + 2;
  while (j < text.length && j - i <= 4 && asciiOfCase(text.charCodeAt(j), upper)) j++;
  const run = j - i - 1;
  return run >= 2 && run <= 3 && !wordAt(text, j);
}

/** A character that joins two runs of letters and digits into one word when one follows it. */
function joiner(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE || c === AMPERSAND || c === HYPHEN;
}

/**
 * The words of `text`, in order. A word is letters and digits, joined inside by `-`, `&`, an
 * apostrophe, or a dot that starts a short domain part (`Kompas.com`, `KONTAN.CO.ID`). A dot
 * before a capital is a missing space between sentences (`Air.Pada`), so it splits. One pass over
 * the characters; each word's shape is computed here once for every rule that asks.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    // Skip to the next letter or digit.
    const c = text.charCodeAt(i);
    const surrogate = c >= 0xd800 && c <= 0xdbff;
    if (surrogate ? !wordAt(text, i) : !wordUnit(c)) {
      i += surrogate ? widthAt(text, i) : 1;
      continue;
    }
    const start = i;
    let end = wordRunEnd(text, i);
    while (end < n) {
      const sep = text.charCodeAt(end);
      if (!(joiner(sep) ? wordAt(text, end + 1) : sep === DOT && domainDot(text, end))) break;
      end = wordRunEnd(text, end + 1);
    }
    const word = text.slice(start, end);
    let spaced = prevEnd >= 0 && start > prevEnd;
    for (let k = prevEnd; spaced && k < start; k++) spaced = text.charCodeAt(k) === SPACE;
    const first = text.charCodeAt(start);
    const cap = first < 128 ? first >= 65 && first <= 90 : (unitClass(first) & UPPER_BIT) !== 0;
    out.push({ text: word, start, end, cap, acronym: cap && isAcronym(word), spaced });
    prevEnd = end;
    i = end;
  }
  return out;
}
