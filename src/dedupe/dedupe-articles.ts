import { ClusterBuilder } from './clusters.js';
import { dedupeSettings } from './settings.js';
import { signItem } from './signature.js';
import type { ArticleSignature, CandidatePair, DedupeItem, DedupeOptions, DedupeResult } from './types.js';

/**
 * Clusters of near-duplicate articles: the same story republished with another dateline,
 * title or junk, a paragraph dropped, sentences cut or words edited. Bodies are compared
 * after `parseArticle` has removed the dateline, title, boilerplate and credit, as MinHash
 * signatures of their word shingles; candidates come from LSH band keys (linear in the number
 * of articles) and are confirmed when their estimated Jaccard similarity reaches
 * `options.threshold`. Articles without a duplicate are left out. Deterministic: the same
 * articles give the same clusters in any order.
 *
 * Throws a `TypeError` for an item that is not `{id, text}` or `{id, article}`, a non-string
 * id, an id given twice, or a bad option.
 *
 * @example
 * const { clusters } = dedupeArticles([{ id: 'a', text: a }, { id: 'b', text: b }]);
 * // [{ id: 'a', members: [{ id: 'a', similarity: 1 }, { id: 'b', similarity: 0.81 }] }]
 */
export function dedupeArticles(items: Iterable<DedupeItem, unknown, undefined>, options?: DedupeOptions): DedupeResult {
  const fn = 'dedupeArticles';
  const settings = dedupeSettings(options, fn);
  requireIterable(items, fn);
  const builder = new ClusterBuilder(settings);
  for (const item of items) addUnique(builder, signItem(item, settings, fn, false), fn);
  return builder.result();
}

/**
 * `dedupeArticles` over an async (or sync) iterable, for batches read as a stream: only the
 * signatures (about 400 bytes an article) are kept, never the texts.
 */
export async function dedupeArticlesAsync(items: AsyncIterable<DedupeItem, unknown, undefined> | Iterable<DedupeItem, unknown, undefined>, options?: DedupeOptions): Promise<DedupeResult> {
  const fn = 'dedupeArticlesAsync';
  const settings = dedupeSettings(options, fn);
  if (items === null || typeof items !== 'object' || !(Symbol.asyncIterator in items || Symbol.iterator in items)) {
    throw new TypeError(`${fn}: \`items\` must be an iterable or async iterable of {id, text} or {id, article}`);
  }
  const builder = new ClusterBuilder(settings);
  for await (const item of items) addUnique(builder, signItem(item, settings, fn, false), fn);
  return builder.result();
}

/**
 * One article's signature (MinHash values and LSH band keys), for finding candidates
 * elsewhere: group signatures on each band key, pair the members of every group, and
 * confirm the pairs with `confirmCandidates`. `warta signatures` writes these.
 */
export function signArticle(item: DedupeItem, options?: DedupeOptions): ArticleSignature {
  const fn = 'signArticle';
  return signItem(item, dedupeSettings(options, fn), fn);
}

/**
 * Confirm candidate pairs (two signatures that share a band key, in any order, repeats
 * allowed) and cluster them. Given every pair that shares a key, the result equals
 * `dedupeArticles` over the same articles with the same options.
 */
export function confirmCandidates(pairs: Iterable<CandidatePair, unknown, undefined>, options?: DedupeOptions): DedupeResult {
  const fn = 'confirmCandidates';
  const settings = dedupeSettings(options, fn);
  requireIterable(pairs, fn);
  const builder = new ClusterBuilder(settings);
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError(`${fn}: each pair must be [signature, signature]`);
    const [a, b] = pair as CandidatePair;
    builder.addPair(checkSignature(a, settings.bands * settings.rows, fn), checkSignature(b, settings.bands * settings.rows, fn));
  }
  return builder.result();
}

function checkSignature(s: ArticleSignature, slots: number, fn: string): ArticleSignature {
  if (s === null || typeof s !== 'object' || typeof s.id !== 'string') throw new TypeError(`${fn}: a signature needs a string \`id\``);
  if (s.minhash !== null && !(s.minhash instanceof Uint32Array && s.minhash.length === slots)) {
    throw new TypeError(`${fn}: signature "${s.id}": \`minhash\` must be a Uint32Array of ${slots} values (bands × rows) or null`);
  }
  return s;
}

function addUnique(builder: ClusterBuilder, signature: ArticleSignature, fn: string): void {
  if (!builder.addUnkeyed(signature)) throw new TypeError(`${fn}: id "${signature.id}" is given twice`);
}

function requireIterable(items: unknown, fn: string): void {
  if (items === null || typeof items !== 'object' || !(Symbol.iterator in items)) {
    throw new TypeError(`${fn}: the first argument must be an iterable (an array, say)`);
  }
}
