/**
 * The one tokenizer of a paragraph, shared by the quote and organisation passes: a scan of its
 * characters into runs and marks (`scan`), and the tokens made from it once (`words`, read through
 * `ScannedBlock.tokens` of `segment.ts`): the quote passes read every token, the organisation passes the words
 * among them (`organisations/words.ts`, which joins a few more and cuts glued ones, reusing the
 * shared token wherever its word is the same).
 *
 * One pass over the characters with one class table (`char-classes.ts`) cuts the text into
 * *runs* of letters and digits and single *marks* (any other character that is not a space;
 * a surrogate pair is one mark, a lone surrogate is a mark of its own). What every rule asks of
 * a run is gathered on the way into flag bits. The scan is a struct of arrays: no object per
 * run, and a run's text is sliced only when asked for (`scanText`), once.
 */
import { isAcronym } from './shapes.js';
import { F_ACRONYM, F_CAP, F_HAS_LOWER, F_NUM, F_SPACED, F_WORD, Token } from './token.js';
import { ASCII_CLASS as ASCII_CLASSES, LOWER_BIT as LOWER, NUMBER_BIT as NUMBER, pointClass, SPACE_BIT as SPACE, unitClass, UPPER_BIT as UPPER, WORD_BITS as WORD } from './char-classes.js';

/** The classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for the per-character loop. */
const ASCII_CLASS = ASCII_CLASSES;
const LOWER_BIT = LOWER;
const NUMBER_BIT = NUMBER;
const SPACE_BIT = SPACE;
const UPPER_BIT = UPPER;
const WORD_BITS = WORD;

/** Flag bits of a scanned token (`Scan.flags`). */
export const T_WORD = 1;
/** The first character is an upper-case letter. */
export const T_CAP = 1 << 1;
/** Holds a lower-case letter. */
export const T_HAS_LOWER = 1 << 2;
/** Holds an upper-case letter. */
export const T_HAS_UPPER = 1 << 3;
/** The first character is a number. */
export const T_NUM = 1 << 4;
/** Holds a code unit outside ASCII. */
export const T_NON_ASCII = 1 << 5;
/** A run with only U+0020 spaces, at least one, between the previous run and it (no mark between). */
export const T_SPACED = 1 << 6;
/** An upper-case letter after the first character (`NasDem`, `KPK`): a word without one and with a lower-case letter is plainly capitalised or lower case. */
export const T_INNER_UPPER = 1 << 7;

/** A paragraph cut into runs and marks, in order; offsets are code-unit offsets into `text`. */
export interface Scan {
  readonly text: string;
  /** Number of tokens (runs and marks). */
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `T_*` bits of each token. */
  readonly flags: Uint8Array;
  /** Each token's text, sliced on first ask (`scanText`). */
  readonly texts: (string | undefined)[];
}

/** Longest text whose scan runs in the reused scratch buffers; longer ones get their own. */
const SCRATCH = 1 << 14;
/** The scratch buffers, made on the first scan (nothing is allocated at import). */
let scratch: { starts: Int32Array; ends: Int32Array; flags: Uint8Array } | null = null;

/** The gap since the last run: nothing yet, only U+0020, or anything else. */
const GAP_NONE = 0;
const GAP_SPACES = 1;
const GAP_OTHER = 2;

/** Cut `text` into runs of letters and digits and single marks, in one pass. Linear; never throws. */
export function scan(text: string): Scan {
  const n = text.length;
  // A text of n code units has at most n tokens: no bound checks in the loop.
  const buffers = n > SCRATCH ? { starts: new Int32Array(n), ends: new Int32Array(n), flags: new Uint8Array(n) } : (scratch ??= { starts: new Int32Array(SCRATCH), ends: new Int32Array(SCRATCH), flags: new Uint8Array(SCRATCH) });
  const { starts, ends, flags } = buffers;
  const count = scanRegion(text, 0, n, starts, ends, flags, 0);
  return {
    text,
    length: count,
    // Copies sized to the tokens: a long text's buffers are sized to its characters and die here.
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    flags: flags.slice(0, count),
    texts: new Array<string | undefined>(count),
  };
}

/**
 * Scan `text[from, n)` into the buffers from index `base` (offsets relative to `from`); returns
 * the number of tokens. Reads the text itself, not a slice of it (a slice's characters are read
 * through its parent, more slowly). `segment.ts` scans an article's paragraphs this way into one
 * set of buffers (`scanBlocks`).
 */
export function scanRegion(text: string, from: number, n: number, starts: Int32Array, ends: Int32Array, flags: Uint8Array, base: number): number {
  let count = base;
  let gap = GAP_NONE;
  let seenRun = false;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    let width = 1;
    // The first character's flags as a run (`T_WORD` set), a mark (0), or a space (-1).
    let f: number;
    if (c < 128) {
      if (c >= 97 && c <= 122) f = T_WORD | T_HAS_LOWER;
      else if (c >= 65 && c <= 90) f = T_WORD | T_CAP | T_HAS_UPPER;
      else if (c >= 48 && c <= 57) f = T_WORD | T_NUM;
      else f = ASCII_CLASS[c]! & SPACE_BIT ? -1 : 0;
    } else {
      let cls = 0;
      if (c < 0xd800 || c > 0xdbff) cls = unitClass(c);
      else if (i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = text.codePointAt(i)!;
        width = 2;
        cls = pointClass(c);
      }
      if (cls & SPACE_BIT) f = -1;
      else if (cls & WORD_BITS) f = T_WORD | T_NON_ASCII | (cls & UPPER_BIT ? T_CAP | T_HAS_UPPER : cls & LOWER_BIT ? T_HAS_LOWER : 0) | (cls & NUMBER_BIT ? T_NUM : 0);
      else f = T_NON_ASCII;
    }
    if (f < 0) {
      gap = c === 0x20 && gap !== GAP_OTHER ? GAP_SPACES : GAP_OTHER;
      i++;
      continue;
    }
    starts[count] = i - from;
    if ((f & T_WORD) === 0) {
      ends[count] = i + width - from;
      flags[count++] = f;
      gap = GAP_OTHER;
      i += width;
      continue;
    }
    // A run: the first character decided `T_CAP` and `T_NUM`; the others add case bits.
    if (seenRun && gap === GAP_SPACES) f |= T_SPACED;
    i += width;
    while (i < n) {
      c = text.charCodeAt(i);
      let cls: number;
      // ASCII letters and digits without the table: most of the text.
      if (c >= 97 && c <= 122) f |= T_HAS_LOWER;
      else if (c >= 65 && c <= 90) f |= T_HAS_UPPER | T_INNER_UPPER;
      else if (c < 48 || (c > 57 && c < 128)) break;
      else if (c >= 128) {
        width = 1;
        if (c < 0xd800 || c > 0xdbff) cls = unitClass(c);
        else if (i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          width = 2;
          cls = pointClass(text.codePointAt(i)!);
        } else cls = 0;
        if ((cls & WORD_BITS) === 0) break;
        f |= T_NON_ASCII | (cls & UPPER_BIT ? T_HAS_UPPER | T_INNER_UPPER : cls & LOWER_BIT ? T_HAS_LOWER : 0);
        i += width;
        continue;
      }
      i++;
    }
    ends[count] = i - from;
    flags[count++] = f;
    seenRun = true;
    gap = GAP_NONE;
  }
  return count - base;
}

/** The text of token `k`, sliced once and kept. */
export function scanText(s: Scan, k: number): string {
  return (s.texts[k] ??= s.text.slice(s.starts[k]!, s.ends[k]!));
}

/**
 * The character between run `k` and run `k + 2` when token `k + 1` is one code unit glued to both
 * (the shape of a word joined inside: `kecil-kecilan`, `Mu’ti`, `Kompas.com`); -1 otherwise.
 */
export function glueAfter(s: Scan, k: number): number {
  const m = k + 1;
  if (m + 1 >= s.length || (s.flags[m + 1]! & T_WORD) === 0) return -1;
  const at = s.ends[k]!;
  if (at !== s.starts[m] || s.ends[m] !== at + 1 || s.starts[m + 1] !== at + 1) return -1;
  return s.text.charCodeAt(at);
}

/** Joiners inside a word (`Mu’ti`, `kecil-kecilan`). */
function joinerAt(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** Most joiner-separated parts after the first that one word may have (`a-b-c…`), as in a bounded regex. */
const MAX_WORD_PARTS = 8;

/**
 * The tokens of a scan, in order: words (runs joined by apostrophes or hyphens, at most
 * `MAX_WORD_PARTS` joins) and single marks, each with its facts (`Token.facts`) and its lower-case
 * form, computed once for every reader. Lexicon classes (`Token.cls`) are left at 0.
 */
export function words(s: Scan): Token[] {
  const out: Token[] = [];
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const first = s.flags[k]!;
    if ((first & T_WORD) === 0) {
      const t = scanText(s, k);
      out.push(new Token(t, t, s.starts[k]!, s.ends[k]!, 0, 0));
      continue;
    }
    // Runs joined by a joiner into one word, at most `MAX_WORD_PARTS` joins.
    let last = k;
    let f = first;
    for (let parts = 0; parts < MAX_WORD_PARTS && s.ends[last] === s.starts[last + 1] && joinerAt(glueAfter(s, last)); parts++) {
      last += 2;
      f |= s.flags[last]! | s.flags[last - 1]!;
    }
    const start = s.starts[k]!;
    const end = s.ends[last]!;
    const t = last === k ? scanText(s, k) : s.text.slice(start, end);
    // A word with no capital and only ASCII is its own lower-case form.
    const lower = f & (T_HAS_UPPER | T_NON_ASCII) ? t.toLowerCase() : t;
    // A single run with a lower-case letter is no acronym (`isAcronym` allows none outside a hyphenated part).
    const acronym = (first & T_CAP) !== 0 && (last > k || (first & T_HAS_LOWER) === 0) && isAcronym(t);
    const facts = F_WORD | (first & T_CAP ? F_CAP : 0) | (f & T_HAS_LOWER ? F_HAS_LOWER : 0) | (first & T_NUM ? F_NUM : 0) | (first & T_SPACED ? F_SPACED : 0) | (acronym ? F_ACRONYM : 0);
    out.push(new Token(t, lower, start, end, facts, 0));
    k = last;
  }
  return out;
}
