import type { LanguageData, MarkerData } from '../lang/types.js';
import type { SupportedLanguage } from '../types.js';
import { requiredLiterals } from '../util/regex-literals.js';
import { WordIndex } from './word-index.js';

/** Weight of a `strong` marker (a plain `words` marker is worth 1). */
export const STRONG_MARKER_WEIGHT = 3;

/** One language's marker data, as sets, maps and regexes. */
export interface CompiledMarkers {
  code: SupportedLanguage;
  siblings: readonly SupportedLanguage[];
  common: ReadonlySet<string>;
  /** Word or two-word phrase → weight. */
  weights: ReadonlyMap<string, number>;
  /** `needs`: text a match must hold one of (`requiredLiterals`); a sample without it skips the regex. */
  patterns: ReadonlyArray<{ re: RegExp; weight: number; needs: readonly string[] | null }>;
}

/** What one word (or two-word phrase) is, for each language of a lexicon, by position. */
export interface WordFacts {
  /** Bit `i` set: a frequent function word of language `i`. */
  common: number;
  /** Marker weight in language `i`, 0 when it is none. */
  weights: readonly number[];
}

/**
 * The marker data of several languages merged into one table: a word is looked up once, not
 * once per language and list (the word loop of detection runs on every word of every article).
 */
export interface Lexicon {
  langs: readonly CompiledMarkers[];
  /** Every word and phrase of the lexicon, and every first word of a phrase, by id. */
  index: WordIndex;
  /** What key `id` is; undefined for a phrase's first word that is no key of its own. */
  facts: readonly (WordFacts | undefined)[];
  /** 1 when key `id` is the first word of a two-word phrase of any language (most words then need no phrase lookup). */
  phraseStart: Uint8Array;
}

const compiled = new WeakMap<LanguageData, CompiledMarkers>();

/** Sets, maps and regexes built once per language data object, on first use. */
export function compileMarkers(lang: LanguageData): CompiledMarkers {
  let c = compiled.get(lang);
  if (c) return c;
  const m: MarkerData = lang.markers;
  const weights = new Map<string, number>();
  for (const w of m.words) weights.set(w.toLowerCase(), 1);
  for (const w of m.strong) weights.set(w.toLowerCase().replace(/\s+/g, ' '), STRONG_MARKER_WEIGHT);
  c = {
    code: lang.code,
    siblings: m.siblings,
    common: new Set(m.common.map((w) => w.toLowerCase())),
    weights,
    patterns: m.patterns.map((p) => ({ re: new RegExp(p.source, 'gu'), weight: p.weight, needs: requiredLiterals(p.source) })),
  };
  compiled.set(lang, c);
  return c;
}

const lexicons = new WeakMap<readonly LanguageData[], Lexicon>();

/** The merged lexicon of `languages`, in their order; built once per array. */
export function lexiconOf(languages: readonly LanguageData[]): Lexicon {
  let lex = lexicons.get(languages);
  if (lex) return lex;
  const langs = languages.map(compileMarkers);
  const words = new Map<string, { common: number; weights: number[] }>();
  const facts = (w: string) => {
    let f = words.get(w);
    if (!f) words.set(w, (f = { common: 0, weights: langs.map(() => 0) }));
    return f;
  };
  const phraseStarts = new Set<string>();
  langs.forEach((l, i) => {
    for (const w of l.common) facts(w).common |= 1 << i;
    for (const [w, weight] of l.weights) {
      facts(w).weights[i] = weight;
      if (w.includes(' ')) phraseStarts.add(w.slice(0, w.indexOf(' ')));
    }
  });
  const keys = [...new Set([...words.keys(), ...phraseStarts])];
  const phraseStart = new Uint8Array(keys.length);
  keys.forEach((k, id) => (phraseStart[id] = phraseStarts.has(k) ? 1 : 0));
  lex = { langs, index: new WordIndex(keys), facts: keys.map((k) => words.get(k)), phraseStart };
  lexicons.set(languages, lex);
  return lex;
}
