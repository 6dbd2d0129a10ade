/**
 * Helpers shared by the evaluator modules under `scripts/eval/`: reading the evaluation
 * sets, text comparison that forgives whitespace and case, P/R/F1, and a table printer.
 *
 * Nothing here imports warta itself, so a helper can be used before `src/index.ts` exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '../../src/types.js';

// ---------------------------------------------------------------------------
// Files

/** True when `path` exists (file or folder). */
export function exists(path: string): boolean {
  return existsSync(path);
}

/**
 * Read a JSON Lines file: one JSON value per non-blank line.
 * Throws with the file name and line number on invalid JSON, so a broken set is loud.
 */
export async function readJsonl<T>(path: string): Promise<T[]> {
  const raw = await readFile(path, 'utf8');
  const out: T[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${(err as Error).message})`);
    }
  }
  return out;
}

/** Read a JSON file. */
export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** One scraped article of `<data>/real/*.jsonl`. `title`/`published` are source metadata, not text. */
export interface RealArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  text: string;
  url?: string;
  license?: string;
}

/** The `real/*.jsonl` files present under `dataDir`, sorted (empty when the folder is missing). */
export function realFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'real');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

const realCache = new Map<string, Promise<Map<string, RealArticle>>>();

/**
 * All real articles under `<dataDir>/real/*.jsonl`, by id, in file order.
 * Memoised per data folder: several evaluators join their gold against the same texts.
 */
export function loadRealArticles(dataDir: string): Promise<Map<string, RealArticle>> {
  let cached = realCache.get(dataDir);
  if (!cached) {
    cached = (async () => {
      const byId = new Map<string, RealArticle>();
      for (const file of realFiles(dataDir)) {
        for (const row of await readJsonl<RealArticle>(file)) byId.set(row.id, row);
      }
      return byId;
    })();
    realCache.set(dataDir, cached);
  }
  return cached;
}

// ---------------------------------------------------------------------------
// Text comparison

/** Zero-width characters, BOM, soft hyphen: invisible, dropped before comparing. */
const INVISIBLE_G = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every whitespace run, NBSP and the other Unicode spaces included. */
const WHITESPACE_G = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Anything that is not a letter or a digit. */
const NON_ALNUM_G = /[^\p{L}\p{N}]+/gu;
/** A word: a run of letters/digits (apostrophes and hyphens split words; fine for overlap measures). */
const WORD_G = /[\p{L}\p{N}]+/gu;

/** NFC, invisible characters dropped, every whitespace run (NBSP included) one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE_G, '').replace(WHITESPACE_G, ' ').trim();
}

/** A comparison key: lower-cased letters and digits only (`KOMPAS.com` → `kompascom`). */
export function letterKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(NON_ALNUM_G, '');
}

/** Same text compared case-insensitively on letters and digits only: `KOMPAS.com` = `Kompas.com`. */
export function sameLetters(a: string, b: string): boolean {
  return letterKey(a) === letterKey(b);
}

/**
 * A key for matching segments that may differ in spacing, case or punctuation; falls back
 * to the whitespace-normalized text when a segment has no letters or digits (a lone `,`).
 */
export function segmentKey(text: string): string {
  const key = letterKey(text);
  return key !== '' ? key : normalizeSpace(text);
}

/** Lower-cased word set of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(text.normalize('NFC').toLowerCase().match(WORD_G) ?? []);
}

/** Jaccard index of the two texts' word sets (1 when both have no words). */
export function jaccard(a: string, b: string): number {
  const sa = wordSet(a);
  const sb = wordSet(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** How many times `needle` occurs in `haystack` (non-overlapping; 0 for an empty needle). */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Spans

/** Length of the intersection of two spans (0 when disjoint). */
export function spanOverlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the spans overlap by at least `fraction` of the shorter one (the quote-matching rule uses 0.5). */
export function overlapsShorter(a: Span, b: Span, fraction = 0.5): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  if (shorter <= 0) return false;
  return spanOverlap(a, b) >= fraction * shorter;
}

// ---------------------------------------------------------------------------
// Scores

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 from counts. With nothing predicted precision is 1, with nothing
 * to find recall is 1 (an empty set cannot be wrong); F1 is 0 when both are 0.
 */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** `num / den`, or `empty` when there is nothing to divide (a rate over zero items). */
export function ratio(num: number, den: number, empty = 1): number {
  return den === 0 ? empty : num / den;
}

/** `num / den`, or null when there is nothing to count: a figure with no gold behind it measures nothing. */
export function rate(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/**
 * P/R/F1 that say "nothing to measure" instead of 1: precision is null with nothing predicted,
 * recall with nothing to find, F1 with neither (F1 = 2tp / (2tp + fp + fn)).
 */
export function prfOrNull(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null; f1: number | null } {
  return { precision: rate(tp, tp + fp), recall: rate(tp, tp + fn), f1: rate(2 * tp, 2 * tp + fp + fn) };
}

/** Shorten a text for a detail line. */
export function clip(text: string, max = 80): string {
  const t = normalizeSpace(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------
// Output

/** How many examples of each kind of miss an evaluator prints under the table (env `EVAL_EXAMPLES` to see more). */
export const MAX_EXAMPLES = Number(process.env.EVAL_EXAMPLES) || 5;

/** Progress for humans: always stderr, so stdout stays a clean table or JSON. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * Format rows as an aligned plain-text table. Columns listed in `right` are right-aligned
 * (numbers); every cell is converted with `String`.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  right: readonly number[] = [],
): string {
  const cells = [headers.map(String), ...rows.map((r) => r.map((c) => String(c ?? '')))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Lower-case letters and digits, every other run of characters one space (the README's junk-leak folding). */
export function foldLetters(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(NON_ALNUM_G, ' ').trim();
}

/**
 * How many times a junk `segment` is still found in `text` (README, boilerplate leak): its
 * letters and digits, lower-cased with every other character as one space, occur in the
 * text's, even glued to a word (`…0,54Sumber: Bloomberg` still holds `Sumber: Bloomberg`).
 * A segment with no letter or digit (`*`, `[]`) is looked for as written, whitespace-normalized.
 */
export function countSegment(text: string, segment: string): number {
  const needle = foldLetters(segment);
  if (needle === '') return countOccurrences(normalizeSpace(text), normalizeSpace(segment));
  return countOccurrences(foldLetters(text), needle);
}

/**
 * A multiset of keys: `take(key)` removes one occurrence and says whether there was one.
 * Gold lists repeat texts (`ADVERTISEMENT` injected twice), so matching consumes.
 */
export class KeyBag {
  private readonly counts = new Map<string, number>();
  constructor(keys: Iterable<string> = []) {
    for (const k of keys) this.add(k);
  }
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  has(key: string): boolean {
    return (this.counts.get(key) ?? 0) > 0;
  }
  take(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n === 0) return false;
    this.counts.set(key, n - 1);
    return true;
  }
  get size(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
}

/**
 * The source lines a span covers when it stands on lines of its own: only punctuation or
 * whitespace before it on its first line and after it on its last (`(NP)` with the span on
 * `NP` counts). Returns the non-empty trimmed lines, or null when the span shares a line
 * with other text (an inline `Baca juga:` inside a paragraph).
 */
export function wholeLines(source: string, span: Span): string[] | null {
  const lineStart = source.lastIndexOf('\n', span.start - 1) + 1;
  let lineEnd = source.indexOf('\n', Math.max(span.end, span.start));
  if (lineEnd === -1) lineEnd = source.length;
  const rest = source.slice(lineStart, span.start) + source.slice(span.end, lineEnd);
  if (letterKey(rest) !== '') return null;
  return source
    .slice(lineStart, lineEnd)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => normalizeSpace(l) !== '');
}

/** A site name after a headline: ` - Utusan Malaysia`, ` | Kompas.com` (short, no further dash). */
const SITE_SUFFIX = /^\s{0,3}[-–—|]\s{0,3}[^-–—|\n]{1,40}$/u;

/**
 * Same headline modulo whitespace; a title given without the site-name suffix the gold keeps
 * (`Tun M masih di IJN` for `Tun M masih di IJN - Utusan Malaysia`) also counts, since that
 * suffix is the outlet's name, not part of the headline.
 */
export function sameTitle(got: string, gold: string): boolean {
  const a = normalizeSpace(got);
  const b = normalizeSpace(gold);
  if (a === b) return true;
  return a.length > 0 && b.startsWith(a) && SITE_SUFFIX.test(b.slice(a.length));
}
