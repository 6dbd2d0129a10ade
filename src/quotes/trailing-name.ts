/**
 * An unnamed description after the verb whose name closes the sentence after a comma:
 * `kata seorang ibu rumah tangga yang tinggal di tepi sungai, Siti Aminah.`, `said a resident of
 * the village, Budi Santoso.` The description is the role; the name is the speaker.
 */
import type { Attribution } from './attribution.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { W_NAME } from './word-classes.js';
import { type ParsedSpeaker, parsePhrase } from './phrase.js';

/** How far past the description the sentence may run before its closing name, in tokens. */
const MAX_DESCRIPTION_TOKENS = 16;
/** A closing name has at least this many words (one capitalised word is often a place). */
const MIN_NAME_WORDS = 2;
/** Tokens that end the sentence. */
const SENTENCE_END = new Set(['.', '!', '?', ';']);
const STARTS_LOWER = /^\p{Ll}/u;

/** The speaker named at the end of the sentence after the unnamed description `described` (ending at token `end`), or null. */
export function trailingName(text: string, tokens: readonly Token[], end: number, described: ParsedSpeaker, lex: Lexicon): ParsedSpeaker | null {
  let stop = end;
  while (stop < tokens.length && stop - end <= MAX_DESCRIPTION_TOKENS && (tokens[stop]!.word || !SENTENCE_END.has(tokens[stop]!.text))) {
    // A quotation mark or a bracket: another construction, not a description running on.
    if (!tokens[stop]!.word && tokens[stop]!.text !== ',' && tokens[stop]!.text !== '-') return null;
    stop++;
  }
  if (stop - end > MAX_DESCRIPTION_TOKENS) return null;
  let s = stop;
  while (s > end && tokens[s - 1]!.word && tokens[s - 1]!.cls & W_NAME) s--;
  if (stop - s < MIN_NAME_WORDS || tokens[s - 1]?.text !== ',') return null;
  const named = parsePhrase(text, tokens, s, stop, lex);
  if (!named?.name || named.unnamed) return null;
  return { ...named, role: named.role ?? (described.unnamed ? described.name : described.role), start: described.start, end: named.end };
}

/** `after` with its unnamed speaker replaced by the name closing the sentence, when there is one. */
export function withTrailingName(text: string, tokens: readonly Token[], after: Attribution, lex: Lexicon): Attribution {
  const sp = after.speaker;
  // An unnamed description, or one that only seemed to hold a name (`seorang wartawan BBC Contoh, Budi Santoso`).
  const described = sp !== null && (sp.unnamed || (sp.role !== null && STARTS_LOWER.test(sp.role) && !sp.name?.includes(' ')));
  if (!sp || !described) return after;
  const named = trailingName(text, tokens, tokenAt(tokens, sp.end), sp, lex);
  return named ? { ...after, speaker: named } : after;
}
