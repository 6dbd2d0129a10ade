/**
 * The one scanner of a paragraph's words, shared by the quote and organisation passes (each
 * reads the same scan through a small adapter that joins runs into its own notion of a word:
 * `quotes/speech-words.ts`, `organisations/tokens.ts`).
 *
 * One pass over the characters with one class table (`char-classes.ts`) cuts the text into
 * *runs* of letters and digits and single *marks* (any other character that is not a space;
 * a surrogate pair is one mark, a lone surrogate is a mark of its own). What every rule asks of
 * a run is gathered on the way into flag bits. The result is a struct of arrays: no object per
 * token, and a run's text is sliced only when asked for (`scanText`), once.
 */
import { LOWER_BIT, NUMBER_BIT, pointClass, SPACE_BIT, unitClass, UPPER_BIT, WORD_BITS } from './char-classes.js';

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

/** Scratch buffers reused across calls (each scan copies out only what it used). */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let flags = new Uint8Array(256);

function grow(): void {
  const size = starts.length * 2;
  const s = new Int32Array(size);
  s.set(starts);
  const e = new Int32Array(size);
  e.set(ends);
  const f = new Uint8Array(size);
  f.set(flags);
  starts = s;
  ends = e;
  flags = f;
}

/** The gap since the last run: nothing yet, only U+0020, or anything else. */
const GAP_NONE = 0;
const GAP_SPACES = 1;
const GAP_OTHER = 2;

/** Cut `text` into runs of letters and digits and single marks, in one pass. Linear; never throws. */
export function scan(text: string): Scan {
  const n = text.length;
  let count = 0;
  let gap = GAP_NONE;
  let seenRun = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (c < 0xd800 || c > 0xdbff) cls = unitClass(c);
    else if (i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = text.codePointAt(i)!;
      width = 2;
      cls = pointClass(c);
    } else cls = 0;
    if (cls & SPACE_BIT) {
      gap = c === 0x20 && gap !== GAP_OTHER ? GAP_SPACES : GAP_OTHER;
      i++;
      continue;
    }
    if (count === starts.length) grow();
    starts[count] = i;
    if ((cls & WORD_BITS) === 0) {
      ends[count] = i + width;
      flags[count++] = c >= 128 ? T_NON_ASCII : 0;
      gap = GAP_OTHER;
      i += width;
      continue;
    }
    // A run: the first character decides `T_CAP` and `T_NUM`; the others add case bits.
    let f = T_WORD | (cls & UPPER_BIT ? T_CAP : 0) | (cls & NUMBER_BIT ? T_NUM : 0);
    if (seenRun && gap === GAP_SPACES) f |= T_SPACED;
    for (;;) {
      if (cls & UPPER_BIT) f |= T_HAS_UPPER;
      else if (cls & LOWER_BIT) f |= T_HAS_LOWER;
      if (c >= 128) f |= T_NON_ASCII;
      i += width;
      if (i >= n) break;
      c = text.charCodeAt(i);
      width = 1;
      if (c < 128) {
        // ASCII letters and digits without the table: most of the text.
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
          cls = unitClass(c);
          continue;
        }
        break;
      }
      if (c < 0xd800 || c > 0xdbff) cls = unitClass(c);
      else if (i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = text.codePointAt(i)!;
        width = 2;
        cls = pointClass(c);
      } else cls = 0;
      if ((cls & WORD_BITS) === 0) break;
    }
    ends[count] = i;
    flags[count++] = f;
    seenRun = true;
    gap = GAP_NONE;
  }
  return { text, length: count, starts: starts.slice(0, count), ends: ends.slice(0, count), flags: flags.slice(0, count), texts: new Array<string | undefined>(count) };
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

/** A paragraph's text (a slice of the normalized text from `start`) with its scan, made once and read by every pass. */
export interface ScannedBlock {
  text: string;
  start: number;
  scan: Scan;
}

/** The regions `[start, end)` of `text` as scanned blocks. */
export function scanBlocks(text: string, regions: readonly { start: number; end: number }[]): ScannedBlock[] {
  return regions.map((r) => {
    const slice = text.slice(r.start, r.end);
    return { text: slice, start: r.start, scan: scan(slice) };
  });
}
