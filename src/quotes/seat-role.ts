/**
 * Where a title is held, read from the words written right after it (`role-phrase.ts`): a place the title takes
 * (`Lurah Contoh`, `Wali Kota Contoh`), a member's seat (`Ahli Parlimen Contoh`), or a body whose name is also a post
 * (`Ketua Ombudsman …`).
 */
import { isCompoundRole, type Lexicon, slice, type Token } from './speech-words.js';
import { titleOrganisation } from './implied-organisation.js';
import type { RoleParts } from './role-parts.js';

/** Whether the title at token `r` takes a place, after words that qualify it (`Deputy Governor`). */
export function takesPlace(tokens: readonly Token[], r: number, lex: Lexicon): boolean {
  while (r < tokens.length - 1 && lex.titleModifiers.has(tokens[r]!.text)) r++;
  return lex.placeTakers.has(tokens[r]!.text);
}

/** Whether a token from `from` on names a body: an organisation word or an acronym. */
function bodyFrom(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  return tokens.slice(from).some((t) => lex.orgWords.has(t.text) || (t.word && !t.hasLower && t.text.length > 1));
}

/**
 * Role and organisation of the title opening at token `r` of `phrase` (tokens `[r, e)`) when it takes a place and no body
 * is written after it; `before` is the organisation written before the title. Null: the title is read on.
 */
export function placeTitle(phrase: string, tokens: readonly Token[], r: number, e: number, before: string | null, lex: Lexicon): RoleParts | null {
  // `Lurah Contoh`, `Gubernur Contoh Barat`: a title that takes a place holds it; the organisation is what the title implies
  // (also after a qualifying word: `Wakil Kapolresta Contoh` → `Polresta Contoh`).
  let taker = r;
  while (taker < e - 1 && lex.titleModifiers.has(tokens[taker]!.text)) taker++;
  // `Wali Kota Contoh`: a two-word post that takes a place (its second word is an organisation word, `Kota`); the
  // organisation stays the place as the post's second word names it (`Kota Contoh`).
  const paired = taker < e - 1 && isCompoundRole(lex, tokens[taker]!.text, tokens[taker + 1]!.text);
  const compound = paired && lex.placeTakers.has(`${tokens[taker]!.text} ${tokens[taker + 1]!.text}`);
  // `Ahli Parlimen Contoh`: a member's post whose second word takes a place holds the seat; a seat is no organisation.
  // (`Kepala Desa Contoh`: a second word that is a locative names the village, whose government is the organisation.)
  if (paired && !compound && lex.placeTakers.has(tokens[taker + 1]!.text) && !lex.locatives.has(tokens[taker + 1]!.lower) && taker + 2 < e && !bodyFrom(tokens, taker + 2, lex)) {
    const whole = slice(phrase, tokens, r, e);
    return { role: whole, organisation: before ?? titleOrganisation(whole, lex) };
  }
  if (compound) taker++;
  if (!lex.placeTakers.has(tokens[taker]!.text) || bodyFrom(tokens, taker + 1, lex)) return null;
  const whole = slice(phrase, tokens, r, e);
  // `Ketua Kampung Contoh`: a post that holds a place and no body (`seatTitles`) gives no organisation.
  const place = compound && taker < e - 1 && !lex.seatTitles.has(`${tokens[taker - 1]!.text} ${tokens[taker]!.text}`) ? slice(phrase, tokens, taker, e) : null;
  return { role: whole, organisation: before ?? titleOrganisation(whole, lex) ?? place };
}

/**
 * `Ketua Ombudsman RI`: a word that is both a post and a body (`Ombudsman`), written after a title, is the body the
 * title is held at, unless another post word follows it (`Group Head`).
 */
export function bodyAfterTitle(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  return lex.orgWords.has(t.text) && lex.roles.has(t.text) && !lex.roles.has(tokens[k + 1]?.text ?? '');
}
