import { parseArgs } from 'node:util';
import { openArchive } from '../../index.js';
import { archiveFilters, archiveTarget, FILTER_FLAGS, FILTER_USAGE, TARGET_FLAGS, TARGET_USAGE } from '../archive-options.js';
import { LineWriter } from '../line-writer.js';
import { UsageError } from '../usage-error.js';

export const SEARCH_HELP = `Usage: warta search (--db <file> | --postgres <url>) [options] <query…>

Full-text search of an archive, best first, one JSON line per article:
{"id", "score", "title", "date", "outlet", "language", "url", "snippet"}, with the
matched words of the snippet marked **like this**. Words are stemmed, so "pertemuan"
also finds "bertemu"; every word must match. Quotes, *, parentheses, NEAR, AND/OR and
column names are read as plain words.

${TARGET_USAGE}
${FILTER_USAGE}`;

/** `warta search`: JSON lines of hits, best first. */
export async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...TARGET_FLAGS, ...FILTER_FLAGS } });
  const { target, options } = archiveTarget(values);
  if (positionals.length === 0) throw new UsageError('what to search for? warta search --db <file> "words…"');
  const filters = archiveFilters(values);
  const archive = await openArchive(target, { ...options, readonly: true });
  try {
    const hits = await archive.search(positionals.join(' '), filters);
    const out = new LineWriter(process.stdout);
    for (const hit of hits) {
      if (out.closed) break;
      await out.write(JSON.stringify(hit));
    }
  } finally {
    await archive.close();
  }
  return 0;
}
