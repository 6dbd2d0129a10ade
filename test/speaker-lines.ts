/** Speakers of a text's quotes as `name | role | organisation` lines, for compact expectations in tests. */
import { parseArticle } from '../src/index.js';

/** One line per quote (`null` for a quote with no speaker), the text read in `language`. */
export function speakerLines(text: string, language: 'ind' | 'zlm' | 'eng'): (string | null)[] {
  return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}
