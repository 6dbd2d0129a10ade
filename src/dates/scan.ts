/**
 * The date scanner: an ordered list of matchers and refiners, as chrono configures its
 * parsers. A cheap trigger pattern finds where a date may start; at each trigger the matchers
 * are tried in order and the first that reads a date wins; the scan resumes after it. The
 * refiners then join what belongs together (`25 November - 2 Desember 2019`, `7pm Thursday`).
 */
import { isValidDate, toIso, type Reference } from './calendar.js';
import { matchAbsolute } from './absolute.js';
import type { Grammar } from './grammar-types.js';
import { MATCH } from './trigger-kinds.js';
import { wordBefore, type DateHit, type MatchContext } from './hit.js';
import { matchCounted, matchPeriod, matchRelativeDay, matchWeekday, matchWithin } from './relative.js';
import { applyTail, matchTimeAlone } from './time.js';

type Matcher = (ctx: MatchContext, pos: number, grammar: Grammar) => DateHit | null;

/** The matchers in the order they are tried at one position; the first that reads a date wins. */
const MATCHERS: readonly (readonly [number, Matcher])[] = [
  // A written date first: `Senin (20/10)` is one weekday-date, not a day name and a date.
  [MATCH.absolute, matchAbsolute],
  // Counted offsets before day names and periods: `seminggu lalu` is not `Minggu lalu`.
  [MATCH.counted, matchCounted],
  [MATCH.within, matchWithin],
  [MATCH.relativeDay, matchRelativeDay],
  // Day names before periods: `hari Minggu lalu` is a Sunday; `minggu lalu` (no `hari`) a week.
  [MATCH.weekday, matchWeekday],
  [MATCH.period, matchPeriod],
  [MATCH.time, matchTimeAlone],
];

/** Kinds that name a day, and so may carry a part of the day and a clock time after them. */
const DAY_LEVEL = new Set(['absolute', 'weekday-date', 'weekday', 'relative']);

export interface ScanOptions {
  ref: Reference | null;
  /** Also read periods (`bulan depan`): they start at unit words, which day-level scans skip. */
  periods?: boolean;
  /** Also read `dalam 7 hari` / `in 3 days` (in running text these are nearly always durations). */
  loose?: boolean;
  /** Stop after the first expression (and what may join it: a range's other end). */
  first?: boolean;
}

/**
 * Every date expression in `text[from, to)` (the whole text by default), in order, with
 * offsets into `text`. An expression may run past `to`; callers that scan regions drop those.
 */
export function scanDates(text: string, grammar: Grammar, options: ScanOptions, from = 0, to = text.length): DateHit[] {
  const ctx: MatchContext = { text, ref: options.ref };
  const trigger = options.loose ? grammar.looseTrigger : options.periods ? grammar.periodTrigger : grammar.trigger;
  let allowed: number = MATCH.all;
  if (!options.loose) allowed &= ~MATCH.within;
  if (!options.loose && !options.periods) allowed &= ~MATCH.period;
  const hits: DateHit[] = [];
  // The trigger gives where it ends; the start is found from there.
  for (let at = from, end = trigger.next(text, at, to); end >= 0 && end <= to; end = trigger.next(text, at, to)) {
    at = end;
    const last = text.charCodeAt(end - 1);
    let pos = end - 1;
    // A date starts after the one before it: the walk back to a word's start must not reach into it
    // (`today.Yesterday` glued where a zero-width space was dropped would read `today` twice).
    const floor = hits.length > 0 ? Math.max(from, hits[hits.length - 1]!.end) : from;
    let flags: number;
    if (last === 40) {
      flags = MATCH.absolute;
    } else if (last >= 48 && last <= 57) {
      while (pos > floor && isDigit(text.charCodeAt(pos - 1))) pos--;
      if (wordBefore(text, pos)) continue;
      flags = numberMayStartDate(text, pos, grammar);
      if (flags === 0) continue;
    } else {
      while (pos > floor && wordUnitBefore(text, pos)) pos--;
      // No date word starts with a full stop: one left at the floor ends the date before.
      if (text.charCodeAt(pos) === 46) pos++;
      // The trigger's word boundaries are ASCII: `éSenin` must not start a date.
      if (wordBefore(text, pos)) continue;
      flags = grammar.tables.trigger.get(text, pos, end) ?? MATCH.all;
    }
    flags &= allowed;
    for (let k = 0; k < MATCHERS.length; k++) {
      const [flag, match] = MATCHERS[k]!;
      if ((flags & flag) === 0) continue;
      const hit = match(ctx, pos, grammar);
      if (!hit) continue;
      const last = DAY_LEVEL.has(hit.kind) ? applyTail(ctx, hit, grammar) : hit;
      hits.push(last);
      at = Math.max(last.end, end);
      // `parseDate` wants the first expression: done unless a range's other end or a date may join it.
      if (options.first && (hits.length > 1 || (last.kind !== 'time' && !rangeFollows(text, last.end, grammar)))) return refine(ctx, hits, grammar);
      break;
    }
  }
  return refine(ctx, hits, grammar);
}

/** The character before `i` belongs to a trigger word (letters, `'`, `’`, `-`, `.` of `pkl.`). */
function wordUnitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return isLetter(c) || c === 39 || c === 0x2019 || c === 45 || (c === 46 && isLetter(text.charCodeAt(i - 2)));
}

const SPACE = 32;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * The matchers worth trying at a number, from what follows it: a separator and a digit
 * (`20/10`, `20-22`, `10.01.2020`, `14:30`) or a word such as a month, a unit, a part of the
 * day, a zone or a range word (`20 Oktober`, `3 hari`, `7 malam`, `8am`). Most numbers in news
 * (`380 kilometer`, `2,58%`) get 0 here, cheaply.
 */
function numberMayStartDate(text: string, pos: number, grammar: Grammar): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i - pos > 4) return 0;
  let c = text.charCodeAt(i);
  const digitNext = isDigit(text.charCodeAt(i + 1));
  if (c === 47) return digitNext ? MATCH.absolute : 0;
  if (c === 58) return digitNext ? MATCH.time : 0;
  if (c === 46) return digitNext ? MATCH.absolute | MATCH.time : 0;
  if (c === 45 || c === 0x2013 || c === 0x2014) return MATCH.absolute;
  let spaces = 0;
  while (c === SPACE && spaces < 3) c = text.charCodeAt(i + ++spaces);
  if (c === 45 || c === 0x2013 || c === 0x2014) return MATCH.absolute;
  if (!isLetter(c)) return 0;
  const from = i + spaces;
  let j = from;
  while (j < text.length && j - from < 12 && isLetter(text.charCodeAt(j))) j++;
  const word = grammar.tables.follower.get(text, from, j);
  if (word !== undefined) return word;
  // `s.d.`, `s/d`, `a.m.`: abbreviations written with dots or a slash.
  let k = j;
  while (k < text.length && k - from < 8 && (isLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 46 || text.charCodeAt(k) === 47)) k++;
  return k > j ? (grammar.tables.follower.get(text, from, k) ?? 0) : 0;
}

/** Join neighbours that are one expression: a range of two written dates, a time before a date. */
function refine(ctx: MatchContext, hits: DateHit[], grammar: Grammar): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const next = hits[i + 1];
    const range = next && joinsRange(ctx.text, hit, next, grammar) ? mergeRange(hit, next) : null;
    if (range) {
      out.push(range);
      i++;
    } else if (next && hit.kind === 'time' && DAY_LEVEL.has(next.kind) && next.time === null && /^[ ]{0,2},?[ ]{0,3}$/.test(ctx.text.slice(hit.end, next.start))) {
      // `10.15am Friday (April 6)`: the time before the date is the date's.
      out.push({ ...next, start: hit.start, time: hit.time, timezone: hit.timezone ?? next.timezone });
      i++;
    } else {
      out.push(hit);
    }
  }
  return out;
}

const WRITTEN_DAY = new Set(['absolute', 'weekday-date']);

function rangeFollows(text: string, at: number, grammar: Grammar): boolean {
  const re = grammar.rangeJoin;
  re.lastIndex = at;
  return re.test(text);
}

/** Two written days with only a range word between them (`25 November - 2 Desember 2019`, `October 11 to October 17`). */
function joinsRange(text: string, a: DateHit, b: DateHit, grammar: Grammar): boolean {
  if (!WRITTEN_DAY.has(a.kind) || !WRITTEN_DAY.has(b.kind) || a.until !== null || b.written === undefined || a.written === undefined) return false;
  if (a.time !== null) return false;
  const re = grammar.rangeJoin;
  re.lastIndex = a.end;
  const m = re.exec(text);
  return m !== null && a.end + m[0].length === b.start;
}

/**
 * One range from its two ends. A first end written without a year takes the second's
 * (the year before when its month comes later: `28 Desember - 3 Januari 2020`).
 */
function mergeRange(a: DateHit, b: DateHit): DateHit | null {
  const kind = a.kind === 'weekday-date' || b.kind === 'weekday-date' ? 'weekday-date' : 'absolute';
  const merged: DateHit = { ...a, kind, end: b.end, until: b.until ?? b.date, time: b.time, timezone: b.timezone, warnings: [...a.warnings, ...b.warnings] };
  const aw = a.written!;
  const bw = b.written!;
  if (aw.y === null && bw.y !== null) {
    const y = aw.m > bw.m || (aw.m === bw.m && aw.d > bw.d) ? bw.y - 1 : bw.y;
    merged.date = isValidDate(y, aw.m, aw.d) ? toIso({ y, m: aw.m, d: aw.d }) : null;
    merged.relative = b.relative;
    merged.warnings = [...a.warnings.filter((w) => !w.startsWith('no year')), ...b.warnings];
  }
  merged.written = aw;
  // The end before the start: two dates side by side, not a range.
  if (merged.date !== null && merged.until !== null && merged.until <= merged.date) return null;
  return merged;
}
