/**
 * Abbreviation lookup for the sentence splitter: which words before a period are abbreviations
 * (`Dr.`, `dll.`, `S.H.`), and the part of the language's lists a piece of text needs, in the
 * shape sentence-splitter takes. Tables are built once per data object.
 */
import type { Language } from 'sentence-splitter/lang';
import type { AbbreviationData } from '../lang/types.js';
import { SPACE_BIT, unitClass } from '../tokens/char-classes.js';

/** Longest word `isAbbreviationBefore` looks at: no abbreviation is longer (`Sp.THT.` is 7). */
export const MAX_ABBREVIATION_LENGTH = 24;

/** Words as the engine sees them: runs between spaces and CJK characters. */
const ENGINE_WORD = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** Opening punctuation glued to the front of a word (`(Dr.`, `“Prof.`). */
const LEADING_OPENERS = /^[("'\u201C\u201D\u201E\u201F\u2018\u2019[{\u00B7]{1,8}/;
/** Initialisms with a period after every letter: `S.H.`, `a.n.`, `U.S.A.`. Bounded, so linear. */
const INITIALISM = /^(?:\p{L}\.){2,8}$/u;

/** `\s` by code, from the shared class table (this runs on every character of the input). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c >= 0xa0 && (unitClass(c) & SPACE_BIT) !== 0;
}

/** What a word before a period or exclamation mark is to the engine. */
export const Kind = { Abbreviation: 0, Prepositive: 1, Exclamation: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const tables = new WeakMap<AbbreviationData, Map<string, Kind>>();

/** Lowercased word → kind; prepositive wins over plain when a word is in both lists. */
export function tableFor(data: AbbreviationData): Map<string, Kind> {
  let table = tables.get(data);
  if (table) return table;
  table = new Map();
  for (const w of data.EXCLAMATION_WORDS) table.set(w.toLowerCase(), Kind.Exclamation);
  for (const w of data.ABBREVIATIONS) table.set(w.toLowerCase(), Kind.Abbreviation);
  for (const w of data.PREPOSITIVE_ABBREVIATIONS) table.set(w.toLowerCase(), Kind.Prepositive);
  tables.set(data, table);
  return table;
}

const NO_ABBREVIATIONS: Language = { ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [], EXCLAMATION_WORDS: [] };

/**
 * The part of `data` that occurs in `piece`, as the engine's `Language`. The engine compares every
 * word with every entry (its main cost), so handing it only the entries present, spelled as in the
 * text (`(Dr.` for `Dr.`), gives the same boundaries several times faster.
 */
export function languageFor(piece: string, table: Map<string, Kind>): Language {
  let language: Language | null = null;
  ENGINE_WORD.lastIndex = 0;
  for (let m = ENGINE_WORD.exec(piece); m !== null; m = ENGINE_WORD.exec(piece)) {
    const word = m[0];
    if (!word.endsWith('.') && !word.includes('!') && !word.includes('\u01C3')) continue;
    const kind = table.get(word.replace(LEADING_OPENERS, '').toLowerCase());
    if (kind === undefined) continue;
    language ??= { ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [], EXCLAMATION_WORDS: [] };
    const list =
      kind === Kind.Prepositive
        ? language.PREPOSITIVE_ABBREVIATIONS
        : kind === Kind.Abbreviation
          ? language.ABBREVIATIONS
          : language.EXCLAMATION_WORDS;
    if (!list.includes(word)) list.push(word);
  }
  return language ?? NO_ABBREVIATIONS;
}

/**
 * Whether the period at `dotIndex` closes an abbreviation (`Dr.`, `dll.`, `S.H.`, `U.S.A.`) rather
 * than a sentence. Abbreviations in `PREPOSITIVE_ABBREVIATIONS` never end a sentence; the others
 * (`dll.`, `Tbk.`) may still end one before a capitalised word, so callers that need certainty should
 * also look at the next word. Returns false when `text[dotIndex]` is not a period; never throws.
 */
export function isAbbreviationBefore(text: string, dotIndex: number, data: AbbreviationData): boolean {
  if (typeof text !== 'string' || !Number.isInteger(dotIndex) || text[dotIndex] !== '.') return false;
  let start = dotIndex;
  while (start > 0 && !isSpace(text[start - 1])) {
    start--;
    if (dotIndex - start > MAX_ABBREVIATION_LENGTH) return false;
  }
  const word = text.slice(start, dotIndex + 1).replace(LEADING_OPENERS, '');
  const kind = tableFor(data).get(word.toLowerCase());
  return kind === Kind.Abbreviation || kind === Kind.Prepositive || INITIALISM.test(word);
}
