import type { LanguageData } from '../lang/types.js';
import { findQuotes } from '../quotes/find-quotes.js';
import type { QuoteHit } from '../quotes/quote-hit.js';
import type { ScannedBlock } from '../segment.js';
import type { Stage, StageResult } from './types.js';

export interface QuotesInput {
  text: string;
  /** The clean paragraphs, scanned once for every pass that reads words: quotes are never read in junk or duplicate copies. */
  paragraphs: readonly ScannedBlock[];
  /** Speech verbs, roles and honorifics of the article's language. */
  data: LanguageData;
}

export interface QuotesResult extends StageResult {
  /** `paragraph` indexes the paragraphs passed in, which are `Article.paragraphs`. */
  quotes: QuoteHit[];
}

/** Direct and reported quotes with their speakers, found in the clean paragraphs. */
export function findQuotesStage(input: QuotesInput): QuotesResult {
  if (input.paragraphs.length === 0) return { quotes: [] };
  return { quotes: findQuotes(input.paragraphs, input.data) };
}

export const quotesStage: Stage<QuotesInput, QuotesResult> = {
  name: 'quotes',
  run: findQuotesStage,
  nothing: () => ({ quotes: [] }),
  decisions: (r) => r.quotes.map((q) => ({ what: `quote:${q.kind}${q.speaker ? ` (${q.speaker.name})` : ''}`, region: q })),
};
