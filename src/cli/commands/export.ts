import { parseArgs } from 'node:util';
import { opensearchMapping, parseArticle, toOpenSearchBulk, toSearchDocument } from '../../index.js';
import { languageOption, toArticleInput } from '../article-input.js';
import { errorRecord, readInputs, resolveInputs } from '../inputs.js';
import { LineWriter } from '../line-writer.js';
import { UsageError } from '../usage-error.js';
import { contentKey } from '../../util/hash.js';

const FORMATS = ['opensearch-bulk', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export const EXPORT_HELP = `Usage: warta export --format opensearch-bulk|jsonl [options] [inputs…]
       warta export --mapping

Parse articles and write them as search documents (see toSearchDocument) on standard
output: --format opensearch-bulk writes a _bulk body for OpenSearch or Elasticsearch
(an action line and a document per article); --format jsonl one document per line.
--mapping prints the index settings and mapping to create the index with.
Inputs as for warta archive (.txt, .jsonl, folders, - for standard input).

  --format <name>        opensearch-bulk | jsonl
  --index <name>         the index named in bulk action lines (default: warta)
  --field <name>         the JSON field holding the text (default: text)
  --language <code>      ind | zlm | eng: skip language detection
  --mapping              print the index mapping and exit

A document's id is the input's id, or sha256: and the hash of its text, so loading the
same articles again replaces them. A bad input line gives an error record {"error",
"line", "file", "id"}: in its place with --format jsonl, on standard error with
--format opensearch-bulk (a bulk body holds only actions and documents).
Exit status: 0 when every input was exported, 1 when some were not.`;

/** `warta export`: search documents for other engines. */
export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      index: { type: 'string', default: 'warta' },
      field: { type: 'string', default: 'text' },
      language: { type: 'string' },
      mapping: { type: 'boolean', default: false },
    },
  });
  const out = new LineWriter(process.stdout);
  if (values.mapping) {
    if (values.format !== undefined || positionals.length > 0) throw new UsageError('--mapping takes no inputs and no --format');
    await out.write(JSON.stringify(opensearchMapping(), null, 2));
    return 0;
  }
  const format = values.format as Format | undefined;
  if (format === undefined || !FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(' or ')}${values.format ? `, got "${values.format}"` : ''}`);
  const index = values.index ?? 'warta';
  if (index === '') throw new UsageError('--index must not be empty');
  const parse = languageOption(values.language);
  const files = resolveInputs(positionals);
  let failed = 0;
  for await (const item of readInputs(files)) {
    if (out.closed) break;
    const input = toArticleInput(item, values.field ?? 'text');
    if ('error' in input) {
      failed++;
      // In place in a JSONL stream (the output never loses a line); a bulk body can hold only actions and documents.
      const record = JSON.stringify(errorRecord(item, input.error, input.id));
      if (format === 'jsonl') await out.write(record);
      else process.stderr.write(`${record}\n`);
      continue;
    }
    const { text, id, ...known } = input;
    const doc = toSearchDocument(parseArticle(text, parse), { ...known, id: id ?? contentKey(text) });
    await out.write(format === 'jsonl' ? JSON.stringify(doc) : toOpenSearchBulk([doc], index).slice(0, -1));
  }
  return failed > 0 ? 1 : 0;
}
