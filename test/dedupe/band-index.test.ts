import { describe, expect, it } from 'vitest';
import { BandIndex } from '../../src/dedupe/band-index.js';
import { bandHashes, bandKeys } from '../../src/dedupe/lsh.js';

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

  it('files a key given by its parts (addParts) where its string (add) goes', () => {
    // Signatures that share some bands: every fourth article repeats an earlier one's first rows.
    const signatures = Array.from({ length: 400 }, (_, k) => Uint32Array.from({ length: 12 }, (_, r) => (r < 6 && k % 4 === 0 ? r * 7919 : Math.imul(k * 12 + r + 1, 0x9e3779b1)) >>> 0));
    const byString = new BandIndex();
    const byParts = new BandIndex();
    const mixed = new BandIndex();
    const pair = new Uint32Array(2);
    for (let article = 0; article < signatures.length; article++) {
      const keys = bandKeys(signatures[article]!, 4, 3);
      for (let band = 0; band < 4; band++) {
        bandHashes(signatures[article]!, band, 3, pair);
        const expected = visits(byString, band, keys[band]!, article);
        const seen: number[] = [];
        byParts.addParts(band, pair[0]!, pair[1]!, article, (other) => seen.push(other));
        expect(seen.sort((a, b) => a - b)).toEqual(expected);
        // One index fed both ways finds the same articles.
        const both: number[] = [];
        if (article % 2 === 0) mixed.add(band, keys[band]!, article, (other) => both.push(other));
        else mixed.addParts(band, pair[0]!, pair[1]!, article, (other) => both.push(other));
        expect(both.sort((a, b) => a - b)).toEqual(expected);
      }
    }
    expect(visits(new BandIndex(), 0, '0:x', 0)).toEqual([]);
  });

  it('files parts where their string goes at band positions of one and two base-36 digits, in any order', () => {
    const byString = new BandIndex();
    const byParts = new BandIndex();
    const bands = [40, 3, 35, 36, 0, 71, 1000];
    for (let article = 0; article < 6; article++) {
      for (const band of bands) {
        const h1 = (article % 3) * 0x01010101;
        const h2 = 0xfedcba98;
        const key = `${band.toString(36)}:${h1.toString(16).padStart(8, '0')}${h2.toString(16)}`;
        const expected = visits(byString, band, key, article);
        expect(expected).toEqual(article >= 3 ? [article - 3] : []);
        const seen: number[] = [];
        byParts.addParts(band, h1, h2, article, (other) => seen.push(other));
        expect(seen).toEqual(expected);
      }
    }
  });
});
