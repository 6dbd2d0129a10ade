import { scanBlocks, toParagraph } from '../segment.js';
import { crashWarning, readStandalone, unreadLanguage } from '../standalone.js';
import type { ArticleLanguage, Paragraph, Quote, SupportedLanguage } from '../types.js';
import { requireLanguage, requireOptions, requireString } from '../util/arguments.js';
import { findQuotes } from './find-quotes.js';
import { pastPostsUnaffiliated } from './past-post.js';
import { lexicon } from './speech-words.js';
import { toQuote } from './to-quote.js';

/** Options of `extractQuotes`. */
export interface ExtractQuotesOptions {
  /** The language of `text` (speech verbs, roles, honorifics); detected like `parseArticle` does when absent. */
  language?: SupportedLanguage;
}

/** What `extractQuotes` found: the same fields, with the same meaning, as in an `Article`. */
export interface ExtractQuotesResult {
  quotes: Quote[];
  /**
   * The paragraphs `Quote.paragraph` indexes: every line of `text` and every paragraph a scraper
   * glued into one line, as `parseArticle` segments them (nothing is removed as junk here).
   */
  paragraphs: Paragraph[];
  language: ArticleLanguage;
  /** Notes about an internal failure (`extractQuotes crashed: …`); the quotes found before it are lost. */
  warnings: string[];
}

/** Whitespace runs: quotes repeated with other spacing are the same quote. */
const SPACES_G = /\s+/g;

/**
 * Every direct and indirect quote in `text` with its speaker, for callers that have no `Article`.
 * Offsets are into `text` as passed. A quote repeated word for word (a scraped duplicate) is
 * reported once. Never throws on a string; a non-string `text` or a wrong option is a TypeError.
 *
 * @example
 * const { quotes } = extractQuotes('“Kami siap,” ujar Rina Wulandari, Manajer Program APTB.');
 * quotes[0].speaker?.name; // 'Rina Wulandari'
 */
export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): ExtractQuotesResult {
  requireString(text, 'text', 'extractQuotes');
  requireOptions(options, 'extractQuotes');
  requireLanguage(options.language, 'extractQuotes');
  const result: ExtractQuotesResult = { quotes: [], paragraphs: [], language: unreadLanguage(options.language), warnings: [] };
  try {
    const { norm, blocks, language, data } = readStandalone(text, options.language);
    result.language = language;
    result.paragraphs = blocks.map((b) => toParagraph(norm, b));
    const seen = new Set<string>();
    const quotes: Quote[] = [];
    // `mantan Menteri Contoh`: a past post names no body, as in `parseArticle`.
    for (const h of pastPostsUnaffiliated(findQuotes(scanBlocks(norm.text, blocks), data), lexicon(data).references)) {
      // A body scraped twice repeats its quotes: keep the first.
      const key = h.text.replace(SPACES_G, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push(toQuote(norm, h));
    }
    result.quotes = quotes;
  } catch (error) {
    result.warnings.push(crashWarning('extractQuotes', error));
  }
  return result;
}
