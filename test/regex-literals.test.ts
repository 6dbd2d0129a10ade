import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../src/util/regex-literals.js';

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
