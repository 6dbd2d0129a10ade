/**
 * A paragraph's words as the organisation passes see them, with what every rule asks of each
 * word, in one pass over the shared scan: the scan's runs joined into words (`tokens.ts`), words
 * that scraping glued together split (`context.ts`), and each word's lexicon bits. The scan's
 * flags answer most questions without reading the word: only a word joined from several runs
 * can hold a hyphen or an apostrophe, and a single run with a lower-case letter is no acronym.
 */
import type { CompiledOrganisations } from './compiled.js';
import { slotOfUnits, STARTS_GLUED, STARTS_HEAD, STARTS_KNOWN, STARTS_TAIL, startSlot, WORD_BREAKER, wordSlot } from './slots.js';
import { gluedCut, headHyphen, suffixedStem } from './context.js';
import { gluedWordCut, mayEndGlued } from './glued-words.js';
import { isLongWord, TITLE_WORD_LENGTH } from './headlines.js';
import { honorificWordAfter } from './long-honorifics.js';
import { endsLikeDomain, isAcronym, isAmount, isNumber } from './shapes.js';
import { type Token, wordEnd as end, wordToken } from './tokens.js';
import { type Scan, scan, scanText as textOf, T_CAP as CAP, T_HAS_LOWER as HAS_LOWER, T_INNER_UPPER as INNER_UPPER, T_SPACED as SPACED, T_WORD as WORD } from '../tokens/tokenize.js';

/** Imported bindings as module constants: they may be read through a getter (CommonJS output, tsx), too slow per word. */
const T_CAP = CAP;
const T_HAS_LOWER = HAS_LOWER;
const T_INNER_UPPER = INNER_UPPER;
const T_SPACED = SPACED;
const T_WORD = WORD;
const scanText = textOf;
const wordEnd = end;

/** Bit of a word's bits: the word can continue a name (`isNameWord`: capitalised words only, so always with `CAP_WORD`); above the `STARTS_*` bits. */
export const NAME_WORD = 1 << 8;
/** Bit of a word's bits: the word may be a known form's first word (`starts` and `wordBits` both say so). */
export const KNOWN_WORD = 1 << 9;
/** Bit of a word's bits: the word may be a head phrase's first word (`starts` and `wordBits` both say so). */
export const HEAD_WORD = 1 << 10;
/** Bit of a word's bits: the word may end a tail phrase (`starts` and `wordBits` both say so). */
export const TAIL_WORD = 1 << 11;

/** Bit of a word's bits: the word is capitalised (`Token.cap`). */
export const CAP_WORD = 1 << 12;
/** Bit of a word's bits: a lower-case word that ends like a domain (`endsLikeDomain`: `contoh.co.id`). */
export const DOMAIN_END = 1 << 13;

/**
 * Bit of a word's bits: one capitalised run with a lower-case letter and no capital after its
 * first letter (`Budi`, `Menurut`): no acronym, CamelCase, domain or word in capitals
 * (`isShapedName` need not look).
 */
export const PLAIN_CAP = 1 << 14;

/** The start bits whose whole word is looked up (a glued prefix's and a place pair's are not). */
const WHOLE_BITS = STARTS_KNOWN | STARTS_HEAD | STARTS_TAIL;

/** A paragraph's words, each word's bits, and the last word that ends a tail phrase (-1 for none). */
export interface ParagraphWords {
  tokens: Token[];
  bits: number[];
  lastTail: number;
  /** The counts of the Title Case test (`titleCaseLine`): long words, and capitalised ones among them. */
  long: number;
  capitalised: number;
  /** The text holds a mark that opens a quote (`"`, `“`, `‘`): only then can a headline be quoted in it. */
  quoteMark: boolean;
}

/** A word that can continue a name: capitalised and not a role, day, amount (`Rp1`) or sentence opener. */
export function isNameWord(c: CompiledOrganisations, t: Token): boolean {
  return t.cap && t.text.length > 1 && !c.breakers.has(t.text) && !(digitNear(t.text) && isAmount(t.text) && !t.acronym);
}

/** An ASCII digit among code units 1–6 of `word`: where an amount's digits start, after at most three letters of one or two units (`Rp1`). */
function digitNear(word: string): boolean {
  const to = Math.min(word.length, 7);
  for (let j = 1; j < to; j++) {
    const d = word.charCodeAt(j);
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/** The `STARTS_*` bits of a word's start (`slot`, its `startSlot`), `NAME_WORD`, `KNOWN_WORD`, `HEAD_WORD` and `TAIL_WORD`. */
function wordBitsOf(c: CompiledOrganisations, t: Token, slot: number): number {
  const b = c.starts[slot]!;
  // The start's bits alone decide what the scan passes over; the whole word's only spare map look-ups.
  const whole = (b & WHOLE_BITS) === 0 ? 0 : b & c.wordBits[wordSlot(t.text)]!;
  return b | (isNameWord(c, t) ? NAME_WORD : 0) | (whole & STARTS_KNOWN ? KNOWN_WORD : 0) | (whole & STARTS_HEAD ? HEAD_WORD : 0) | (whole & STARTS_TAIL ? TAIL_WORD : 0);
}

/** The word with these bits ends a tail phrase (`Sekuritas`). */
export function isTail(c: CompiledOrganisations, bits: number, word: string): boolean {
  return (bits & TAIL_WORD) !== 0 && c.tails.has(word);
}

/** What the word pass gathers, for the words a rare path adds (a cut word's parts). */
interface Gathered extends Omit<ParagraphWords, 'quoteMark'> {
  c: CompiledOrganisations;
}

/** Add word `t` (its `startSlot`, and whether it may hold a dot) the long way: a cut word's parts, the lead word. */
function addWord(g: Gathered, t: Token, slot: number, mayDot: boolean): void {
  const b = wordBitsOf(g.c, t, slot) | (t.cap ? CAP_WORD : mayDot && endsLikeDomain(t.text) ? DOMAIN_END : 0);
  if (isTail(g.c, b, t.text)) g.lastTail = g.tokens.length;
  if (isLongWord(t.text)) {
    g.long++;
    if (t.cap) g.capitalised++;
  }
  g.tokens.push(t);
  g.bits.push(b);
}

/** What `cutWord` did: nothing, a cut into two words, or a suffix cut off (the next word is no longer spaced). */
const NOT_CUT = 0;
const CUT_TWO = 1;
const CUT_SUFFIX = 2;

/**
 * Add the parts of `written` when it is cut, as `splitGlued` did: a hyphen before a head noun, a
 * glued prefix, a possessive or clitic, a known name glued to a small word. `before` holds the
 * words as written up to this one (the last), three before it at most; `nameAfter` and
 * `nameBefore` say a capitalised word follows it, a name word precedes it (spaces only between).
 */
function cutWord(g: Gathered, written: Token, joined: boolean, startBits: number, before: readonly Token[], nameAfter: boolean, nameBefore: boolean): number {
  const { c } = g;
  const { text: word, start, end: stop, cap, spaced } = written;
  const hyphen = cap && joined ? headHyphen(c, word) : -1;
  const cut = hyphen >= 0 ? hyphen : cap || c.gluedPrefixes.size === 0 || word.length <= 3 || !(startBits & STARTS_GLUED) ? -1 : gluedCut(c, word);
  const stem = cut < 0 && cap && joined ? suffixedStem(c, word, nameAfter, nameBefore) : -1;
  if (stem >= 0) {
    const part = word.slice(0, stem);
    addWord(g, wordToken(part, start, start + stem, true, isAcronym(part), spaced), startSlot(part), true);
    return CUT_SUFFIX;
  }
  const k = before.length - 1;
  const glue = cut < 0 && cap && k > 0 && before[k - 1]!.cap ? gluedWordCut(c, before, k) : -1;
  if (glue >= 0) {
    const name = word.slice(0, glue);
    const small = word.slice(glue);
    addWord(g, wordToken(name, start, start + glue, true, false, spaced), startSlot(name), true);
    addWord(g, wordToken(small, start + glue, stop, false, false, false), startSlot(small), true);
    return CUT_TWO;
  }
  if (cut < 0) return NOT_CUT;
  const part = word.slice(0, cut);
  const rest = word.slice(hyphen >= 0 ? cut + 1 : cut);
  addWord(g, wordToken(part, start, start + cut, cap, cap && isAcronym(part), spaced), startSlot(part), true);
  addWord(g, wordToken(rest, stop - rest.length, stop, true, isAcronym(rest), false), startSlot(rest), true);
  return CUT_TWO;
}

/**
 * The words of `text` (its scan `given`, when the caller has it) with their bits. A capitalised
 * word where a second name starts with a head noun after a hyphen, or with a possessive or clitic
 * glued to a name (`IDX’s`), and a lower-case prefix glued to a name (`dariAntara`), are cut.
 * A word that is not cut, nearly every one, takes the short path: what `addWord` does, from the
 * scan's flags and the code units already read. A word that is the same as one of the paragraph's
 * shared tokens (`shared`, made from the same scan: same offsets, capital and spacing) is that
 * token; the others, rare, are made here.
 */
export function paragraphWords(c: CompiledOrganisations, text: string, given?: Scan, shared?: readonly Token[]): ParagraphWords {
  const s = given ?? scan(text);
  const g: Gathered = { c, tokens: [], bits: [], lastTail: -1, long: 0, capitalised: 0 };
  const { tokens, bits } = g;
  const { starts: startBits, wordBits, breakers, tails } = c;
  const glued = c.gluedPrefixes.size > 0;
  // A name cut from its suffix: the next word is no longer joined to it by a space alone.
  let unspaced = false;
  // The last three words as written, before any cut, the latest first (`gluedWordCut` looks three words back).
  let prev1: Token | undefined;
  let prev2: Token | undefined;
  let prev3: Token | undefined;
  let quoteMark = false;
  // The next shared token that may be the word read (tokens and words are both in text order).
  let next = 0;
  const m = shared === undefined ? 0 : shared.length;
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const f = s.flags[k]!;
    if ((f & T_WORD) === 0) {
      // Every character but spaces and words' own is a mark of the scan: the marks are where a quote can open.
      if (!quoteMark) quoteMark = opensQuote(text.charCodeAt(s.starts[k]!));
      continue;
    }
    const last = wordEnd(s, k);
    const start = s.starts[k]!;
    const stop = s.ends[last]!;
    let same: Token | undefined;
    if (shared !== undefined) {
      while (next < m && shared[next]!.start < start) next++;
      const t = shared[next];
      if (t !== undefined && t.start === start && t.end === stop) same = t;
    }
    const word = same !== undefined ? same.text : last === k ? scanText(s, k) : text.slice(start, stop);
    const length = stop - start;
    const first = text.charCodeAt(start);
    // As `isCapitalised`: a capital of the BMP (styled astral letters, `𝐀𝐁`, are not a name's).
    const cap = (f & T_CAP) !== 0 && (first & 0xfc00) !== 0xd800;
    const spaced = (f & T_SPACED) !== 0 && !unspaced;
    unspaced = false;
    const joined = last > k;
    k = last;
    // As `startSlot(word)` and `wordSlot(word)`, from the code units read where the word stands.
    const second = length > 1 ? text.charCodeAt(start + 1) : 0;
    const slot = ((first << 7) ^ second) & 0xffff;
    let b = startBits[slot]!;
    // `isAcronym` allows a lower-case letter only in a hyphenated part: never in a single run.
    const acronym = cap && (joined || (f & T_HAS_LOWER) === 0) && isAcronym(word);
    // Only a word joined from runs holds a hyphen or an apostrophe; a name glued to a small word follows a capitalised word.
    // A capitalised single run after a capitalised word is cut only where a glued word ends it (`gluedWordCut`'s first tests).
    if (joined || (!cap && glued && length > 3 && b & STARTS_GLUED) || (cap && prev1 !== undefined && prev1.cap && spaced && !acronym && mayEndGlued(c, word))) {
      const written: Token = reuse(same, cap, acronym, spaced) ?? wordToken(word, start, stop, cap, acronym, spaced);
      const before = prev1 === undefined ? [written] : prev2 === undefined ? [prev1, written] : prev3 === undefined ? [prev2, prev1, written] : [prev3, prev2, prev1, written];
      const nameAfter = joined && capitalAfter(s, last);
      const cutAt = cutWord(g, written, joined, b, before, nameAfter, joined && !nameAfter && spaced && prev1 !== undefined && isNameWord(c, prev1));
      if (cutAt !== NOT_CUT) {
        if (cutAt === CUT_SUFFIX) unspaced = true;
        prev3 = prev2;
        prev2 = prev1;
        prev1 = written;
        continue;
      }
    }
    // As `wordBitsOf`; a capitalised word's whole-word bits also say whether it may be a breaker.
    const whole = b & WHOLE_BITS || cap ? wordBits[slotOfUnits(first, second, length, text.charCodeAt(stop - 1))]! : 0;
    const both = b & whole;
    b |= (both & STARTS_KNOWN ? KNOWN_WORD : 0) | (both & STARTS_HEAD ? HEAD_WORD : 0) | (both & STARTS_TAIL ? TAIL_WORD : 0);
    if (cap) {
      b |= CAP_WORD | (!joined && (f & (T_HAS_LOWER | T_INNER_UPPER)) === T_HAS_LOWER ? PLAIN_CAP : 0);
      // As `isNameWord`; most words are no breaker by their slot alone. A later word of an honorific breaks after the word that takes it (`Tan Sri`).
      if (length > 1 && !(whole & WORD_BREAKER && breakers.has(word)) && !(digitNear(word) && isAmount(word) && !acronym)
        && !(spaced && prev1 !== undefined && prev1.cap && honorificWordAfter(c.honorificLaterWords, word, prev1.text))) b |= NAME_WORD;
    } else if (joined && endsLikeDomain(word)) b |= DOMAIN_END;
    if (b & TAIL_WORD && tails.has(word)) g.lastTail = tokens.length;
    // As `isLongWord`: a number starts with a digit.
    if (length >= TITLE_WORD_LENGTH && (first < 48 || first > 57 || !isNumber(word))) {
      g.long++;
      if (cap) g.capitalised++;
    }
    const t: Token = reuse(same, cap, acronym, spaced) ?? wordToken(word, start, stop, cap, acronym, spaced);
    tokens.push(t);
    bits.push(b);
    prev3 = prev2;
    prev2 = prev1;
    prev1 = t;
  }
  const lead = leadInCaps(c, tokens);
  if (lead) {
    tokens[0] = lead;
    bits[0] = wordBitsOf(c, lead, startSlot(lead.text)) | CAP_WORD;
    if (g.lastTail === 0 && !isTail(c, bits[0], lead.text)) g.lastTail = -1;
    else if (g.lastTail < 0 && isTail(c, bits[0], lead.text)) g.lastTail = 0;
  }
  return { tokens, bits, lastTail: g.lastTail, long: g.long, capitalised: g.capitalised, quoteMark };
}

/**
 * The shared token of the same word, when its facts are the word's here too; else undefined. They differ only
 * for a word opening with an astral capital (`𝐀𝐁`: no name's capital here) and for the word after a suffix cut
 * off a name (no longer spaced).
 */
function reuse(same: Token | undefined, cap: boolean, acronym: boolean, spaced: boolean): Token | undefined {
  return same !== undefined && same.cap === cap && same.acronym === acronym && same.spaced === spaced ? same : undefined;
}

/** The run after run `last` is a capitalised word after a space (`Department` in `Minister's Department`). */
function capitalAfter(s: Scan, last: number): boolean {
  const f = last + 1 < s.length ? s.flags[last + 1]! : 0;
  return (f & T_WORD) !== 0 && (f & T_CAP) !== 0 && (f & T_SPACED) !== 0;
}

/** `"`, `“` or `‘`: a code unit that may open a quoted headline. */
function opensQuote(unit: number): boolean {
  return unit === 0x22 || unit === 0x201c || unit === 0x2018;
}

/**
 * The paragraph's first word read in title case, when it is written in capitals before a
 * capitalised word and is a head noun or a known form's first word that way (null otherwise):
 * Malay papers open an article with its first word in capitals (`KERAJAAN Contoh akan …`,
 * `DEWAN Pemuda Contoh …`).
 */
function leadInCaps(c: CompiledOrganisations, tokens: Token[]): Token | null {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || !next || !first.acronym || !next.cap || next.acronym || !next.spaced || first.text.length < 4) return null;
  const title = first.text[0] + first.text.slice(1).toLowerCase();
  if (c.known.has(first.text) || !(c.heads.has(title) || c.known.has(title))) return null;
  return wordToken(title, first.start, first.end, first.cap, false, first.spaced);
}
