import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, firstCharAlternation } from '../src/util/patterns.js';

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
