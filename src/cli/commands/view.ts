import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../../parse-article.js';
import type { ParseOptions } from '../../types.js';
import { renderArticleHtml } from '../../view/render-article-html.js';
import { decodeInput, readInputs, resolveInputs, type InputItem } from '../inputs.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export const VIEW_HELP = `Usage: warta view [options] <article.txt | articles.jsonl | ->

Writes one self-contained HTML page (no scripts, works offline) showing what warta found in
one article: the text with every span marked, a legend, and a side panel.

  -o, --output <file>    write the page to a file (default: standard output)
  --id <id>              the article to show from a JSONL input, by its "id" field
  --line <n>             … or by its line number
  --field <name>         the JSONL field holding the text (default: text)
  --language <code>      ind | zlm | eng: skip language detection

A .txt file is one article. A JSONL input (or standard input) holding more than one
article needs --id or --line.`;

/** `warta view`: one article → one annotated HTML page. */
export async function runView(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      id: { type: 'string' },
      line: { type: 'string' },
      field: { type: 'string', default: 'text' },
      language: { type: 'string' },
    },
  });
  const language = values.language;
  if (language !== undefined && language !== 'ind' && language !== 'zlm' && language !== 'eng') {
    throw new UsageError(`--language must be ind, zlm or eng, got "${language}"`);
  }
  const line = values.line === undefined ? undefined : Number(values.line);
  if (line !== undefined && !(Number.isInteger(line) && line >= 1)) throw new UsageError(`--line must be a line number (1 or more), got "${values.line}"`);
  const field = values.field ?? 'text';

  const item = await pickItem(resolveInputs(positionals), { id: values.id, line }, field);
  const decoded = decodeInput(item, field);
  if (!decoded.ok) {
    process.stderr.write(`warta view: ${item.file}:${item.line}: ${decoded.error}\n`);
    return 1;
  }
  const options: ParseOptions = language ? { language } : {};
  const article = parseArticle(decoded.text, options);
  const source = item.format === 'text' ? basename(item.file) : `${item.file === '-' ? 'stdin' : basename(item.file)}, line ${item.line}${decoded.id === null ? '' : `, id ${String(decoded.id)}`}`;
  await writeOutput(renderArticleHtml(article, decoded.text, { source }), values.output);
  return 0;
}

/** The one input item to show: the one matching --id or --line, or the only one there is. */
async function pickItem(files: string[], want: { id: string | undefined; line: number | undefined }, field: string): Promise<InputItem> {
  let found: InputItem | null = null;
  let articles = 0;
  for await (const item of readInputs(files)) {
    if (item.raw.trim() === '') continue;
    articles++;
    if (want.line !== undefined || want.id !== undefined) {
      if (want.line !== undefined && item.line !== want.line) continue;
      if (want.id !== undefined && !hasId(item, want.id, field)) continue;
      return item;
    }
    if (found) throw new UsageError(`more than one article in the input: pick one with --id or --line`);
    found = item;
  }
  if (found) return found;
  if (want.id !== undefined) throw new UsageError(`no article with id "${want.id}"${want.line === undefined ? '' : ` on line ${want.line}`} in ${files.join(', ')}`);
  if (want.line !== undefined) throw new UsageError(`no line ${want.line} in ${files.join(', ')}`);
  throw new UsageError(articles === 0 ? 'the input is empty' : 'no article in the input');
}

function hasId(item: InputItem, id: string, field: string): boolean {
  const decoded = decodeInput(item, field);
  return decoded.id !== null && decoded.id !== undefined && String(decoded.id) === id;
}
