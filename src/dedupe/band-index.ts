/**
 * Articles grouped on their LSH band keys, kept compact. A Map from each key string to an
 * array of articles held a string and an array per article and band (32 of each an article):
 * at 100,000 articles millions of small objects that every full garbage collection walks
 * again, so the time per article grew with the count. Here each key is reduced to two
 * 32-bit hashes in typed arrays, articles under one key are chained through a typed array, and
 * one Map per band position maps a small integer to the newest entry of its chain: nothing per
 * article that the collector has to walk but a Map entry.
 *
 * Keys are compared by their two hashes: two different key strings meet only on a 64-bit
 * collision, which is as rare as the collision of two band keys themselves (they are 64-bit
 * hashes already). A bucket is listed newest first; the order does not matter to the caller.
 */
export class BandIndex {
  /** Per band position: the key's low 30 bits (a small integer, cheap as a Map key) → newest entry. */
  private readonly heads: Map<number, number>[] = [];
  private hashA = new Uint32Array(1024);
  private hashB = new Uint32Array(1024);
  /** The entry added before this one under the same small key, or -1. */
  private previous = new Int32Array(1024);
  private article = new Int32Array(1024);
  private size = 0;

  /**
   * Call `visit` with every article added before under `key` at band position `band`, then
   * add `article` under it.
   */
  add(band: number, key: string, article: number, visit: (other: number) => void): void {
    let a = 0x811c9dc5;
    let b = 0x9e3779b1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a >>>= 0;
    b >>>= 0;
    const heads = (this.heads[band] ??= new Map());
    const small = a & 0x3fffffff;
    const head = heads.get(small);
    for (let e = head ?? -1; e >= 0; e = this.previous[e]!) {
      if (this.hashA[e] === a && this.hashB[e] === b) visit(this.article[e]!);
    }
    const entry = this.grow();
    this.hashA[entry] = a;
    this.hashB[entry] = b;
    this.previous[entry] = head ?? -1;
    this.article[entry] = article;
    heads.set(small, entry);
  }

  private grow(): number {
    if (this.size === this.hashA.length) {
      const capacity = this.size * 2;
      this.hashA = copyInto(new Uint32Array(capacity), this.hashA);
      this.hashB = copyInto(new Uint32Array(capacity), this.hashB);
      this.previous = copyInto(new Int32Array(capacity), this.previous);
      this.article = copyInto(new Int32Array(capacity), this.article);
    }
    return this.size++;
  }
}

function copyInto<T extends Uint32Array | Int32Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
