import { languageData } from '../lang/index.js';
import { blockTexts, segmentBlocks } from '../segment.js';
import type { Quote, SupportedLanguage } from '../types.js';
import { requireString } from '../util/arguments.js';
import { normalize } from '../util/normalize.js';
import { findQuotes } from './find-quotes.js';
import { toQuote } from './to-quote.js';

/** Whitespace runs: quotes repeated with other spacing are the same quote. */
const SPACES_G = /\s+/g;

/**
 * Every direct and indirect quote in `text` with its speaker, for callers that have no `Article`.
 * Offsets are into `text` as passed. A quote repeated word for word (a scraped duplicate) is
 * reported once. Never throws on a string; a non-string is a TypeError naming `text`.
 */
export function extractQuotes(text: string, options: { language?: SupportedLanguage } = {}): Quote[] {
  requireString(text, 'text', 'extractQuotes');
  try {
    const norm = normalize(text);
    // The pipeline's own paragraphs: lines, and the scraper's glued paragraphs within long lines.
    const paragraphs = blockTexts(norm.text, segmentBlocks(norm));
    const seen = new Set<string>();
    const out: Quote[] = [];
    for (const h of findQuotes(paragraphs, languageData(options.language))) {
      // A body scraped twice repeats its quotes: keep the first.
      const key = h.text.replace(SPACES_G, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toQuote(norm, h));
    }
    return out;
  } catch {
    return [];
  }
}
