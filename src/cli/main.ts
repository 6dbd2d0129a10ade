import { ArchiveError } from '../archive/errors.js';
import { isUsageProblem } from './archive-options.js';
import { ARCHIVE_HELP, runArchive } from './commands/archive.js';
import { EXPORT_HELP, runExport } from './commands/export.js';
import { runDedupe } from './commands/dedupe.js';
import { runParse } from './commands/parse.js';
import { QUOTES_HELP, runQuotes } from './commands/quotes.js';
import { REPORT_HELP, runReport } from './commands/report.js';
import { runSearch, SEARCH_HELP } from './commands/search.js';
import { runSignatures } from './commands/signatures.js';
import { runSummary } from './commands/summary.js';
import { runView, VIEW_HELP } from './commands/view.js';
import { UsageError } from './usage-error.js';

/** A command of the tool: its one-line description and what it runs (exit code out). */
interface Command {
  readonly usage: string;
  /** Printed for `warta <command> --help` (commands without it handle --help themselves). */
  readonly help?: string;
  run(args: string[]): Promise<number>;
}

/** Every command, in the order `warta --help` lists them. Each lives in `commands/<name>.ts`. */
const COMMANDS: Readonly<Record<string, Command>> = {
  summary: { usage: 'summary [inputs…]              readable summary of each article', run: runSummary },
  parse: { usage: 'parse [inputs…]                one JSON line per article, in input order', run: runParse },
  signatures: { usage: 'signatures [inputs…]           each article\'s id, LSH band keys and MinHash signature', run: runSignatures },
  dedupe: { usage: 'dedupe [inputs…]               clusters of near-duplicate articles (also --candidates pairs.jsonl)', run: runDedupe },
  view: { usage: 'view <article.txt|.jsonl> …    one article → an annotated HTML page (see warta view --help)', help: VIEW_HELP, run: runView },
  report: { usage: 'report <parsed.jsonl> …        the output of parse → an HTML report on the batch', help: REPORT_HELP, run: runReport },
  archive: { usage: 'archive --db <file> [inputs…]  parse articles into a searchable SQLite (or --postgres) archive', help: ARCHIVE_HELP, run: runArchive },
  search: { usage: 'search --db <file> <query…>    full-text search of an archive, best first (JSON lines)', help: SEARCH_HELP, run: runSearch },
  quotes: { usage: 'quotes --db <file> --speaker <name> | --org <name>   what someone said (JSON lines)', help: QUOTES_HELP, run: runQuotes },
  export: { usage: 'export --format opensearch-bulk [inputs…]   search documents for OpenSearch (--mapping: the index mapping)', help: EXPORT_HELP, run: runExport },
};

const USAGE = `warta — scraped news text → structured articles

Usage:
${Object.values(COMMANDS)
  .map((c) => `  warta ${c.usage}`)
  .join('\n')}

Inputs: .txt files (one article each), .jsonl files (one JSON object per line), folders
(every .txt and .jsonl inside), or - for standard input (the default).
warta <command> --help tells more.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`warta: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  if (command.help !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // Bad flags (node:util parseArgs), unreadable inputs and usage errors are the user's to fix: one line.
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`warta ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    // An archive that cannot be opened, read or written, or a query it cannot answer: one line.
    if (error instanceof ArchiveError) {
      process.stderr.write(`warta ${name}: ${error.message}\n`);
      return isUsageProblem(error.code) ? 2 : 1;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`warta: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
