/**
 * Dates read from the reference: relative days (`kemarin`, `hari ini`, `semalam`, `tadi pagi`,
 * `yesterday`), counted offsets (`3 hari lalu`, `seminggu yang lalu`, `dua tahun lagi`,
 * `two weeks ago`, and `dalam 7 hari`, `in 3 days` for `parseDate`), day names alone
 * (`Senin`, `Selasa lalu`, `Jumaat minggu lepas`, `next Friday`) and periods (`pekan lalu`,
 * `bulan depan`, `Oktober lalu`, `Oktober 2025`). Without a reference each gives `date: null`
 * and a warning, never a guess from the clock.
 */
import type { DateUnit } from '../lang/types.js';
import {
  addDays,
  offsetFrom,
  periodAround,
  resolveWeekday,
  toClock,
  toIso,
  type WeekdayChoice,
} from './calendar.js';
import type { Direction, Grammar } from './grammar-types.js';
import { capitalised, emptyHit, noReference, previousWord, warn, type DateHit, type MatchContext } from './hit.js';
import { isWordUnit, nextWordStart, phraseKey, wordEnd } from './patterns.js';

type Groups = Record<string, string | undefined>;

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A word before the expression that makes it a duration or a repetition (`selama`, `setiap`, `every`), or a count (`satu hari ini`). */
function blockedBefore(ctx: MatchContext, pos: number, grammar: Grammar): boolean {
  const word = previousWord(ctx.text, pos);
  return word !== '' && (grammar.notBefore.has(word) || grammar.numbers.has(word) || /^\d+$/.test(word));
}

/** The count of a counted offset: digits, a number word, or a `se-` prefix (one). */
function countOf(g: Groups, grammar: Grammar): number {
  if (g.n !== undefined) return Number(g.n);
  if (g.nw !== undefined) return grammar.numbers.get(phraseKey(g.nw)) ?? 0;
  return 1;
}

/** The date `amount` units from the reference, as a hit's date and time. */
function fillOffset(ctx: MatchContext, hit: DateHit, amount: number, unit: DateUnit): DateHit {
  if (!ctx.ref) {
    warn(hit, noReference(ctx.text.slice(hit.start, hit.end)));
    return hit;
  }
  const { date, minutes } = offsetFrom(ctx.ref, amount, unit);
  hit.date = toIso(date);
  if (minutes !== null) hit.time = toClock(minutes);
  return hit;
}

/**
 * Cheap checks before the pattern runs (most number words in news are not counted offsets): a
 * count's next word is a unit (or the rest of a number), and a `se-` unit's next word opens
 * `lalu`, `lagi`, `ago`. Reads the words in place: nothing is allocated.
 */
function mayBeCounted(text: string, pos: number, grammar: Grammar): boolean {
  const t = grammar.tables;
  let end = pos;
  while (end < text.length && end - pos < 5 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const digits = end > pos;
  if (!digits) end = wordEnd(text, pos);
  // `3hari`, `3 hari`: a unit may follow digits without a space.
  const next = digits && isWordUnit(text.charCodeAt(end)) ? end : nextWordStart(text, end);
  if (next < 0) return false;
  const nextEnd = wordEnd(text, next);
  if (digits || t.number.has(text, pos, end)) return t.afterCount.has(text, next, nextEnd);
  // `sehari`, `seminggu`: the unit is in the first word.
  return t.afterUnit.has(text, next, nextEnd);
}

/** `3 hari lalu`, `seminggu yang lalu`, `5 tahun lagi`, `two weeks ago`. */
export function matchCounted(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  if (!mayBeCounted(ctx.text, pos, grammar)) return null;
  const m = exec(grammar.counted, ctx.text, pos);
  if (!m || blockedBefore(ctx, pos, grammar)) return null;
  const g = (m.groups ?? {}) as Groups;
  const count = countOf(g, grammar);
  const unit = grammar.units.get(phraseKey(g.u!));
  if (!unit || count <= 0) return null;
  const hit = emptyHit(pos, pos + m[0].length, 'relative', true);
  return fillOffset(ctx, hit, g.ago !== undefined ? -count : count, unit);
}

/** `dalam 7 hari`, `dlm 23 dtk`, `in 3 days`; not `dalam tiga tahun terakhir` (a stretch of time). */
export function matchWithin(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const m = exec(grammar.within, ctx.text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (exec(grammar.durationNext, ctx.text, end)) return null;
  const g = (m.groups ?? {}) as Groups;
  const count = countOf(g, grammar);
  const unit = grammar.units.get(phraseKey(g.u!));
  if (!unit || count <= 0) return null;
  return fillOffset(ctx, emptyHit(pos, end, 'relative', true), count, unit);
}

/** `kemarin`, `hari ini`, `semalam`, `tadi pagi`, `kelmarin`, `yesterday`, `last night`. */
export function matchRelativeDay(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const hit = readRelativeDay(ctx, pos, grammar);
  // `selama semalam`, `satu hari ini` (this one-day …), `tahun kemarin` (last year: a period).
  if (!hit || blockedBefore(ctx, pos, grammar) || grammar.units.has(previousWord(ctx.text, pos))) return null;
  return hit;
}

/** The relative day phrase at `pos`, whatever precedes it (`pukul 11 [malam tadi]`). */
export function readRelativeDay(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  // Checked by hand first: `hari`, `pagi`, `malam` are mostly not `hari ini`, `pagi tadi`, `malam ini`.
  const t = grammar.tables;
  const firstEnd = wordEnd(ctx.text, pos);
  const alone = t.relativeFirst.get(ctx.text, pos, firstEnd);
  if (alone === undefined) return null;
  if (!alone) {
    const next = nextWordStart(ctx.text, firstEnd);
    if (next < 0 || !t.relativeSecond.has(ctx.text, next, wordEnd(ctx.text, next))) return null;
  }
  const m = exec(grammar.relativeDay, ctx.text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  // `sehari-semalam`, `kemarin-kemarin`: part of a compound, not a day.
  if (ctx.text.charAt(pos - 1) === '-' || ctx.text.charAt(end) === '-') return null;
  const [days, part] = grammar.relativeDays.get(phraseKey(m.groups!.rel!))!;
  const hit = emptyHit(pos, end, 'relative', true);
  if (part !== undefined) hit.part = part;
  if (!ctx.ref) {
    warn(hit, noReference(m[0]));
    return hit;
  }
  hit.date = toIso(addDays(ctx.ref, days));
  return hit;
}

const RECURRING_RANGE = /^[ ]{0,2}[-–][ ]{0,2}([\p{L}'’]{2,12})/u;

/** A day name joined by a dash to another (`Senin-Jumat`): opening hours, not a date. */
function dayRange(ctx: MatchContext, pos: number, end: number, grammar: Grammar): boolean {
  const next = RECURRING_RANGE.exec(ctx.text.slice(end, end + 20));
  if (next && grammar.days.has(next[1]!.toLowerCase())) return true;
  const before = ctx.text.slice(Math.max(0, pos - 20), pos);
  const prev = /([\p{L}'’]{2,12})[ ]{0,2}[-–][ ]{0,2}$/u.exec(before);
  return prev !== null && grammar.days.has(prev[1]!.toLowerCase());
}

function choiceOf(direction: Direction): WeekdayChoice {
  return direction === -1 ? 'previous' : direction === 1 ? 'next' : { weeks: 0 };
}

/**
 * A day name alone: the nearest such day on or before the reference, unless the text says
 * which (`Senin lalu`: the one before; `Senin depan`, `next Monday`: the one after; `Senin ini`:
 * this week's; `Selasa pekan lalu`: last week's).
 */
export function matchWeekday(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const m = exec(grammar.weekday, ctx.text, pos);
  if (!m) return null;
  const g = (m.groups ?? {}) as Groups;
  // The day name follows the optional modifier and day word: where it ends.
  const dayEnd = pos + m[0].indexOf(g.dn!, (g.bm?.length ?? 0) + (g.dw?.length ?? 0)) + g.dn!.length;
  const word = phraseKey(g.dn!);
  const day = grammar.days.get(word)!;
  // Day names are capitalised in news (`hari minggu` aside); `Sun`, `Thu` alone are not dates.
  if ((!capitalised(g.dn!) && g.dw === undefined) || grammar.dayAbbreviations.has(word)) return null;
  // `Minggu lalu`, `minggu depan`: the week, not Sunday (`hari Minggu lalu` is Sunday).
  if (grammar.dayUnits.has(word) && g.dw === undefined && (g.am !== undefined || /^[ ]{0,2}(?:ke-?[ ]?\d|\d)/.test(ctx.text.slice(dayEnd, dayEnd + 6)))) {
    return null;
  }
  if (g.bm === undefined && g.dw === undefined && blockedBefore(ctx, pos, grammar)) return null;
  let end = pos + m[0].length;
  let choice: WeekdayChoice = 'latest';
  if (g.bm !== undefined) choice = choiceOf(grammar.before.get(phraseKey(g.bm))!);
  if (g.am !== undefined) choice = choiceOf(grammar.after.get(phraseKey(g.am))!);
  if (g.wu !== undefined) {
    // `Selasa pekan lalu`: a day of last week; `Senin bulan depan` is not a weekday modifier.
    if (grammar.units.get(phraseKey(g.wu)) === 'week') choice = { weeks: grammar.after.get(phraseKey(g.wm!))! };
    else end = dayEnd;
  }
  if (dayRange(ctx, pos, dayEnd, grammar)) return null;
  const hit = emptyHit(pos, end, 'weekday', true);
  if (!ctx.ref) {
    warn(hit, noReference(ctx.text.slice(pos, end)));
    return hit;
  }
  hit.date = toIso(resolveWeekday(ctx.ref, day, choice));
  return hit;
}

/** `pekan lalu`, `bulan depan`, `tahun ini`, `last week`, `Oktober lalu`, `Oktober 2025`: a period, not a day. */
export function matchPeriod(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const m = exec(grammar.period, ctx.text, pos);
  if (!m) return null;
  const g = (m.groups ?? {}) as Groups;
  const hit = emptyHit(pos, pos + m[0].length, 'period', true);
  if (g.pu !== undefined) {
    const unit = grammar.units.get(phraseKey(g.pu));
    if ((g.bm === undefined) === (g.am === undefined)) return null;
    if (unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
    const direction = g.bm !== undefined ? grammar.before.get(phraseKey(g.bm))! : grammar.after.get(phraseKey(g.am!))!;
    if (!ctx.ref) {
      warn(hit, noReference(m[0]));
      return hit;
    }
    const { first, last } = periodAround(ctx.ref, unit, direction);
    hit.date = toIso(first);
    hit.until = toIso(last);
    return hit;
  }
  if (!capitalised(g.pmo!)) return null;
  const month = grammar.months.get(phraseKey(g.pmo!))!;
  let year: number;
  if (g.py !== undefined) {
    year = Number(g.py);
    hit.relative = false;
  } else {
    if (!ctx.ref) {
      warn(hit, noReference(m[0]));
      return hit;
    }
    const direction = grammar.after.get(phraseKey(g.pam!))!;
    // `Oktober lalu`: the latest October not after the reference month; `Oktober depan`: the next one.
    year = direction === -1 ? (month <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1) : direction === 1 ? (month >= ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1) : ctx.ref.y;
  }
  const { first, last } = periodAround({ y: year, m: month, d: 1 }, 'month', 0);
  hit.date = toIso(first);
  hit.until = toIso(last);
  return hit;
}
