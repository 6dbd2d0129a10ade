import { DEDUPE_BANDS, DEDUPE_CONTAINMENT, DEDUPE_ROWS, DEDUPE_SHINGLE_WORDS, DEDUPE_THRESHOLD } from '../options.js';
import type { DedupeOptions } from './types.js';

/** Options with every default filled in, checked once per call. */
export interface DedupeSettings {
  threshold: number;
  containment: number;
  bands: number;
  rows: number;
  shingleWords: number;
  language: DedupeOptions['language'];
}

const LANGUAGES: ReadonlySet<string> = new Set(['ind', 'zlm', 'eng']);

/** Fill in defaults; a wrong option type or range is a caller bug and gets a `TypeError` naming it. */
export function dedupeSettings(options: DedupeOptions | undefined, fn: string): DedupeSettings {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: \`options\` must be an object`);
  }
  const { threshold = DEDUPE_THRESHOLD, containment = DEDUPE_CONTAINMENT, bands = DEDUPE_BANDS, rows = DEDUPE_ROWS, shingleWords = DEDUPE_SHINGLE_WORDS, language } = options ?? {};
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) throw new TypeError(`${fn}: \`options.threshold\` must be a number in (0, 1], got ${String(threshold)}`);
  if (typeof containment !== 'number' || !(containment > 0 && containment <= 1)) throw new TypeError(`${fn}: \`options.containment\` must be a number in (0, 1], got ${String(containment)}`);
  for (const [name, value] of [['bands', bands], ['rows', rows], ['shingleWords', shingleWords]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new TypeError(`${fn}: \`options.${name}\` must be a positive integer, got ${String(value)}`);
  }
  if (bands * rows > 1024) throw new TypeError(`${fn}: \`options.bands\` × \`options.rows\` must be at most 1024, got ${bands * rows}`);
  if (language !== undefined && !LANGUAGES.has(language)) throw new TypeError(`${fn}: \`options.language\` must be 'ind', 'zlm' or 'eng', got ${String(language)}`);
  return { threshold, containment, bands, rows, shingleWords, language };
}
