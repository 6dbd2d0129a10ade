/**
 * Written dates: `30/11/2019`, `Senin (25/11/2019)`, `(3/1)`, `23 Februari 2016`, `5 Mac`,
 * `January 5, 2015`, `April 24`, `4 mei 1768 jumaat`, and day ranges in one month
 * (`25-28 November 2019`, `20–22/10`, `October 20-22, 2025`, `Senin-Rabu (20-22/10)`).
 *
 * One sticky pattern (see `grammar.ts`) finds a candidate; the checks here decide what it
 * means. Impossible dates give `date: null` and a warning, never a guessed date.
 */
import { isValidDate, readYear, toIso, weekdayOf, yearFor, type Reference, type YearChoice } from './calendar.js';
import type { Grammar } from './grammar.js';
import { capitalised, emptyHit, type DateHit, type MatchContext } from './hit.js';
import { phraseKey } from './patterns.js';
import { applyTail } from './time.js';

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

/** The day, month, written year and range end of the date core, or null when the core is not a date after all. */
interface Core {
  day: number;
  month: number;
  yearText: string | undefined;
  /** The other end of a one-month range (`25-28`): the first day when `day` is the last, and so on. */
  rangeFrom?: number;
  rangeTo?: number;
}

function readCore(g: Groups, grammar: Grammar, paired: boolean): Core | null {
  const month = (word: string) => grammar.months.get(phraseKey(word)) ?? 0;
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
    const core: Core = { day: Number(g.d3), month: month(g.mo3!), yearText: g.y3 };
    if (g.r3 !== undefined) core.rangeFrom = Number(g.r3);
    return core;
  }
  const word = phraseKey(g.mo4!);
  if (!capitalised(g.mo4!) && g.y4 === undefined) return null;
  // A month before the day without a year is a date in languages that write it so, with the
  // month's full name (`June 7`) or a dotted abbreviation (`Oct. 5`); `Jun 3 persen` is not.
  if (g.y4 === undefined && !grammar.monthFirstNames.has(word) && !(g.dot4 !== undefined && grammar.monthFirstWords.has(word))) return null;
  const core: Core = { day: Number(g.d4), month: month(g.mo4!), yearText: g.y4 };
  if (g.r4 !== undefined) core.rangeTo = Number(g.r4);
  return core;
}

/**
 * The written date starting exactly at `pos`, or null. `kind` is `weekday-date` when a day
 * name is written with it. The year of a date written without one comes from the reference
 * (the nearest, or the latest before it after `lalu`).
 */
export function matchAbsolute(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const re = grammar.absolute;
  re.lastIndex = pos;
  let m = re.exec(ctx.text);
  if (!m) return null;
  const g = (m.groups ?? {}) as Groups;
  // A parenthesis without its pair is cut off: that needs the groups' offsets.
  if ((g.op === undefined) !== (g.cp === undefined)) {
    grammar.absoluteIndexed.lastIndex = pos;
    m = grammar.absoluteIndexed.exec(ctx.text)!;
  }
  const ix = (m.indices?.groups ?? {}) as Indices;
  const dayName = g.dn ?? g.dn2;
  if (g.dn !== undefined && !capitalised(g.dn) && g.dw === undefined) return null;

  // The parentheses belong to the date only as a pair: `(30/11/2019)`, not `(30/11/2019` or `30/11/2019)`.
  const paired = g.op !== undefined && g.cp !== undefined;
  const core = readCore(g, grammar, paired);
  if (!core) return null;
  let start = pos;
  if (g.op !== undefined && !paired && g.dn === undefined) start = ix.core![0];
  const end = g.cp !== undefined && !paired ? ix.core![1] : m.index + m[0].length;
  const hit = emptyHit(start, end, dayName !== undefined ? 'weekday-date' : 'absolute', false);
  if (g.pd0 !== undefined) hit.part = grammar.dayParts.get(phraseKey(g.pd0));
  const written = ctx.text.slice(start, end).trim();

  const direction = g.mod !== undefined ? grammar.after.get(phraseKey(g.mod)) : undefined;
  const choice: YearChoice = direction === -1 ? 'past' : direction === 1 ? 'future' : 'nearest';
  let year: number | null = null;
  if (core.yearText !== undefined) {
    year = readYear(core.yearText);
    if (year === null) hit.warnings.push(`impossible date: year "${core.yearText}" in "${written}"`);
  } else if (ctx.ref) {
    year = core.month >= 1 && core.month <= 12 ? yearFor(core.day, core.month, ctx.ref, choice) : ctx.ref.y;
    hit.relative = true;
  } else {
    hit.relative = true;
    hit.warnings.push(`no year for "${written}": pass referenceDate`);
  }
  hit.written = { y: core.yearText !== undefined ? year : null, m: core.month, d: core.rangeFrom ?? core.day, yearWritten: core.yearText !== undefined };
  const first = core.rangeFrom ?? core.day;
  const last = core.rangeTo ?? (core.rangeFrom !== undefined ? core.day : undefined);
  if (year === null) {
    if (core.month < 1 || core.month > 12 || first < 1 || first > 31) {
      if (!hit.warnings.some((w) => w.startsWith('impossible'))) hit.warnings.push(`impossible date: "${written}"`);
    }
    return hit;
  }
  if (!isValidDate(year, core.month, first) || (last !== undefined && (!isValidDate(year, core.month, last) || last <= first))) {
    // `28-25 November` is not a range, and `31/02` not a date.
    if (last !== undefined && last <= first) return null;
    hit.warnings.push(`impossible date: "${written}"`);
    return hit;
  }
  const date = { y: year, m: core.month, d: first };
  hit.date = toIso(date);
  if (last !== undefined) hit.until = toIso({ y: year, m: core.month, d: last });
  if (dayName !== undefined && last === undefined) {
    const weekday = grammar.days.get(phraseKey(dayName));
    if (weekday !== undefined && weekday !== weekdayOf(date)) hit.warnings.push(`weekday "${dayName}" does not match ${hit.date}`);
  }
  return hit;
}

/**
 * The written date (with its clock time) starting exactly at `pos`, or null: what datelines
 * and publication lines hold (`Ubud (30/11/2019) –`, `Kamis, 05 November 2015 | 11:13 WIB`).
 */
export function matchDateAt(text: string, pos: number, grammar: Grammar, ref: Reference | null): DateHit | null {
  const ctx: MatchContext = { text, ref };
  const hit = matchAbsolute(ctx, pos, grammar);
  return hit ? applyTail(ctx, hit, grammar) : null;
}
