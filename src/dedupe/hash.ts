/**
 * 32-bit hashing for shingles and MinHash slots. Fixed constants, no randomness at run time:
 * the same text gives the same signature on every machine and in every process, which is what
 * lets a cluster engine compare signatures computed on different workers.
 */

/** MurmurHash3's finalizer: a bijection on 32-bit integers with full avalanche. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised by `mix32`. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString(s.slice(start, end))` without the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** `count` well-spread 32-bit seeds from a fixed start (SplitMix32-style sequence). */
export function seeds(count: number, start: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = start >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = mix32(state);
  }
  return out;
}
