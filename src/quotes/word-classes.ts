/**
 * The quote lexicon's word classes: the bits a token carries (`W_*`, `Token.cls`), the helper bits that only
 * decide others while tokenizing (`T_*`), the tables that hold them per lexicon word (`ClassTable`, by the
 * word's `signature`) and the classing of one token (`classOf`), which `tokenize` in `speech-words.ts` runs
 * over every token of a paragraph.
 */
import { ClassTable } from './class-table.js';
import { NYA } from '../lang/enclitic.js';
import type { Lexicon } from './speech-lexicon.js';
import type { Token } from '../tokens/token.js';

/** Token class bits (`Token.cls`), from the lexicon the paragraph was tokenized with. */
export const W_POST = 1;

const W_PRONOUN_VERB = 1 << 1;

export const W_INTRO = 1 << 2;

/** An `according` word (`menurut`, `kata`). */
export const W_ACCORDING = 1 << 3;

/** The first word of an `according` phrase (`according` of `according to`). */
export const W_ACCORDING_FIRST = 1 << 4;

/** An `according` word with the pronoun suffix (`menurutnya`). */
export const W_ACCORDING_NYA = 1 << 5;

export const W_FILLER = 1 << 6;

export const W_ROLE = 1 << 7;

export const W_DOCUMENT = 1 << 8;

export const W_LOCATIVE = 1 << 9;

/** A capitalised word that may be part of a person's name in narrative (see `classOf`). */
export const W_NAME = 1 << 10;

/** A lower-case role word (`Lexicon.lowerRoles`; meaningful on a word that is not capitalised). */
export const W_LOWER_ROLE = 1 << 11;

/** A word before a nickname (`Lexicon.nicknameCues`: `disapa`, `atau`). */
export const W_NICKNAME_CUE = 1 << 12;

/** A word that may start reported speech (`findIndirect`'s cues). */
export const W_CUE = W_INTRO | W_ACCORDING_FIRST | W_ACCORDING_NYA;

/** The apostrophes a title may close with (`Dato’`, `Dato'`). */
export const APOSTROPHES: ReadonlySet<string> = new Set(['’', "'"]);

/** Number of distinct signatures (a power of two). */
const SIGNATURES = 1 << 16;

/**
 * Buckets of the class tables (`ClassTable`, by a word's `signature`; a power of two): about ten times a
 * lexicon's words (at most about a thousand), so that few words outside it find a bucket to search, in a
 * table small enough to stay in the cache.
 */
const CLASS_BUCKETS = 1 << 13;

/** A cheap hash of a word (first two code units, length, middle and last code units): words whose signature no lexicon word has are in no class. */
export function signature(s: string): number {
  const n = s.length;
  const h = Math.imul(Math.imul(Math.imul((s.charCodeAt(0) << 16) ^ (s.charCodeAt(1) | 0), 31) ^ n, 0x9e3779b1) ^ s.charCodeAt(n >> 1), 0x85ebca6b) ^ s.charCodeAt(n - 1);
  return (h ^ (h >>> 16)) & (SIGNATURES - 1);
}

/** Case-sensitive classes, only used to compute `W_NAME` (never set on a token). */
const T_ORG_WORD = 1 << 20;

const T_ROLE_WORD = 1 << 21;

const T_SINGLE_TITLE = 1 << 22;

const T_WEEKDAY = 1 << 23;

/** A degree as written (`lex.degrees`): classed with the case-sensitive words, so `isDegree` needs no set lookup while tokenizing. */
const T_DEGREE = 1 << 24;

/** The lower-case form of a case-sensitive word (a key of `textClasses`): only a capitalised word with it is looked up as written. */
const T_TEXT_FORM = 1 << 25;

/** An apostrophe (`APOSTROPHES`): a paragraph without one has none to drop after a title (`withoutTitleApostrophes`). */
export const T_APOSTROPHE = 1 << 26;

/** The first word of a title as written (a key of `Lexicon.titles`): a paragraph without one has no title run (`titleWordsOutOfNames`). */
export const T_TITLE_OPENER = 1 << 27;

/** Bits that keep a capitalised word out of a name (`nameToken` in narrative.ts). */
const NOT_NAME = W_ROLE | W_FILLER | W_ACCORDING | T_ORG_WORD | T_ROLE_WORD | T_SINGLE_TITLE | T_WEEKDAY;

/** The bits a token carries (the `T_*` helpers stay out). */
export const TOKEN_BITS = (1 << 20) - 1;

/**
 * The lexicon classes of a token (`W_*` bits, and the helper `T_*` bits its lower-case form has): one lookup
 * of the lower-case form and, for a capitalised word whose lower-case form is that of a case-sensitive word
 * (`T_TEXT_FORM`), one of the form as written, in tables bucketed by `signature` built once per lexicon (a
 * cache of every word met would be a big table, slower to probe than these). `lowerSignature`: the
 * `signature` of `t.lower`.
 */
export function classOf(t: Token, lowerSignature: number, lex: Lexicon): number {
  const lower = t.lower;
  const n = lower.length;
  let c = lex.lowerClasses.get(lower, lowerSignature);
  if (n > NYA.length && lower.charCodeAt(n - 1) === 97 && lower.endsWith(NYA) && lex.according.has(lower.slice(0, -NYA.length))) c |= W_ACCORDING_NYA;
  if (!t.cap) return c;
  // A word whose lower case changed its length (`İ`) is looked up as written: its lower-case form may not be the one marked.
  if ((c & T_TEXT_FORM) !== 0 || n !== t.text.length) c |= lex.textClasses.get(t.text, signature(t.text));
  if (t.word && t.hasLower && (c & NOT_NAME) === 0 && (c & T_DEGREE) === 0 && !isDegreePrefix(t.text, lex)) c |= W_NAME;
  return c;
}

/** A class table with no word yet (`markClasses` fills a lexicon's). */
export function emptyClassTable(): ClassTable {
  return new ClassTable(CLASS_BUCKETS, signature);
}

/** Fill a lexicon's class tables (`lowerClasses`, `textClasses`) from its sets. */
export function markClasses(lex: Lexicon): void {
  const { lowerClasses, textClasses } = lex;
  const mark = (table: ClassTable, keys: Iterable<string>, bit: number) => {
    for (const k of keys) if (k !== '') table.mark(k, bit);
  };
  mark(lowerClasses, lex.post.keys(), W_POST);
  mark(lowerClasses, lex.pronounVerb.keys(), W_PRONOUN_VERB);
  mark(lowerClasses, lex.intro.keys(), W_INTRO);
  mark(lowerClasses, lex.according, W_ACCORDING);
  mark(lowerClasses, lex.accordingFirst, W_ACCORDING_FIRST);
  mark(lowerClasses, lex.fillers, W_FILLER);
  mark(lowerClasses, lex.documents, W_DOCUMENT);
  mark(lowerClasses, lex.locatives, W_LOCATIVE);
  mark(lowerClasses, lex.weekdays, T_WEEKDAY);
  mark(lowerClasses, lex.lowerRoles, W_LOWER_ROLE);
  mark(lowerClasses, lex.nicknameCues, W_NICKNAME_CUE);
  // A case-sensitive word's lower-case form is marked too: `classOf` looks up as written only a word with that mark.
  const markWritten = (keys: Iterable<string>, bit: number) => {
    for (const k of keys) if (k !== '') {
      textClasses.mark(k, bit);
      lowerClasses.mark(k.toLowerCase(), T_TEXT_FORM);
    }
  };
  markWritten(lex.roles, W_ROLE);
  markWritten(lex.orgWords, T_ORG_WORD);
  markWritten(lex.roleWords, T_ROLE_WORD);
  markWritten(lex.singleTitles, T_SINGLE_TITLE);
  markWritten(lex.degrees, T_DEGREE);
  markWritten(lex.titles.keys(), T_TITLE_OPENER);
  mark(lowerClasses, APOSTROPHES, T_APOSTROPHE);
}

/** A degree before a dash (`SpPD-KEMD`): `isDegree` of a word that is not a degree as written. */
export function isDegreePrefix(text: string, lex: Lexicon): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && lex.degrees.has(text.slice(0, dash));
}
