import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { itemsOf, readBatches, STDIN, type InputItem } from './batches.js';
import { UsageError } from './usage-error.js';

/**
 * Where the commands read articles from: `.txt` files (one article each, the id is the path),
 * `.jsonl` files and standard input (one JSON object per line). Every command that takes
 * `[inputs…]` reads through here, so they all accept the same things and number lines alike.
 */

export { STDIN, type InputItem } from './batches.js';

/**
 * Expand the paths a user gave into the files to read, in a stable order: folders give their
 * `.txt` and `.jsonl` files (recursively, sorted by path); no path or `-` means standard input.
 * Throws a `UsageError` naming the first path that does not exist or is neither kind of file.
 */
export function resolveInputs(paths: readonly string[]): string[] {
  if (paths.length === 0) return [STDIN];
  const files: string[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push(STDIN);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (isDirectory) files.push(...filesIn(path));
    else if (isReadable(path)) files.push(path);
    else throw new UsageError(`not a .txt or .jsonl file: ${path}`);
  }
  return files;
}

function isReadable(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.txt' || ext === '.jsonl' || ext === '.ndjson' || ext === '.json';
}

/** What a folder gives: article files, not every JSON document beside them (`*.expected.json`, settings). */
function isArticleFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.txt' || ext === '.jsonl' || ext === '.ndjson';
}

function filesIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesIn(path));
    else if (entry.isFile() && isArticleFile(path)) found.push(path);
  }
  return found.sort();
}

/**
 * Every input item of `files` (as `resolveInputs` gives them), in order. Lines keep their
 * numbers even when empty, so an error record can point at any line; a UTF-8 BOM at the start
 * of a file and CRLF line ends are dropped. The same reader as the worker pool's (`batches.ts`).
 */
export async function* readInputs(files: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for await (const batch of readBatches(files, { stdin })) yield* itemsOf(batch);
}

/** An input item decoded: the article text and the fields to pass through, or why it is unusable. */
export type DecodedInput =
  | { ok: true; id: unknown; text: string; fields: Record<string, unknown> }
  | { ok: false; id: unknown; error: string };

/**
 * Decode one input item. `field` names the JSON field holding the text; every other field
 * (`id`, `url`, …) is passed through. A bare JSON string is an article without fields.
 * Never throws.
 */
export function decodeInput(item: InputItem, field: string): DecodedInput {
  if (item.format === 'text') return { ok: true, id: item.file, text: item.raw, fields: { id: item.file } };
  const record = decodeRecord(item);
  return record.ok ? fromValue(record.value, field) : record;
}

function fromValue(value: Record<string, unknown> | string, field: string): DecodedInput {
  if (typeof value === 'string') return { ok: true, id: null, text: value, fields: {} };
  const { [field]: text, ...fields } = value;
  const id = fields.id ?? null;
  if (text === undefined) return { ok: false, id, error: `no field "${field}"` };
  if (typeof text !== 'string') return { ok: false, id, error: `field "${field}" is not a string` };
  return { ok: true, id, text, fields };
}

/** The clean paragraphs of an article `warta parse` already wrote: all that comparing bodies needs. */
export interface ParsedBody {
  paragraphs: { text: string }[];
}

/** An input item decoded as text to parse, or as an article `warta parse` already parsed. */
export type DecodedArticleInput = DecodedInput | { ok: true; id: unknown; article: ParsedBody; fields: Record<string, unknown> };

/**
 * Like `decodeInput`, but a line of `warta parse` output (`{"id": …, "article": {"paragraphs":
 * [{"text": …}, …], …}}`) is taken as it is, so `warta parse | warta signatures` parses once.
 * The text field wins when a line has both. Never throws.
 */
export function decodeArticleInput(item: InputItem, field: string): DecodedArticleInput {
  if (item.format === 'text') return decodeInput(item, field);
  const record = decodeRecord(item);
  if (!record.ok) return record;
  const decoded = fromValue(record.value, field);
  if (decoded.ok || typeof record.value === 'string' || decoded.error !== `no field "${field}"`) return decoded;
  const { article, ...fields } = record.value;
  if (!isParsedBody(article)) return { ok: false, id: decoded.id, error: `no field "${field}" and no parsed "article"` };
  return { ok: true, id: decoded.id, article, fields };
}

function isParsedBody(value: unknown): value is ParsedBody {
  const paragraphs = (value as { paragraphs?: unknown } | null)?.paragraphs;
  return Array.isArray(paragraphs) && paragraphs.every((p) => typeof (p as { text?: unknown } | null)?.text === 'string');
}

/** A JSONL line as a JSON object or bare string, or why it is neither. */
function decodeRecord(item: InputItem): { ok: true; value: Record<string, unknown> | string } | { ok: false; id: null; error: string } {
  if (item.raw.trim() === '') return { ok: false, id: null, error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(item.raw);
  } catch (error) {
    return { ok: false, id: null, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value === 'string') return { ok: true, value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: null, error: 'not a JSON object or string' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** The record written in an input's place when it cannot be used, so the output never loses a line. */
export interface ErrorRecord {
  error: string;
  line: number;
  file: string;
  id?: unknown;
}

export function errorRecord(item: Pick<InputItem, 'file' | 'line'>, error: string, id: unknown): ErrorRecord {
  return id === null || id === undefined ? { error, line: item.line, file: item.file } : { error, line: item.line, file: item.file, id };
}
