/**
 * Sentence splitting for news text, with sentence-splitter as the engine.
 *
 * sentence-splitter decides the boundaries inside a line; this module prepares what it sees and adds
 * the ends it cannot find. The engine gets a *masked* copy of the text with the same length, so its
 * offsets are ours:
 *
 * 1. Quotes and brackets are paired per line; matched quotes become `"` (the engine pairs only
 *    straight quotes, so `“…”` and Kompas' `”…”` are kept together), unmatched marks are neutralised
 *    (an unclosed `“` would otherwise swallow the rest of the text).
 * 2. A `.`, `!` or `?` before a lowercase word is neutralised: news sentences start with a capital,
 *    so `dll. dan`, `S.H. mengatakan`, `Apa? tanya dia` never end one.
 * 3. A number before a final period keeps its digits only when it looks like a list index (`1. Pertama`
 *    at the start of a line or after `:`); elsewhere its first digit is masked, because the engine takes
 *    any `\d+.` for a list index and would miss `pada 2019. Tahun ini`.
 * 4. Ends the engine never finds are added to its own: line breaks, a closing quote or bracket after a
 *    stop before a capital (`“Saya setuju.” Kemudian …`), and paragraphs the scraper glued
 *    (`Bangladesh.Direktur`, `kecil.,Dia`).
 * 5. The engine is called on chunks of at most `MAX_ENGINE_CHARS`, cut at ends it would find anyway:
 *    its cost per call is quadratic in the marks (abbreviations, quotes) it holds, so this keeps any
 *    input linear; and only the abbreviations present in a chunk are handed to it (comparing every
 *    word with every list entry is most of its cost on real text).
 *
 * Cost: about 2.5× faster than calling the engine directly, yet still the slowest part of the
 * library (≈ 8–12 ms per 10 KB of news text); keep it off hot paths.
 */
import { requireLanguage, requireOptions, requireString } from '../util/arguments.js';
import { split } from './splitter.js';
import { LOWER_BIT, TITLE_BIT, unitHas, UPPER_BIT, WORD_BITS } from '../tokens/char-classes.js';
import { languageData } from '../lang/index.js';
import type { AbbreviationData } from '../lang/types.js';
import type { Span, SupportedLanguage } from '../types.js';
import { isAbbreviationBefore, isSpace, Kind, languageFor, MAX_ABBREVIATION_LENGTH, tableFor } from './abbreviations.js';

export { isAbbreviationBefore };

/**
 * Longest piece of a line handed to the engine in one call. The engine's cost grows with the square
 * of the marks (abbreviations, quotes) in one call; real paragraphs are 200–800 chars, so pieces this
 * size are cut only on glued or hostile text, and then at boundaries the engine would take anyway.
 */
export const MAX_ENGINE_CHARS = 1000;


/** How far back a glued stop looks for signs of a URL or e-mail address (`/`, `@`, `www.`). */
const MAX_URL_LOOKBACK = 64;

/** Longest number that can be a list index (`12. Langkah`); years (`2019.`) are never one. */
const MAX_LIST_INDEX_DIGITS = 2;

/** Stands in for a mark the engine must ignore: not a separator, pair mark, space or capital. */
const NEUTRAL = '\u00B7';

/** Stands in for the first digit of a number that ends a sentence. */
const MASKED_DIGIT = '#';

export interface SplitSentencesOptions {
  /** Whose abbreviations do not end a sentence (`Jl.`, `Sdn.`, `Mr.`); defaults to Indonesian, not detected. */
  language?: SupportedLanguage;
}

// --- character classes -------------------------------------------------------------------------

/** One code unit of the text is a lower-case letter / an upper- or title-case letter (the shared class table). */
const isLower = (ch: string | undefined): boolean => unitHas(ch, LOWER_BIT);
const isUpper = (ch: string | undefined): boolean => unitHas(ch, UPPER_BIT | TITLE_BIT);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isStop = (ch: string | undefined): boolean => ch === '.' || ch === '!' || ch === '?';

/** Quote marks paired by this module; all of them may open (Kompas opens with `”`). */
const QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F']);
/** Quote marks that only ever open: seeing one while a quote is open restarts the quote. */
const OPENING_QUOTES = new Set(['\u201C', '\u201E', '\u201F']);
const BRACKET_CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const BRACKET_OPENERS = new Set(['(', '[', '{']);
/** The ASCII characters the pairing pass cares about: pair marks and line breaks. */
const MARK_ASCII = new Set(['"', '(', ')', '[', ']', '{', '}', '\n', '\r']);
/** The engine's other pair marks (CJK brackets): always neutralised, an unclosed one would swallow the line. */
const FOREIGN_PAIRS = new Set([...'「」（）『』｛｝［］〚〛【】《》']);

// --- preparing the text ------------------------------------------------------------------------

/** The text prepared for the engine. */
interface Prepared {
  /** The masked copy, one entry per UTF-16 code unit of the text. */
  mask: string[];
  /** For each matched quote or bracket, the offset of its partner; -1 elsewhere. */
  partner: Int32Array;
  /** How many matched pairs enclose each offset (the marks themselves excluded). */
  depth: Int32Array;
  /** Offsets where a sentence ends whatever the engine says: line breaks, closing quotes, glued paragraphs. */
  forced: number[];
}

const isLineBreak = (ch: string | undefined): boolean =>
  ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Steps 1–4 of the module comment. Linear in the text's length. */
function prepare(text: string, data: AbbreviationData): Prepared {
  const n = text.length;
  const mask = text.split('');
  const partner = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n + 1);
  const forced: number[] = [];

  // 1. Pair quotes (a toggle: the same mark opens and closes) and brackets (a stack), per line.
  const pair = (open: number, close: number): void => {
    partner[open] = close;
    partner[close] = open;
    depth[open + 1]! += 1;
    depth[close]! -= 1;
  };
  let quoteOpen = -1;
  const stack: number[] = [];
  const endLine = (): void => {
    if (quoteOpen >= 0) mask[quoteOpen] = NEUTRAL;
    for (const open of stack) mask[open] = NEUTRAL;
    quoteOpen = -1;
    stack.length = 0;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    // Letters, digits and spaces are most characters and none of them is a mark.
    if (ch.charCodeAt(0) < 0x80 && !MARK_ASCII.has(ch)) continue;
    if (isLineBreak(ch)) {
      endLine();
      forced.push(i);
    } else if (QUOTES.has(ch)) {
      if (quoteOpen >= 0 && !OPENING_QUOTES.has(ch)) {
        pair(quoteOpen, i);
        mask[quoteOpen] = '"';
        mask[i] = '"';
        quoteOpen = -1;
      } else {
        if (quoteOpen >= 0) mask[quoteOpen] = NEUTRAL;
        quoteOpen = i;
      }
    } else if (BRACKET_OPENERS.has(ch)) {
      stack.push(i);
    } else if (BRACKET_CLOSERS[ch] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined && text[top] === BRACKET_CLOSERS[ch]) {
        stack.pop();
        pair(top, i);
      } else {
        mask[i] = NEUTRAL;
      }
    } else if (FOREIGN_PAIRS.has(ch)) {
      mask[i] = NEUTRAL;
    }
  }
  endLine();
  for (let i = 1; i <= n; i++) depth[i]! += depth[i - 1]!;

  // 2–4. Stops: before a lowercase word, after a number, glued to the next sentence.
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    const next = text[i + 1];
    if (next === undefined || isLineBreak(next)) continue;
    if (isSpace(next)) {
      if (ch === '\u2026') continue;
      let j = i + 2;
      while (j < n && isSpace(text[j]) && !isLineBreak(text[j])) j++;
      if (j < n && isLower(text[j])) {
        mask[i] = NEUTRAL;
      } else if (ch === '.' && isDigit(text[i - 1])) {
        let k = i - 1;
        while (k >= 0 && isDigit(text[k])) k--;
        if ((k < 0 || isSpace(text[k])) && !isListIndex(text, k, i - 1 - k, data)) mask[k + 1] = MASKED_DIGIT;
      }
      continue;
    }
    // The engine ends a sentence at `?`/`!` even inside a word (`?igsh=` in a URL); we do not.
    if ((ch === '?' || ch === '!') && isWordish(next)) mask[i] = NEUTRAL;
    if (partner[i + 1]! >= 0 && partner[i + 1]! < i + 1) {
      // A closing mark after a stop: the sentence ends after it (the engine never splits there).
      const end = sentenceEndAfter(text, i + 2, depth, true);
      if (end >= 0) forced.push(end);
    } else if (isGluedEnd(text, i, data)) {
      // Paragraphs the scraper glued: `Bangladesh.Direktur`, `ekspor.“Ini`, `kecil.,Dia`.
      const end = sentenceEndAfter(text, i + 1, depth, false);
      if (end >= 0) forced.push(end);
    }
  }
  forced.sort((a, b) => a - b);
  return { mask, partner, depth, forced };
}

/** A character that continues a word or URL after `?`/`!` (`?igsh=`, `Yahoo!News`). */
const isWordish = (ch: string): boolean => unitHas(ch, WORD_BITS) || ch === '=' || ch === '&' || ch === '_' || ch === '/';

/**
 * Where the sentence ends when a stop (or a closing mark after one) is followed by `text[p]`, or -1.
 * After spaces (allowed only after a closing mark) a capital or a quote must follow; with no space, a
 * capitalised word or an opening quote; `,` then either is paragraphs glued with a comma
 * (`kecil.,Dia`), and the sentence ends after the comma. Never inside another pair.
 */
function sentenceEndAfter(text: string, p: number, depth: Int32Array, spacedAllowed: boolean): number {
  if (depth[p] !== 0) return -1;
  const n = text.length;
  let j = p;
  const comma = text[j] === ',';
  if (comma) j++;
  const spaceStart = j;
  while (j < n && isSpace(text[j]) && !isLineBreak(text[j])) j++;
  const spaced = j > spaceStart;
  if (j >= n || (spaced && !spacedAllowed && !comma)) return -1;
  const ch = text[j]!;
  const ok = QUOTES.has(ch) || (isUpper(ch) && (spaced || comma || isLower(text[j + 1])));
  if (!ok) return -1;
  return comma ? p + 1 : p;
}

/**
 * Whether the stop at `i`, with no space after it, looks like the end of a sentence glued to the
 * next one: after a lowercase word, a number or `)`, and not after an abbreviation (`Drs.Budi`), an
 * initial (`M.Si`), or inside a URL or e-mail address (`www.Detik`).
 */
function isGluedEnd(text: string, i: number, data: AbbreviationData): boolean {
  const a = text[i - 1] ?? '';
  const b = text[i - 2] ?? '';
  const before = (isLower(a) && isLower(b)) || a === ')' || (isDigit(a) && isDigit(b));
  if (!before) return false;
  if (text[i] === '.' && isAbbreviationBefore(text, i, data)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_URL_LOOKBACK && !isSpace(text[k]); k--) {
    const c = text[k];
    if (c === '/' || c === '@' || c === ':') return false;
    if (c === 'w' && text.startsWith('www.', k)) return false;
  }
  return true;
}

/**
 * Whether the number of `digits` digits after `before` (the index before it, -1 at the start) is a
 * list index: short, and first on its line or after `:`/`;`/`,` or a finished sentence
 * (`syaratnya: 1. Warga …`, `… ini. 2. Kedua …`).
 */
function isListIndex(text: string, before: number, digits: number, data: AbbreviationData): boolean {
  if (digits > MAX_LIST_INDEX_DIGITS) return false;
  let k = before;
  while (k >= 0 && isSpace(text[k]) && !isLineBreak(text[k])) k--;
  if (k < 0 || isLineBreak(text[k]) || text[k] === ':' || text[k] === ';' || text[k] === ',') return true;
  // After a finished sentence, but not after `No.` (`Jl. Sudirman No. 5. Brigjen …`).
  return isStop(text[k]) && !isAbbreviationBefore(text, k, data);
}

// --- calling the engine ------------------------------------------------------------------------

/**
 * Where to cut the text so that no call to the engine gets more than `MAX_ENGINE_CHARS`: at the last
 * forced end or line break, or stop the engine would also split at (outside any pair, not after an
 * abbreviation), before the limit; else at the last such stop inside a quote or bracket (a very long
 * quotation); else at a space; else anywhere. Linear: every offset is looked at once.
 */
function chunkCuts(text: string, prepared: Prepared, data: AbbreviationData): number[] {
  const { mask, depth, forced } = prepared;
  const n = text.length;
  const table = tableFor(data);
  const cuts: number[] = [];
  let cur = 0;
  let lastOutside = -1;
  let lastInside = -1;
  let f = 0;
  const take = (limit: number): void => {
    while (limit - cur > MAX_ENGINE_CHARS) {
      cur = lastOutside > cur ? lastOutside : lastInside > cur ? lastInside : hardCut(text, cur);
      cuts.push(cur);
    }
  };
  for (let i = 0; i < n; i++) {
    while (f < forced.length && forced[f]! <= i) {
      take(forced[f]!);
      lastOutside = forced[f++]!;
    }
    const ch = mask[i]!;
    if (!isStop(ch) || !isSpace(text[i + 1])) continue;
    if (ch === '.' && (isAbbreviationBefore(text, i, data) || isEngineListIndex(mask, i))) continue;
    if (ch === '!' && isExclamationWord(text, i, table)) continue;
    take(i + 1);
    if (depth[i] === 0) lastOutside = i + 1;
    else lastInside = i + 1;
  }
  take(n);
  return cuts;
}

/** Whether the period at `i` ends a bare number the engine will take for a list index (`1.`). */
function isEngineListIndex(mask: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isDigit(mask[k])) k--;
  return k < i - 1 && (k < 0 || isSpace(mask[k]));
}

/** Whether the `!` at `i` belongs to an exclamation word (`Yahoo!`). */
function isExclamationWord(text: string, i: number, table: Map<string, Kind>): boolean {
  let start = i;
  while (start > 0 && !isSpace(text[start - 1]) && i - start <= MAX_ABBREVIATION_LENGTH) start--;
  return table.get(text.slice(start, i + 1).toLowerCase()) === Kind.Exclamation;
}

/** A cut at most `MAX_ENGINE_CHARS` after `cur`: at a space in its second half if any, never inside a surrogate pair. */
function hardCut(text: string, cur: number): number {
  const limit = cur + MAX_ENGINE_CHARS;
  for (let i = limit; i > cur + MAX_ENGINE_CHARS / 2; i--) if (isSpace(text[i - 1])) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/**
 * Appends the sentence ends the engine finds in `[from, to)` of the masked text. A quote or bracket
 * whose partner lies outside the chunk is neutralised for this call.
 */
function engineEnds(prepared: Prepared, from: number, to: number, table: Map<string, Kind>, out: number[]): void {
  const { mask, partner } = prepared;
  const chars = mask.slice(from, to);
  for (let i = from; i < to; i++) {
    const p = partner[i]!;
    if (p >= 0 && (p < from || p >= to)) chars[i - from] = NEUTRAL;
  }
  const chunk = chars.join('');
  let nodes: ReturnType<typeof split>;
  try {
    nodes = split(chunk, { AbbrMarker: { language: languageFor(chunk, table) } });
  } catch {
    // The engine has never been seen to throw; if it does, the other ends still stand.
    return;
  }
  for (const node of nodes) {
    if (node.type === 'Sentence') out.push(from + node.range[1]);
  }
}

// --- public ------------------------------------------------------------------------------------

/**
 * Split `text` into sentences using the given abbreviation data: the stage-level form of
 * `splitSentences`, for callers that already hold a `LanguageData`.
 */
export function splitSentencesWith(text: string, data: AbbreviationData): Span[] {
  requireString(text, 'text', 'splitSentences');
  const n = text.length;
  if (n === 0) return [];
  const table = tableFor(data);
  const prepared = prepare(text, data);
  const ends: number[] = [...prepared.forced];
  let from = 0;
  for (const to of n > MAX_ENGINE_CHARS ? [...chunkCuts(text, prepared, data), n] : [n]) {
    engineEnds(prepared, from, to, table, ends);
    ends.push(to);
    from = to;
  }
  // Sentences run between consecutive ends, trimmed: every non-space character is in exactly one.
  ends.sort((a, b) => a - b);
  const out: Span[] = [];
  let s = 0;
  for (const b of ends) {
    if (b <= s) continue;
    let a = s;
    let e = b;
    while (a < e && isSpace(text[a])) a++;
    while (e > a && isSpace(text[e - 1])) e--;
    if (e > a) out.push({ start: a, end: e });
    s = b;
  }
  return out;
}

/**
 * Split news text into sentences.
 *
 * Returns `[start, end)` UTF-16 spans into `text` exactly as passed, in order, trimmed of surrounding
 * whitespace; every non-space character lies in exactly one span. A line break always ends a
 * sentence; a quotation with several sentences stays one sentence with its attribution
 * (`“Saya setuju. Kita lanjut,” katanya.`); titles (`Dr.`, `Jl.`, `Brigjen Pol.`), decimals
 * (`2,5`, `1.700`) and times (`08.15`) never end one. Linear in the input; never throws on a string.
 *
 * @throws {TypeError} when `text` is not a string.
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Span[] {
  requireString(text, 'text', 'splitSentences');
  requireOptions(options, 'splitSentences');
  requireLanguage(options.language, 'splitSentences');
  return splitSentencesWith(text, languageData(options.language).abbreviations);
}
