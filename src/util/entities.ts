import { createRequire } from 'node:module';
import type * as Entities from 'entities';

/**
 * entities builds its decoding tables the moment it is loaded (a third of warta's cold import),
 * and most texts hold no entity, so it is loaded on the first one, not at import.
 *
 * From source (tests, scripts) it is required at run time. The published builds bundle it:
 * `tsup.config.ts` swaps this loader for a plain `require('entities')`, which esbuild turns into a
 * lazy module initialiser.
 */
function load(): typeof Entities {
  return createRequire(import.meta.url)('entities') as typeof Entities;
}

let cached: typeof Entities | undefined;

/** entities' `decodeHTMLStrict`, loaded on the first call. */
export function decodeHTMLStrict(text: string): string {
  cached ??= load();
  return cached.decodeHTMLStrict(text);
}

/** entities' `escapeUTF8`, loaded on the first call. */
export function escapeUTF8(text: string): string {
  cached ??= load();
  return cached.escapeUTF8(text);
}
