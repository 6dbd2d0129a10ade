/**
 * The dates an article's body mentions: every day-level expression of its clean paragraphs,
 * resolved against the article's own date. A pure function of the paragraphs, the reference
 * and the language data, so the pipeline only has to hand them over.
 */
import type { DateData } from '../lang/types.js';
import { readReference, type Reference } from './calendar.js';
import { compileGrammar } from './grammar.js';
import type { DateHit } from './hit.js';
import { scanDates } from './scan.js';

/** A clean paragraph: its region `[start, end)` of the (normalized) article text. */
export interface BodyParagraph {
  start: number;
  end: number;
}

/** Kinds `Article.dates` reports: days, not periods or times alone. */
const DAY_LEVEL = new Set(['absolute', 'weekday-date', 'weekday', 'relative']);
/** Kinds that are read from the reference, and so from the day a quote was spoken. */
const FROM_REFERENCE = new Set(['weekday', 'relative']);
/** Kinds that can date a quote's attribution (`kata Bimo, Kamis (24/7/2025).`). */
const WRITTEN_DAY = new Set(['absolute', 'weekday-date']);

/** Quotation marks; Kompas also opens a quote with `”`, so marks are paired in order, not by shape. */
const QUOTE_MARK = /["“”]/g;

/**
 * The article's own date: the caller's reference, else the publication line's date, else the
 * dateline's (the first that can be read), or null.
 */
export function articleReference(...candidates: readonly (Date | string | null | undefined)[]): Reference | null {
  for (const c of candidates) {
    const ref = readReference(c);
    if (ref) return ref;
  }
  return null;
}

/**
 * Every day-level date in the paragraphs of `text` (regions in order, not overlapping), with
 * offsets into `text`. Relative dates and dates without a year are resolved against
 * `reference`; with none they keep `date: null`. A relative date inside a quotation is resolved
 * against the day its attribution gives, when that names one: in `"… hari ini …," kata Bimo,
 * Kamis (24/7/2025).` "hari ini" is Thursday the 24th even in an article dated the 25th.
 */
export function findBodyDates(text: string, paragraphs: readonly BodyParagraph[], reference: Reference | null, data: readonly DateData[]): DateHit[] {
  if (data.length === 0 || paragraphs.length === 0) return [];
  const grammar = compileGrammar(data);
  // One scan over the body, not one per paragraph; what lies outside a paragraph is dropped.
  const hits = scanDates(text, grammar, { ref: reference }, paragraphs[0]!.start, paragraphs[paragraphs.length - 1]!.end);
  const out: DateHit[] = [];
  let k = 0;
  for (let i = 0; i < paragraphs.length && k < hits.length; i++) {
    const p = paragraphs[i]!;
    while (k < hits.length && hits[k]!.start < p.start) k++;
    const first = out.length;
    let fromReference = false;
    for (; k < hits.length && hits[k]!.start < p.end; k++) {
      const h = hits[k]!;
      if (h.end > p.end || !DAY_LEVEL.has(h.kind)) continue;
      out.push(h);
      if (FROM_REFERENCE.has(h.kind)) fromReference = true;
    }
    if (fromReference) out.splice(first, out.length - first, ...resolveQuotes(text, p, out.slice(first), reference, data));
  }
  return out;
}

/** Re-read the relative dates inside each quotation against the date of its attribution, when it has one. */
function resolveQuotes(text: string, p: BodyParagraph, hits: DateHit[], reference: Reference | null, data: readonly DateData[]): DateHit[] {
  const marks: number[] = [];
  QUOTE_MARK.lastIndex = p.start;
  while (QUOTE_MARK.exec(text) !== null && QUOTE_MARK.lastIndex <= p.end) marks.push(QUOTE_MARK.lastIndex - 1);
  if (marks.length < 2) return hits;
  let out = hits;
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const open = marks[i]!;
    const close = marks[i + 1]!;
    const inside = out.filter((h) => h.start > open && h.end <= close && FROM_REFERENCE.has(h.kind));
    if (inside.length === 0) continue;
    // The attribution runs from the closing mark to the next quotation or the end of the paragraph.
    const until = marks[i + 2] ?? p.end;
    const anchor = out.find((h) => h.start > close && h.end <= until && WRITTEN_DAY.has(h.kind) && h.date !== null && h.until === null);
    if (!anchor) continue;
    const spoken = readReference(anchor.date);
    if (!spoken || (reference && spoken.y === reference.y && spoken.m === reference.m && spoken.d === reference.d)) continue;
    const reread = scanDates(text, compileGrammar(data), { ref: spoken }, open, close).filter((h) => FROM_REFERENCE.has(h.kind));
    out = out.map((h) => (inside.includes(h) ? (reread.find((r) => r.start === h.start && r.kind === h.kind) ?? h) : h));
  }
  return out;
}
