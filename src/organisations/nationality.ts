/**
 * A country after a noun that says what a body is (`perusahaan Contohland`, `produsen mobil
 * Contohland`) says where the body is from, as Indonesian and Malay put it after the noun: the
 * body's name starts after the country (`perusahaan Jerman Contoh Energy` names `Contoh Energy`).
 */
import { isCountryName } from '../lang/countries.js';
import type { CompiledOrganisations } from './compiled.js';
import { matchKnown } from './names.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';

/**
 * The end (exclusive) of a country at word `i`, or -1: a country (`Contohland`, `Korea Selatan`)
 * between a kind noun (with at most one lower-case word of its field between: `produsen mobil`) or
 * an origin word (`asal`) and a name of two words or more, and no known name starts at it
 * (`maskapai Contohland Airlines` stays the airline).
 */
export function nationalityEnd(c: CompiledOrganisations, p: ParagraphState, i: number): number {
  const { tokens } = p;
  // The context before first: it is rare, and the country test builds strings for every capitalised word.
  if (i < 1 || i + 1 >= tokens.length || !plainGap(p, i) || !afterKindNoun(c, p, i)) return -1;
  // A country of one word or two (`Contohland`, `Korea Selatan`).
  const after = isCountryName(tokens[i]!.text) ? i + 1 : plainGap(p, i + 1) && isCountryName(`${tokens[i]!.text} ${tokens[i + 1]!.text}`) ? i + 2 : -1;
  if (after < 0 || after + 1 >= tokens.length || !plainGap(p, after) || !nameAt(p, after) || matchKnown(c, p, i)) return -1;
  // A name of its own after the country, of two words or more, not opened by a word that ends or heads names: else the
  // country starts the name (`Contohland Airlines`, `Contohland Bank Contoh`).
  const next = tokens[after]!.text;
  if (c.tails.has(next) || c.heads.has(next) || c.nameWords.has(next) || c.foreignClosers.has(next)) return -1;
  return plainGap(p, after + 1) && nameAt(p, after + 1) ? after : -1;
}

/** Word `i` follows a kind noun or an origin word (`asal`), or a lower-case field word after a kind noun (`produsen mobil`). */
function afterKindNoun(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const before = p.tokens[i - 1]!;
  if (kindNoun(c, before.text, before.lower) || c.originWords.has(before.text)) return true;
  return i > 1 && !before.cap && plainGap(p, i - 1) && kindNoun(c, p.tokens[i - 2]!.text, p.tokens[i - 2]!.lower);
}

/**
 * A kind noun, also capitalised at a sentence's start (`Maskapai Contohland Contoh Air`), unless
 * capitalised it heads a name (`Universitas Contohland` is the university).
 */
export function kindNoun(c: CompiledOrganisations, word: string, lower?: string): boolean {
  // `lower`: the word's lower-case form when the caller holds it (a token's `lower`), to spare a new string per word.
  return c.kindNouns.has(word) || (c.kindNouns.has(lower ?? word.toLowerCase()) && !c.heads.has(word) && !c.nameWords.has(word));
}
