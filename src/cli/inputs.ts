import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { UsageError } from './usage-error.js';

/**
 * Where the commands read articles from: `.txt` files (one article each, the id is the path),
 * `.jsonl` files and standard input (one JSON object per line). Every command that takes
 * `[inputs…]` reads through here, so they all accept the same things and number lines alike.
 */

/** The name error records give standard input. */
export const STDIN = '-';

/** One unit of input, not yet decoded: decoding is left to whoever does the work (a worker thread). */
export interface InputItem {
  /** The file's path as given (or found in a folder), `-` for standard input. */
  file: string;
  /** 1-based line number in a JSONL source; 1 for a `.txt` file. */
  line: number;
  /** `jsonl`: `raw` is one line of JSON; `text`: `raw` is a whole article. */
  format: 'jsonl' | 'text';
  raw: string;
}

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
 * of a file and CRLF line ends are dropped.
 */
export async function* readInputs(files: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file !== STDIN && extname(file).toLowerCase() === '.txt') {
      yield { file, line: 1, format: 'text', raw: stripBom(await readFile(file, 'utf8')) };
      continue;
    }
    const stream = file === STDIN ? stdin : createReadStream(file, { encoding: 'utf8' });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let line = 0;
    for await (const raw of lines) {
      line++;
      yield { file, line, format: 'jsonl', raw: line === 1 ? stripBom(raw) : raw };
    }
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
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
  if (item.raw.trim() === '') return { ok: false, id: null, error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(item.raw);
  } catch (error) {
    return { ok: false, id: null, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value === 'string') return { ok: true, id: null, text: value, fields: {} };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, id: null, error: 'not a JSON object or string' };
  }
  const { [field]: text, ...fields } = value as Record<string, unknown>;
  const id = fields.id ?? null;
  if (text === undefined) return { ok: false, id, error: `no field "${field}"` };
  if (typeof text !== 'string') return { ok: false, id, error: `field "${field}" is not a string` };
  return { ok: true, id, text, fields };
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
