import type { Context } from '../context.js';
import { findQuotes } from '../quotes/extract-quotes.js';
import { collapseWhitespace, toSourceSpan } from '../util/normalize.js';

/** Direct quotes and their speakers, found in the clean paragraphs (never in junk or duplicate copies). */
export function findQuotesStage(ctx: Context): void {
  if (ctx.options.quotes === false || ctx.paragraphs.length === 0) return;
  const text = ctx.norm.text;
  const paragraphs = ctx.paragraphs.map((p) => ({ text: text.slice(p.region.start, p.region.end), start: p.region.start }));
  const span = (start: number, end: number) => toSourceSpan(ctx.norm, start, end);
  ctx.quotes = findQuotes(paragraphs, ctx.lang).map((q) => ({
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
  }));
}
