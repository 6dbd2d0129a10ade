/**
 * The object behind each quote-pass token (`speech-words.ts`'s `Token`). A paragraph has one per word
 * and mark, and the article's tokens are the largest allocation of a parse: the four yes/no facts of
 * a token share one number (`facts`) read through getters, so a token holds six fields, not nine.
 */

/** Bits of `QuoteToken.facts`. */
export const F_WORD = 1;
export const F_CAP = 2;
export const F_HAS_LOWER = 4;
export const F_NUM = 8;

export class QuoteToken {
  constructor(
    public text: string,
    public lower: string,
    public start: number,
    public end: number,
    /** `F_*` bits. */
    public facts: number,
    /** Lexicon classes (`W_*` bits of `speech-words.ts`). */
    public cls: number,
  ) {}

  /** Letters or digits (false for punctuation). */
  get word(): boolean {
    return (this.facts & F_WORD) !== 0;
  }

  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.facts & F_CAP) !== 0;
  }

  /** Has a lower-case letter. */
  get hasLower(): boolean {
    return (this.facts & F_HAS_LOWER) !== 0;
  }

  /** Starts with a digit. */
  get num(): boolean {
    return (this.facts & F_NUM) !== 0;
  }
}
