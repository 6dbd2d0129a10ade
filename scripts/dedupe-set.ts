/**
 * `npx tsx scripts/dedupe-set.ts [--data ../shared/eval] [--seed N] --out <dir>`
 *
 * Writes the near-duplicate benchmark set (see `scripts/eval/dedupe-set.ts`) as
 * `<dir>/articles.jsonl` ({"id", "text"} per line) and `<dir>/gold.jsonl` (one gold cluster of
 * ids per line), for running `warta dedupe` or a cluster engine on it. Built from the real
 * articles at run time: the output holds evaluation text, so keep it out of the repo.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDedupeSet, DEFAULT_SEED } from './eval/dedupe-set.js';
import { loadRealArticles } from './eval/shared.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { data: { type: 'string', default: resolve(REPO_ROOT, '..', 'shared', 'eval') }, seed: { type: 'string' }, out: { type: 'string' } } });
if (!values.out) {
  process.stderr.write('usage: npx tsx scripts/dedupe-set.ts [--data ../shared/eval] [--seed N] --out <dir>\n');
  process.exit(2);
}
const real = [...(await loadRealArticles(resolve(values.data!))).values()].map((a) => ({ id: a.id, text: a.text }));
if (real.length === 0) {
  process.stderr.write(`no real/*.jsonl under ${values.data}\n`);
  process.exit(1);
}
const set = buildDedupeSet(real, values.seed ? Number(values.seed) : DEFAULT_SEED);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'articles.jsonl'), set.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
writeFileSync(join(values.out, 'gold.jsonl'), set.clusters.map((c) => JSON.stringify(c)).join('\n') + '\n');
process.stderr.write(`${set.articles.length} articles, ${set.clusters.length} gold clusters → ${values.out}\n`);
