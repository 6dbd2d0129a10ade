import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../../parse-article.js';
import { decodeInput, errorRecord, readInputs, resolveInputs } from '../inputs.js';
import { Output } from '../output.js';
import { summarize } from '../summary.js';

const USAGE = `Usage: warta summary [options] [inputs…]

A readable summary of each article, for people skimming a corpus. Inputs are as for
warta parse (.txt files, .jsonl files, folders, - for standard input, the default).
A bad input is reported in its place.

  --field <name>   the JSON field holding the text (default: text)

Exit status: 0 all summarised, 1 some inputs failed, 2 usage error.`;

/** `warta summary [inputs…]`: a readable summary of each article. */
export async function runSummary(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { field: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const output = new Output();
  let read = 0;
  let failed = 0;
  for await (const item of readInputs(resolveInputs(positionals))) {
    read++;
    const decoded = decodeInput(item, values.field ?? 'text');
    let text: string;
    if (decoded.ok) {
      const name = item.format === 'text' ? basename(item.file, extname(item.file)) : typeof decoded.id === 'string' || typeof decoded.id === 'number' ? String(decoded.id) : `${item.file}:${item.line}`;
      text = `${summarize(name, parseArticle(decoded.text))}\n\n`;
    } else {
      failed++;
      const e = errorRecord(item, decoded.error, decoded.id);
      text = `■ ${e.file}:${e.line}${e.id === undefined ? '' : ` (${String(e.id)})`}\n  error       ${e.error}\n\n`;
    }
    await output.write(text);
    if (output.closed) return 0;
  }
  await output.write(`${read - failed} article(s) parsed${failed ? `, ${failed} failed` : ''}.\n`);
  return failed > 0 ? 1 : 0;
}
