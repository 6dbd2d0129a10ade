/**
 * Word-level facts about a paragraph that the organisation scan reads besides the lexicon: words
 * that scraping glued together (`dariAntara`), headlines quoted inside a sentence, amounts that
 * look like acronyms (`RM300`) and outlet names built on a brand word (`CONTOHDAILY`). Each is
 * one pass over the words, or a look at one word.
 */
import type { CompiledOrganisations } from './compiled.js';
import { STARTS_GLUED, startSlot } from './slots.js';
import { isAcronym, isAllCaps, isCamel, isNumber, isUpper } from './shapes.js';
import type { Token } from './tokens.js';

/** A quoted stretch with at least this many long words, nearly all capitalised, is a quoted headline. */
const QUOTED_TITLE_MIN_WORDS = 4;
/** Share of capitalised long words that makes a quoted stretch a headline. */
const QUOTED_TITLE_SHARE = 0.8;
/** Words this long or longer count for the headline test (skips `di`, `of`). */
const TITLE_WORD_LENGTH = 4;
/** Fewest letters of an outlet's own name before its brand word (`HARIAN` alone is no outlet). */
const MIN_BRAND_STEM = 3;

/** A possessive or a clitic glued to a name (`IDX’s`, `KPK-nya`). */
const NAME_SUFFIX = /(?:['’]s|-nya)$/;

/**
 * Where an acronym or a known form ends inside a word that glues a possessive or a clitic to it
 * (`IDX’s plan`, `Pertamina's`, `KPK-nya`), or -1: the suffix is grammar, not part of the name.
 * An English possessive before no capitalised word (`nameAfter` false) is grammar too where it
 * closes a name of two words or more (`nameBefore`: `the Contoh Weavers Union's strike`) or a head
 * or tail noun alone (`the Union's ballot`): a one-word brand holding it stays whole (`Marisol's counters`).
 */
export function suffixedStem(c: CompiledOrganisations, word: string, nameAfter = true, nameBefore = false): number {
  const m = NAME_SUFFIX.exec(word);
  if (m === null || c.known.has(word)) return -1;
  const stem = word.slice(0, m.index);
  if (stem.length < 2) return -1;
  // Before a capitalised word the possessive may be inside a name (`Prime Minister's Department`).
  const possessive = !nameAfter && m[0] !== '-nya' && isUpper(stem[0]) && !stem.includes("'") && !stem.includes('’') && (nameBefore || c.heads.has(stem) || c.tails.has(stem));
  return isAcronym(stem) || c.known.has(stem) || possessive ? m.index : -1;
}

/**
 * The hyphen in a capitalised word where a second name starts with a head noun (`Universitas
 * Contoh-Rumah Sakit Contoh`: a faculty and its teaching hospital are two), or that joins two
 * known forms (`PXY-PQR`: a coalition's two parties are two organisations), or -1.
 */
export function headHyphen(c: CompiledOrganisations, word: string): number {
  const at = word.indexOf('-');
  if (at < 1 || at + 2 >= word.length || !isUpper(word[at + 1])) return -1;
  const next = word.indexOf('-', at + 1);
  const after = word.slice(at + 1, next < 0 ? word.length : next);
  return c.heads.has(after) || (next < 0 && oneWordKnown(c, after) && oneWordKnown(c, word.slice(0, at))) ? at : -1;
}

/** `word` alone is a known form (`c.known` is keyed by a form's first word): a loop, as it is asked of many words. */
export function oneWordKnown(c: CompiledOrganisations, word: string): boolean {
  const forms = c.known.get(word);
  if (forms !== undefined) for (const phrase of forms) if (phrase.words.length === 1) return true;
  return false;
}

/** Where the name starts in a word glued to a prefix (`dari|Antara`), or -1. */
export function gluedCut(c: CompiledOrganisations, word: string): number {
  // Most words start with no prefix's first two letters: one look-up passes them over.
  const slot = startSlot(word);
  const prefixes = word.length > 3 && c.starts[slot]! & STARTS_GLUED ? c.gluedPrefixes.get(slot) : undefined;
  if (prefixes === undefined) return -1;
  for (const prefix of prefixes) {
    // The name after the prefix has two letters at least, the first a capital.
    if (word.length < prefix.length + 2 || !isUpper(word[prefix.length]) || !word.startsWith(prefix)) continue;
    if (!isCamel(word)) return prefix.length;
  }
  return -1;
}

const STRAIGHT_QUOTE = 0x22;

/** `"`, `“` or `‘` (a code unit of the text; NaN past its ends). */
function opensQuote(c: number): boolean {
  return c === STRAIGHT_QUOTE || c === 0x201c || c === 0x2018;
}

/** `"`, `”` or `’`. */
function closesQuote(c: number): boolean {
  return c === STRAIGHT_QUOTE || c === 0x201d || c === 0x2019;
}

/**
 * For each word: it lies inside a quoted headline (`laporan bertajuk “Kerajaan Contoh Tidak
 * Larang Nelayan Berlabuh”`), where capitals say nothing about names. Null when the paragraph has none.
 */
export function quotedTitles(text: string, tokens: Token[]): boolean[] | null {
  let marks: boolean[] | null = null;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (open < 0 && opensQuote(text.charCodeAt(tokens[k]!.start - 1))) open = k;
    const after = text.charCodeAt(tokens[k]!.end);
    if (open >= 0 && closesQuote(after) && (k > open || after !== STRAIGHT_QUOTE)) {
      if (isTitleRun(tokens, open, k + 1)) {
        marks ??= new Array<boolean>(tokens.length).fill(false);
        for (let m = open; m <= k; m++) marks[m] = true;
      }
      open = -1;
    }
  }
  return marks;
}

/** Words `[from, to)` read like a headline: enough long words, nearly all capitalised. */
function isTitleRun(tokens: Token[], from: number, to: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text.length < TITLE_WORD_LENGTH || isNumber(t.text)) continue;
    long++;
    if (t.cap) capitalised++;
  }
  return long >= QUOTED_TITLE_MIN_WORDS && capitalised >= long * QUOTED_TITLE_SHARE;
}

/** Most digits after two capitals in a code (`MH370`, `QZ8501`): flight and model numbers. */
const MIN_CODE_DIGITS = 3;

/**
 * An acronym-shaped amount or code: a currency or unit the lexicon knows as no organisation, then
 * digits (`RM300`, `USD5`, `KM12`), or two capitals and three digits or more (a flight, `MH370`);
 * not a name with digits inside (`BP2MI`, `UKP4`) or a group (`G20`).
 */
export function isCodedAmount(c: CompiledOrganisations, word: string): boolean {
  let k = 0;
  while (k < word.length && !isNumber(word[k]!)) k++;
  if (k === 0 || k === word.length) return false;
  if (k === 2 && word.length - k >= MIN_CODE_DIGITS && isNumber(word.slice(k))) return true;
  if (!c.notOrganisations.has(word.slice(0, k))) return false;
  for (let m = k; m < word.length; m++) if (!isNumber(word[m]!) && word[m] !== '.' && word[m] !== ',') return false;
  return true;
}

/**
 * An outlet named by its brand: one word in capitals or CamelCase that ends with a brand word of
 * the language's outlets after a stem of its own (`CONTOHDAILY`, `WartaNews`), not the brand
 * word alone.
 */
export function isBrandedOutlet(c: CompiledOrganisations, word: string): boolean {
  if (word.length < TITLE_WORD_LENGTH + MIN_BRAND_STEM || (!isAllCaps(word) && !isCamel(word))) return false;
  const lower = word.toLowerCase();
  for (const brand of c.brandWords) {
    if (brand.length >= TITLE_WORD_LENGTH && lower.length - brand.length >= MIN_BRAND_STEM && lower.endsWith(brand)) return true;
  }
  return false;
}
