/**
 * Speaker phrases that name no person: a document and its issuer (`keterangan tertulis PT X`), a title found by the
 * title (`Ketua Umum Partai Contoh itu`) and an unnamed description (`the Prime Minister`). The readers after a
 * closing mark, before a verb, in narrative and in indirect speech all build them, so they live apart from any one.
 */
import type { ParsedSpeaker } from './phrase.js';
import { MAX_PHRASE_TOKENS } from './phrase-end.js';
import { type Lexicon, slice, type Token } from './speech-words.js';

/**
 * A document as the speaker (`keterangan BoK`, `keterangan tertulis PT X`, `keterangan tersebut`): the issuer
 * is the capitalised phrase after the noun, or, when none is written, resolved later to the organisation
 * named before it.
 */
export function documentSpeaker(text: string, tokens: readonly Token[], j: number, end: number, lex: Lexicon): ParsedSpeaker {
  let k = j;
  while (k < end && !tokens[k]!.cap) k++;
  let e = k;
  while (e < end && (tokens[e]!.cap || (e > k && lex.connectors.has(tokens[e]!.lower) && tokens[e + 1]?.cap) || tokens[e]!.text === '(' || tokens[e]!.text === ')')) e++;
  while (e > k && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
  const from = tokens[j]!.start;
  const to = tokens[Math.max(j, (e > k ? e : k) - 1)]!.end;
  const organisation = e > k ? slice(text, tokens, k, e) : null;
  return {
    name: null,
    role: null,
    organisation,
    start: from,
    end: to,
    nameStart: e > k ? tokens[k]!.start : from,
    nameEnd: e > k ? tokens[e - 1]!.end : tokens[j]!.end,
    unnamed: false,
    document: true,
  };
}

/** A document noun at token `j` in narrative with its issuer (`keterangan LPKR`). */
export function documentAt(text: string, tokens: readonly Token[], j: number, lex: Lexicon): ParsedSpeaker | null {
  const t = tokens[j];
  if (!t || t.cap || !lex.documents.has(t.lower)) return null;
  return documentSpeaker(text, tokens, j, Math.min(tokens.length, j + MAX_PHRASE_TOKENS), lex);
}

/** The speaker phrase `[from, to)` read as a title only (`Ketua Umum Partai Contoh itu`): found by the title, not by a name. */
export function titleOnly(text: string, tokens: readonly Token[], from: number, to: number, speaker: ParsedSpeaker): ParsedSpeaker {
  const title = slice(text, tokens, from, to);
  return { ...speaker, name: null, role: title, organisation: null, title, nameStart: speaker.start, nameEnd: speaker.end };
}

/** An unnamed description over tokens `[from, to)` as the speaker phrase (resolved to its holder, or kept unnamed, later). */
export function unnamedSpeaker(text: string, tokens: readonly Token[], from: number, to: number): ParsedSpeaker {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { name: text.slice(start, end), role: null, organisation: null, start, end, nameStart: start, nameEnd: end, unnamed: true };
}
