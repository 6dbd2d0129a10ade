import type { francAll as FrancAll } from 'franc';

/**
 * franc builds trigram tables for ~190 languages the moment it is loaded (≈ 50 ms), and
 * most articles are decided without it. So it is loaded on first use, not at import.
 * The builds bundle franc and resolve this `require` at build time (esbuild turns it into a
 * lazy module initialiser), so no runtime `require` of an ES module happens for users.
 */
declare const require: (id: string) => unknown;

let cached: typeof FrancAll | undefined;

/** franc's `francAll`, loaded on the first call. */
export function francAll(...args: Parameters<typeof FrancAll>): ReturnType<typeof FrancAll> {
  cached ??= (require('franc') as { francAll: typeof FrancAll }).francAll;
  return cached(...args);
}
