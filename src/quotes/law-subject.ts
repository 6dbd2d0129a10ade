/**
 * `Article 12 states: "…"`, `… and Section 4 of the Contoh Act says: "…"`, `The Contoh Education Act 1999 states:
 * "…"`: a law quoted as the subject of a speech verb is the quote's speaker, as written (the describing phrase, as
 * for an organisation speaking), not the person quoted before it.
 */
import type { ParsedSpeaker } from './make-speaker.js';
import type { Lexicon, Token } from './speech-words.js';

/** Capitalised words of a law's name before its head (`Contoh Education Act`), at most. */
const MAX_NAME_WORDS = 5;

/** Token `k` is a capitalised word that is no article (`The`). */
function capWord(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && t.cap && !lex.articles.has(t.lower);
}

/**
 * Where a law's name ending right before token `e` starts (`[start, e)`), or -1: `<the> <Name …> <Head> [<year>]`
 * (`the Contoh Act 1999`, `the Federal Constitution`), or `<Head> <number> [of <the> <Name …>]` (`Article 12`,
 * `Section 4 of the Contoh Act`).
 */
function lawStart(tokens: readonly Token[], e: number, lex: Lexicon): number {
  const part = numberedPart(tokens, e, lex);
  if (part >= 0) return part;
  let k = e - 1;
  if (tokens[k]?.num) k--;
  if (!capWord(tokens, k, lex) || !lex.laws.has(tokens[k]!.text)) return -1;
  let s = k;
  while (s > 0 && k - s < MAX_NAME_WORDS && capWord(tokens, s - 1, lex)) s--;
  // A named law opens with `the`: a capitalised run alone may be an organisation's or a person's name.
  if (!(tokens[s - 1]?.word && lex.articles.has(tokens[s - 1]!.lower))) return -1;
  // `Section 4 of the Contoh Act`: a named law after a numbered part of it.
  const whole = tokens[s - 2]?.lower === 'of' ? numberedPart(tokens, s - 2, lex) : -1;
  return whole >= 0 ? whole : s;
}

/** Where `<Head> <number>` ending right before token `e` starts (`Article 12`), or -1. */
function numberedPart(tokens: readonly Token[], e: number, lex: Lexicon): number {
  const h = e - 2;
  return tokens[e - 1]?.num && capWord(tokens, h, lex) && lex.lawParts.has(tokens[h]!.text) ? h : -1;
}

/** The law written as the subject right before the speech verb at token `v`, as a speaker, or null. */
export function lawSubject(text: string, tokens: readonly Token[], v: number, lex: Lexicon): ParsedSpeaker | null {
  if (lex.laws.size === 0 && lex.lawParts.size === 0) return null;
  const s = lawStart(tokens, v, lex);
  if (s < 0) return null;
  // Opening its clause (after a mark or `and`): not the object of a clause or a link (`the minister who drafted the
  // Contoh Act said`, `under Article 5`).
  let b = s - 1;
  if (tokens[b]?.word && lex.articles.has(tokens[b]!.lower)) b--;
  const before = tokens[b];
  if (before?.word && !lex.listJoiners.has(before.lower)) return null;
  const start = tokens[s]!.start;
  const end = tokens[v - 1]!.end;
  return { name: null, role: null, organisation: text.slice(start, end), start, end, nameStart: start, nameEnd: end, unnamed: false, law: true };
}
