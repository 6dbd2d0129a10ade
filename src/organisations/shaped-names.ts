/**
 * Pass 1's last reader: a word whose shape alone may name an organisation (an acronym, a CamelCase
 * brand, a branded outlet, a site's domain), unless it is a stop-listed thing, a place, an amount,
 * a reporter's initials or part of a web address. Whether such a hit is reported is decided later
 * (`accept.ts`: a cue word, a list, a definition).
 */
import type { CompiledOrganisations } from './compiled.js';
import { isBrandedOutlet, isCodedAmount } from './context.js';
import { fieldRoleBefore } from './field-roles.js';
import { isCountryName } from '../lang/countries.js';
import { isCredit, nameAt, type ParagraphState, plainGap, roleBefore } from './paragraph.js';
import { isAllCaps, isCamel, isDomain, isRoman } from './shapes.js';
import { PLAIN_CAP } from './words.js';

/** An acronym, CamelCase brand, branded outlet or site domain at word `i` that is not a stop-listed thing, place or amount. */
export function isShapedName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const word = t.text;
  // A site named in lower case (`kepada contoh.co.id`), not a web address (`www.…`, `…/path`, `@…`).
  if (!t.cap) return isDomain(word) && !inAddress(p, i);
  // Every shape below starts with a capital; most capitalised words have none of them, and say so by their bits.
  if (p.bits[i]! & PLAIN_CAP) return false;
  const camel = !t.acronym && isCamel(word);
  const domain = !t.acronym && !camel && isDomain(word);
  if (!t.acronym && !camel && !domain && !isAllCaps(word)) return false;
  if (c.notOrganisations.has(word) || c.places.has(word) || isRoman(word)) return false;
  if (domain) return !inAddress(p, i);
  if (isBrandedOutlet(c, word)) return true;
  if (t.acronym) {
    const hyphen = word.indexOf('-');
    const first = hyphen < 0 ? word : word.slice(0, hyphen);
    if (c.notOrganisations.has(first) || c.places.has(first) || isCodedAmount(c, word)) return false;
    // A place written in capitals (`kata dia kepada CONTOHKOTA`, the place in the lexicon as `Contohkota`) is no acronym.
    if (placeInCapitals(c, word)) return false;
    return !isCredit(c, p, i);
  }
  return camel;
}

/** Fewest letters of a place written in capitals: shorter words in capitals are acronyms more often. */
const MIN_CAPITALS_PLACE = 4;

/** An all-capitals word that is a place of the lexicon or a country in title case (`CONTOHKOTA` for `Contohkota`). */
function placeInCapitals(c: CompiledOrganisations, word: string): boolean {
  if (word.length < MIN_CAPITALS_PLACE || !isAllCaps(word)) return false;
  return c.placeWords.has(word) || c.placeWords.has(word[0] + word.slice(1).toLowerCase()) || isCountryName(word);
}

/** Word `i` is part of a web address or a handle: `www.` or `@` before it, a `/` right after it. */
export function inAddress(p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const before = p.text.slice(Math.max(0, t.start - 4), t.start);
  return before.includes('www.') || before.endsWith('/') || before.endsWith('@') || p.text[t.end] === '/';
}

/** Fewest letters before a coined name's ending (`Contoh` in `Contohindo`). */
const MIN_COINED_STEM = 3;

/**
 * Word `i` is a one-word name coined with one of the language's endings (`Contohindo`): one capital,
 * then lower case (`ContohIndo` is a CamelCase brand, read as such), no place or given name, and
 * written where a body stands (`coinedContext`): given names and places end so too.
 */
export function isCoinedName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  if (c.coinedEndings.length === 0 || !t.cap || t.acronym) return false;
  const word = t.text;
  // The ending first: nearly every capitalised word fails there.
  if (!endsCoined(word, c.coinedEndings)) return false;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() || !/^\p{L}+$/u.test(word)) return false;
  return !c.placeWords.has(word) && !c.personFirstWords.has(word) && !c.notOrganisations.has(word) && coinedContext(c, p, i);
}

/** `word` ends with one of `endings` after a stem of `MIN_COINED_STEM` letters at least. */
function endsCoined(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.length >= ending.length + MIN_COINED_STEM && word.endsWith(ending)) return true;
  return false;
}

/**
 * Word `i` is a short name defined beside another: in brackets after an acronym or a name it shortens
 * (`CNT (Contohindo)`, `Tenun Contoh Sejahtera (Tencontindo)`), or with an acronym in brackets after it (`Contohindo (CNT)`).
 */
function definedBeside(p: ParagraphState, i: number): boolean {
  const { tokens, text } = p;
  const t = tokens[i]!;
  if (text[t.start - 1] === '(' && text[t.end] === ')') return i > 0 && text.slice(tokens[i - 1]!.end, t.start) === ' (' && (tokens[i - 1]!.acronym || nameAt(p, i - 1));
  const next = tokens[i + 1];
  return next !== undefined && next.acronym && text.slice(t.end, next.start) === ' (' && text[next.end] === ')';
}

/**
 * A body's context around a coined word `i`: a legal form, a kind noun or a post heading a unit before
 * it (`PT`, `asosiasi`, `Ketua Contohindo`), an acronym defined beside it, or the country after it
 * (`Contohindo Indonesia`). Never before a name word or a name's particle (`Contolindo Soares`,
 * `Contolindo da Silva`: a person), nor after a noun taking a place (`Kampung Contolindo`).
 */
function coinedContext(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  const next = i + 1 < tokens.length && plainGap(p, i + 1) ? tokens[i + 1]! : undefined;
  const country = next !== undefined && c.branchPlaces.has(next.text);
  if (next !== undefined && !country && (c.nameParticles.has(next.text) || (nameAt(p, i + 1) && !next.acronym))) return false;
  const before = i > 0 && plainGap(p, i) ? tokens[i - 1]!.text : '';
  if (c.placeTakers.has(before) || c.placeNouns.has(before)) return false;
  if (country || definedBeside(p, i)) return true;
  if (c.legalForms.has(before) || c.kindNouns.has(before.toLowerCase()) || c.heads.has(before.charAt(0).toUpperCase() + before.slice(1))) return true;
  return roleBefore(c, p, i) || fieldRoleBefore(c, p, i);
}
