import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

/**
 * The build rewrites the sources (`tsup.config.ts` wraps every module-scope pattern in
 * `lazyRegExp`), so a test of the sources alone cannot prove what users run. Every corpus text is
 * parsed by the built package and by the sources: the articles must be the same (a wrapper that
 * drops a `lastIndex` write fails it). It covers the patterns the corpus reaches, no others. `npm test`
 * builds first; run on its own, the test is skipped, with a warning, when `dist/` is missing.
 */
const root = join(import.meta.dirname, '..', '..');
const distIndex = join(root, 'dist', 'index.js');
const corpus = join(root, 'corpus');
const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const built = existsSync(distIndex);
const SKIPPED = 'SKIPPED: dist/index.js is missing (run `npm run build`; `npm test` builds first)';
if (!built) console.warn(`test/code/dist-matches-sources.test.ts ${SKIPPED}`);

describe('the built package extracts what the sources extract', () => {
  const title = built ? 'every corpus text gives the same article from dist/index.js and from src/index.ts' : SKIPPED;
  it.skipIf(!built)(title, async () => {
    const dist = (await import(pathToFileURL(distIndex).href)) as { parseArticle: typeof parseArticle };
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) {
      const text = readFileSync(join(corpus, name), 'utf8');
      expect(dist.parseArticle(text), name).toEqual(parseArticle(text));
    }
  });

  // `tsup.config.ts` escapes every character outside ASCII: one left anywhere makes Node read the whole module as a
  // two-byte string, slower to decode and scan at import.
  it.skipIf(!built)(built ? 'every JavaScript file of the build is ASCII only' : SKIPPED, () => {
    const files = readdirSync(join(root, 'dist')).filter((f) => /\.(?:c|m)?js$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(/[^\x00-\x7f]/.exec(readFileSync(join(root, 'dist', f), 'utf8'))?.[0] ?? null, f).toBeNull();
  });
});
