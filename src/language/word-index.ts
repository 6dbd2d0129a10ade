/**
 * The detector's lexicon keys (words and two-word phrases) in an open-addressing hash table
 * looked up by a range of the text, so the word loop cuts no string out per word and hashes
 * each word once, in a loop over its code units (a `Map` lookup of a fresh slice did both, and
 * was most of the detector's time).
 *
 * A key is read as the detector reads a word: `’` is `'` (the data writes apostrophes straight).
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const HASH_START = 0x811c9dc5 | 0;

/** The hash after one more code unit, as the detector reads it. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c === 0x2019 ? 0x27 : c), 0x01000193);
}

/** The hash of `s[from, to)`. */
export function hashRange(s: string, from: number, to: number): number {
  let h = HASH_START;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** `s[from, from + key.length)` reads as `key` (`’` as `'`). */
function sameAt(key: string, k: number, s: string, from: number, length: number): boolean {
  for (let j = 0; j < length; j++) {
    const c = s.charCodeAt(from + j);
    if ((c === 0x2019 ? 0x27 : c) !== key.charCodeAt(k + j)) return false;
  }
  return true;
}

export class WordIndex {
  /** The keys, by id (their order of insertion). */
  readonly keys: readonly string[];
  private readonly mask: number;
  /** Per slot: key id + 1, or 0 when empty. */
  private readonly slots: Int32Array;
  /** Per slot: the hash of its key, to skip most comparisons. */
  private readonly hashes: Int32Array;

  constructor(keys: readonly string[]) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    keys.forEach((key, id) => {
      const h = hashRange(key, 0, key.length);
      let at = h & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.slots[at] = id + 1;
      this.hashes[at] = h;
    });
  }

  /** The id of the key `s[from, to)` whose hash is `h` (`hashRange`), or -1. */
  find(h: number, s: string, from: number, to: number): number {
    const length = to - from;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at]!;
      if (slot === 0) return -1;
      if (this.hashes[at] !== h) continue;
      const key = this.keys[slot - 1]!;
      if (key.length === length && sameAt(key, 0, s, from, length)) return slot - 1;
    }
  }

  /** The id of the phrase key `s[a, b)` + space + `s[c, d)` whose hash is `h`, or -1. */
  findPair(h: number, s: string, a: number, b: number, c: number, d: number): number {
    const first = b - a;
    const length = first + 1 + (d - c);
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at]!;
      if (slot === 0) return -1;
      if (this.hashes[at] !== h) continue;
      const key = this.keys[slot - 1]!;
      if (key.length === length && key.charCodeAt(first) === 0x20 && sameAt(key, 0, s, a, first) && sameAt(key, first + 1, s, c, d - c)) return slot - 1;
    }
  }
}
