import { describe, expect, it } from 'vitest';
import { foldForComparison, foldPrint, forEachComparisonWord } from '../../src/util/similarity.js';

/** The definition the scanners must agree with. */
const byRegex = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const SAMPLES = [
  '',
  '   ',
  '"Kami siap," kata Rina Wulandari, Ketua APTB.',
  '«Harga cabai naik 12,5 %», ujar Budi — Senin (3/4).',
  'İSTANBUL ÇAĞ ΣΟΦΊΑ ǅungla Ⅻ ½ ٣ 𝐀𝐁c 😀 d',
  'lone \uD800 high, lone \uDC00 low, pair \uD835\uDC00 end',
  'e\u0301 combining, \u00A0nbsp\u3000ideographic\u200Bzero-width',
  '...!!!',
];

describe('foldForComparison', () => {
  it('equals the lower-case, letters-and-digits, single-space definition', () => {
    for (const s of SAMPLES) expect(foldForComparison(s)).toBe(byRegex(s));
  });
});

describe('forEachComparisonWord', () => {
  it('visits the words of the same definition, in order', () => {
    for (const s of SAMPLES) {
      const words: string[] = [];
      forEachComparisonWord(s, (lower, start, end) => words.push(lower.slice(start, end)));
      expect(words.join(' ')).toBe(byRegex(s));
    }
  });
});

describe('foldPrint', () => {
  it('gives the folded length and word count without building the folded text', () => {
    for (const s of SAMPLES) {
      const folded = byRegex(s);
      const print = foldPrint(s, 4);
      expect(print.length).toBe(folded.length);
      expect(print.words).toBe(folded === '' ? 0 : folded.split(' ').length);
    }
  });

  it('hashes texts that fold alike alike, and the opening and closing words apart', () => {
    const a = foldPrint('Aliansi Petani Tangguh Bersatu menolak harga baru, kata Rina.', 4);
    const b = foldPrint('ALIANSI  petani "Tangguh" Bersatu menolak harga baru — kata Rina', 4);
    const c = foldPrint('Aliansi Petani Tangguh Bersatu menerima harga lama, kata Rina.', 4);
    expect(b).toEqual(a);
    expect(c.key).not.toBe(a.key);
    expect(c.head).toBe(a.head);
    expect(c.tail).not.toBe(a.tail);
    expect(foldPrint('lama harga, kata Rina.', 4).tail).not.toBe(c.tail);
    expect(foldPrint('menerima harga lama, kata Rina.', 4).tail).toBe(c.tail);
  });
});

describe('foldPrint of a range', () => {
  it('equals the print of the slice lower-cased, whatever the characters around and inside', () => {
    const text = SAMPLES.join('\n');
    for (let from = 0; from < text.length; from += 7) {
      for (const to of [from, from + 1, from + 13, text.length]) {
        const end = Math.min(to, text.length);
        expect(foldPrint(text, 4, from, end)).toEqual(foldPrint(text.slice(from, end).toLowerCase(), 4));
      }
    }
  });
});
