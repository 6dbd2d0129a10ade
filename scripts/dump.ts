/**
 * `npm run dump -- [--data ../shared/eval] > out.jsonl`
 *
 * Print `parseArticle` of every corpus article and of every row with a `text` field in the
 * evaluation data's JSON Lines files, one `{ "id", "article" }` line each, in a fixed order.
 * Two dumps taken before and after a change are compared with `cmp` or `diff`: a change meant
 * to keep behaviour (speed, robustness) must leave them identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArticle } from '../src/index.js';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const data = resolve(dataAt >= 0 && args[dataAt + 1] ? args[dataAt + 1]! : join(REPO_ROOT, '..', 'shared', 'eval'));

/** Files under `dir` whose names end with `suffix`, sorted, recursively; none when `dir` is missing. */
function filesUnder(dir: string, suffix: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), suffix) : e.name.endsWith(suffix) ? [join(dir, e.name)] : []));
}

let count = 0;
const write = (id: string, text: string) => {
  process.stdout.write(`${JSON.stringify({ id, article: parseArticle(text) })}\n`);
  count++;
};
for (const file of filesUnder(join(REPO_ROOT, 'corpus'), '.txt')) write(relative(REPO_ROOT, file), readFileSync(file, 'utf8'));
for (const file of filesUnder(data, '.jsonl')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof row.text === 'string') write(`${relative(data, file)}:${i + 1}:${String(row.id ?? '')}`, row.text);
    });
}
process.stderr.write(`dumped ${count} article(s)\n`);
