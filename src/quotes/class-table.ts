/**
 * Word → class bits for the quote lexicon (`speech-words.ts`), bucketed by the tokenizer's `signature`
 * of the word: a token's classes are found from the signature it has already computed and a string
 * comparison or two, with no hash of the whole word (a `Map` hashes every word it is asked about).
 */

export class ClassTable {
  /** Per bucket, 1 + the index of its latest word (0: empty). */
  private readonly heads: Int32Array;
  /** `buckets - 1`: a signature's bucket is its low bits. */
  private readonly mask: number;
  /** Per word, 1 + the index of the next word of its bucket (0: none). */
  private readonly next: number[] = [];
  private readonly words: string[] = [];
  private readonly bits: number[] = [];

  /**
   * `buckets`: a power of two; `signatureOf`: a word's signature, the one callers of `get` compute.
   */
  constructor(
    buckets: number,
    private readonly signatureOf: (word: string) => number,
  ) {
    this.heads = new Int32Array(buckets);
    this.mask = buckets - 1;
  }

  /** Give `word` (not empty) the class `bit`, beside those it has. */
  mark(word: string, bit: number): void {
    const sig = this.signatureOf(word) & this.mask;
    const at = this.indexOf(word, sig);
    if (at >= 0) {
      this.bits[at]! |= bit;
      return;
    }
    this.words.push(word);
    this.bits.push(bit);
    this.next.push(this.heads[sig]!);
    this.heads[sig] = this.words.length;
  }

  /** The classes of `word` (0: none); `sig`: its signature. */
  get(word: string, sig: number): number {
    const at = this.indexOf(word, sig & this.mask);
    return at >= 0 ? this.bits[at]! : 0;
  }

  /** Index of `word` among the table's words (-1: absent); `bucket`: its signature's bucket. */
  private indexOf(word: string, bucket: number): number {
    for (let e = this.heads[bucket]!; e !== 0; e = this.next[e - 1]!) if (this.words[e - 1] === word) return e - 1;
    return -1;
  }
}
