import type { Quote } from '../types.js';
import { collapseWhitespace, type Normalized, toSourceSpan } from '../util/normalize.js';
import type { QuoteHit } from './find-quotes.js';

/** A quote hit (normalized offsets) as the public `Quote` (offsets into the caller's input). */
export function toQuote(norm: Normalized, q: QuoteHit): Quote {
  const span = (start: number, end: number) => toSourceSpan(norm, start, end);
  return {
    text: collapseWhitespace(q.text),
    span: span(q.start, q.end),
    kind: q.kind,
    verb: q.verb,
    paragraph: q.paragraph,
    speaker: q.speaker
      ? {
          name: q.speaker.name,
          role: q.speaker.role,
          organisation: q.speaker.organisation,
          span: q.speaker.start !== null && q.speaker.end !== null ? span(q.speaker.start, q.speaker.end) : null,
          resolved: q.speaker.resolved,
        }
      : null,
  };
}
