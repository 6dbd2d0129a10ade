import { mix32 } from './hash.js';

/** Slots of the key table at first (a power of two; doubled when half full). */
const INITIAL_SLOTS = 1 << 10;

/**
 * Articles grouped on their LSH band keys, kept compact. A Map from each key string to an
 * array of articles held a string and an array per article and band (32 of each an article):
 * at 100,000 articles millions of small objects that every full garbage collection walks
 * again, so the time per article grew with the count. Here each key is reduced to two
 * 32-bit hashes, articles under one key are chained through a typed array, and an
 * open-addressing table in a typed array finds a key's newest entry: nothing per article that
 * the collector has to walk or copy (one Map per band position held 3 million Smi slots at
 * 100,000 articles, scanned by every full collection and copied on every growth).
 *
 * Keys are compared by their two hashes: two different key strings meet only on a 64-bit
 * collision, which is as rare as the collision of two band keys themselves (they are 64-bit
 * hashes already). A bucket is listed newest first; the order does not matter to the caller.
 */
export class BandIndex {
  /** Open addressing (linear probing): the newest entry of a key (band position and hashes), or -1. */
  private table = new Int32Array(INITIAL_SLOTS).fill(-1);
  private keys = 0;
  private hashA = new Uint32Array(1024);
  private hashB = new Uint32Array(1024);
  private bandOf = new Uint16Array(1024);
  /** The entry added before this one under the same key, or -1. */
  private previous = new Int32Array(1024);
  private article = new Int32Array(1024);
  private size = 0;
  /** Per band position, the hash state after its key prefix (see `hashPrefixes`). */
  private prefixA = new Int32Array(0);
  private prefixB = new Int32Array(0);
  /** The two hashes of the key being added (set by the key readers below, read by `addHashed`). */
  private a = 0;
  private b = 0;

  /**
   * Call `visit` with every article added before under `key` at band position `band`, then
   * add `article` under it.
   */
  add(band: number, key: string, article: number, visit: (other: number) => void): void {
    this.a = 0x811c9dc5;
    this.b = 0x9e3779b1;
    for (let i = 0; i < key.length; i++) this.step(key.charCodeAt(i));
    this.addHashed(band, article, visit);
  }

  /**
   * `add` with the key `<band in base 36>:<h1 in 8 hex digits><h2 in 8 hex digits>` (what
   * `bandKeys` writes) given by its parts: the same buckets, without making the string.
   */
  addParts(band: number, h1: number, h2: number, article: number, visit: (other: number) => void): void {
    if (band >= this.prefixA.length) this.hashPrefixes(band + 1);
    this.a = this.prefixA[band]!;
    this.b = this.prefixB[band]!;
    this.stepHex8(h1);
    this.stepHex8(h2);
    this.addHashed(band, article, visit);
  }

  /**
   * The hash state after `<band in base 36>:` for every band position below `bands`, made once
   * per index rather than a string per band of every article.
   */
  private hashPrefixes(bands: number): void {
    this.prefixA = new Int32Array(bands);
    this.prefixB = new Int32Array(bands);
    for (let band = 0; band < bands; band++) {
      this.a = 0x811c9dc5;
      this.b = 0x9e3779b1;
      const prefix = band.toString(36);
      for (let i = 0; i < prefix.length; i++) this.step(prefix.charCodeAt(i));
      this.step(0x3a); // ':'
      this.prefixA[band] = this.a;
      this.prefixB[band] = this.b;
    }
  }

  private stepHex8(n: number): void {
    for (let shift = 28; shift >= 0; shift -= 4) {
      const digit = (n >>> shift) & 0xf;
      this.step(digit < 10 ? 0x30 + digit : 0x57 + digit);
    }
  }

  private step(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x5bd1e995) ^ (this.b >>> 15);
  }

  private addHashed(band: number, article: number, visit: (other: number) => void): void {
    const a = this.a >>> 0;
    const b = this.b >>> 0;
    const slot = this.slotOf(band, a, b);
    const head = this.table[slot]!;
    for (let e = head; e >= 0; e = this.previous[e]!) visit(this.article[e]!);
    const entry = this.grow();
    this.hashA[entry] = a;
    this.hashB[entry] = b;
    this.bandOf[entry] = band;
    this.previous[entry] = head;
    this.article[entry] = article;
    this.table[slot] = entry;
    if (head < 0 && ++this.keys * 2 > this.table.length) this.rehash();
  }

  /** The table slot of a key: where its newest entry is, or the empty slot it goes in. */
  private slotOf(band: number, a: number, b: number): number {
    const mask = this.table.length - 1;
    for (let slot = mix32(a ^ Math.imul(band, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const e = this.table[slot]!;
      if (e < 0 || (this.hashA[e] === a && this.hashB[e] === b && this.bandOf[e] === band)) return slot;
    }
  }

  /** Double the table and put every key's newest entry back in. */
  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (const e of old) if (e >= 0) this.table[this.slotOf(this.bandOf[e]!, this.hashA[e]!, this.hashB[e]!)] = e;
  }

  private grow(): number {
    if (this.size === this.hashA.length) {
      const capacity = this.size * 2;
      this.hashA = copyInto(new Uint32Array(capacity), this.hashA);
      this.hashB = copyInto(new Uint32Array(capacity), this.hashB);
      this.bandOf = copyInto(new Uint16Array(capacity), this.bandOf);
      this.previous = copyInto(new Int32Array(capacity), this.previous);
      this.article = copyInto(new Int32Array(capacity), this.article);
    }
    return this.size++;
  }
}

function copyInto<T extends Uint32Array | Int32Array | Uint16Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
