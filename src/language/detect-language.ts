import { requireString } from '../util/arguments.js';
import { classAt, LETTER_BIT, MARK_BIT, widthAt } from '../tokens/char-classes.js';
import { francAll } from './franc.js';
import { LANGUAGES } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import { type CompiledMarkers, lexiconOf, STRONG_MARKER_WEIGHT } from './lexicon.js';
import type { LanguageCode, LanguageGuess, SupportedLanguage } from '../types.js';

/*
 * Two steps, each doing what it is good at:
 * 1. The family (English vs Indonesian-or-Malay): when frequent function words leave no doubt
 *    they settle it; otherwise franc (trigrams, restricted to the languages we have data for)
 *    does. franc is reliable there, and close to a coin flip between Indonesian and Malay.
 * 2. Between siblings (`markers.siblings`) the evidence kept as data decides: words one
 *    language uses and the other does not, spelling, number formats, currency, outlets,
 *    datelines. No evidence either way: a clear franc lean, else the caller's order.
 * Text with too few words, or too few of any language's frequent words, is `und`.
 */

/**
 * Characters given to franc. franc's cost grows with the sample (it caps at 2048 itself): on the
 * real set 300 characters tell English from Indonesian/Malay as well as 2048 at a third of the
 * cost (1 family error in 6,236 articles and paragraphs; 24 at 100 characters).
 */
const FRANC_SAMPLE_LENGTH = 300;

/** Characters scanned for words and markers: plenty for a verdict (the real set's article and paragraph verdicts are the same at 1000, 2000 and 6000), and bounds the cost. */
const MARKER_SCAN_LENGTH = 1000;

/** Fewer words than this: nothing to go on, `und`. */
const MIN_WORDS = 2;

/**
 * Minimum share of a language's frequent function words among the words of the text (best
 * language). Paragraphs of news in Indonesian, Malay or English sit around 0.25 (name-heavy
 * captions lower, which `MIN_EVIDENCE` covers); other languages and garbage sit near 0, since
 * the `common` lists leave out short words other languages share (a, in, di, dan, para).
 */
const MIN_COMMON_RATIO = 0.05;

/** Marker evidence that keeps a text out of `und` even with few frequent words (names, numbers, terse headlines). */
const MIN_EVIDENCE = 3;

/**
 * Frequent-word hits at which the family is settled without franc, provided the best family has
 * `COMMON_DOMINANCE` times the hits of any other (English `the/of/and` against Malay-Indonesian
 * `yang/dan/di` are rarely close). franc is most of the cost, so most articles skip it.
 */
const MIN_COMMON_FOR_SHORTCUT = 6;
const COMMON_DOMINANCE = 4;

/** A marker counts at most this many times: one word repeated all over a text is one fact, not ten. */
const MAX_MARKER_REPEATS = 2;

/** A marker pattern counts at most this many matches (a table of numbers is one fact). */
const MAX_PATTERN_HITS = 3;

/** franc's normalized score gap between the chosen family and the next language at which we are fully sure. */
const FRANC_SURE_GAP = 0.1;

/**
 * franc's ind/zlm scores sit within ±0.03 of each other for most text of either language, so
 * its lean decides a tie in marker evidence only beyond this gap; below it the first of the
 * caller's languages wins (Indonesian by default: archives are mostly Indonesian).
 */
const FRANC_TIE_GAP = 0.03;

/** Evidence margin between siblings that gives a confidence of 0.75 (0.5 = a coin flip). */
const EVIDENCE_HALF_SURE = 4;

/**
 * Words: letters and marks, with inner hyphens/apostrophes (`kanak-kanak`, `dato'`), read by
 * `wordAt` exactly as `/[\p{L}\p{M}]{1,40}(?:[-'’][\p{L}\p{M}]{1,40}){0,4}/gu` would find them,
 * without a match array per word.
 */
const MAX_WORD_PART = 40;
const MAX_WORD_JOINS = 4;

/** Code units of the letter or mark at `i` (2 for a surrogate pair), 0 when there is none. */
function letterAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  return (classAt(s, i) & (LETTER_BIT | MARK_BIT)) === 0 ? 0 : widthAt(s, i);
}

/** End of a run of at most MAX_WORD_PART letters starting at `i` (a letter). */
function partEnd(s: string, i: number): number {
  let count = 0;
  let w: number;
  while (count < MAX_WORD_PART && (w = letterAt(s, i)) > 0) {
    i += w;
    count++;
  }
  return i;
}

/** End of the word starting at the letter at `i`: a part, then up to MAX_WORD_JOINS joined parts. */
function wordEnd(s: string, i: number): number {
  let end = partEnd(s, i);
  for (let k = 0; k < MAX_WORD_JOINS; k++) {
    const c = s.charCodeAt(end);
    if (!(c === 0x2d || c === 0x27 || c === 0x2019) || letterAt(s, end + 1) === 0) break;
    end = partEnd(s, end + 1);
  }
  return end;
}

/** `parti-parti`, `syarikat-syarikat`: a plural by reduplication is the word itself, as evidence. */
function reduplicated(w: string): string | null {
  const dash = w.indexOf('-');
  if (dash <= 0) return null;
  const head = w.slice(0, dash);
  return w.slice(dash + 1) === head ? head : null;
}

const UND: LanguageGuess = Object.freeze({ code: 'und', confidence: 0 }) as LanguageGuess;

let defaultLanguages: readonly LanguageData[] | undefined;

/**
 * Detect whether `text` is Indonesian (`ind`), Malay (`zlm`) or English (`eng`).
 *
 * Never throws on a string; empty text, garbage and other languages give `und` with
 * confidence 0. `confidence` (0..1) is the product of how clearly franc separates the family
 * from the rest and how clearly the marker evidence separates the siblings.
 *
 * @param text Any text; only the first few thousand characters are read.
 * @throws {TypeError} When `text` is not a string.
 */
export function detectLanguage(text: string): LanguageGuess {
  return detectLanguageAmong(text, (defaultLanguages ??= Object.values(LANGUAGES)));
}

/** `detectLanguage` choosing among the given language data only (internal: the data shape is not public). */
export function detectLanguageAmong(text: string, langs: readonly LanguageData[]): LanguageGuess {
  requireString(text, 'text', 'detectLanguage');
  try {
    return scoreLanguages(text, langs);
  } catch {
    // Defensive only: nothing above is expected to throw on a string.
    return { ...UND };
  }
}

/** The detection proper; receives the language data, imports none. */
function scoreLanguages(text: string, languages: readonly LanguageData[]): LanguageGuess {
  if (languages.length === 0 || text.length === 0) return { ...UND };
  const sample = text.length > MARKER_SCAN_LENGTH ? text.slice(0, MARKER_SCAN_LENGTH) : text;
  const lexicon = lexiconOf(languages);
  const { langs } = lexicon;

  // One pass over the words: frequent-word hits and marker hits per language.
  const commonHits = new Array<number>(langs.length).fill(0);
  const markerHits = langs.map(() => new Map<string, number>());
  let words = 0;
  let prev = '';
  const lower = sample.toLowerCase();
  for (let at = 0; at < lower.length; ) {
    const width = letterAt(lower, at);
    if (width === 0) {
      at += widthAt(lower, at);
      continue;
    }
    const end = wordEnd(lower, at);
    const found = lower.slice(at, end);
    at = end;
    const w = found.includes('’') ? found.replace(/’/g, "'") : found;
    words++;
    // `dukungannya`, `kerajaanlah`: a strong marker with a clitic (-nya, -lah, -kah, -pun) is the same
    // evidence. Not a weak one: `tandasnya` (he asserted) is Indonesian though `tandas` (toilet) is Malay.
    // A plural by reduplication (`syarikat-syarikat`) is its word too.
    const stem = withoutClitic(w) ?? reduplicated(w);
    const facts = lexicon.words.get(w);
    const stemFacts = stem === null ? undefined : lexicon.words.get(stem);
    if (facts || stemFacts) {
      for (let i = 0; i < langs.length; i++) {
        if (facts && facts.common & (1 << i)) commonHits[i]!++;
        if (facts && facts.weights[i]! > 0) bump(markerHits[i]!, w);
        else if (stemFacts && stemFacts.weights[i]! >= STRONG_MARKER_WEIGHT) bump(markerHits[i]!, stem!);
      }
    }
    if (prev && lexicon.phraseStarts.has(prev)) {
      // A phrase a language weighs starts with a word of that language's phrase starts.
      const phrase = `${prev} ${w}`;
      const phraseFacts = lexicon.words.get(phrase);
      if (phraseFacts) for (let i = 0; i < langs.length; i++) if (phraseFacts.weights[i]! > 0) bump(markerHits[i]!, phrase);
    }
    prev = w;
  }
  if (words < MIN_WORDS) return { ...UND };
  // Evidence runs the marker patterns: read only for the languages a verdict needs.
  const evidenceOf: (number | undefined)[] = [];
  const evidenceAt = (i: number): number => (evidenceOf[i] ??= evidence(langs[i]!, sample, markerHits[i]!));
  // Too few frequent words of any language and no real marker evidence: garbage or another language.
  if (Math.max(...commonHits) / words < MIN_COMMON_RATIO && Math.max(...langs.map((_, i) => evidenceAt(i))) < MIN_EVIDENCE) {
    return { ...UND };
  }

  // Step 1: the family. Frequent words settle most texts outright; franc settles the rest.
  const familyOf = (l: CompiledMarkers): CompiledMarkers[] =>
    langs.filter((o) => o === l || l.siblings.includes(o.code));
  const familyHits = langs.map((l) => Math.max(...familyOf(l).map((o) => commonHits[langs.indexOf(o)]!)));
  const best = familyHits.indexOf(Math.max(...familyHits));
  const candidates = familyOf(langs[best]!);
  const rival = Math.max(0, ...familyHits.filter((_, i) => !candidates.includes(langs[i]!)));
  let familyConfidence: number;
  let ranked: ReturnType<typeof francAll> | undefined;
  if (familyHits[best]! >= MIN_COMMON_FOR_SHORTCUT && rival * COMMON_DOMINANCE <= familyHits[best]!) {
    familyConfidence = 1 - rival / familyHits[best]!;
  } else {
    ranked = runFranc(sample, langs);
    const top = langs.find((l) => l.code === ranked![0]?.[0]);
    if (!top) return { ...UND };
    candidates.splice(0, candidates.length, ...familyOf(top));
    const outsiders = ranked.filter((r) => !candidates.some((c) => c.code === r[0]));
    const gap = outsiders.length === 0 ? FRANC_SURE_GAP : 1 - Math.max(...outsiders.map((r) => r[1]));
    familyConfidence = Math.min(1, gap / FRANC_SURE_GAP);
  }
  if (candidates.length === 1) return guess(candidates[0]!.code, familyConfidence);

  // Step 2: siblings, by evidence; on a tie a clear franc lean decides, else the caller's order.
  const scored = candidates
    .map((l) => ({ code: l.code, evidence: evidenceAt(langs.indexOf(l)) }))
    .sort((a, b) => b.evidence - a.evidence);
  let winner = scored[0]!.code;
  const margin = scored[0]!.evidence - scored[1]!.evidence;
  if (margin === 0) {
    const tied = candidates.filter((l) => evidenceAt(langs.indexOf(l)) === scored[0]!.evidence);
    ranked ??= runFranc(sample, tied);
    const score = (code: LanguageCode): number => ranked!.find((r) => r[0] === code)?.[1] ?? 0;
    const lean = [...tied].sort((a, b) => francLean(score(a.code), score(b.code)))[0];
    if (lean) winner = lean.code;
  }
  const siblingConfidence = 0.5 + (0.5 * margin) / (margin + EVIDENCE_HALF_SURE);
  return guess(winner, familyConfidence * siblingConfidence);
}

/** franc over the head of the text, restricted to the given languages. */
function runFranc(sample: string, langs: readonly CompiledMarkers[]): ReturnType<typeof francAll> {
  return francAll(sample.slice(0, FRANC_SAMPLE_LENGTH), { only: langs.map((l) => l.code), minLength: 1 });
}

/** Sort order from franc's scores between siblings: only a clear lean counts, else keep the caller's order. */
function francLean(a: number, b: number): number {
  return Math.abs(b - a) >= FRANC_TIE_GAP ? b - a : 0;
}

/** Clitics Indonesian and Malay attach to any word (all three letters long). */
const CLITICS: readonly string[] = ['nya', 'lah', 'kah', 'pun'];
/** Letters a stem must keep for its clitic to count, and the longest stem looked at. */
const MIN_STEM = 4;
const MAX_STEM = 40;

/** The word without a clitic, or null when it has none (plain string tests: this runs on every word). */
function withoutClitic(w: string): string | null {
  const stem = w.length - 3;
  if (stem < MIN_STEM || stem > MAX_STEM) return null;
  for (const clitic of CLITICS) if (w.endsWith(clitic)) return w.slice(0, stem);
  return null;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Marker evidence for one language: weighted word/phrase hits plus pattern matches, each capped. */
function evidence(lang: CompiledMarkers, sample: string, hits: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const [key, n] of hits) score += (lang.weights.get(key) ?? 0) * Math.min(n, MAX_MARKER_REPEATS);
  for (const { re, weight, needs } of lang.patterns) {
    if (needs !== null && !needs.some((literal) => sample.includes(literal))) continue;
    re.lastIndex = 0;
    let matches = 0;
    while (matches < MAX_PATTERN_HITS && re.exec(sample) !== null) matches++;
    score += weight * matches;
  }
  return score;
}

function guess(code: LanguageCode, confidence: number): LanguageGuess {
  return { code, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000 };
}
