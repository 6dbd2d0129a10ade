/**
 * Corrections once a title is split into role and organisation (`role-phrase.ts`): what the split took for a
 * body is read again — a country where the post is held stays in the role, a party wing closing the role opens
 * the organisation, an honorific before a name is a person, and `-nya` leaves the post.
 */
import { type Lexicon, tokenize } from './speech-words.js';
import type { RoleParts } from './role-parts.js';
import { skipTitles } from './skip-titles.js';
import { isCountryName } from '../lang/countries.js';
import { NYA } from '../lang/enclitic.js';
import { capitalised } from '../util/capitalised.js';

/** Words that tie a post's country to where it is posted (`Duta Besar Contohland untuk Indonesia`, `di Jakarta`). */
const POSTED_AT: ReadonlySet<string> = new Set(['untuk', 'di', 'ke', 'to', 'in']);
/** A country's name is at most this many words (`Korea Selatan`, `Papua New Guinea`). */
const MAX_COUNTRY_WORDS = 3;

/**
 * `Duta Besar Jepang`, `Perdana Menteri Malaysia`: a country after a post is where the post is held, no body the holder
 * speaks for: it stays in the role, and the organisation is none.
 */
export function withoutCountry(parts: RoleParts, title: string | undefined): RoleParts {
  const { role, organisation } = parts;
  // Only a country written right after the post (`Head of Operations for Contohland` keeps its reading).
  if (!role || !organisation || (title !== undefined && !title.includes(`${role} ${organisation}`))) return parts;
  const words = organisation.split(' ');
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length); n > 0; n--) {
    if (!isCountryName(words.slice(0, n).join(' '))) continue;
    return n === words.length || POSTED_AT.has(words[n]!) ? { ...parts, role: `${role} ${organisation}`, organisation: null } : parts;
  }
  return parts;
}

/**
 * `Ketua Pemuda Contoh` → `Ketua` of `Pemuda Contoh`: a party's wing word closing the role opens the organisation,
 * since the wing is a body of its own (the organisation finder reads `Pemuda Contoh` as one) and the post heads it.
 */
export function withWing(parts: RoleParts, lex: Lexicon): RoleParts {
  const { role, organisation } = parts;
  const space = role?.lastIndexOf(' ') ?? -1;
  if (!role || space < 0 || !organisation || !/^\p{Lu}/u.test(organisation)) return parts;
  const wing = role.slice(space + 1);
  return lex.partyWings.has(wing) ? { ...parts, role: role.slice(0, space), organisation: `${wing} ${organisation}` } : parts;
}

/** The letters and digits opening a phrase: an honorific's whole token when it is one (no honorific is written with a joiner). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * `Hakim Datuk Contoh Ahmad`: an honorific before capitalised words with no organisation word among them names
 * a person (a second title holder read past the speaker's own title), not a body the speaker speaks for.
 */
export function titledPerson(organisation: string, lex: Lexicon): boolean {
  // Most organisations open with no honorific: their first word is tested before the phrase is read again.
  const first = FIRST_WORD.exec(organisation)?.[0];
  if (first === undefined || !(lex.titles.has(first) || lex.titles.has(first[0] + first.slice(1).toLowerCase()))) return false;
  const tokens = tokenize(organisation, lex);
  if (skipTitles(tokens, 0, tokens.length, lex) === 0) return false;
  return !tokens.some((t) => t.word && lex.orgWords.has(t.text));
}

/** `Naib Presidennya`, `Ketua Pengarahnya` → `Naib Presiden`, `Ketua Pengarah`: the post without `-nya` (its organisation is named elsewhere). */
export function withoutPossessive(role: string, lex: Lexicon): string {
  const space = role.lastIndexOf(' ');
  const last = role.slice(space + 1);
  if (last.length <= NYA.length + 2 || !last.toLowerCase().endsWith(NYA)) return role;
  const stem = last.slice(0, -NYA.length);
  // `Setiausaha agungnya`: a title word written in lower case before the suffix.
  return lex.roles.has(stem) || lex.roleWords.has(stem) || lex.roleWords.has(capitalised(stem)) ? role.slice(0, space + 1) + stem : role;
}
