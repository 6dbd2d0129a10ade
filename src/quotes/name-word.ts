/**
 * Whether a capitalised word can be part of a person's name inside a speaker phrase: name words, field words of
 * titles (`Financing`), and the first names, initials and heads that look like one or the other.
 */
import { isDegree, isInitial, type Lexicon, type Token } from './speech-words.js';
import { W_NAME } from './word-classes.js';
import { titledAt } from './skip-titles.js';
import { NYA } from '../lang/enclitic.js';
import { roleGivenNames } from '../lang/names.js';

const ROLE_GIVEN_NAMES: ReadonlySet<string> = new Set(roleGivenNames);

/** A capitalised word this long ending in `-nya` is a possessive noun (`Ketuanya`), not a name (`Sonya`). */
export const MIN_POSSESSIVE_LENGTH = 7;

/** A capitalised word joined by a hyphen to a lower-case participle (`Sukamaju-born`, `Contoh-based`). */
const DESCRIBING_COMPOUND = /^\p{Lu}[^\s-]*-(?:born|\p{Ll}{2,}ed)$/u;

/** A word that describes the person it stands before (`the Sukamaju-born Rina`) and names no one: no part of a name. */
export function describingCompound(t: Token): boolean {
  // Read for most capitalised words: only one ending in `-born` or `-…ed` (its last letter `n` or `d`) needs the pattern.
  const last = t.text.charCodeAt(t.text.length - 1);
  return t.cap && (last === 0x64 || last === 0x6e) && DESCRIBING_COMPOUND.test(t.text);
}

/** A field word (`Financing`) has at least this many letters; shorter words with those endings may be names (`Gading`). */
const MIN_FIELD_WORD_LENGTH = 7;

/** A capitalised word that can be part of a person's name. */
export function nameWord(t: Token, lex: Lexicon): boolean {
  if (!t.word || !t.cap) return false;
  if (lex.roleWords.has(t.text) || lex.orgWords.has(t.text) || lex.roles.has(t.text) || lex.fillers.has(t.lower) || lex.according.has(t.lower) || lex.weekdays.has(t.lower)) return false;
  // `Katanya`, `Ujarnya`: a speech verb with its pronoun, capitalised at a sentence start.
  if (lex.pronounVerb.has(t.lower)) return false;
  // `Pengarahnya`, `Ketuanya`: a noun with a possessive suffix refers to a role, not a name.
  if (t.text.length >= MIN_POSSESSIVE_LENGTH && t.lower.endsWith(NYA)) return false;
  if (isDegree(t, lex) || fieldWord(t, lex)) return false;
  // Acronyms (`APTB`, `DPR`) are organisations; a single capital letter is an initial.
  return t.text.length === 1 || t.hasLower;
}

/** A field word of an English title (`Financing`, `Supervision`): long and with a field ending. */
export function fieldWord(t: Token, lex: Lexicon): boolean {
  if (t.text.length < MIN_FIELD_WORD_LENGTH) return false;
  for (const suffix of lex.roleSuffixes) if (t.lower.endsWith(suffix)) return true;
  return false;
}

/**
 * `Clarence Wong`, `Lawrence Tan`, `Clarence` alone: a first name with a field ending opening a segment before a name
 * word, or alone. A field word there would need a title word after it (`Finance Director`), and one after `of`
 * (`Head of Finance Budi`) opens no segment.
 */
export function fieldFirstName(tokens: readonly Token[], s: number, to: number, lex: Lexicon): boolean {
  const t = tokens[s]!;
  const next = tokens[s + 1];
  return t.cap && t.hasLower && fieldWord(t, lex) && !lex.roleWords.has(t.text) && !lex.orgWords.has(t.text) && !lex.roles.has(t.text) && (s === 0 || !tokens[s - 1]!.word) && (to === s + 1 || (next !== undefined && nameWord(next, lex) && next.hasLower));
}

/** `kata Utama`, `ujar Pratama`: a title word alone (no role, body or place) is the short name of someone introduced, not a body. */
export function loneTitleWord(tokens: readonly Token[], s: number, to: number, lex: Lexicon): boolean {
  const t = tokens[s]!;
  return to === s + 1 && t.word && t.cap && t.hasLower && lex.roleWords.has(t.text) && !lex.orgWords.has(t.text) && !lex.roles.has(t.text) && !lex.places.has(t.text);
}

/**
 * A title-like word at token `i`, between two name words of a name run that starts at `s`, that stays inside the name
 * (a title stands before the name it titles, not inside it): a role word that is also a given name (`Dirga Imam
 * Kartawiria`, `Imam`, `Hakim`), not after a place; or, in a run opened right after an honorific, a royal or honorific
 * title that opens the father's name (`Sultan Kamaruddin Sultan Yusri`, `Datuk Rahim Tun Karim`), not in a run with no
 * honorific before it (`Sultan of Contoh Sultan Rahim`, `Contoh Sultan Rahim`: there the word before the title is a
 * place). `named` is how the reader tells a name word (the phrase reader's `nameWord` by default).
 */
export function titleInsideName(tokens: readonly Token[], i: number, s: number, lex: Lexicon, named?: (t: Token) => boolean): boolean {
  const t = tokens[i];
  // Every given name and title of both lists is capitalised: a word that is not is neither (no set is asked).
  if (i <= s || t === undefined || !t.cap) return false;
  const givenName = ROLE_GIVEN_NAMES.has(t.text);
  if (!givenName && !lex.patronymicTitles.has(t.text)) return false;
  const before = tokens[i - 1]!, after = tokens[i + 1];
  const isName = named ?? ((w: Token) => nameWord(w, lex));
  if (after === undefined || !isName(before) || !isName(after)) return false;
  return givenName ? !lex.places.has(before.text) : titledAt(tokens, 0, s, lex);
}

/** `Budi Santoso (BS)`: the short form in brackets is the initials of the name words right before `open`. */
export function nameInitialsAfter(tokens: readonly Token[], s: number, open: number, short: string, lex: Lexicon): boolean {
  const n = short.length;
  if (n < 2 || open - s < n || !/^\p{Lu}+$/u.test(short)) return false;
  for (let q = 0; q < n; q++) {
    const w = tokens[open - n + q]!;
    if (!nameWord(w, lex) || w.text[0] !== short[q]) return false;
  }
  return true;
}

/** Token `h` is a head that takes its body's name after it (`Partai`), after a title or lower-case words, not a name. */
export function namedHead(tokens: readonly Token[], h: number, lex: Lexicon): boolean {
  const before = tokens[h - 1];
  return lex.namedHeads.has(tokens[h]!.text) && !(before?.cap && nameWord(before, lex));
}


/** A degree written with full stops (`S.H.`, `M.Kes`, `M.Epid`): letters and stops only, whose letters spell a degree. */
export function dottedDegree(tokens: readonly Token[], s: number, k: number, lex: Lexicon): boolean {
  let spelt = '';
  let stops = 0;
  for (let q = s; q < k; q++) {
    const t = tokens[q]!;
    if (t.text === '.') stops++;
    else if (t.word && !t.num && (q === s || tokens[q - 1]!.text === '.')) spelt += t.text;
    else return false;
  }
  return stops > 0 && spelt.length > 1 && lex.degrees.has(spelt);
}

/** Tokens a dotted degree spans at most (`Ph.D.`, `M.Eng.`, `S.Kom.`: word and stop, twice or three times). */
const MAX_DOTTED_DEGREE_TOKENS = 6;

/**
 * Where a dotted degree set off by a comma and ending at token `end` (exclusive, its last full stop included) starts
 * (`Rina Wulandari, Ph.D.,` → the token `Ph`), else -1: its stops end no sentence.
 */
export function dottedDegreeStart(tokens: readonly Token[], end: number, lex: Lexicon): number {
  for (let q = end - 2; q >= 1 && end - q <= MAX_DOTTED_DEGREE_TOKENS; q -= 2) {
    if (tokens[q - 1]!.text === ',' && dottedDegree(tokens, q, end, lex)) return q;
    if (tokens[q - 1]!.text !== '.') return -1;
  }
  return -1;
}

/**
 * `said I Made Contoh`, `said I Gede Contoh`: a one-letter pronoun (`I`) right before a name word opens a name (Balinese
 * names start with `I`, `Ni`), not a first-person speaker; `said I.` or `I think` has no name word after it.
 */
export function pronounOpensName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j], next = tokens[j + 1];
  return t !== undefined && t.text.length === 1 && t.cap && next !== undefined && next.start === t.end + 1 && (next.cls & W_NAME) !== 0;
}

/**
 * The full stop at token `d` closes an abbreviated title, an initial or a degree glued to it (`Ir.`, `Dr.`, `H.`), not a
 * sentence: the capitalised word after it (`Ir. Hendrawan Tirta`) is the name's first word, no sentence opener.
 */
export function abbreviationStop(tokens: readonly Token[], d: number, lex: Lexicon): boolean {
  const stop = tokens[d], w = tokens[d - 1];
  return stop?.text === '.' && w !== undefined && w.word && w.end === stop.start && (lex.singleTitles.has(w.text) || isInitial(w, lex) || isDegree(w, lex));
}
