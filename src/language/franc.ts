import { createRequire } from 'node:module';
import type { francAll as FrancAll } from 'franc';

/**
 * franc builds trigram tables for ~190 languages the moment it is loaded (≈ 50 ms), and
 * most articles are decided without it, so it is loaded on first use, not at import.
 *
 * From source (tests, scripts) it is required at run time. The published builds bundle
 * franc instead: `tsup.config.ts` swaps this loader for a plain `require('franc')`, which
 * esbuild turns into a lazy module initialiser, so users never `require` an ES module.
 */
function load(): typeof FrancAll {
  return (createRequire(import.meta.url)('franc') as { francAll: typeof FrancAll }).francAll;
}

let cached: typeof FrancAll | undefined;

/** franc's `francAll`, loaded on the first call. */
export function francAll(...args: Parameters<typeof FrancAll>): ReturnType<typeof FrancAll> {
  cached ??= load();
  return cached(...args);
}
