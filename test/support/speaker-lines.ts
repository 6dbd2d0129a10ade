/** Speakers of a text's quotes as `name | role | organisation` lines, for compact expectations in tests. */
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote } from '../../src/types.js';

/** One line per quote (`null` for a quote with no speaker), the text read in `language`. */
export function speakerLines(text: string, language: 'ind' | 'zlm' | 'eng'): (string | null)[] {
  return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

/** The direct quotes of `text` read in `language` (Indonesian unless said), from the standalone extractor. */
export function directQuotes(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}
