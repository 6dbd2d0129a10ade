/**
 * A quote as `findQuotes` reports it and every later pass over the article's quotes reads and amends it. Its own
 * module, so those passes and the readers `findQuotes` calls import the shape without importing the finder.
 */
/** A quote found in normalized text (offsets into the normalized article). */
export interface QuoteHit {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  /** Index into the `paragraphs` passed to `findQuotes`. */
  paragraph: number;
  speaker: {
    name: string;
    role: string | null;
    organisation: string | null;
    /** Normalized offsets of the name in this quote's attribution, or null when resolved from context. */
    start: number | null;
    end: number | null;
    resolved: boolean;
  } | null;
}
