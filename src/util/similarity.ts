import { classAt, LOWERS_BIT, unitClass, widthAt, WORD_BITS } from '../tokens/char-classes.js';

/**
 * Length in code units of the letter-or-digit code point at `i` (what a comparison keeps of a
 * text), or 0 when there is none there (ASCII answered inline: nearly all of the text).
 */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  return (classAt(s, i) & WORD_BITS) === 0 ? 0 : widthAt(s, i);
}

/**
 * A comparison key: lower case, no quote marks or punctuation, single spaces.
 * Two paragraphs with the same key differ only in spacing, punctuation or quote style.
 * The same as `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, by a scan of char
 * codes: the regex replace was most of the duplicates stage.
 */
export function foldForComparison(s: string): string {
  // The scan of `forEachComparisonWord`, written out: the duplicates stage folds every region,
  // and a callback per word there costs more than the few repeated lines.
  const lower = s.toLowerCase();
  const n = lower.length;
  let out = '';
  let start = -1;
  for (let i = 0; i < n; ) {
    const w = wordCharAt(lower, i);
    if (w > 0) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      out = out.length === 0 ? lower.slice(start, i) : `${out} ${lower.slice(start, i)}`;
      start = -1;
    }
    i += widthAt(lower, i);
  }
  if (start >= 0) out = out.length === 0 ? lower.slice(start) : `${out} ${lower.slice(start)}`;
  return out;
}

/**
 * The words of `foldForComparison(s)` in order, as ranges `[start, end)` of `lower`
 * (`s.toLowerCase()`), without building the folded string or a string per word: for callers
 * that only hash the words (duplicate detection over a whole batch).
 */
export function forEachComparisonWord(s: string, visit: (lower: string, start: number, end: number) => void): void {
  const lower = s.toLowerCase();
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const w = wordCharAt(lower, i);
    if (w > 0) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      visit(lower, start, i);
      start = -1;
    }
    i += widthAt(lower, i);
  }
  if (start >= 0) visit(lower, start, n);
}

/**
 * Sørensen–Dice coefficient over word multisets: 2·|A∩B| / (|A|+|B|).
 * Words, not character bigrams: bigram sets of two long paragraphs in the same language
 * overlap heavily even when they say different things.
 */
export function wordDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * What the duplicates stage needs of a folded text, read without building it: its length, its
 * word count, and hashes of the whole, of the first and of the last `edge` words. Equal folded
 * texts (or edges) give equal hashes; equal hashes are checked against the folded texts before
 * anything is decided, so a collision costs a comparison, never a wrong answer.
 */
export interface FoldPrint {
  /** `foldForComparison(s).length`. */
  length: number;
  /** Words of the folded text (0 when it is empty). */
  words: number;
  key: number;
  head: number;
  tail: number;
}

/** Two 32-bit lanes of a word or sequence hash, kept as one safe integer (53 bits). */
function joinLanes(a: number, b: number): number {
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

function mix(h: number, x: number, k: number): number {
  const m = Math.imul(h ^ x, k);
  return m ^ (m >>> 15);
}

const LANE_A = 0x9e3779b1;
const LANE_B = 0x85ebca77;

/** Hash of a run of word hashes (two lanes, read from `ring` in order from `from`, `count` of them). */
function sequenceHash(ring: Int32Array, size: number, from: number, count: number): number {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let k = 0; k < count; k++) {
    const at = ((from + k) % size) * 2;
    a = mix(a, ring[at]!, LANE_A);
    b = mix(b, ring[at + 1]!, LANE_B);
  }
  return joinLanes(a, b ^ count);
}

/** The word hashes of the last `edge` words, reused across calls (a typed array per call costs more than the scan). */
let ring = new Int32Array(8);

/**
 * `foldForComparison(s.slice(from, to))`'s length, word count and hashes, by the same scan,
 * without building it.
 */
export function foldPrint(s: string, edge: number, from = 0, to = s.length): FoldPrint {
  // Most text lower-cases by its ASCII letters alone: read in place, no slice and no copy.
  // A character lower-casing changes otherwise (`Σ` depends on its neighbours, `İ` grows) or an
  // astral one: the text lower-cased as a whole, read again.
  if (ring.length < 2 * edge) ring = new Int32Array(2 * edge);
  return printOf(s, from, to, edge, true) ?? printOf(s.slice(from, to).toLowerCase(), 0, -1, edge, false)!;
}

/**
 * The print of `s[from, to)` (to the end when `to` is -1). With `fold`, upper-case ASCII letters
 * are read lower-cased, and a character that lower-cases otherwise or a surrogate gives null.
 */
function printOf(s: string, from: number, to: number, edge: number, fold: boolean): FoldPrint | null {
  const n = to < 0 ? s.length : to;
  let words = 0;
  let length = 0;
  let head = 0;
  let keyA = 0x811c9dc5;
  let keyB = 0x2545f491;
  for (let i = from; i < n; ) {
    let c = s.charCodeAt(i);
    // The width of the word character at `i` (0: none), and `c` as the fold reads it.
    let w: number;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) w = 1;
      else if (c >= 65 && c <= 90) {
        w = 1;
        if (fold) c += 32;
      } else {
        i++;
        continue;
      }
    } else {
      if (fold && ((c >= 0xd800 && c <= 0xdfff) || (unitClass(c) & LOWERS_BIT) !== 0)) return null;
      w = (classAt(s, i) & WORD_BITS) === 0 ? 0 : widthAt(s, i);
      if (w === 0) {
        i += widthAt(s, i);
        continue;
      }
    }
    // A word: FNV-1a of its code units; the second lane is derived from it and the length
    // (equal hashes are checked against the text anyway, so one lane per character will do).
    const start = i;
    let wa = 0x811c9dc5;
    for (;;) {
      wa = Math.imul(wa ^ c, 0x01000193);
      if (w === 2) wa = Math.imul(wa ^ s.charCodeAt(i + 1), 0x01000193);
      i += w;
      if (i >= n) break;
      c = s.charCodeAt(i);
      if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) w = 1;
        else if (c >= 65 && c <= 90) {
          w = 1;
          if (fold) c += 32;
        } else break;
      } else {
        if (fold && ((c >= 0xd800 && c <= 0xdfff) || (unitClass(c) & LOWERS_BIT) !== 0)) return null;
        w = (classAt(s, i) & WORD_BITS) === 0 ? 0 : widthAt(s, i);
        if (w === 0) break;
      }
    }
    const size = i - start;
    length += (words > 0 ? 1 : 0) + size;
    const wb = Math.imul(wa ^ size, 0x5bd1e995) ^ (wa >>> 13);
    const at = (words % edge) * 2;
    ring[at] = wa;
    ring[at + 1] = wb;
    keyA = mix(keyA, wa, LANE_A);
    keyB = mix(keyB, wb, LANE_B);
    words++;
    if (words === edge) head = sequenceHash(ring, edge, 0, edge);
  }
  const last = Math.min(words, edge);
  if (words < edge) head = sequenceHash(ring, edge, 0, words);
  const tail = sequenceHash(ring, edge, words >= edge ? words % edge : 0, last);
  return { length, words, key: joinLanes(keyA, keyB ^ words), head, tail };
}
