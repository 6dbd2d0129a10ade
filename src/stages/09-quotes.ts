import type { Context } from '../context.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { toQuote } from '../quotes/to-quote.js';

/** Direct and reported quotes with their speakers, found in the clean paragraphs (never in junk or duplicate copies). */
export function findQuotesStage(ctx: Context): void {
  if (ctx.options.quotes === false || ctx.paragraphs.length === 0) return;
  const text = ctx.norm.text;
  const paragraphs = ctx.paragraphs.map((p) => ({ text: text.slice(p.region.start, p.region.end), start: p.region.start }));
  ctx.quotes = findQuotes(paragraphs, ctx.lang).map((q) => toQuote(ctx.norm, q));
}
