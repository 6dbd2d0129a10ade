/**
 * A set of words for the article vocabulary (`vocabulary.ts`): every lower-case word of an article goes
 * in, a few capitalised words are asked about. Buckets by the tokenizer's `signature` (a few code units
 * read, no hash of the whole string) in typed arrays, one per article: cheaper to fill than a `Set`,
 * which hashes every word it is given.
 */
import { signature } from './word-classes.js';

/** Smallest bucket table. */
const MIN_BUCKETS = 64;
/** Longest chain of one bucket; later words of the bucket go to a set. */
const MAX_CHAIN = 16;

export class WordIndex {
  /** Per bucket, 1 + the index of its latest word (0: empty). */
  private readonly heads: Int32Array;
  /** Per word, 1 + the index of the next word of its bucket (0: none). */
  private next: Int32Array;
  private readonly words: string[] = [];
  private readonly mask: number;
  /** Words past a full chain. */
  private overflow: Set<string> | null = null;

  /** `expected`: about how many words will be added (the table does not grow, its chains do). */
  constructor(expected: number) {
    let size = MIN_BUCKETS;
    while (size < expected) size *= 2;
    this.heads = new Int32Array(size);
    this.next = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Add `word` (not empty) unless it is in already; `sig`: its `signature`, when the caller has it already. */
  add(word: string, sig: number = signature(word)): void {
    const b = sig & this.mask;
    let steps = 0;
    for (let e = this.heads[b]!; e !== 0; e = this.next[e - 1]!, steps++) if (this.words[e - 1] === word) return;
    if (steps >= MAX_CHAIN) {
      // Words made to share a signature (they differ only where it does not look): a set, so no chain grows without bound.
      (this.overflow ??= new Set()).add(word);
      return;
    }
    const n = this.words.length;
    if (n === this.next.length) {
      const grown = new Int32Array(2 * n);
      grown.set(this.next);
      this.next = grown;
    }
    this.words.push(word);
    this.next[n] = this.heads[b]!;
    this.heads[b] = n + 1;
  }

  has(word: string): boolean {
    if (word === '') return false;
    for (let e = this.heads[signature(word) & this.mask]!; e !== 0; e = this.next[e - 1]!) if (this.words[e - 1] === word) return true;
    return this.overflow?.has(word) ?? false;
  }
}
