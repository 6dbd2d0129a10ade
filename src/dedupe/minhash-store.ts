import { estimateSimilarity } from './minhash.js';

/** Rows made room for at first (doubled as needed): small, since most calls compare a few articles. */
const INITIAL_ROWS = 64;

/**
 * The kept MinHash values, one row of `slots` values per article in one growing typed array
 * rather than a typed array per article (an object and an off-heap buffer each, that every
 * full garbage collection visits again). A signature of another length (possible from
 * signatures read back from a file) is kept apart; it agrees with no other length.
 */
export class MinhashStore {
  private values: Uint32Array;
  /** Per article: 0 none, 1 a row of `values`, 2 kept in `odd`. */
  private kinds = new Uint8Array(INITIAL_ROWS);
  private readonly odd = new Map<number, Uint32Array>();
  private size = 0;

  constructor(private readonly slots: number) {
    this.values = new Uint32Array(INITIAL_ROWS * slots);
  }

  push(minhash: Uint32Array | null): void {
    const at = this.size++;
    if (at === this.kinds.length) {
      this.kinds = grown(this.kinds, at * 2);
      this.values = grown(this.values, at * 2 * this.slots);
    }
    if (minhash === null) this.kinds[at] = 0;
    else if (minhash.length === this.slots && this.slots > 0) {
      this.values.set(minhash, at * this.slots);
      this.kinds[at] = 1;
    } else {
      this.odd.set(at, minhash);
      this.kinds[at] = 2;
    }
  }

  /** `estimateSimilarity` of two kept signatures; 0 when either has none. */
  similarity(i: number, j: number): number {
    const ki = this.kinds[i]!;
    const kj = this.kinds[j]!;
    if (ki === 0 || kj === 0) return 0;
    if (ki === 2 || kj === 2) return estimateSimilarity(this.row(i), this.row(j));
    const { values, slots } = this;
    return estimateSimilarity(values, values, i * slots, j * slots, slots);
  }

  private row(i: number): Uint32Array {
    return this.kinds[i] === 2 ? this.odd.get(i)! : this.values.subarray(i * this.slots, (i + 1) * this.slots);
  }
}

function grown<T extends Uint8Array | Uint32Array>(from: T, length: number): T {
  const to = new (from.constructor as new (n: number) => T)(length);
  to.set(from);
  return to;
}
