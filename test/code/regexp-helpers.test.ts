import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../src/util/lazy-regexp.js';
import fc from 'fast-check';
import { alternation, firstCharAlternation } from '../../src/util/patterns.js';
import { requiredLiterals } from '../../src/util/regex-literals.js';

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

/** Invented junk phrases: shared first letters in both cases, punctuation first, a colon, one phrase a prefix of another. */
const PHRASES = ['Lihat pula', 'Lihat pula video', 'LIHAT PULA', 'lihat', 'Kirim kabar:', 'KIRIM', '(Gambar:', '© Warta Contoh', 'Ikuti', 'ikuti kami', 'Íkon', 'ſimpan', 'Simpan dulu', 'ⅷ nomor', 'Ⅷ'];

describe('firstCharAlternation', () => {
  it('patterns: matches what alternation matches, the same phrase first (case-sensitive and case-insensitive)', () => {
    const text = fc.oneof(
      fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom('', ' ', '  video', ': Kabar', 'x'), fc.boolean(), fc.boolean()).map(([p, rest, upper, lower]) => {
        const s = p + rest;
        return upper ? s.toUpperCase() : lower ? s.toLowerCase() : s;
      }),
      fc.string({ maxLength: 12 }),
    );
    for (const flags of ['', 'i', 'u', 'iu']) {
      const plain = new RegExp(`^(?:${alternation(PHRASES)})`, flags);
      const grouped = new RegExp(`^(?:${firstCharAlternation(PHRASES, flags)})`, flags);
      fc.assert(fc.property(text, (s) => grouped.exec(s)?.[0] === plain.exec(s)?.[0]), { numRuns: 2000 });
    }
  });

  it('patterns: groups phrases by their first character, longest first within a group', () => {
    expect(firstCharAlternation(['Baca', 'Baca juga', 'Simak'], 'u')).toBe('B(?:aca {0,3}juga|aca)|S(?:imak)');
    expect(firstCharAlternation(['baca', 'BACA juga'], 'i')).toBe('B(?:ACA {0,3}juga|aca)');
    expect(firstCharAlternation(['baca', 'BACA juga'], '')).toBe('B(?:ACA {0,3}juga)|b(?:aca)');
    // `ſ` is `s` to a Unicode case-insensitive pattern only.
    expect(firstCharAlternation(['ſimpan', 'sapa'], 'i')).toBe('ſ(?:impan)|s(?:apa)');
    expect(firstCharAlternation(['ſimpan', 'sapa'], 'iu')).toBe('ſ(?:impan|apa)');
  });
});

describe('requiredLiterals', () => {
  it('finds the longest run of plain characters every match holds', () => {
    expect(requiredLiterals('\\b[a-z]{2,20}syen\\b')).toEqual(['syen']);
    expect(requiredLiterals('\\bRM ?\\d')).toEqual(['RM']);
    expect(requiredLiterals('\\(ANTARA(?: News)?\\) ?-')).toEqual(['(ANTARA']);
    expect(requiredLiterals('ab(?:cd|ce)f')).toEqual(['abc']);
    expect(requiredLiterals('\\b[a-z]{2,20}(?:atis|istis)\\b')).toEqual(['tis']);
  });

  it('gives one literal per top-level alternative', () => {
    expect(requiredLiterals('\\bTani\\b|\\bKabar Desa\\b')).toEqual(['Tani', 'Kabar Desa']);
  });

  it('leaves out what may be absent or repeated, and gives up where an alternative needs nothing', () => {
    expect(requiredLiterals('x(?:ab|cb)?yz')).toEqual(['yz']);
    expect(requiredLiterals('k{2}xyz')).toEqual(['xyz']);
    expect(requiredLiterals('a\\u00A0bc')).toEqual(['bc']);
    expect(requiredLiterals('ab\\12cd')).toEqual(['ab']);
    expect(requiredLiterals('\\d+')).toBeNull();
    expect(requiredLiterals('abc|\\d')).toBeNull();
    expect(requiredLiterals('(?:abc|\\d)')).toBeNull();
  });

  it('never names text a match can lack', () => {
    const cases: [string, string[]][] = [
      ['\\bRp ?\\d', ['Rp5', 'Rp 5']],
      ['(?:di|me)?[a-z]{3}kan ke atas', ['tolakkan ke atas', 'dibuatkan ke atas']],
      ['x(?:ab|cb)?yz', ['xyz', 'xabyz']],
    ];
    for (const [source, texts] of cases) {
      const needs = requiredLiterals(source)!;
      for (const t of texts) {
        expect(new RegExp(source, 'u').test(t)).toBe(true);
        expect(needs.some((l) => t.includes(l))).toBe(true);
      }
    }
  });
});
