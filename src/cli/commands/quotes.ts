import { parseArgs } from 'node:util';
import { openArchive } from '../../index.js';
import { archiveFilters, archiveTarget, FILTER_FLAGS, FILTER_USAGE, TARGET_FLAGS, TARGET_USAGE } from '../archive-options.js';
import { LineWriter } from '../line-writer.js';
import { UsageError } from '../usage-error.js';

export const QUOTES_HELP = `Usage: warta quotes (--db <file> | --postgres <url>) (--speaker <name> | --org <name>) [options]

What a person said (--speaker), or what an organisation's people said (--org), newest
first, one JSON line per quote: {"id", "title", "date", "outlet", "url", "text", "kind",
"verb", "span", "speaker": {"name", "role", "organisation"}}. Names match whole words
in any case ("Sri Mulyani" finds "Sri Mulyani Indrawati"); --org matches the speaker's
organisation by acronym or name, also through the name the article expands it to.

${TARGET_USAGE}
${FILTER_USAGE}`;

/** `warta quotes`: JSON lines of quotes by a speaker or an organisation's people. */
export async function runQuotes(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...TARGET_FLAGS, ...FILTER_FLAGS } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}": name the speaker with --speaker or the organisation with --org`);
  const { target, options } = archiveTarget(values);
  const filters = archiveFilters(values);
  if (filters.speaker === undefined && filters.organisation === undefined) throw new UsageError('whose quotes? give --speaker <name> or --org <name>');
  const archive = await openArchive(target, { ...options, readonly: true });
  try {
    const quotes = await archive.quotes(filters);
    const out = new LineWriter(process.stdout);
    for (const quote of quotes) {
      if (out.closed) break;
      await out.write(JSON.stringify(quote));
    }
  } finally {
    await archive.close();
  }
  return 0;
}
