/**
 * Bodies written beside a title that the title splitter (`role-phrase.ts`) reads apart from the title's own words:
 * - `energy ministry spokesperson`: a body in lower case before the title (`lowerBodyTitle`);
 * - `Contoh's Head of Operations for <place>`: places alone after the title are the area the post covers, the body named
 *   before the title is the one the person speaks for (`areaAfterTitle`).
 */
import { type Lexicon, type Token, slice } from './speech-words.js';
import { organisationEnd } from './title-field.js';
import { capitalised } from '../util/capitalised.js';
import type { RoleParts } from './role-parts.js';
import { endsPossessive } from '../organisations/shapes.js';

/** Possessive endings of an English organisation before a title (`APTB’s coordinator`). */
export const POSSESSIVE = /['’]s$/;

/**
 * `energy ministry spokesperson`, `city police chief`: a body written in lower case before the title, its words ending
 * in an organisation head (`ministry`, `police`) and led by a field word, so that a bare `ministry spokesperson` (a
 * back-reference) names none. Else null: the description as written.
 */
export function lowerBodyTitle(tokens: readonly Token[], phrase: string, lex: Lexicon): RoleParts | null {
  const e = tokens.length;
  // The head: an organisation word that is no title word itself (`police` is also a post, `police chief`).
  let h = 1;
  while (h < e - 1 && !(lex.orgWords.has(capitalised(tokens[h]!.lower)) && !lex.lowerRoles.has(tokens[h]!.lower) && lex.lowerRoles.has(tokens[h + 1]!.lower))) h++;
  if (h >= e - 1) return null;
  const field = tokens.slice(0, h);
  // A title word before the body opens the post (`ketua majelis hakim`); a portfolio word is the body's field (`energy`),
  // a word that ranks the post (`senior`, `chief`) is none.
  const plain = (t: Token) => t.word && (!lex.lowerRoles.has(t.lower) || lex.roleWords.has(capitalised(t.lower))) && !lex.articles.has(t.lower) && !lex.possessives.has(t.lower) && !lex.unnamed.has(t.lower) && !lex.connectors.has(t.lower) && !lex.titleModifiers.has(t.lower);
  if (!field.every(plain)) return null;
  return { role: slice(phrase, tokens, h + 1, e), organisation: slice(phrase, tokens, 0, h + 1) };
}

/** Whether the words before token `b` are all places (see `placeWordsOnly`). */
export function placesOnly(tokens: readonly Token[], b: number, lex: Lexicon): boolean {
  return placeWordsOnly(tokens.slice(0, b).filter((t) => t.word).map((t) => t.text), lex);
}

const HAS_LOWER = /\p{Ll}/u;

/** Whether `words` are all places (a possessive `'s` aside); a short form of three capitals or more names a body that
 * also counts as a place (`ASEAN Secretary-General`), so it is no place here. */
export function placeWordsOnly(words: readonly string[], lex: Lexicon): boolean {
  // `endsPossessive` is `POSSESSIVE` read from the last two characters: most words have no possessive and need no replace.
  return words.length > 0 && words.every((w) => lex.places.has(endsPossessive(w) ? w.slice(0, -2) : w) && (HAS_LOWER.test(w) || w.length < 3));
}

/** Whether the capitalised words from token `o` (before `e`), read as the body after a title, are places only. */
export function areaAfterTitle(tokens: readonly Token[], o: number, e: number, lex: Lexicon): boolean {
  return placesOnly(tokens.slice(o), organisationEnd(tokens, o, e, lex) - o, lex);
}
