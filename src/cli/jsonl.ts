import type { Article, ParseOptions } from '../types.js';
import { parseArticle } from '../parse-article.js';

/** One input line's outcome: the output line to write, or the error to report. */
export type LineResult = { ok: true; output: string } | { ok: false; error: string };

/**
 * Parse one JSONL input line `{"id": …, "text": "…"}` (or a bare JSON string) into one
 * output line `{"id": …, "article": {…}}`. Never throws: a bad line is an error result.
 */
export function processLine(line: string, field: string, options: ParseOptions): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  let id: unknown = null;
  let text: unknown = value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    id = record.id ?? null;
    text = record[field];
  }
  if (typeof text !== 'string') return { ok: false, error: `no string field "${field}"` };
  const article: Article = parseArticle(text, options);
  return { ok: true, output: JSON.stringify({ id, article }) };
}
