import type { Reference } from '../dates/calendar.js';
import type { Grammar } from '../dates/grammar-types.js';
import { type DateHit, emptyHit, warn } from '../dates/hit.js';

/**
 * `KUALA LUMPUR, Oct 14 --`: a short month name before the day. Body text does not take it as a
 * date without its year or a dot (`Jun 3 persen`); between a dateline's comma and its dash, or
 * an agency in parentheses, it is one.
 */
const SHORT_MONTH_DAY = /(\p{Lu}\p{Ll}{2,3}) ([0-3]?[0-9])[ ]{0,3}(?=-|[–—‒―]|\()/uy;

const pad = (n: number) => String(n).padStart(2, '0');

/** The short month and day at `pos`: dated with the reference's year (see `filedBy`), else no year and a warning. */
export function shortMonthDayAt(text: string, pos: number, grammar: Grammar, ref: Reference | null = null): DateHit | null {
  SHORT_MONTH_DAY.lastIndex = pos;
  const m = SHORT_MONTH_DAY.exec(text);
  if (!m || !grammar.monthFirstWords.has(m[1]!.toLowerCase())) return null;
  const end = pos + m[1]!.length + 1 + m[2]!.length;
  const found = emptyHit(pos, end, 'absolute', true);
  const month = grammar.months.get(m[1]!.toLowerCase());
  const day = Number(m[2]);
  if (ref && month !== undefined && day >= 1 && day <= 31) {
    found.date = `${ref.y}-${pad(month)}-${pad(day)}`;
    found.written = { y: null, m: month, d: day, yearWritten: false };
    return filedBy(found, ref);
  }
  // Read as written (no year), so the dateline can tell a year is missing rather than the date.
  if (month !== undefined) found.written = { y: null, m: month, d: day, yearWritten: false };
  warn(found, `no year for "${text.slice(pos, end)}": pass referenceDate`);
  return found;
}

/**
 * A dateline says when the story was filed, which is never after the article's own date: a date
 * written without its year (`ISTANBUL 5 Mac -` in a story of November) is the last such day on or
 * before the reference, not the nearest one (a day's grace for time zones).
 */
export function filedBy(hit: DateHit, ref: Reference | null): DateHit {
  if (!ref || !hit.date || !hit.written || hit.written.yearWritten || hit.date.slice(5) === '02-29') return hit;
  const grace = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + 1)).toISOString().slice(0, 10);
  if (hit.date <= grace) return hit;
  const year = Number(hit.date.slice(0, 4)) - 1;
  return { ...hit, date: `${year}${hit.date.slice(4)}`, until: hit.until && hit.until.slice(0, 4) === hit.date.slice(0, 4) ? `${year}${hit.until.slice(4)}` : hit.until };
}
