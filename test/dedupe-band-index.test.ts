import { describe, expect, it } from 'vitest';
import { BandIndex } from '../src/dedupe/band-index.js';

/** Every earlier article under the same key at the same band position, as a sorted list. */
function visits(index: BandIndex, band: number, key: string, article: number): number[] {
  const seen: number[] = [];
  index.add(band, key, article, (other) => seen.push(other));
  return seen.sort((a, b) => a - b);
}

describe('BandIndex', () => {
  it('lists the articles added before under the same key and band, and no others', () => {
    const index = new BandIndex();
    expect(visits(index, 0, '0:aaaa', 0)).toEqual([]);
    expect(visits(index, 1, '1:aaaa', 0)).toEqual([]);
    expect(visits(index, 0, '0:bbbb', 1)).toEqual([]);
    expect(visits(index, 0, '0:aaaa', 2)).toEqual([0]);
    expect(visits(index, 0, '0:aaaa', 3)).toEqual([0, 2]);
    expect(visits(index, 1, '1:aaaa', 3)).toEqual([0]);
    // The same string at another band position is another bucket.
    expect(visits(index, 2, '0:aaaa', 4)).toEqual([]);
  });

  it('keeps every bucket apart past its first growth (thousands of keys)', () => {
    const index = new BandIndex();
    for (let article = 0; article < 3000; article++) {
      for (let band = 0; band < 4; band++) {
        const key = `${band}:${(article % 700).toString(16).padStart(16, '0')}`;
        const expected = Array.from({ length: Math.floor(article / 700) }, (_, k) => (article % 700) + k * 700);
        expect(visits(index, band, key, article)).toEqual(expected);
      }
    }
  });
});
