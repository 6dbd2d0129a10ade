import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../../parse-article.js';
import { summarize } from '../summary.js';

/** `warta summary <file.txt|folder> …`: a readable summary of each article. */
export async function runSummary(paths: string[]): Promise<number> {
  if (paths.length === 0) paths = ['corpus'];
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f))
      : [p],
  );
  for (const file of files) {
    process.stdout.write(`${summarize(basename(file, '.txt'), parseArticle(readFileSync(file, 'utf8')))}\n\n`);
  }
  process.stdout.write(`${files.length} article(s) parsed.\n`);
  return 0;
}

