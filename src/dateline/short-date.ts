import type { Grammar } from '../dates/grammar.js';
import { type DateHit, emptyHit, warn } from '../dates/hit.js';

/**
 * `KUALA LUMPUR, Oct 14 --`: a short month name before the day. Body text does not take it as a
 * date without its year or a dot (`Jun 3 persen`); between a dateline's comma and its dash, or
 * an agency in parentheses, it is one.
 */
const SHORT_MONTH_DAY = /(\p{Lu}\p{Ll}{2,3}) ([0-3]?[0-9])[ ]{0,3}(?=-|[–—‒―]|\()/uy;

/** The short month and day at `pos`, with no year (a warning says so), or null. */
export function shortMonthDayAt(text: string, pos: number, grammar: Grammar): DateHit | null {
  SHORT_MONTH_DAY.lastIndex = pos;
  const m = SHORT_MONTH_DAY.exec(text);
  if (!m || !grammar.monthFirstWords.has(m[1]!.toLowerCase())) return null;
  const end = pos + m[1]!.length + 1 + m[2]!.length;
  const found = emptyHit(pos, end, 'absolute', true);
  warn(found, `no year for "${text.slice(pos, end)}": pass referenceDate`);
  return found;
}
