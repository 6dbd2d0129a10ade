/**
 * Sentence splitting for news text, with sentence-splitter as the engine.
 *
 * sentence-splitter decides the boundaries inside a line; this module prepares what it sees and adds
 * the ends it cannot find. The engine gets a *masked* copy of the text with the same length, so its
 * offsets are ours:
 *
 * 1. Quotes and brackets are paired per line; matched quotes become `"` (the engine pairs only
 *    straight quotes, so `“…”` and Kompas' `”…”` are kept together), unmatched marks are neutralised
 *    (an unclosed `“` would otherwise swallow the rest of the text). `pairs.ts`
 * 2. A `.`, `!` or `?` before a lowercase word is neutralised: news sentences start with a capital,
 *    so `dll. dan`, `S.H. mengatakan`, `Apa? tanya dia` never end one. `stops.ts`
 * 3. A number before a final period keeps its digits only when it looks like a list index (`1. Pertama`
 *    at the start of a line or after `:`); elsewhere its first digit is masked, because the engine takes
 *    any `\d+.` for a list index and would miss `pada 2019. Tahun ini`. `numbers.ts`
 * 4. Ends the engine never finds are added to its own: line breaks, a closing quote or bracket after a
 *    stop before a capital (`“Saya setuju.” Kemudian …`), and paragraphs the scraper glued
 *    (`Bangladesh.Direktur`, `kecil.,Dia`). `stops.ts`; steps 1–4 run in `prepare.ts`.
 * 5. The engine is called on chunks of at most `MAX_ENGINE_CHARS`, cut at ends it would find anyway:
 *    its cost per call is quadratic in the marks (abbreviations, quotes) it holds, so this keeps any
 *    input linear; and only the abbreviations present in a chunk are handed to it (comparing every
 *    word with every list entry is most of its cost on real text). `engine.ts`
 *
 * Which words before a period are abbreviations (`Dr.`, `dll.`, `S.H.`) is `abbreviations.ts`'s; the
 * character classes every step reads are `characters.ts`'.
 *
 * Cost: about 2.5× faster than calling the engine directly, yet still the slowest part of the
 * library (≈ 8–12 ms per 10 KB of news text); keep it off hot paths.
 */
import { requireLanguage, requireOptions, requireString } from '../util/arguments.js';
import { languageData } from '../lang/index.js';
import type { AbbreviationData } from '../lang/types.js';
import type { Span, SupportedLanguage } from '../types.js';
import { isSpace, tableFor } from './abbreviations.js';
import { chunkCuts, engineEnds, MAX_ENGINE_CHARS } from './engine.js';
import { prepare } from './prepare.js';

export interface SplitSentencesOptions {
  /** Whose abbreviations do not end a sentence (`Jl.`, `Sdn.`, `Mr.`); defaults to Indonesian, not detected. */
  language?: SupportedLanguage;
}

/**
 * Split `text` into sentences using the given abbreviation data: the stage-level form of
 * `splitSentences`, for callers that already hold a `LanguageData`.
 */
export function splitSentencesWith(text: string, data: AbbreviationData): Span[] {
  requireString(text, 'text', 'splitSentences');
  const n = text.length;
  if (n === 0) return [];
  const table = tableFor(data);
  // Steps 1–4: the masked copy, its pairs and the forced ends.
  const prepared = prepare(text, data);
  const ends: number[] = [...prepared.forced];
  // Step 5: the engine's ends, chunk by chunk; a chunk's end is an end.
  let from = 0;
  for (const to of n > MAX_ENGINE_CHARS ? [...chunkCuts(text, prepared, data), n] : [n]) {
    engineEnds(prepared, from, to, table, ends);
    ends.push(to);
    from = to;
  }
  return sentencesBetween(text, ends);
}

/** Sentences run between consecutive `ends` (sorted here), trimmed: every non-space character is in exactly one. */
function sentencesBetween(text: string, ends: number[]): Span[] {
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
