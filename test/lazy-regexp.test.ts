import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../src/util/lazy-regexp.js';

/** The built package wraps every module-scope pattern in `lazyRegExp`: it must act as the pattern. */
describe('lazyRegExp', () => {
  const text = 'Tiga ekor kucing, dua anjing; satu burung.';

  it('lazyRegExp: builds the pattern on its first use, once', () => {
    let builds = 0;
    const re = lazyRegExp(() => {
      builds++;
      return /kucing/u;
    });
    expect(builds).toBe(0);
    expect(re.test(text)).toBe(true);
    expect(re.test('tidak ada')).toBe(false);
    expect(builds).toBe(1);
  });

  it('lazyRegExp: exec, lastIndex and the flags read as on the pattern (global and sticky)', () => {
    for (const flags of ['g', 'y', 'gu', 'iu']) {
      const real = new RegExp('\\p{L}+', flags);
      const lazy = lazyRegExp(() => new RegExp('\\p{L}+', flags));
      const seen: unknown[][] = [[], []];
      for (const [i, re] of [real, lazy].entries()) {
        re.lastIndex = 5;
        for (let k = 0; k < 4; k++) {
          const m = re.exec(text);
          seen[i]!.push([m?.[0], m?.index, re.lastIndex]);
          if (!m) break;
        }
        seen[i]!.push([re.source, re.flags, re.global, re.sticky, re.unicode, re.ignoreCase, re.multiline, re.dotAll, String(re)]);
      }
      expect(seen[1]).toEqual(seen[0]);
    }
  });

  it('lazyRegExp: string methods (match, matchAll, replace, replaceAll, search, split) give what the pattern gives', () => {
    const pairs = [/[a-z]+ing/g, /(\p{L})(\p{L})/gu, /[,;] ?/, /burung/y].map((real) => [real, lazyRegExp(() => new RegExp(real.source, real.flags))] as const);
    for (const [real, lazy] of pairs) {
      const run = (re: RegExp) => {
        re.lastIndex = 0;
        const out: unknown[] = [text.match(re), text.search(re), text.split(re), text.split(re, 2), text.replace(re, '<$&>'), text.replace(re, (m) => m.toUpperCase())];
        if (re.global) out.push([...text.matchAll(re)], text.replaceAll(re, '_'));
        return out;
      };
      expect(run(lazy)).toEqual(run(real));
    }
  });

  it('lazyRegExp: a pattern built from another reads its source; matchAll without g throws as on the pattern', () => {
    const inner = lazyRegExp(() => /an(?:jing|ak)/u);
    const outer = new RegExp(`dua ${inner.source}`, 'u');
    expect(outer.test(text)).toBe(true);
    expect(() => text.matchAll(lazyRegExp(() => /a/))).toThrow(TypeError);
  });
});
