/**
 * Regenerate `corpus/<name>.expected.json` from the current parser.
 * Run `npm run corpus:update`, then review the diff: it is the change in behaviour.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'corpus');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const file of names) {
  const text = readFileSync(join(dir, file), 'utf8');
  const article = parseArticle(text);
  writeFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), `${JSON.stringify(article, null, 2)}\n`);
}
process.stderr.write(`updated ${names.length} expected file(s)\n`);
