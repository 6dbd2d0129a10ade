/**
 * The one token of a paragraph: a word (runs of the scan joined by a joiner, `words.ts`) or a
 * single mark. Every reader of a paragraph's words reads these objects, made once per paragraph
 * (`ScannedBlock.tokens`, `segment.ts`): the quote passes read all of them, the organisation
 * passes the words among them (`organisations/words.ts`). The yes/no facts share one number (`facts`) read through
 * getters, so a token holds six fields.
 *
 * Target shape (issue 12): no object per token at all, the readers taking index views over the
 * scan's typed arrays. Today one object per token, shared by both stages, is the step taken: every
 * reader of a paragraph's words reads this class, and no stage builds a token type of its own.
 */

/** Bits of `Token.facts`. */
export const F_WORD = 1;
export const F_CAP = 2;
export const F_HAS_LOWER = 4;
export const F_NUM = 8;
/** Only U+0020 spaces, at least one, stand between the previous word and this one. */
export const F_SPACED = 16;
/** An acronym or initialism (`isAcronym`). */
export const F_ACRONYM = 32;

export class Token {
  constructor(
    public readonly text: string,
    /** The lower-case form (the text itself when it has no capital). */
    public readonly lower: string,
    public readonly start: number,
    public readonly end: number,
    /** `F_*` bits. */
    public readonly facts: number,
    /**
     * The quote lexicon's classes (`W_*` bits of `quotes/speech-words.ts`): 0 until the quotes stage
     * classes the paragraph, once (`quotes/speech-words.ts`'s `tokenize`); no other reader looks at them.
     */
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

  /** Has a lower-case letter (`Budi`, `BoK`; not `APTB`). */
  get hasLower(): boolean {
    return (this.facts & F_HAS_LOWER) !== 0;
  }

  /** Starts with a digit. */
  get num(): boolean {
    return (this.facts & F_NUM) !== 0;
  }

  /** Only spaces, at least one, stand between the previous word and this one. */
  get spaced(): boolean {
    return (this.facts & F_SPACED) !== 0;
  }

  /** An acronym or initialism (`KPK`, `DPR-RI`). */
  get acronym(): boolean {
    return (this.facts & F_ACRONYM) !== 0;
  }
}
