/**
 * `Analyst Rina Wulandari of Contoh Securities`, `economist Budi Santoso from the Contoh Institute`: a title, a
 * name, then the body the name comes from. A title that names its own body puts the link right after a title word
 * (`Director of Contoh Energy Budi Santoso`); here a name word stands before the link, so the capitalised words
 * after it are the body and those before it the name.
 */
import { affiliationAt } from './affiliation.js';
import type { Lexicon, Token } from './speech-words.js';

/** The name's and the body's tokens in the segment `[s, e)` read as title, name, link, body; else null. */
export function titleNameBody(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
  nameEnd: (start: number) => number,
): { name: [number, number]; body: [number, number] } | null {
  // `Fund manager X of Z`: one capitalised field word may open a lower-case title.
  let r = tokens[s]?.cap && !lex.roles.has(tokens[s]!.text) && tokens[s + 1]?.word && !tokens[s + 1]!.cap && lex.lowerRoles.has(tokens[s + 1]!.lower) ? s + 1 : s;
  const opened = r;
  while (r < e && tokens[r]!.word && (lex.roles.has(tokens[r]!.text) || (!tokens[r]!.cap && lex.lowerRoles.has(tokens[r]!.lower)))) r++;
  if (r === opened || r >= e || !tokens[r]!.cap) return null;
  const ne = nameEnd(r);
  // A name of two words at least, so that a title's own capitalised field (`Head Research of …`) is not read as one.
  if (ne - r < 2 || ne >= e) return null;
  const body = affiliationAt(tokens, ne, lex);
  return body !== null && body[1] === e ? { name: [r, ne], body } : null;
}
