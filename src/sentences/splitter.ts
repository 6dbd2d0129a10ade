import { createRequire } from 'node:module';
import type { split as Split } from 'sentence-splitter';

/**
 * sentence-splitter and its parser cost a fifth of warta's cold import to load, so it is loaded on
 * the first text split, not at import.
 *
 * From source (tests, scripts) it is required at run time. The published builds bundle it:
 * `tsup.config.ts` swaps this loader for a plain `require('sentence-splitter')`, which esbuild
 * turns into a lazy module initialiser.
 */
function load(): typeof Split {
  return (createRequire(import.meta.url)('sentence-splitter') as { split: typeof Split }).split;
}

let cached: typeof Split | undefined;

/** sentence-splitter's `split`, loaded on the first call. */
export function split(...args: Parameters<typeof Split>): ReturnType<typeof Split> {
  cached ??= load();
  return cached(...args);
}
