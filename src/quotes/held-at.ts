/**
 * The word that links a title to the body it is held at: a `SpeechData.titlePlaces` word (`Ekonom di Contoh Trust`),
 * or a `SpeechData.bodyLinks` word, which links a title only to a named body (`Minister in the Contoh Department`).
 */
import type { Lexicon, Token } from './speech-words.js';

/** The capitalised body after a body link is read this many words far for its organisation word (a bound on hostile text). */
const MAX_BODY_WORDS = 6;

/** Whether token `k` links a title to where it is held. */
export function heldAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (t === undefined || !t.word) return false;
  if (lex.titlePlaces.has(t.lower)) return true;
  // `in` is also a date's or a field's (`Minister in June`, `lecturer in Economics`): only an article and a body follow.
  if (!lex.bodyLinks.has(t.lower) || !lex.articles.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let i = k + 2; i < Math.min(tokens.length, k + 2 + MAX_BODY_WORDS) && tokens[i]!.word && tokens[i]!.cap; i++) {
    if (lex.orgWords.has(tokens[i]!.text)) return true;
  }
  return false;
}
