import { UnionFind } from '../util/union-find.js';
import { BandIndex } from './band-index.js';
import { bandHashes } from './lsh.js';
import { estimateContainment } from './minhash.js';
import { MinhashStore } from './minhash-store.js';
import type { DedupeSettings } from './settings.js';
import type { ArticleSignature, DedupeResult, DuplicateCluster } from './types.js';

/**
 * Collects signatures, finds candidate pairs on shared band keys, confirms each by its
 * estimated similarity and joins confirmed pairs into clusters (connected components).
 * The result depends only on the set of signatures, never on the order they arrive in:
 * that is what lets a cluster engine, grouping on band keys in any order, reproduce it.
 */
export class ClusterBuilder {
  // Only what confirming and the result need is kept of a signature (not its band keys: see BandIndex).
  private readonly ids: string[] = [];
  private readonly minhashes: MinhashStore;
  private readonly shingles: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly sets = new UnionFind();
  private readonly buckets = new BandIndex();
  private readonly confirmWith = (other: number) => this.confirm(other, this.adding);
  /** The article `add` is indexing (read by `confirmWith`, made once rather than per band). */
  private adding = 0;
  private readonly pair = new Uint32Array(2);

  constructor(private readonly settings: DedupeSettings) {
    this.minhashes = new MinhashStore(settings.bands * settings.rows);
  }

  /** Add one signature. Returns false (and ignores it) when its id was added before. */
  add(signature: ArticleSignature): boolean {
    if (this.index.has(signature.id)) return false;
    const at = this.keep(signature);
    if (signature.minhash === null) return true;
    this.adding = at;
    // Compare with every earlier article under each key; pairs already joined need no look.
    for (let band = 0; band < signature.bands.length; band++) this.buckets.add(band, signature.bands[band]!, at, this.confirmWith);
    return true;
  }

  /**
   * `add` for a signature made in this process without its band keys (`bands` empty): the
   * keys are read from the MinHash values, the same buckets as their strings give `add`.
   */
  addUnkeyed(signature: ArticleSignature): boolean {
    if (this.index.has(signature.id)) return false;
    const at = this.keep(signature);
    const { minhash } = signature;
    if (minhash === null) return true;
    this.adding = at;
    const { bands, rows } = this.settings;
    for (let band = 0; band < bands; band++) {
      bandHashes(minhash, band, rows, this.pair);
      this.buckets.addParts(band, this.pair[0]!, this.pair[1]!, at, this.confirmWith);
    }
    return true;
  }

  /** Confirm one candidate pair (given, say, by a cluster engine's grouping), adding both signatures. */
  addPair(a: ArticleSignature, b: ArticleSignature): void {
    this.addWithoutBands(a);
    this.addWithoutBands(b);
    this.confirm(this.index.get(a.id)!, this.index.get(b.id)!);
  }

  private addWithoutBands(signature: ArticleSignature): void {
    if (!this.index.has(signature.id)) this.keep(signature);
  }

  private keep(signature: ArticleSignature): number {
    const at = this.ids.length;
    this.ids.push(signature.id);
    this.minhashes.push(signature.minhash);
    this.shingles.push(signature.shingles);
    this.index.set(signature.id, at);
    this.sets.add();
    return at;
  }

  private confirm(i: number, j: number): void {
    if (this.find(i) === this.find(j)) return;
    if (!this.sameStory(i, j)) return;
    this.sets.union(i, j);
  }

  /** Similar enough, or the shorter body is mostly inside the longer one (a copy cut short). */
  private sameStory(i: number, j: number): boolean {
    const similarity = this.similarity(i, j);
    if (similarity >= this.settings.threshold) return true;
    return estimateContainment(similarity, this.shingles[i]!, this.shingles[j]!) >= this.settings.containment;
  }

  private similarity(i: number, j: number): number {
    return this.minhashes.similarity(i, j);
  }

  private find(i: number): number {
    return this.sets.find(i);
  }

  /** The clusters of two or more articles, each led by its least id, sorted by that id. */
  result(): DedupeResult {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const root = this.find(i);
      const group = groups.get(root);
      if (group) group.push(i);
      else groups.set(root, [i]);
    }
    const clusters: DuplicateCluster[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((x, y) => compareIds(this.ids[x]!, this.ids[y]!));
      const lead = group[0]!;
      clusters.push({
        id: this.ids[lead]!,
        members: group.map((m) => ({ id: this.ids[m]!, similarity: m === lead ? 1 : this.similarity(lead, m) })),
      });
    }
    clusters.sort((x, y) => compareIds(x.id, y.id));
    return { clusters };
  }
}

/** Ids in code-unit order: the same on every platform and independent of locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
