import { mix32 } from './hash.js';

/**
 * LSH banding: the signature is cut into `bands` runs of `rows` slots, and each run is hashed
 * to a key. Two articles become candidates when any band key is equal, which happens with
 * probability 1 − (1 − J^rows)^bands for Jaccard similarity J: an S-curve that is steep
 * around (1/bands)^(1/rows). Grouping on keys costs one pass, so candidate search is linear
 * in the number of articles.
 */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): string[] {
  const keys: string[] = [];
  const pair = new Uint32Array(2);
  for (let band = 0; band < bands; band++) {
    bandHashes(signature, band, rows, pair);
    keys.push(`${band.toString(36)}:${hex8(pair[0]!)}${hex8(pair[1]!)}`);
  }
  return keys;
}

/**
 * The two 32-bit hashes of one band's rows that its key spells in hex (`<band>:<h1><h2>`),
 * into `out[0]` and `out[1]`.
 */
export function bandHashes(signature: Uint32Array, band: number, rows: number, out: Uint32Array): void {
  // Two independent 32-bit hashes of the band's rows: 64 bits keep chance collisions away
  // even among hundreds of millions of keys. The band number keeps equal runs in
  // different bands apart.
  let h1 = 0x3c6ef372 ^ band;
  let h2 = 0xa54ff53a ^ Math.imul(band, 0x9e3779b1);
  for (let r = band * rows; r < (band + 1) * rows; r++) {
    const v = signature[r]!;
    h1 = mix32(h1 ^ v);
    h2 = mix32(Math.imul(h2, 0x01000193) ^ v ^ 0x5bd1e995);
  }
  out[0] = h1;
  out[1] = h2;
}

/** The chance that two articles of Jaccard similarity `similarity` share at least one band key. */
export function candidateProbability(similarity: number, bands: number, rows: number): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
