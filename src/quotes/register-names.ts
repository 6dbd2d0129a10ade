/**
 * The people a paragraph names, registered with the speaker book before quotes are read (`find-quotes.ts` runs
 * it over every paragraph first): people introduced with a role (`Menteri Sosial Daniel Hartono`) and runs of two
 * or more name words, so a later `ujarnya` or `kata Roland` finds them. The role phrases read here are kept for
 * `narrative.ts`, which reads the same phrases again.
 */
import { type Lexicon, type Token } from './speech-words.js';
import { W_NAME, W_ROLE } from './word-classes.js';
import { type ParsedSpeaker, parsePhrase as parsePhraseAt } from './phrase.js';
import { LEGAL_FORMS, roleIntroEnd } from './phrase-end.js';
import type { SpeakerBook } from './speaker-book.js';
import { demonstrativeAt } from './references.js';
import { abbreviationStop, describingCompound, titleInsideName } from './name-word.js';
import { endsPossessive } from '../organisations/shapes.js';
import { fieldWordsBefore } from './title-field.js';
import { skipTitles } from './skip-titles.js';
import { closesBodyName } from './acronym-name.js';
import { type SubjectLink, copulaSubject, copulaSubjectRun } from './copula-subject.js';
import { heldTitleAfterName } from './after-name-title.js';
import { splitRole } from './role-phrase.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_NAME = W_NAME;
const C_ROLE = W_ROLE;

/** A name introduced with a role in narrative needs this many words (one word is too often a place or an organisation). */
const MIN_INTRODUCED_NAME_WORDS = 2;
/** A run of more name words than this is a title or a list, not a person. */
const MAX_NAME_WORDS = 6;

const WORD_G = /[\p{L}\p{N}]+/gu;
/** A capitalised first letter. */
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * `Pengerusi Persatuan Nelayan Contoh itu`: a title `[i, end)` closed by a demonstrative, with no name set off by a
 * comma (`Timbalan Pengarah X, Dr Rahim Hassan itu` names one), refers back to someone; it names nobody new.
 */
export function titleReference(tokens: readonly Token[], i: number, end: number, lex: Lexicon): boolean {
  if (!demonstrativeAt(tokens, end, lex.references)) return false;
  for (let k = i; k < end; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/**
 * `Sutrisno adalah Ketua Himpunan Nelayan Contoh`: a title `[i, end)` given to a copula's subject names nobody at its
 * end. A name set off by a comma is another person's (`Mereka adalah bekas Menteri Contoh, Budi Santoso; …`).
 */
function subjectsTitle(tokens: readonly Token[], i: number, end: number, lex: Lexicon): boolean {
  for (let k = i; k < end; k++) if (tokens[k]!.text === ',') return false;
  return copulaSubject(tokens, i, lex) !== null;
}

/** A role phrase read at a role word: the token it ends before, and the person it introduces by name (null: none). */
interface RoleRead {
  end: number;
  named: ParsedSpeaker | null;
}

/**
 * The role phrases of one paragraph already read, by the index of their role word: `registerNames` reads each
 * role phrase of the paragraph, and `noteNarrative` reads the same phrases again at the same words (the read
 * depends on the paragraph's tokens alone, not on the people met so far).
 */
export type RoleReads = Map<number, RoleRead>;

/** The role phrase opened by the role word at token `i` (`Menteri Sosial Daniel Hartono`), read once per paragraph when `reads` is given
 * (so `roleIntroEnd` and `parsePhrase` must stay pure: they may read only the tokens and the lexicon). */
export function roleReadAt(text: string, tokens: readonly Token[], i: number, lex: Lexicon, reads: RoleReads | undefined): RoleRead {
  let read = reads?.get(i);
  if (read !== undefined) return read;
  // `Satpam PT Contoh Group (CG) Budi`: a role word closing a body's name before its acronym opens no title (the
  // phrase would be cut inside the bracket pair).
  if (closesBodyName(tokens, i, lex)) return { end: i + 1, named: null };
  const end = roleIntroEnd(tokens, i, lex);
  const field = fieldWordsBefore(tokens, i, lex);
  // `eks Ketua Contoh Budi`, `bekas Menteri Contoh, Budi`: a past post is read with its former word, never as the bare title.
  const from = field > 0 && tokens[field - 1]!.word && lex.references.formers.has(tokens[field - 1]!.lower) ? field - 1 : field;
  // `Pengerusi Persatuan Nelayan Contoh itu`: a title closed by a demonstrative refers back, it names nobody new.
  const p = end > i + 1 && !titleReference(tokens, i, end, lex) && !subjectsTitle(tokens, i, end, lex) ? parsePhraseAt(text, tokens, from, end, lex) : null;
  read = { end, named: p?.name && !p.unnamed && (p.name.match(WORD_G)?.length ?? 0) >= MIN_INTRODUCED_NAME_WORDS ? p : null };
  reads?.set(i, read);
  return read;
}

/** Register people named in a paragraph (role-led phrases and runs of two or more name words), without mentions; `reads` keeps the role phrases read. */
export function registerNames(text: string, tokens: readonly Token[], lex: Lexicon, book: SpeakerBook, base: number, reads?: RoleReads): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    if (t.cls & C_ROLE) {
      const { end, named: p } = roleReadAt(text, tokens, i, lex, reads);
      if (p && !book.companyNamed(p)) {
        const r = book.resolve(p);
        if (r && r.person.words.length > 0) book.name(base + p.nameStart, r.person);
      }
      i = Math.max(i, end - 1);
      continue;
    }
    let e = i;
    while (e < tokens.length && e - i < MAX_NAME_WORDS && (nameToken(tokens[e]!) || titleInsideName(tokens, e, i, lex, nameToken))) e++;
    // `Sutrisno adalah Ketua Himpunan Nelayan Contoh.`: even one word is a person's name when it holds a post.
    const link = copulaSubjectRun(tokens, i, e, lex);
    if (link && registerSubject(text, tokens, i, e, link, lex, book, base)) {
      i = e - 1;
      continue;
    }
    // A sentence's first word is capitalised anyway (`Sepengetahuan Rina`): it is not evidence of a name.
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (e > i && (!prev || (prev.text === '.' && !abbreviationStop(tokens, i - 1, lex)) || prev.text === '”' || prev.text === '"' || prev.text === '“' || prev.text === '?' || prev.text === '!')) {
      const s2 = i + 1;
      // `Rina Wulandari, 26, …`: an age set off by commas after the run makes its first word part of the name too.
      if (e - i >= MIN_INTRODUCED_NAME_WORDS && e - i < MAX_NAME_WORDS && agedAt(tokens, e)) {
        registerRun(text, tokens, i, e, lex, book, base);
        i = e - 1;
        continue;
      }
      i = Math.max(i, e - 1);
      // A title kept inside the name (`Dirga Imam Kartawiria`) belongs to the word before it: no run starts on it.
      if (e - s2 >= MIN_INTRODUCED_NAME_WORDS && e - s2 < MAX_NAME_WORDS && nameToken(tokens[s2]!) && !nameToken(tokens[e] ?? tokens[i]!)) registerRun(text, tokens, s2, e, lex, book, base);
      continue;
    }
    if (e - i >= MIN_INTRODUCED_NAME_WORDS && e - i < MAX_NAME_WORDS && !nameToken(tokens[e] ?? tokens[i]!)) registerRun(text, tokens, i, e, lex, book, base);
    i = Math.max(i, e - 1);
  }
}

/**
 * `Sutrisno adalah Ketua Himpunan Nelayan Contoh`: the subject `[a, e)` registered with the title after its verb as their
 * post; after a verb of taking a post (`Waryo pernah menjadi Ketua …`) with none. False when no title follows.
 */
function registerSubject(text: string, tokens: readonly Token[], a: number, e: number, link: SubjectLink, lex: Lexicon, book: SpeakerBook, base: number): boolean {
  let role: string | null = null;
  let organisation: string | null = null;
  if (link === 'post') {
    const held = heldTitleAfterName(text, tokens, e, lex);
    // `Contohsoft is the leader in …`: a lower-case calling after one capitalised word may describe a company or a
    // country; one word is a person's name only with a capitalised title (`Sutrisno adalah Ketua …`).
    if (held === null || (e - a < MIN_INTRODUCED_NAME_WORDS && !UPPER_FIRST.test(held))) return false;
    ({ role, organisation } = splitRole({ role: held, organisation: null }, lex));
    if (!role) return false;
  }
  const s = tokens[a]!.start, end = tokens[e - 1]!.end;
  const r = book.resolve({ name: text.slice(s, end), role, organisation, start: s, end, nameStart: s, nameEnd: end, unnamed: false });
  if (r && r.person.words.length > 0) book.name(base + s, r.person);
  return true;
}

/** How far before a name run a title may start (`Datuk Seri Panglima`), in tokens. */
const MAX_TITLE_LOOKBACK = 3;

/** Register the name run `[a, e)` unless it contains a place; a describing compound opening it (`The Sukamaju-born Rina`) is no part of the name but marks even one word as a person's, nor is a possessive ending closing it (`Raja Contoh II’s`). */
function registerRun(text: string, tokens: readonly Token[], a: number, e: number, lex: Lexicon, book: SpeakerBook, base: number): void {
  // `Datuk Amar Rahim`: the run may open with the second word of a title that starts before it.
  for (let j = Math.max(0, a - MAX_TITLE_LOOKBACK); j < a; j++) {
    const after = skipTitles(tokens, j, e, lex);
    if (after > a && after < e) {
      a = after;
      break;
    }
  }
  while (a < e && lex.places.has(tokens[a]!.text)) a++;
  const skip = a < e && describingCompound(tokens[a]!) ? 1 : 0;
  if (e - a - skip < (skip ? 1 : MIN_INTRODUCED_NAME_WORDS)) return;
  for (let k = a; k < e; k++) if (lex.places.has(tokens[k]!.text)) return;
  // `PT Contoh Jaya`, `Contoh Jaya Sdn Bhd`: a run beside a company's legal form names the company, not a person.
  if (LEGAL_FORMS.has(tokens[e]?.text ?? '') || LEGAL_FORMS.has(tokens[a - 1]?.text ?? '')) return;
  const s = tokens[a + skip]!.start, end = tokens[e - 1]!.end - (endsPossessive(tokens[e - 1]!.text) ? 2 : 0);
  const r = book.resolve({ name: text.slice(s, end), role: null, organisation: null, start: s, end, nameStart: s, nameEnd: end, unnamed: false }, skip === 1);
  if (r && r.person.words.length > 0) book.name(base + s, r.person);
}

/** An age set off by commas at token `e` (`, 26,`). */
function agedAt(tokens: readonly Token[], e: number): boolean {
  const age = tokens[e + 1];
  return tokens[e]?.text === ',' && age !== undefined && age.num && age.text.length <= 3 && tokens[e + 2]?.text === ',';
}

/** A capitalised word that may be part of a person's name (not a role, organisation or sentence opener): classed once per word. */
function nameToken(t: Token): boolean {
  return (t.cls & C_NAME) !== 0;
}
