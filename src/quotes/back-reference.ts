/**
 * A paragraph that is all quote, with no attribution of its own, is often attributed by the sentence
 * that opens the next paragraph: `"…."` then `Hal itu disampaikan Budi Santoso saat …`, `Demikian
 * dikatakan Ketua Contoh …`, `Perkara itu dinyatakan oleh …`. That speaker beats the previous one.
 */
import { type Attribution, attributeAfter } from './attribute.js';
import type { Lexicon, Token } from './speech-words.js';

/** Words (`juga`, `pun`, `oleh`) that may stand between the opener and its passive speech verb. */
const MAX_GAP_WORDS = 2;

/** The attribution a paragraph's opening sentence gives to the paragraph before it, or null. */
export function backReference(text: string, tokens: readonly Token[], lex: Lexicon): Attribution | null {
  let k = -1;
  for (const words of lex.references.backReferences) {
    if (words.every((w, i) => tokens[i]?.word && tokens[i]!.lower === w)) {
      k = words.length;
      break;
    }
  }
  if (k < 0) return null;
  for (let gap = 0; gap < MAX_GAP_WORDS && tokens[k] && lex.fillers.has(tokens[k]!.lower); gap++) k++;
  const verb = tokens[k];
  if (!verb?.word || verb.cap || !lex.post.has(verb.lower)) return null;
  const a = attributeAfter(text, tokens, k, lex);
  return a?.speaker && (a.speaker.name || a.speaker.role) && !a.speaker.unnamed ? a : null;
}
