import { parseArgs } from 'node:util';
import { openArchive, type ArchiveInput } from '../../index.js';
import { archiveTarget, TARGET_FLAGS, TARGET_USAGE } from '../archive-options.js';
import { languageOption, toArticleInput } from '../article-input.js';
import { errorRecord, readInputs, resolveInputs } from '../inputs.js';
import { LineWriter } from '../line-writer.js';
import { UsageError } from '../usage-error.js';

/** Articles written per transaction: large enough to amortise a commit, small enough that a kill loses little. */
const DEFAULT_CHUNK = 200;
/** Progress is redrawn at most this often. */
const PROGRESS_MS = 500;

export const ARCHIVE_HELP = `Usage: warta archive (--db <file> | --postgres <url>) [options] [inputs…]

Parse articles and store them in an archive (created when absent), searchable with
warta search and warta quotes. Inputs: .txt files (one article each, keyed by path),
.jsonl files ({"id", "text", "url", "title", "date", "outlet"} per line), folders of
them, or - for standard input (the default).

${TARGET_USAGE}
  --field <name>         the JSON field holding the text (default: text)
  --chunk <n>            articles per transaction (default: ${DEFAULT_CHUNK})
  --language <code>      ind | zlm | eng: skip language detection
  --quiet                no progress or summary on standard error

An article already archived under the same id (or, without an id, the same text) is
updated, never duplicated; one archived unchanged is skipped without parsing, so a run
that was stopped resumes where it stopped. Each chunk is one transaction: a stopped run
loses nothing already committed. A bad input line is written to standard output as an
error record {"error", "line", "file", "id"} and skipped; the counts add up.
Exit status: 0 when every input was archived, 1 when some were not.`;

interface Counts {
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** `warta archive`: inputs → parsed articles in SQLite or PostgreSQL. */
export async function runArchive(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...TARGET_FLAGS,
      field: { type: 'string', default: 'text' },
      chunk: { type: 'string' },
      language: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const { target, options } = archiveTarget(values);
  const chunkSize = values.chunk === undefined ? DEFAULT_CHUNK : Number(values.chunk);
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 100_000) throw new UsageError(`--chunk must be a whole number from 1 to 100000, got "${values.chunk}"`);
  const parse = languageOption(values.language);
  const files = resolveInputs(positionals);
  const field = values.field ?? 'text';

  const archive = await openArchive(target, options);
  const rejected = new LineWriter(process.stdout);
  const counts: Counts = { read: 0, added: 0, updated: 0, unchanged: 0, failed: 0 };
  const progress = new Progress(values.quiet ?? false);
  try {
    let chunk: ArchiveInput[] = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      const result = await archive.add(chunk, { parse });
      counts.added += result.added;
      counts.updated += result.updated;
      counts.unchanged += result.unchanged;
      chunk = [];
      progress.show(counts);
    };
    for await (const item of readInputs(files)) {
      counts.read++;
      const input = toArticleInput(item, field);
      if ('error' in input) {
        counts.failed++;
        progress.interrupt();
        await rejected.write(JSON.stringify(errorRecord(item, input.error, input.id)));
        continue;
      }
      chunk.push(input);
      if (chunk.length >= chunkSize) await flush();
    }
    await flush();
  } finally {
    await archive.close();
  }
  progress.done(counts);
  return counts.failed > 0 ? 1 : 0;
}

/** Counts on one redrawn line of standard error, then a summary. */
class Progress {
  readonly #quiet: boolean;
  readonly #started = Date.now();
  #last = 0;
  #drawn = false;

  constructor(quiet: boolean) {
    this.#quiet = quiet;
  }

  show(c: Counts): void {
    if (this.#quiet || !process.stderr.isTTY) return;
    const now = Date.now();
    if (now - this.#last < PROGRESS_MS) return;
    this.#last = now;
    this.#drawn = true;
    process.stderr.write(`\r${this.#line(c)}`);
  }

  /** End the redrawn line before something else is written below it. */
  interrupt(): void {
    if (this.#drawn) process.stderr.write('\n');
    this.#drawn = false;
  }

  done(c: Counts): void {
    if (this.#quiet) return;
    process.stderr.write(`${this.#drawn ? '\r' : ''}${this.#line(c)}\n`);
  }

  #line(c: Counts): string {
    const seconds = Math.max(0.001, (Date.now() - this.#started) / 1000);
    return `warta archive: ${c.read} read, ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed (${(c.read / seconds).toFixed(0)}/s)`;
  }
}
