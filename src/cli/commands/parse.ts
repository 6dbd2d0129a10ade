import { parseArgs } from 'node:util';
import type { Article, ParseOptions } from '../../types.js';
import { BATCH_FLAGS, BATCH_FLAGS_HELP, batchInputs, jobsOption, languageOption } from '../batch-options.js';
import { runToOutput } from '../run-batch.js';
import { UsageError } from '../usage-error.js';

/** The parts of an Article `--fields` can keep. */
const ARTICLE_FIELDS: readonly (keyof Article)[] = ['title', 'language', 'dateline', 'published', 'paragraphs', 'quotes', 'organisations', 'duplicates', 'boilerplate', 'credit', 'warnings'];

const USAGE = `Usage: warta parse [options] [inputs…]

Inputs are .txt files (one article each; the id is the path), .jsonl files (one JSON object
per line, or a bare JSON string), folders (every .txt and .jsonl inside, sorted), or - for
standard input (the default). Output is one JSON line per input, in input order:
{…the input's other fields, "article": {…}}. An input that cannot be parsed gets an error
record in its place: {"error": "<why>", "line": N, "file": "<path>", "id": <id if any>}.

  --fields <a,b,…>       keep only these parts of each article (${ARTICLE_FIELDS.join(', ')})
  --pretty               indented JSON for reading (several lines per article)
${BATCH_FLAGS_HELP}

Exit status: 0 all parsed, 1 some inputs failed, 2 usage error, 130 interrupted (Ctrl-C).`;

/** `warta parse`: articles in → one JSON line per article out, in input order. */
export async function runParse(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...BATCH_FLAGS, fields: { type: 'string' }, pretty: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const language = languageOption(values.language);
  const fields = fieldsOption(values.fields);
  const files = batchInputs(positionals, values.input);
  const jobs = jobsOption(values.jobs);
  const parse: ParseOptions = {
    ...(language ? { language } : {}),
    // Stages whose results are not kept are not run.
    ...(fields && !fields.includes('quotes') ? { quotes: false } : {}),
    ...(fields && !fields.includes('organisations') ? { organisations: false } : {}),
  };
  return runToOutput(
    {
      command: 'warta parse',
      verb: 'parsed',
      files,
      jobs,
      task: { kind: 'parse', field: values.field ?? 'text', parse, fields, pretty: values.pretty ?? false },
      quiet: values.quiet ?? false,
      stats: values.stats ?? false,
    },
    values.output,
  );
}

function fieldsOption(value: string | undefined): (keyof Article)[] | null {
  if (value === undefined) return null;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(ARTICLE_FIELDS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) throw new UsageError(`--fields takes ${ARTICLE_FIELDS.join(', ')}; got "${value}"`);
  return names as (keyof Article)[];
}
