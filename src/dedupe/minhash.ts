import { mix32, seeds } from './hash.js';

/** Seeds for up to this many MinHash slots; a signature uses the first `bands × rows`. */
const MAX_SLOTS = 1024;
/** Built on the first signature, not at import. */
let slotSeeds: Uint32Array | null = null;

/**
 * The MinHash signature of a shingle set: for each slot, the least value of an independent
 * 32-bit permutation (`mix32(shingle ^ seed)`) over the set. Two sets agree in a slot with
 * probability equal to their Jaccard similarity, so the share of agreeing slots estimates it
 * (standard error √(J(1−J)/slots): ±0.044 at J = 0.5 with 128 slots).
 */
export function minhash(shingles: Uint32Array, slots: number): Uint32Array {
  if (slots > MAX_SLOTS) throw new RangeError(`minhash: at most ${MAX_SLOTS} slots, got ${slots}`);
  const SLOT_SEEDS = (slotSeeds ??= seeds(MAX_SLOTS, 0x5eed_0001));
  const signature = new Uint32Array(slots).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < slots; i++) {
      const v = mix32(shingle ^ SLOT_SEEDS[i]!);
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return signature;
}

/**
 * The share of slots in which two signatures agree: the estimated Jaccard similarity of their
 * sets (0 for signatures of different lengths). With offsets, the signatures are the `n` values
 * from `aStart` in `a` and from `bStart` in `b` (rows of one array, see `MinhashStore`).
 */
export function estimateSimilarity(
  a: Uint32Array,
  b: Uint32Array,
  aStart = 0,
  bStart = 0,
  n = a.length === b.length ? a.length : 0,
): number {
  if (n === 0) return 0;
  let same = 0;
  for (let i = aStart, j = bStart, end = aStart + n; i < end; i++, j++) if (a[i] === b[j]) same++;
  return same / n;
}

/**
 * The share of the smaller set that lies in the larger, from their Jaccard similarity `j` and
 * sizes: |A ∩ B| = j·(|A| + |B|)/(1 + j), divided by min(|A|, |B|). Capped at 1 (the estimate
 * of `j` is noisy).
 */
export function estimateContainment(j: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller <= 0) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * smaller));
}
