import { parseArgs } from 'node:util';
import { BATCH_FLAGS, BATCH_FLAGS_HELP, batchInputs, jobsOption, languageOption } from '../batch-options.js';
import { DEDUPE_FLAGS, DEDUPE_FLAGS_HELP, dedupeOptions } from '../dedupe-options.js';
import { runToOutput } from '../run-batch.js';

const USAGE = `Usage: warta signatures [options] [inputs…]

Writes one line per article, in input order: its id, its LSH band keys and its MinHash
signature, {"id": "…", "shingles": N, "bands": ["<band>:<hex>", …], "minhash": "<base64>"}.
Group these on each band key (any engine will do), pair the articles of every group, and
confirm the pairs with warta dedupe --candidates. A body too short to compare has no bands.

Inputs are as for warta parse: .txt, .jsonl (text in --field, or a line warta parse wrote),
folders, or - for standard input. The id is the "id" field (numbers as text), else
<file>:<line>; a .txt file's id is its path. A bad input gets an error record in its place.

${DEDUPE_FLAGS_HELP}
${BATCH_FLAGS_HELP}

Exit status: 0 all signed, 1 some inputs failed, 2 usage error, 130 interrupted (Ctrl-C).`;

/** `warta signatures`: each article's id, LSH band keys and MinHash signature, as JSONL. */
export async function runSignatures(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...BATCH_FLAGS, ...DEDUPE_FLAGS } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dedupe = dedupeOptions(values, languageOption(values.language));
  const files = batchInputs(positionals, values.input);
  const jobs = jobsOption(values.jobs);
  return runToOutput(
    {
      command: 'warta signatures',
      verb: 'signed',
      files,
      jobs,
      task: { kind: 'signatures', field: values.field ?? 'text', dedupe, withSource: false },
      quiet: values.quiet ?? false,
      stats: values.stats ?? false,
    },
    values.output,
  );
}
