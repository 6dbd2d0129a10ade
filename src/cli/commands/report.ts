import { parseArgs } from 'node:util';
import { readBatchRecord } from '../../report/batch-records.js';
import { addRecord, emptyStats } from '../../report/batch-stats.js';
import { renderReportHtml } from '../../report/render-report-html.js';
import { readInputs, resolveInputs } from '../inputs.js';
import { writeOutput } from '../write-output.js';

export const REPORT_HELP = `Usage: warta report [options] [parsed.jsonl … | folder | -]

Reads what warta parse wrote and writes one self-contained HTML page about the batch:
articles per outlet and language, dateline coverage, quotes per article, top speakers and
organisations, duplicate and junk rates, the slowest (or largest) articles, warnings and
the failed lines, with inline SVG charts.

  -o, --output <file>    write the page to a file (default: standard output)
  --title <text>         the page heading (default: Batch report)

Error records ({"error", "line", "file", "id"}) are listed as failed lines; lines that are
neither an article nor an error record are listed as unreadable. A numeric "ms" field on a
line is read as its parse time.`;

/** `warta report`: the JSONL of `warta parse` → one HTML page about the batch. */
export async function runReport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
    },
  });
  const files = resolveInputs(positionals);
  const stats = emptyStats();
  for await (const item of readInputs(files)) addRecord(stats, readBatchRecord(item));
  const inputs = files.map((f) => (f === '-' ? 'standard input' : f));
  await writeOutput(renderReportHtml(stats, { heading: values.title, inputs }), values.output);
  return 0;
}
