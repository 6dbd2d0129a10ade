/**
 * Near-duplicate articles across a batch (`dedupeArticles`), on the set `dedupe-set.ts` builds
 * from `<data>/real/` with a fixed seed.
 *
 * Figures, over pairs of articles (a cluster of n articles holds n·(n−1)/2 pairs):
 * - dedupe.pairs.precision: predicted pairs that are gold pairs (an original with its copy,
 *   or two copies of one original);
 * - dedupe.pairs.recall: gold pairs that are predicted;
 * - dedupe.junkPairs: pairs of unrelated articles sharing one site's junk block that were
 *   clustered, as a share of all such pairs (must be 0);
 * - dedupe.sameTopicPairs: the same for same-topic different stories (must be 0).
 * The detail lists the weakest gold pairs found and the closest negatives, by estimated
 * similarity, so a threshold change can be judged from the margins.
 */
import { dedupeArticles, signArticle } from '../../src/index.js';
import { estimateSimilarity } from '../../src/dedupe/minhash.js';
import { buildDedupeSet, type DedupeSet } from './dedupe-set.js';
import { loadRealArticles, progress, ratio } from './shared.js';
import type { Figure } from './types.js';

export async function evaluateDedupe(dataDir: string): Promise<Figure[]> {
  const real = [...(await loadRealArticles(dataDir)).values()].map((a) => ({ id: a.id, text: a.text }));
  if (real.length === 0) return [];
  progress('eval: dedupe: building the set');
  const set = buildDedupeSet(real);
  progress(`eval: dedupe: ${set.articles.length} articles, ${set.clusters.length} gold clusters`);
  const t0 = performance.now();
  const { clusters } = dedupeArticles(set.articles);
  const ms = performance.now() - t0;

  const predicted = pairsOf(clusters.map((c) => c.members.map((m) => m.id)));
  const gold = pairsOf(set.clusters);
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const precision = ratio(tp, predicted.size);
  const recall = ratio(tp, gold.size);
  const wrongly = (pairs: [string, string][]) => ratio(pairs.filter(([a, b]) => predicted.has(key(a, b))).length, pairs.length, 0);

  return [
    { key: 'dedupe.pairs.precision', label: 'near-duplicate pairs: precision', value: precision },
    { key: 'dedupe.pairs.recall', label: 'near-duplicate pairs: recall', value: recall, detail: margins(set, gold, predicted, ms) },
    { key: 'dedupe.junkPairs', label: 'pairs sharing only site junk, clustered', value: wrongly(set.junkPairs), better: 'lower' },
    { key: 'dedupe.sameTopicPairs', label: 'same-topic different stories, clustered', value: wrongly(set.sameTopicPairs), better: 'lower' },
  ];
}

function key(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function pairsOf(clusters: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const c of clusters) for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++) pairs.add(key(c[i]!, c[j]!));
  return pairs;
}

/** Counts, the gold pairs' lowest similarities and the negatives' highest: how much room the threshold has. */
function margins(set: DedupeSet, gold: Set<string>, predicted: Set<string>, ms: number): string {
  const byId = new Map(set.articles.map((a) => [a.id, a]));
  const sig = new Map<string, Uint32Array | null>();
  const signature = (id: string) => {
    if (!sig.has(id)) sig.set(id, signArticle(byId.get(id)!).minhash);
    return sig.get(id)!;
  };
  const similarity = (k: string) => {
    const [a, b] = k.split('\u0000') as [string, string];
    const x = signature(a);
    const y = signature(b);
    return x && y ? estimateSimilarity(x, y) : 0;
  };
  const goldSims = [...gold].map(similarity).sort((a, b) => a - b);
  const negatives = [...set.junkPairs, ...set.sameTopicPairs].map(([a, b]) => similarity(key(a, b))).sort((a, b) => b - a);
  const falsePairs = [...predicted].filter((p) => !gold.has(p)).map((p) => p.replace('\u0000', ' ~ '));
  return [
    `${set.articles.length} articles, ${gold.size} gold pairs, ${predicted.size} predicted, dedupe ${ms.toFixed(0)} ms`,
    `lowest gold-pair similarities: ${goldSims.slice(0, 8).map((s) => s.toFixed(2)).join(' ')}`,
    `highest negative-pair similarities: ${negatives.slice(0, 8).map((s) => s.toFixed(2)).join(' ')}`,
    ...(falsePairs.length ? [`false pairs: ${falsePairs.slice(0, 5).join(', ')}`] : []),
  ].join('\n');
}
