import { requireString } from '../util/arguments.js';
import { classAt, LETTER_BIT, MARK_BIT, widthAt } from '../tokens/char-classes.js';
import { francAll } from './franc.js';
import { LANGUAGES } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import { type CompiledMarkers, type Lexicon, lexiconOf, STRONG_MARKER_WEIGHT } from './lexicon.js';
import { HASH_START, hashRange, hashStep, type WordIndex } from './word-index.js';
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

/** Set by `readWord`: the hash of the word it read (`hashRange`), and the offset of its first hyphen (-1: none). */
let wordHash = HASH_START;
let wordDash = -1;

/**
 * End of the word starting at the letter at `i`: a part of at most MAX_WORD_PART letters, then up
 * to MAX_WORD_JOINS joined parts. Hashes the word on the way (`wordHash`) and notes its first
 * hyphen (`wordDash`), so the word is read once.
 */
function readWord(s: string, i: number): number {
  let h = HASH_START;
  let dash = -1;
  let end = i;
  for (let k = 0; ; k++) {
    let count = 0;
    let w: number;
    while (count < MAX_WORD_PART && (w = letterAt(s, end)) > 0) {
      h = hashStep(h, s.charCodeAt(end));
      if (w === 2) h = hashStep(h, s.charCodeAt(end + 1));
      end += w;
      count++;
    }
    if (k === MAX_WORD_JOINS) break;
    const c = s.charCodeAt(end);
    if (!(c === 0x2d || c === 0x27 || c === 0x2019) || letterAt(s, end + 1) === 0) break;
    if (c === 0x2d && dash < 0) dash = end;
    h = hashStep(h, c);
    end++;
  }
  wordHash = h;
  wordDash = dash;
  return end;
}

/**
 * `parti-parti`, `syarikat-syarikat`: a plural by reduplication is the word itself, as evidence.
 * The key id of the word `s[from, to)` read so (the part before its first hyphen at `dash`, when
 * the rest repeats it), or -1.
 */
function reduplicatedId(index: WordIndex, s: string, from: number, dash: number, to: number): number {
  if (dash < 0) return -1;
  const head = dash - from;
  if (to - dash - 1 !== head) return -1;
  for (let k = 0; k < head; k++) if (apostrophe(s.charCodeAt(from + k)) !== apostrophe(s.charCodeAt(dash + 1 + k))) return -1;
  return index.find(hashRange(s, from, dash), s, from, dash);
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

  // One pass over the words: frequent-word hits and marker hits (by key id) per language.
  const { index, facts: factsOf, phraseStart } = lexicon;
  const commonHits = new Array<number>(langs.length).fill(0);
  const markerHits = markerCounts(lexicon);
  let words = 0;
  // The previous word, `[prevStart, prevEnd)` of `lower`, and its hash; -1: none yet.
  let prevStart = -1;
  let prevEnd = -1;
  let prevHash = 0;
  let prevStartsPhrase = false;
  const lower = sample.toLowerCase();
  for (let at = 0; at < lower.length; ) {
    const width = letterAt(lower, at);
    if (width === 0) {
      at += widthAt(lower, at);
      continue;
    }
    const start = at;
    const end = readWord(lower, at);
    at = end;
    const hash = wordHash;
    const id = index.find(hash, lower, start, end);
    words++;
    // `dukungannya`, `kerajaanlah`: a strong marker with a clitic (-nya, -lah, -kah, -pun) is the same
    // evidence. Not a weak one: `tandasnya` (he asserted) is Indonesian though `tandas` (toilet) is Malay.
    // A plural by reduplication (`syarikat-syarikat`) is its word too.
    const stemEnd = cliticStart(lower, start, end);
    const stemId = stemEnd >= 0 ? index.find(hashRange(lower, start, stemEnd), lower, start, stemEnd) : reduplicatedId(index, lower, start, wordDash, end);
    const facts = id < 0 ? undefined : factsOf[id];
    const stemFacts = stemId < 0 ? undefined : factsOf[stemId];
    if (facts || stemFacts) {
      for (let i = 0; i < langs.length; i++) {
        if (facts && facts.common & (1 << i)) commonHits[i]!++;
        if (facts && facts.weights[i]! > 0) bump(markerHits, i, id);
        else if (stemFacts && stemFacts.weights[i]! >= STRONG_MARKER_WEIGHT) bump(markerHits, i, stemId);
      }
    }
    if (prevStartsPhrase) {
      // A phrase a language weighs starts with a word of that language's phrase starts.
      let h = hashStep(prevHash, 0x20);
      for (let k = start; k < end; k++) h = hashStep(h, lower.charCodeAt(k));
      const phraseId = index.findPair(h, lower, prevStart, prevEnd, start, end);
      const phraseFacts = phraseId < 0 ? undefined : factsOf[phraseId];
      if (phraseFacts) for (let i = 0; i < langs.length; i++) if (phraseFacts.weights[i]! > 0) bump(markerHits, i, phraseId);
    }
    prevStart = start;
    prevEnd = end;
    prevHash = hash;
    prevStartsPhrase = id >= 0 && phraseStart[id] === 1;
  }
  if (words < MIN_WORDS) return { ...UND };
  // Evidence runs the marker patterns: read only for the languages a verdict needs.
  const evidenceOf: (number | undefined)[] = [];
  const evidenceAt = (i: number): number => (evidenceOf[i] ??= evidence(lexicon, i, sample, markerHits));
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

/** Letters a stem must keep for its clitic to count, and the longest stem looked at. */
const MIN_STEM = 4;
const MAX_STEM = 40;

/** `’` read as `'`, as the lexicon reads it. */
function apostrophe(c: number): number {
  return c === 0x2019 ? 0x27 : c;
}

/**
 * Where the clitic of the word `s[from, to)` starts, or -1 when it has none. The clitics
 * Indonesian and Malay attach to any word, all three letters long: -nya, -lah, -kah, -pun
 * (char-code tests: this runs on every word).
 */
function cliticStart(s: string, from: number, to: number): number {
  const stem = to - from - 3;
  if (stem < MIN_STEM || stem > MAX_STEM) return -1;
  const at = to - 3;
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  const c = s.charCodeAt(at + 2);
  const clitic = (a === 0x6e && b === 0x79 && c === 0x61) || ((a === 0x6c || a === 0x6b) && b === 0x61 && c === 0x68) || (a === 0x70 && b === 0x75 && c === 0x6e);
  return clitic ? at : -1;
}

/**
 * Marker hits of one detection: per language, a count per key id (language `i`'s count of key `id` at
 * `i * keys + id`) and the ids hit, in the order first hit (the order their evidence is summed in).
 */
interface MarkerCounts {
  keys: number;
  counts: Int32Array;
  hit: number[][];
}

/** One table per lexicon, reused by every detection (they never overlap): no map or array made per text. */
const countsOf = new WeakMap<Lexicon, MarkerCounts>();

/** The lexicon's marker table, every count back at zero. */
function markerCounts(lexicon: Lexicon): MarkerCounts {
  let m = countsOf.get(lexicon);
  if (m === undefined) {
    const keys = lexicon.facts.length;
    m = { keys, counts: new Int32Array(keys * lexicon.langs.length), hit: lexicon.langs.map(() => []) };
    countsOf.set(lexicon, m);
  }
  // Only the ids the last detection hit hold a count.
  for (let i = 0; i < m.hit.length; i++) {
    const ids = m.hit[i]!;
    for (const id of ids) m.counts[i * m.keys + id] = 0;
    ids.length = 0;
  }
  return m;
}

function bump(m: MarkerCounts, i: number, key: number): void {
  const at = i * m.keys + key;
  if (m.counts[at] === 0) m.hit[i]!.push(key);
  m.counts[at]!++;
}

/** Marker evidence for language `i`: weighted word/phrase hits (by key id) plus pattern matches, each capped. */
function evidence(lexicon: Lexicon, i: number, sample: string, hits: MarkerCounts): number {
  const lang = lexicon.langs[i]!;
  let score = 0;
  for (const id of hits.hit[i]!) score += (lexicon.facts[id]?.weights[i] ?? 0) * Math.min(hits.counts[i * hits.keys + id]!, MAX_MARKER_REPEATS);
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
