/**
 * Readings the speaker book makes of a phrase against the article: initials standing for a person met before, a
 * capitalised sentence opener read as an organisation, and a body's last word read as a name's first.
 */
import type { Lexicon } from './speech-words.js';
import type { Person } from './person.js';
import type { Vocabulary } from './vocabulary.js';
import { ACRONYM } from './acronyms.js';
import { nameKey } from './name-key.js';
import { capitalised } from '../util/capitalised.js';

const HAS_LOWER = /\p{Ll}/u;
const SPACE = /\s/;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * The person a short form of initials stands for, where the article spells it out as a title and that person's name
 * (`Wakil Presiden Budi Santoso (BS)`): no organisation. Null when it spells out none, or no such person was met
 * (`persons` in reading order; `spellOut` gives the spelt-out form).
 */
export function initialledPerson(acronym: string, spellOut: (acronym: string) => string | null, persons: readonly Person[]): Person | null {
  if (!ACRONYM.test(acronym) || HAS_LOWER.test(acronym)) return null;
  const spelt = spellOut(acronym);
  if (!spelt) return null;
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i]!;
    if (p.org || p.words.length !== acronym.length || !spelt.endsWith(p.name)) continue;
    if (p.words.every((w, k) => w[0] === acronym[k]!.toLowerCase())) return p;
  }
  return null;
}

/**
 * A one-word organisation read before a lower-case role (`Sahabat pelukis Budi`, `Dijumpai pers, Budi`) that the
 * article writes in lower case elsewhere, or nowhere else at all: a capitalised sentence opener, no body.
 */
export function commonOpener(p: { organisation: string | null; role: string | null; title: string | undefined }, v: Vocabulary | null, lex: Lexicon): boolean {
  const org = p.organisation;
  if (!org || !v || !p.role || !p.title?.startsWith(org) || !HAS_LOWER.test(org) || SPACE.test(org) || lex.orgWords.has(org)) return false;
  if (!STARTS_LOWER.test(p.role)) return false;
  return v.lower.has(org.toLowerCase()) || v.count(org) === 1;
}

/**
 * The word `words[c]` opening what is left of a name (two words or more after it) belongs to a body rather than to the
 * name: the article writes it beside a word that is not in this name, or more often alone than with the next name word.
 * A place beside it is no such sign (`… Negeri Contoh Lim Boon Seng`: the title's place closes right before a surname),
 * unless the word reads as no name word itself (`notName`, asked only then: one the article also writes in lower case,
 * `… Contoh Merdeka`).
 */
export function bodyWordFirst(words: readonly { text: string }[], c: number, v: Vocabulary, lex: Lexicon, notName: (word: string) => boolean, closing: string | null = null): boolean {
  const w = words[c]!.text;
  const neighbours = v.neighboursOf(nameKey(w));
  if (neighbours) {
    const own = new Set(words.map((s) => nameKey(s.text)));
    // Written once, right after the title's organisation (`Ketua KPU Contoh Rina Sari Dewi`): standing beside that
    // organisation's last word is where any first name stands, no sign of a body.
    const beside = closing !== null && c === 0 && v.count(w) === 1 ? closing : null;
    for (const x of neighbours) if (!own.has(x) && x !== beside && (notName(w) || !(lex.places.has(capitalised(x)) || v.places.has(x)))) return true;
  }
  return v.count(w) > v.count(`${w} ${words[c + 1]!.text}`);
}

/** Letters of one romanised syllable of a Chinese given name (`Kah`, `Meng`, `Choon`), at most and at least. */
const MAX_SYLLABLE_LETTERS = 6;
const MIN_SYLLABLE_LETTERS = 2;

/**
 * `Edwin Tay Soon Hock` referred to as `Tay`: one plain word before the word the article uses alone, and two
 * syllable-short words after it, is a given name before a surname and its given names, not a body glued before a name.
 */
export function givenNameBefore(spans: readonly { text: string }[], c: number, j: number, notName: (w: string) => boolean): boolean {
  if (j !== c + 1 || spans.length - j !== 3 || notName(spans[c]!.text)) return false;
  return spans.slice(j + 1).every((s) => s.text.length >= MIN_SYLLABLE_LETTERS && s.text.length <= MAX_SYLLABLE_LETTERS && HAS_LOWER.test(s.text));
}
