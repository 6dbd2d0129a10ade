/**
 * The speaker a `Menurut …,` phrase names in narrative (outside quotes): the person or title before its comma, or the
 * holder named after a lower-case title set off by commas. The speaker book notes that speaker for the quotes after.
 */
import { attributeBefore } from './attribute-before.js';
import { lowerTitleAt, nameAfterTitle } from './appositive-title.js';
import { type ParsedSpeaker, parsePhrase } from './phrase.js';
import { phraseEnd } from './phrase-end.js';
import type { Lexicon, Token } from './speech-words.js';
import { roleAt } from './role-words.js';

/** `Menurut X,`: the speaker phrase before the comma is at most this many tokens (narrative and reported speech alike). */
export const MAX_ACCORDING_TOKENS = 16;

/** The `according` word at token `i` opens a speaker: a capitalised word (`Menurut Rina`) or a lower-case title (`Menurut ahli gizi`). */
export function accordingOpens(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return tokens[i + 1]?.cap === true || lowerTitleAt(tokens, i + 1, lex);
}

/**
 * The speaker of the `according` phrase opening at token `i` (`Menurut Rina Contoh, …`), else null: the phrase must
 * close with a comma within `MAX_ACCORDING_TOKENS`, before any full stop.
 */
export function accordingSpeaker(text: string, tokens: readonly Token[], i: number, lex: Lexicon): ParsedSpeaker | null {
  let e = i + 1;
  while (e < tokens.length && e - i < MAX_ACCORDING_TOKENS && tokens[e]!.text !== ',' && tokens[e]!.text !== '.') e++;
  // `Menurut ahli gizi di Kota Contoh, Sutarmi Wirapraja, …`: a lower-case title set off before its holder, who speaks.
  const held = tokens[i + 1]?.cap ? null : nameAfterTitle(text, tokens, i + 1, e, lex);
  if (held) return held.speaker;
  // `Menurut Kepala Dinas Contoh Sukamaju, Budi Santoso, …`: a capitalised title and its holder set off by a comma read as
  // one phrase (as reported speech reads them), so the holder, not the title alone, speaks next.
  // A name first (`Menurut Budi, anggota …,`) keeps its own comma.
  const pe = held === null && e < tokens.length && tokens[i + 1]?.cap && roleAt(tokens[i + 1]!, lex) ? phraseEnd(tokens, i + 1, lex) : e;
  if (pe > e && tokens[pe]?.text === ',') {
    const whole = parsePhrase(text, tokens, i + 1, pe, lex);
    if (whole?.name && !whole.unnamed) return whole;
  }
  return tokens[e]?.text === ',' ? (attributeBefore(text, tokens, e, lex)?.speaker ?? null) : null;
}
