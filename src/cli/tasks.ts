import { parseArticle } from '../parse-article.js';
import { dedupeSettings, type DedupeSettings } from '../dedupe/settings.js';
import { signBody } from '../dedupe/signature.js';
import type { DedupeOptions } from '../dedupe/types.js';
import type { Article, ParseOptions } from '../types.js';
import { decodeArticleInput, decodeInput, errorRecord, type InputItem } from './inputs.js';
import { decodeSignature, encodeSignature } from './signature-records.js';

/**
 * What a worker does with each input item. Every item gives exactly one output line: its
 * result, or an error record in its place. Nothing here throws.
 */
export type Task =
  | { kind: 'parse'; field: string; parse: ParseOptions; fields: readonly (keyof Article)[] | null; pretty: boolean }
  | { kind: 'signatures'; field: string; dedupe: DedupeOptions; withSource: boolean };

/** One item's output line (without its line end) and whether it failed. */
export interface ItemResult {
  line: string;
  failed: boolean;
}

/** The function that turns one item into its line, with the task's settings checked once. */
export function taskRunner(task: Task): (item: InputItem) => ItemResult {
  const run =
    task.kind === 'parse'
      ? (item: InputItem) => parseItem(task, item)
      : ((settings) => (item: InputItem) => signItemLine(task, settings, item))(dedupeSettings(task.dedupe, 'warta signatures'));
  return (item) => {
    try {
      return run(item);
    } catch (error) {
      // A bug must cost one line, never the batch.
      return failure(item, `internal error: ${error instanceof Error ? error.message : String(error)}`, null);
    }
  };
}

function parseItem(task: Extract<Task, { kind: 'parse' }>, item: InputItem): ItemResult {
  const decoded = decodeInput(item, task.field);
  if (!decoded.ok) return failure(item, decoded.error, decoded.id);
  const article = parseArticle(decoded.text, task.parse);
  const record = { ...decoded.fields, article: task.fields ? pick(article, task.fields) : article };
  return { line: task.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record), failed: false };
}

function signItemLine(task: Extract<Task, { kind: 'signatures' }>, settings: DedupeSettings, item: InputItem): ItemResult {
  const passed = item.format === 'jsonl' && item.raw.includes('"minhash"') ? signatureLine(item, settings, task.withSource) : null;
  if (passed) return passed;
  const decoded = decodeArticleInput(item, task.field);
  if (!decoded.ok) return failure(item, decoded.error, decoded.id);
  const id = articleId(decoded.id, item);
  const paragraphs = 'article' in decoded ? decoded.article.paragraphs.map((p) => p.text) : parseForBody(decoded.text, settings.language);
  const record = encodeSignature(signBody(id, paragraphs, settings));
  return { line: JSON.stringify(task.withSource ? { ...record, file: item.file, line: item.line } : record), failed: false };
}

/** A line that is already a signature record (`warta signatures` output) passes through, checked. */
function signatureLine(item: InputItem, settings: DedupeSettings, withSource: boolean): ItemResult | null {
  let value: unknown;
  try {
    value = JSON.parse(item.raw);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || !('minhash' in value)) return null;
  const signature = decodeSignature(value);
  const slots = settings.bands * settings.rows;
  if (!signature) return failure(item, 'not a signature record (needs a string "id" and base64 "minhash")', (value as { id?: unknown }).id ?? null);
  if (signature.minhash && signature.minhash.length !== slots) {
    return failure(item, `signature has ${signature.minhash.length} MinHash values, expected ${slots} (bands × rows)`, signature.id);
  }
  const record = encodeSignature(signature);
  return { line: JSON.stringify(withSource ? { ...record, file: item.file, line: item.line } : record), failed: false };
}

function parseForBody(text: string, language: DedupeOptions['language']): string[] {
  const options: ParseOptions = language ? { language, quotes: false, organisations: false } : { quotes: false, organisations: false };
  return parseArticle(text, options).paragraphs.map((p) => p.text);
}

/**
 * The id an article goes by in signatures and clusters: its `id` field as a string (numbers
 * too), else `<file>:<line>` (a `.txt` file's id is its path already).
 */
export function articleId(id: unknown, item: Pick<InputItem, 'file' | 'line'>): string {
  if (typeof id === 'string') return id;
  if (typeof id === 'number' || typeof id === 'bigint') return String(id);
  return `${item.file}:${item.line}`;
}

function failure(item: InputItem, error: string, id: unknown): ItemResult {
  return { line: JSON.stringify(errorRecord(item, error, id)), failed: true };
}

function pick(article: Article, fields: readonly (keyof Article)[]): Partial<Article> {
  const out: Partial<Record<keyof Article, unknown>> = {};
  for (const f of fields) out[f] = article[f];
  return out as Partial<Article>;
}
