/**
 * Written dates: `30/11/2019`, `Senin (25/11/2019)`, `(3/1)`, `23 Februari 2016`, `5 Mac`,
 * `January 5, 2015`, `April 24`, `4 mei 1768 jumaat`, and day ranges in one month
 * (`25-28 November 2019`, `20–22/10`, `October 20-22, 2025`, `Senin-Rabu (20-22/10)`).
 *
 * One sticky pattern (see `grammar.ts`) finds a candidate; the checks here decide what it
 * means. Impossible dates give `date: null` and a warning, never a guessed date.
 */
import { isValidDate, readYear, toIso, weekdayOf, yearFor, type Reference, type YearChoice } from './calendar.js';
import type { Grammar } from './grammar-types.js';
import { capitalised, emptyHit, warn, type DateHit, type MatchContext } from './hit.js';
import { nextWordStart, phraseKey, wordEnd } from './patterns.js';
import { applyTail } from './time.js';

type Groups = Record<string, string | undefined>;

/** No groups matched (shared: never written to). */
const NO_GROUPS: Groups = Object.freeze({});

/** The day, month, written year and range end of the date core, or null when the core is not a date after all. */
interface Core {
  day: number;
  month: number;
  yearText: string | undefined;
  /** The other end of a one-month range (`25-28`): the first day when `day` is the last, and so on. */
  rangeFrom?: number;
  rangeTo?: number;
}

function monthOf(word: string, grammar: Grammar): number {
  return grammar.months.get(phraseKey(word)) ?? 0;
}

function readCore(g: Groups, grammar: Grammar, paired: boolean): Core | null {
  if (g.d1 !== undefined) {
    // Dotted numerics are dates only with a four-digit year (`10.01.2020`, not `1.2.3`).
    if (g.s1 === '.' && g.y1!.length !== 4) return null;
    return { day: Number(g.d1), month: Number(g.m1), yearText: g.y1 };
  }
  if (g.d5 !== undefined) return { day: Number(g.d5), month: Number(g.m5), yearText: g.y5, rangeFrom: Number(g.r5) };
  if (g.d2 !== undefined) {
    // `(3/1)` is a date only inside parentheses; a bare `3/1` is a fraction or a score.
    return paired ? { day: Number(g.d2), month: Number(g.m2), yearText: undefined } : null;
  }
  if (g.d3 !== undefined) {
    // A lower-case month word is a date only with its year (`08 maret 2016`; `5 may be` is not).
    if (!capitalised(g.mo3!) && g.y3 === undefined) return null;
    const core: Core = { day: Number(g.d3), month: monthOf(g.mo3!, grammar), yearText: g.y3 };
    if (g.r3 !== undefined) core.rangeFrom = Number(g.r3);
    return core;
  }
  const word = phraseKey(g.mo4!);
  if (!capitalised(g.mo4!) && g.y4 === undefined) return null;
  // A month before the day without a year is a date in languages that write it so, with the
  // month's full name (`June 7`) or a dotted abbreviation (`Oct. 5`); `Jun 3 persen` is not.
  if (g.y4 === undefined && !grammar.monthFirstNames.has(word) && !(g.dot4 !== undefined && grammar.monthFirstWords.has(word))) return null;
  const core: Core = { day: Number(g.d4), month: monthOf(g.mo4!, grammar), yearText: g.y4 };
  if (g.r4 !== undefined) core.rangeTo = Number(g.r4);
  return core;
}

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The dominant shapes, read by hand before any pattern runs (most dates in Indonesian news are
 * `Senin (20/10/2025)`): a day name followed by spaces or a comma and a date, and a numeric
 * date `20/10/2025`, `(20/10/2025)`, `(20/10)`. Anything else is left to the patterns, which
 * read these shapes the same way.
 */
function dayNameAt(text: string, pos: number, grammar: Grammar): { name: string; end: number } | 'no-date' | 'pattern' | null {
  const t = grammar.tables;
  const i = wordEnd(text, pos);
  if (!t.day.has(text, pos, i)) return null;
  let j = i;
  if (text.charCodeAt(j) === 44) j++;
  const spacesFrom = j;
  while (text.charCodeAt(j) === 32 && j - spacesFrom < 3) j++;
  const c = text.charCodeAt(j);
  const capital = text.charCodeAt(pos) >= 65 && text.charCodeAt(pos) <= 90;
  if (capital && (c === 40 || isDigit(c)) && j > i && (j > spacesFrom || text.charCodeAt(i) === 44)) return { name: text.slice(pos, i), end: j };
  // After a day name a date may still come as a month name (`Monday, March 2`), a part of the day
  // (`Kamis malam (16/10)`) or a second day name (`Senin-Rabu (20-22/10)`): the pattern reads those.
  const dash = text.charCodeAt(i) === 45 || text.charCodeAt(i) === 0x2013;
  const nextEnd = wordEnd(text, j);
  if (dash || (nextEnd > j && (t.month.has(text, j, nextEnd) || t.dayPart.has(text, j, nextEnd)))) return 'pattern';
  return 'no-date';
}

/** A day name or a modifier may follow (`4 mei 1768 jumaat`, `30 September lalu`): checked by hand first. */
function mayHaveDayAfter(text: string, i: number, grammar: Grammar): boolean {
  let j = i;
  if (text.charCodeAt(j) === 44) j++;
  const start = nextWordStart(text, j);
  return start >= 0 && grammar.tables.afterDate.has(text, start, wordEnd(text, start));
}

/** `hari Senin`: a word for "day" right before a day name. */
function dayWordBeforeDay(text: string, pos: number, grammar: Grammar): boolean {
  const end = wordEnd(text, pos);
  if (!grammar.tables.dayWord.has(text, pos, end)) return false;
  const next = nextWordStart(text, end);
  return next >= 0 && grammar.tables.day.has(text, next, wordEnd(text, next));
}

/** A month name at `pos` (`March 2, 2020`). */
function monthAt(text: string, pos: number, grammar: Grammar): boolean {
  return grammar.tables.month.has(text, pos, wordEnd(text, pos));
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Up to `max` digits at `i`: their value and where they end (end === i when none). */
function digitsAt(text: string, i: number, max: number): { value: string; end: number } {
  let j = i;
  while (j < text.length && j - i < max && isDigit(text.charCodeAt(j))) j++;
  return { value: text.slice(i, j), end: j };
}

function numericAt(text: string, q: number): { 0: string; groups: Groups } | null {
  const before = text.charCodeAt(q - 1);
  // As the patterns' lookbehind: not inside a word, a number or another date.
  if (q > 0 && (isAsciiLetter(before) || isDigit(before) || before === 47 || before === 46 || before === 44 || before === 58 || before === 45 || (before >= 0xc0 && before <= 0x24f))) return null;
  let i = q;
  const op = text.charCodeAt(i) === 40;
  if (op) i++;
  const d = digitsAt(text, i, 2);
  if (d.end === i || text.charCodeAt(d.end) !== 47) return null;
  const m = digitsAt(text, d.end + 1, 2);
  if (m.end === d.end + 1) return null;
  let end = m.end;
  let year: string | undefined;
  if (text.charCodeAt(end) === 47) {
    const y = digitsAt(text, end + 1, 4);
    if (y.end === end + 1) return null;
    year = y.value;
    end = y.end;
  }
  const next = text.charCodeAt(end);
  if (isDigit(next) || next === 47) return null;
  const cp = op && next === 41;
  if (op !== cp || (year === undefined && !op)) return null;
  const groups: Groups = year !== undefined ? { d1: d.value, s1: '/', m1: m.value, y1: year } : { d2: d.value, m2: m.value };
  if (op) {
    groups.op = '(';
    groups.cp = ')';
    end++;
  }
  return { 0: text.slice(q, end), groups };
}


/** The date itself at `q`: numeric or day-month at a digit, month-day at a month name, any of them at `(`. */
function coreAt(text: string, q: number, grammar: Grammar): RegExpExecArray | null {
  const c = text.charCodeAt(q);
  const paren = c === 40;
  if (paren || isDigit(c)) {
    const m = exec(grammar.numericDate, text, q) ?? exec(grammar.dayMonthDate, text, q);
    if (m || !paren) return m;
    return exec(grammar.monthDayDate, text, q);
  }
  // Only a month name can start a date here (`Monday, March 2`): look the word up first.
  return monthAt(text, q, grammar) ? exec(grammar.monthDayDate, text, q) : null;
}

/**
 * The written date starting exactly at `pos`, or null. `kind` is `weekday-date` when a day
 * name is written with it. The year of a date written without one comes from the reference
 * (the nearest, or the latest before it after `lalu`).
 */
export function matchAbsolute(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const text = ctx.text;
  let q = pos;
  let before: Groups = NO_GROUPS;
  const c = text.charCodeAt(pos);
  if (c !== 40 && !isDigit(c)) {
    const fast = dayNameAt(text, pos, grammar);
    if (fast === 'no-date' || (fast === null && !dayWordBeforeDay(text, pos, grammar) && !monthAt(text, pos, grammar))) return null;
    const pre = fast === null || fast === 'pattern' ? exec(grammar.dayBefore, text, pos) : null;
    if (typeof fast === 'object' && fast !== null) {
      before = { dn: fast.name };
      q = fast.end;
    } else if (pre) {
      before = (pre.groups ?? {}) as Groups;
      q = pos + pre[0].length;
    }
  }
  const m = numericAt(text, q) ?? coreAt(text, q, grammar);
  if (!m) return null;
  const g = (m.groups ?? {}) as Groups;
  if (before.dn !== undefined && !capitalised(before.dn) && before.dw === undefined) return null;

  // The parentheses belong to the date only as a pair: `(30/11/2019)`, not `(30/11/2019` or `30/11/2019)`.
  const paired = g.op !== undefined && g.cp !== undefined;
  const core = readCore(g, grammar, paired);
  if (!core) return null;
  let start = pos;
  if (g.op !== undefined && !paired && before.dn === undefined) start = q + g.op.length;
  let end = q + m[0].length;
  let after: Groups = NO_GROUPS;
  if (g.cp !== undefined && !paired) {
    end -= g.cp.length;
  } else {
    const post = mayHaveDayAfter(text, end, grammar) ? exec(grammar.dayAfter, text, end) : null;
    if (post) {
      after = (post.groups ?? {}) as Groups;
      end += post[0].length;
    }
  }
  const dayName = before.dn ?? after.dn2;
  const hit = emptyHit(start, end, dayName !== undefined ? 'weekday-date' : 'absolute', false);
  if (before.pd0 !== undefined) hit.part = grammar.dayParts.get(phraseKey(before.pd0));

  const modifier = after.mod ?? after.mod2;
  const direction = modifier !== undefined ? grammar.after.get(phraseKey(modifier)) : undefined;
  const choice: YearChoice = direction === -1 ? 'past' : direction === 1 ? 'future' : 'nearest';
  let year: number | null = null;
  if (core.yearText !== undefined) {
    year = readYear(core.yearText);
    if (year === null) warn(hit, `impossible date: year "${core.yearText}" in "${text.slice(start, end).trim()}"`);
  } else if (ctx.ref) {
    year = core.month >= 1 && core.month <= 12 ? yearFor(core.day, core.month, ctx.ref, choice) : ctx.ref.y;
    hit.relative = true;
  } else {
    hit.relative = true;
    warn(hit, `no year for "${text.slice(start, end).trim()}": pass referenceDate`);
  }
  hit.written = { y: core.yearText !== undefined ? year : null, m: core.month, d: core.rangeFrom ?? core.day, yearWritten: core.yearText !== undefined };
  const first = core.rangeFrom ?? core.day;
  const last = core.rangeTo ?? (core.rangeFrom !== undefined ? core.day : undefined);
  if (year === null) {
    if (core.month < 1 || core.month > 12 || first < 1 || first > 31) {
      if (!hit.warnings.some((w) => w.startsWith('impossible'))) warn(hit, `impossible date: "${text.slice(start, end).trim()}"`);
    }
    return hit;
  }
  if (!isValidDate(year, core.month, first) || (last !== undefined && (!isValidDate(year, core.month, last) || last <= first))) {
    // `28-25 November` is not a range, and `31/02` not a date.
    if (last !== undefined && last <= first) return null;
    warn(hit, `impossible date: "${text.slice(start, end).trim()}"`);
    return hit;
  }
  const date = { y: year, m: core.month, d: first };
  hit.date = toIso(date);
  if (last !== undefined) hit.until = toIso({ y: year, m: core.month, d: last });
  if (dayName !== undefined && last === undefined) {
    const weekday = grammar.days.get(phraseKey(dayName));
    if (weekday !== undefined && weekday !== weekdayOf(date)) warn(hit, `weekday "${dayName}" does not match ${hit.date}`);
  }
  return hit;
}

/**
 * The written date (with its clock time) starting exactly at `pos`, or null: what datelines
 * and publication lines hold (`Ubud (12/4/2021) –`, `Kamis, 12 Maret 2015 | 09:41 WIB`).
 */
export function matchDateAt(text: string, pos: number, grammar: Grammar, ref: Reference | null): DateHit | null {
  const ctx: MatchContext = { text, ref };
  const hit = matchAbsolute(ctx, pos, grammar);
  return hit ? applyTail(ctx, hit, grammar) : null;
}
