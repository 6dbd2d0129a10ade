/**
 * `npm i --no-save minhash bloom-filters && npx tsx scripts/compare-minhash.ts [--data ../shared/eval]`
 *
 * warta's MinHash against the npm packages that offer one, on the dedupe benchmark set: the
 * same shingles, the same LSH banding and confirmation, only the signature differs. Reports
 * signature time per article and pair precision/recall. The packages are not dependencies:
 * this measurement is why (see README, "Why these dependencies").
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/index.js';
import { ClusterBuilder } from '../src/dedupe/clusters.js';
import { bandKeys } from '../src/dedupe/lsh.js';
import { minhash } from '../src/dedupe/minhash.js';
import { dedupeSettings } from '../src/dedupe/settings.js';
import { bodyShingles } from '../src/dedupe/shingles.js';
import { comparableParagraphs } from '../src/dedupe/signature.js';
import { MIN_DEDUPE_SHINGLES } from '../src/options.js';
import { buildDedupeSet } from './eval/dedupe-set.js';
import { formatTable, loadRealArticles } from './eval/shared.js';

const require = createRequire(import.meta.url);
const data = process.argv.includes('--data') ? resolve(process.argv[process.argv.indexOf('--data') + 1]!) : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval');
const settings = dedupeSettings(undefined, 'compare');
const slots = settings.bands * settings.rows;

type Signer = (shingles: Uint32Array) => Uint32Array;

function packageSigners(): Record<string, Signer> {
  const signers: Record<string, Signer> = { 'warta (mix32 permutations)': (s) => minhash(s, slots) };
  try {
    const { Minhash } = require('minhash') as { Minhash: new (o: { numPerm: number; seed: number }) => { update(s: string): void; hashvalues: number[] } };
    signers['minhash 0.0.9'] = (s) => {
      const m = new Minhash({ numPerm: slots, seed: 1 });
      for (const x of s) m.update(String(x));
      return Uint32Array.from(m.hashvalues, (v) => v % 2 ** 32);
    };
  } catch {
    process.stderr.write('minhash not installed: npm i --no-save minhash\n');
  }
  try {
    const { MinHashFactory } = require('bloom-filters') as { MinHashFactory: new (n: number, max: number) => { create(): { add(x: number): void; _signature: number[] } } };
    const factory = new MinHashFactory(slots, 2 ** 32);
    signers['bloom-filters 3.0.4 MinHash'] = (s) => {
      const m = factory.create();
      for (const x of s) m.add(x);
      return Uint32Array.from(m._signature, (v) => v % 2 ** 32);
    };
  } catch {
    process.stderr.write('bloom-filters not installed: npm i --no-save bloom-filters\n');
  }
  return signers;
}

const real = [...(await loadRealArticles(data)).values()].map((a) => ({ id: a.id, text: a.text }));
const set = buildDedupeSet(real);
const shingles = set.articles.map((a) => ({ id: a.id, shingles: bodyShingles(comparableParagraphs(parseArticle(a.text, { quotes: false, organisations: false }).paragraphs.map((p) => p.text)), settings.shingleWords) }));
const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const gold = new Set(set.clusters.flatMap((c) => c.flatMap((a, i) => c.slice(i + 1).map((b) => key(a, b)))));

const rows: string[][] = [];
for (const [name, sign] of Object.entries(packageSigners())) {
  const builder = new ClusterBuilder(settings);
  let ms = 0;
  for (const { id, shingles: s } of shingles) {
    const t0 = performance.now();
    const signature = s.length >= MIN_DEDUPE_SHINGLES ? sign(s) : null;
    ms += performance.now() - t0;
    builder.add({ id, shingles: s.length, minhash: signature, bands: signature ? bandKeys(signature, settings.bands, settings.rows) : [] });
  }
  const predicted = builder.result().clusters.flatMap((c) => c.members.flatMap((a, i) => c.members.slice(i + 1).map((b) => key(a.id, b.id))));
  const tp = predicted.filter((p) => gold.has(p)).length;
  rows.push([name, ((1000 * ms) / shingles.length).toFixed(1), (tp / predicted.length).toFixed(3), (tp / gold.size).toFixed(3)]);
}
process.stdout.write(`${shingles.length} articles, ${slots} slots\n${formatTable(['MinHash', 'µs / article', 'pair precision', 'pair recall'], rows, [1, 2, 3])}\n`);
