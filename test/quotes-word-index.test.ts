import { describe, expect, it } from 'vitest';
import { WordIndex } from '../src/quotes/word-index.js';

describe('quotes: word index', () => {
  it('answers as a set of the words added', () => {
    const index = new WordIndex(4);
    for (const w of ['yang', 'petani', 'yang', 'tangguh', 'bersatu']) index.add(w);
    expect(['yang', 'petani', 'tangguh', 'bersatu'].every((w) => index.has(w))).toBe(true);
    expect(index.has('aliansi')).toBe(false);
    expect(index.has('')).toBe(false);
    expect(index.has('Petani')).toBe(false);
  });

  it('keeps words that share a signature, past a full chain too', () => {
    // Seven letters differing only in the third: one signature (first two, length, middle, last).
    const words = Array.from({ length: 200 }, (_, k) => `ab${String.fromCharCode(0x100 + k)}defg`);
    const index = new WordIndex(8);
    for (const w of words) index.add(w);
    expect(words.every((w) => index.has(w))).toBe(true);
    expect(index.has(`ab${String.fromCharCode(0x300)}defg`)).toBe(false);
  });
});
