import type { InputItem } from '../cli/inputs.js';
import type { Article } from '../types.js';

/**
 * One line of `warta parse` output, read without trusting it: an article (any of its parts
 * may be missing when the batch was parsed with `--fields`), an error record that `parse`
 * wrote in a failed input's place, or a line the report cannot read at all.
 */
export type BatchRecord =
  | { kind: 'article'; at: LineRef; id: unknown; article: Partial<Article>; ms: number | null; fields: Record<string, unknown> }
  | { kind: 'failed'; at: LineRef; id: unknown; error: string; input: Partial<LineRef> }
  | { kind: 'unreadable'; at: LineRef; reason: string };

/** Where a record sits in the report's own input. */
export interface LineRef {
  file: string;
  line: number;
}

/**
 * Read one input item of the report. Empty lines give `null` (they are nobody's article).
 * A numeric top-level `ms` field is taken as the article's parse time in milliseconds.
 */
export function readBatchRecord(item: InputItem): BatchRecord | null {
  const at = { file: item.file, line: item.line };
  if (item.format === 'text') return { kind: 'unreadable', at, reason: 'a text file, not the JSONL that warta parse writes' };
  if (item.raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(item.raw);
  } catch {
    return { kind: 'unreadable', at, reason: 'not valid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'unreadable', at, reason: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.error === 'string') {
    const input: Partial<LineRef> = {};
    if (typeof record.file === 'string') input.file = record.file;
    if (typeof record.line === 'number') input.line = record.line;
    return { kind: 'failed', at, id, error: record.error, input };
  }
  const article = record.article;
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    return { kind: 'unreadable', at, reason: 'neither an article ("article" object) nor an error record ("error")' };
  }
  const { article: _article, ms: rawMs, ...fields } = record;
  const ms = typeof rawMs === 'number' && Number.isFinite(rawMs) && rawMs >= 0 ? rawMs : null;
  return { kind: 'article', at, id, article: article as Partial<Article>, ms, fields };
}
