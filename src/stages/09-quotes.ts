import type { LanguageData } from '../lang/types.js';
import { findQuotes, type QuoteHit } from '../quotes/find-quotes.js';
import { blockTexts } from '../segment.js';
import type { Region, Stage, StageResult } from './types.js';

export interface QuotesInput {
  text: string;
  /** The clean paragraphs: quotes are never read in junk or duplicate copies. */
  paragraphs: readonly Region[];
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
  return { quotes: findQuotes(blockTexts(input.text, input.paragraphs), input.data) };
}

export const quotesStage: Stage<QuotesInput, QuotesResult> = {
  name: 'quotes',
  run: findQuotesStage,
  nothing: () => ({ quotes: [] }),
  decisions: (r) => r.quotes.map((q) => ({ what: `quote:${q.kind}${q.speaker ? ` (${q.speaker.name})` : ''}`, region: q })),
};
