/**
 * Where a date may start, found by a hand-written scan instead of one large case-insensitive
 * pattern: the pattern tried its alternation at every character of the body, the scan looks
 * only at `(` and at the first character of each run of word characters, and reads a trigger
 * word by walking a character trie. It finds exactly what the pattern
 * `\((?=[ ]?\d{1,2}[/.\-–])|\b(?:NUMBER|(?:TRIE)\b)` (flags `gi`, built by `patternSource`)
 * finds, at the same positions and with the same ends; test/dates/trigger-scan.test.ts compares them.
 * In the parse the pattern cost several times what this scan does (dates stage about half).
 */
import { trieAlternation } from './patterns.js';

/** `\d{1,4}` at a word start, with something date-like after it (see `numberEnd`). */
const NUMBER = '\\d{1,4}(?=[/:\\-–—]\\d|\\.\\d{1,2}(?!\\d)|[ ]{0,2}[-–—]|[ ]{0,3}[A-Za-z])';

/** The pattern the scan reproduces, for words `words`: the reference the tests compare with. */
export function patternSource(words: readonly string[]): string {
  return `\\((?=[ ]?\\d{1,2}[/.\\-–])|\\b(?:${NUMBER}|(?:${trieAlternation(words)})\\b)`;
}

const SPACE = 32;
const DIGITS_MAX = 4;
/** No node: a missing edge of the trie, or a character no word has. */
const NONE = -1;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\w` without the `u` flag: the characters `\b` separates from the rest. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** 1 for the ASCII characters `isWordChar` accepts. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isWordChar(c) ? 1 : 0));

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * How a case-insensitive pattern without the `u` flag compares a character outside ASCII: by its
 * upper case when that is one character and not ASCII, else as itself (`ſ` never matches `s`).
 */
function canonical(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return u < 128 ? c : u;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * Finds the next position where a date may start: `next(text, from, to)` is the end of that
 * trigger, or -1. The words are a trie in flat arrays (node × letter → node), built once per
 * grammar, so the scan allocates nothing.
 */
export class DateTrigger {
  /** The words a trigger may be (the pattern's trie alternation). */
  readonly words: readonly string[];
  /** ASCII character → its letter number in the trie (`A-Z` as `a-z`), or NONE. */
  private readonly ascii = new Int16Array(128).fill(NONE);
  /** Other characters of the words (`’`), by `canonical`, → their letter numbers. */
  private readonly other = new Map<number, number>();
  private letters = 0;
  /** `edges[node * letters + letter]`: the child, or NONE. */
  private readonly edges: Int32Array;
  /** 1 where a word ends at the node. */
  private readonly ends: Uint8Array;

  constructor(words: readonly string[]) {
    this.words = words;
    const used = [...new Set(words)].filter((w) => w !== '').map((w) => w.toLowerCase());
    // The scan reads a word only where a run of word characters starts.
    const odd = used.find((w) => !isAsciiLetter(w.charCodeAt(0)));
    if (odd !== undefined) throw new TypeError(`date trigger word must start with an ASCII letter: ${odd}`);
    for (const w of used) for (let k = 0; k < w.length; k++) this.letterOf(w.charCodeAt(k), true);
    for (let c = 65; c <= 90; c++) this.ascii[c] = this.ascii[c + 32]!;
    // At most one node per character of the words, and the root.
    const room = 1 + used.reduce((n, w) => n + w.length, 0);
    const edges = new Int32Array(room * this.letters).fill(NONE);
    const ends = new Uint8Array(room);
    let nodes = 1;
    for (const w of used) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const at = node * this.letters + this.letterOf(w.charCodeAt(k), false);
        if (edges[at] === NONE) edges[at] = nodes++;
        node = edges[at]!;
      }
      ends[node] = 1;
    }
    this.edges = edges;
    this.ends = ends;
  }

  /** The letter number of character `c` (a new one when `add`), or NONE. */
  private letterOf(c: number, add: boolean): number {
    let letter = c < 128 ? this.ascii[c]! : (this.other.get(canonical(c)) ?? NONE);
    if (letter === NONE && add) {
      letter = this.letters++;
      if (c < 128) this.ascii[c] = letter;
      else this.other.set(canonical(c), letter);
    }
    return letter;
  }

  /** The end of the first trigger starting in `[from, to)` of `text`, or -1 when none starts there. */
  next(text: string, from: number, to: number): number {
    const limit = Math.min(to, text.length);
    let i = from;
    // A trigger starts at `(` or at the first character of a run of word characters.
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) while (i < limit && isWordChar(text.charCodeAt(i))) i++;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c >= 128 || WORD_CHAR[c] === 0) {
        if (c === 40 && parenDate(text, i + 1)) return i + 1;
        i++;
        continue;
      }
      const end = c <= 57 ? numberEnd(text, i) : this.word(0, text, i);
      if (end >= 0) return end;
      // Inside a run of word characters no trigger starts: go to its end.
      i++;
      while (i < limit) {
        const d = text.charCodeAt(i);
        if (d >= 128 || WORD_CHAR[d] === 0) break;
        i++;
      }
    }
    return -1;
  }

  /**
   * The end of the trigger word read from `node` at `i`, as the pattern's trie alternation
   * backtracks: the longest path first (over a space, two spaces before one), else the longest
   * word on the way that a word boundary follows; -1 when none.
   */
  private word(node: number, text: string, i: number): number {
    let found = -1;
    for (;;) {
      const c = text.charCodeAt(i);
      // Past the end of the text charCodeAt gives NaN: no letter.
      const letter = c < 128 ? this.ascii[c]! : Number.isNaN(c) ? NONE : (this.other.get(canonical(c)) ?? NONE);
      const child = letter === NONE ? NONE : this.edges[node * this.letters + letter]!;
      const here = this.ends[node] === 1 && isWordChar(text.charCodeAt(i - 1)) !== isWordChar(c) ? i : -1;
      if (child === NONE) return here >= 0 ? here : found;
      if (c === SPACE) {
        // `[ ]{1,2}`: two spaces first, then one; this node's word only when neither reads on.
        const end = text.charCodeAt(i + 1) === SPACE ? this.word(child, text, i + 2) : -1;
        const deeper = end >= 0 ? end : this.word(child, text, i + 1);
        if (deeper >= 0) return deeper;
        return here >= 0 ? here : found;
      }
      if (here >= 0) found = here;
      node = child;
      i++;
    }
  }
}

/** `(?=[ ]?\d{1,2}[/.\-–])` at `i`. */
function parenDate(text: string, i: number): boolean {
  const j = text.charCodeAt(i) === SPACE ? i + 1 : i;
  if (!isDigit(text.charCodeAt(j))) return false;
  const sep = (c: number) => c === 47 || c === 46 || c === 45 || c === 0x2013;
  return (isDigit(text.charCodeAt(j + 1)) && sep(text.charCodeAt(j + 2))) || sep(text.charCodeAt(j + 1));
}

/**
 * The end of the number at the word start `i` when something date-like follows it (a separator
 * and a digit, a dot and one or two digits, a dash, or a letter), else -1. A run of more than
 * four digits never matches: a shorter prefix is followed by a digit, which no form allows.
 */
function numberEnd(text: string, i: number): number {
  let e = i;
  while (isDigit(text.charCodeAt(e))) {
    e++;
    if (e - i > DIGITS_MAX) return -1;
  }
  const c = text.charCodeAt(e);
  if ((c === 47 || c === 58 || isDash(c)) && isDigit(text.charCodeAt(e + 1))) return e;
  if (c === 46 && isDigit(text.charCodeAt(e + 1)) && (!isDigit(text.charCodeAt(e + 2)) || !isDigit(text.charCodeAt(e + 3)))) return e;
  let s = e;
  while (s - e < 2 && text.charCodeAt(s) === SPACE) s++;
  if (isDash(text.charCodeAt(s))) return e;
  while (s - e < 3 && text.charCodeAt(s) === SPACE) s++;
  return isAsciiLetter(text.charCodeAt(s)) ? e : -1;
}
