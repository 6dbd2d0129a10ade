/**
 * All date arithmetic warta does, in one place, on plain numbers: a day is its count of days
 * since 1970-01-01 (proleptic Gregorian), so nothing here depends on a time zone or on the
 * clock. Dates leave this module as ISO `YYYY-MM-DD` strings, never as `Date` objects.
 */
import type { DateUnit } from '../lang/types.js';

/** Year, month (1–12), day (1–31) of a calendar date. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** A reference moment: a calendar date, and the clock time in minutes when one was given. */
export interface Reference extends CalendarDate {
  /** Minutes since midnight, when the reference carried a time (`2025-10-20T14:30`). */
  minutes: number | null;
}


/** Two-digit years up to this one are 20xx, later ones 19xx (`25-11-19` → 2019, `1/1/98` → 1998). */
export const TWO_DIGIT_YEAR_PIVOT = 69;
/** Four-digit years outside this range are typos (`(4/11/2205)`), not dates. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

const MINUTES_PER_DAY = 24 * 60;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

/** The date exists: month 1–12, day within that month (29 February only in leap years). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's `days_from_civil`). */
export function toDayNumber({ y, m, d }: CalendarDate): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (`civil_from_days`). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIso({ y, m, d }: CalendarDate): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `HH:MM` of minutes since midnight. */
export function toClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Add months, keeping the day where the month has it (31 January + 1 month = 28/29 February). */
export function addMonths({ y, m, d }: CalendarDate, months: number): CalendarDate {
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return { y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) };
}

/**
 * The date `amount` units away from the reference (negative: before it). Clock units move the
 * reference's time when it has one; without a time they stay on the reference day.
 */
export function offsetFrom(ref: Reference, amount: number, unit: DateUnit): { date: CalendarDate; minutes: number | null } {
  switch (unit) {
    case 'year':
      return { date: addMonths(ref, 12 * amount), minutes: null };
    case 'month':
      return { date: addMonths(ref, amount), minutes: null };
    case 'week':
      return { date: addDays(ref, 7 * amount), minutes: null };
    case 'day':
      return { date: addDays(ref, amount), minutes: null };
    default: {
      if (ref.minutes === null) return { date: { y: ref.y, m: ref.m, d: ref.d }, minutes: null };
      const perUnit = unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60;
      const total = ref.minutes + Math.trunc(amount * perUnit);
      const dayShift = Math.floor(total / MINUTES_PER_DAY);
      return { date: addDays(ref, dayShift), minutes: total - dayShift * MINUTES_PER_DAY };
    }
  }
}

/** Which occurrence of a weekday a text means, relative to the reference. */
export type WeekdayChoice =
  /** The nearest on or before the reference (news tells what happened). */
  | 'latest'
  /** The nearest strictly before (`Senin lalu`, `last Monday`). */
  | 'previous'
  /** The nearest strictly after (`Senin depan`, `next Monday`). */
  | 'next'
  /** The one in the reference's Monday-to-Sunday week, shifted by `weeks` (`Senin ini`, `Selasa pekan lalu`). */
  | { weeks: number };

/** The date of weekday `day` (0 = Sunday) chosen relative to the reference. */
export function resolveWeekday(ref: CalendarDate, day: number, choice: WeekdayChoice): CalendarDate {
  const r = weekdayOf(ref);
  if (choice === 'latest') return addDays(ref, -((r - day + 7) % 7));
  if (choice === 'previous') return addDays(ref, -((r - day + 7) % 7 || 7));
  if (choice === 'next') return addDays(ref, (day - r + 7) % 7 || 7);
  const monday = addDays(ref, -((r + 6) % 7));
  return addDays(monday, 7 * choice.weeks + ((day + 6) % 7));
}

/** Which year a day and month written without one fall in, relative to the reference. */
export type YearChoice = 'nearest' | 'past' | 'future';

/**
 * The year of day/month relative to the reference: the nearest (`(30/12)` read on 2 January is
 * last year's), or the latest on or before it (`30 September lalu`), or the earliest on or after it.
 */
export function yearFor(d: number, m: number, ref: CalendarDate, choice: YearChoice = 'nearest'): number {
  const refDay = toDayNumber(ref);
  let best = ref.y;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = toDayNumber({ y, m, d: Math.min(d, daysInMonth(y, m)) }) - refDay;
    if ((choice === 'past' && gap > 0) || (choice === 'future' && gap < 0)) continue;
    if (Math.abs(gap) < bestGap) {
      bestGap = Math.abs(gap);
      best = y;
    }
  }
  return best;
}

/** First and last day of the period of `unit` that holds the reference, shifted by `amount` periods. */
export function periodAround(ref: CalendarDate, unit: 'week' | 'month' | 'year', amount: number): { first: CalendarDate; last: CalendarDate } {
  if (unit === 'week') {
    const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + 7 * amount);
    return { first: monday, last: addDays(monday, 6) };
  }
  if (unit === 'month') {
    const first = addMonths({ y: ref.y, m: ref.m, d: 1 }, amount);
    return { first, last: { ...first, d: daysInMonth(first.y, first.m) } };
  }
  const y = ref.y + amount;
  return { first: { y, m: 1, d: 1 }, last: { y, m: 12, d: 31 } };
}

/** A four-digit or two-digit year as written, or null when it is not a plausible year. */
export function readYear(text: string): number | null {
  if (text.length === 4) {
    const y = Number(text);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  }
  if (text.length === 2) {
    const y = Number(text);
    return y + (y <= TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900);
  }
  return null;
}

const ISO_REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * The reference moment of a caller's `referenceDate`, or null when it is missing or unreadable.
 * An ISO string is read as written (`2025-10-20`, `2025-10-20T14:30`: the local date and time of
 * the article, whatever its offset); a `Date` is read in UTC.
 */
export function readReference(ref: Date | string | null | undefined): Reference | null {
  if (ref === undefined || ref === null) return null;
  if (typeof ref !== 'string') return readReferenceOnce(ref);
  // Callers read the same few references again and again (one per article, one per expression).
  let read = recentReferences.get(ref);
  if (read === undefined) {
    read = readReferenceOnce(ref);
    if (read) Object.freeze(read);
    if (recentReferences.size >= RECENT_REFERENCES) recentReferences.clear();
    recentReferences.set(ref, read);
  }
  return read;
}

/** How many reference strings are remembered (a bounded memo of a pure function). */
const RECENT_REFERENCES = 64;
const recentReferences = new Map<string, Reference | null>();

function readReferenceOnce(ref: Date | string): Reference | null {
  if (typeof ref === 'string') {
    const iso = ISO_REFERENCE.exec(ref.trim());
    if (iso) {
      const y = Number(iso[1]);
      const m = Number(iso[2]);
      const d = Number(iso[3]);
      if (!isValidDate(y, m, d)) return null;
      const minutes = iso[4] !== undefined ? Number(iso[4]) * 60 + Number(iso[5]) : null;
      return { y, m, d, minutes: minutes !== null && minutes < MINUTES_PER_DAY ? minutes : null };
    }
    const parsed = new Date(ref);
    if (Number.isNaN(parsed.getTime())) return null;
    ref = parsed;
  }
  if (!(ref instanceof Date) || Number.isNaN(ref.getTime())) return null;
  return {
    y: ref.getUTCFullYear(),
    m: ref.getUTCMonth() + 1,
    d: ref.getUTCDate(),
    minutes: ref.getUTCHours() * 60 + ref.getUTCMinutes(),
  };
}
