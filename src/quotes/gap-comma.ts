/**
 * A comma left where scraped text lost a word inside a title (`<title> , <body>`): written with a space before
 * it, between a title and the body it goes on to name. It joins the title to its body instead of setting a name apart.
 */
import type { Lexicon, Token } from './speech-words.js';

/**
 * The comma at token `k` stands in a title written from token `s` (a role word opens it): a space before the
 * comma, and the body after it opens with an organisation word, an acronym or another title word, not a name.
 */
export function gapComma(text: string, tokens: readonly Token[], s: number, k: number, lex: Lexicon, isRole: (t: Token) => boolean): boolean {
  const comma = tokens[k];
  if (comma?.text !== ',' || k <= s || comma.start === 0 || text.charCodeAt(comma.start - 1) !== 32) return false;
  const opener = tokens[s];
  const next = tokens[k + 1];
  if (!opener || !next || !next.word || !next.cap || !isRole(opener)) return false;
  return lex.orgWords.has(next.text) || (!next.hasLower && next.text.length > 1) || isRole(next);
}
