import type { DedupeOptions } from '../dedupe/types.js';
import { DEDUPE_BANDS, DEDUPE_CONTAINMENT, DEDUPE_ROWS, DEDUPE_SHINGLE_WORDS, DEDUPE_THRESHOLD } from '../options.js';
import type { SupportedLanguage } from '../types.js';
import { UsageError } from './usage-error.js';

/** The flags of `warta signatures` and `warta dedupe` that shape signatures and their confirmation. */
export const DEDUPE_FLAGS = {
  threshold: { type: 'string' },
  containment: { type: 'string' },
  bands: { type: 'string' },
  rows: { type: 'string' },
  'shingle-words': { type: 'string' },
} as const;

export const DEDUPE_FLAGS_HELP = `  --threshold <0..1>     least estimated Jaccard similarity of two bodies' shingles (default ${DEDUPE_THRESHOLD})
  --containment <0..1>   least estimated share of the shorter body inside the longer, below the threshold (default ${DEDUPE_CONTAINMENT})
  --bands <n>            LSH bands (default ${DEDUPE_BANDS}); signatures and dedupe must agree
  --rows <n>             MinHash values per band (default ${DEDUPE_ROWS}); signatures and dedupe must agree
  --shingle-words <n>    words per shingle (default ${DEDUPE_SHINGLE_WORDS})`;

export function dedupeOptions(values: { threshold?: string; containment?: string; bands?: string; rows?: string; 'shingle-words'?: string }, language: SupportedLanguage | undefined): DedupeOptions {
  const options: DedupeOptions = language ? { language } : {};
  for (const flag of ['threshold', 'containment'] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const t = Number(raw);
    if (!(t > 0 && t <= 1)) throw new UsageError(`--${flag} must be a number above 0 and at most 1, got "${raw}"`);
    options[flag] = t;
  }
  for (const [flag, key] of [['bands', 'bands'], ['rows', 'rows'], ['shingle-words', 'shingleWords']] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a positive whole number, got "${raw}"`);
    options[key] = n;
  }
  if ((options.bands ?? DEDUPE_BANDS) * (options.rows ?? DEDUPE_ROWS) > 1024) throw new UsageError('--bands × --rows must be at most 1024');
  return options;
}
