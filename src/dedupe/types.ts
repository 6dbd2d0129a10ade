import type { SupportedLanguage } from '../types.js';

/** An article to compare: its text (parsed first), or an article `parseArticle` already returned. */
export type DedupeItem = { id: string; text: string } | { id: string; article: { paragraphs: readonly { text: string }[] } };

/** How near-duplicate articles are found. Every field has a documented default. */
export interface DedupeOptions {
  /**
   * Least estimated Jaccard similarity of two bodies' shingle sets for them to be duplicates
   * (default `DEDUPE_THRESHOLD`, 0.5: at least half of all distinct word shingles of the two bodies together are shared).
   */
  threshold?: number;
  /**
   * Least estimated share of the shorter body's shingles found in the longer one for two bodies
   * below `threshold` to be duplicates all the same (default `DEDUPE_CONTAINMENT`, 0.8): a copy
   * cut short. `1` turns it off in practice (only a copy wholly inside another).
   */
  containment?: number;
  /** LSH bands (default `DEDUPE_BANDS`). `bands × rows` MinHash slots are computed. */
  bands?: number;
  /** Slots per band (default `DEDUPE_ROWS`). */
  rows?: number;
  /** Words per shingle (default `DEDUPE_SHINGLE_WORDS`). */
  shingleWords?: number;
  /** For `{id, text}` items: parse as this language instead of detecting it. */
  language?: SupportedLanguage;
}

/** An article's fingerprint: what candidate search (`bands`) and confirmation (`minhash`) need. */
export interface ArticleSignature {
  id: string;
  /** Distinct word shingles of the clean body. */
  shingles: number;
  /** MinHash values, `bands × rows` of them; `null` when the body is too short to compare. */
  minhash: Uint32Array | null;
  /** LSH band keys (`<band>:<64-bit hex>`); empty when the body is too short to compare. */
  bands: string[];
}

/** One article of a cluster and its estimated similarity to the cluster's representative. */
export interface ClusterMember {
  id: string;
  /** Estimated Jaccard similarity of its body to the representative's (1 for the representative). */
  similarity: number;
}

/** Articles that tell the same story. `id` is the representative's id: the least member id. */
export interface DuplicateCluster {
  id: string;
  /** Every member, the representative first, then by id. */
  members: ClusterMember[];
}

/** The clusters of a batch, by representative id; articles without a near duplicate are left out. */
export interface DedupeResult {
  clusters: DuplicateCluster[];
}

/** Two articles that share a band key, to be confirmed by their signatures. */
export type CandidatePair = readonly [ArticleSignature, ArticleSignature];
