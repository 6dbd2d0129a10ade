/**
 * Dates as news text writes them: `30/11/2019`, `Senin (25/11/2019)`, `(3/1)`,
 * `23 Februari 2016`, `5 Mac`, `January 5, 2015`, with an optional clock time
 * (`pukul 08.15`, `14:30`) and time zone (`WIB`, `WITA`, `WIT`).
 *
 * One regex per set of languages, built lazily from the month/day data and memoised, finds
 * a candidate; small checks afterwards decide what it means. Impossible dates give
 * `date: null` and a warning, never a guessed date.
 */
import { requireLanguage, requireOptions, requireReferenceDate, requireString } from '../util/arguments.js';
import { LANGUAGES } from '../lang/index.js';
import type { DateData } from '../lang/types.js';
import type { Span, SupportedLanguage } from '../types.js';
import { normalize, toSourceSpan } from '../util/normalize.js';

/** Two-digit years up to this one are 20xx, later ones 19xx (`25-11-19` → 2019, `1/1/98` → 1998). */
const TWO_DIGIT_YEAR_PIVOT = 69;
/** Years outside this range are typos (`(4/11/205)`), not dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Options shared by `parseDate` and the dateline engine. */
export interface DateOptions {
  /** Supplies the year for dates written without one (`(3/1)`, `5 Mac`). */
  referenceDate?: Date | string | null;
}

/** One date (and/or time) expression found in a text; offsets are into the text searched. */
export interface DateMatch {
  start: number;
  end: number;
  /** ISO `YYYY-MM-DD`, or null when the expression is impossible or has no year to go by. */
  date: string | null;
  /** `HH:MM`, 24-hour. */
  time: string | null;
  /** The zone as written, upper-cased (`WIB`). */
  timezone: string | null;
  /** The expression carried a date (not only a clock time). */
  hasDate: boolean;
  /** The year was written (not taken from the reference date). */
  hasYear: boolean;
  warnings: string[];
}

/** The result of `parseDate`. */
export interface ParsedDate {
  date: string | null;
  time: string | null;
  timezone: string | null;
  span: Span;
  warnings: string[];
}

/** The compiled form of a set of `DateData`: one search regex, one anchored twin, and lookups. */
export interface CompiledDates {
  search: RegExp;
  sticky: RegExp;
  months: ReadonlyMap<string, number>;
  days: ReadonlyMap<string, number>;
  /** Calendar words (months and days), lower-cased: never a place name. */
  calendarWords: ReadonlySet<string>;
}

/** Escape a literal for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest-first alternation of literals (so `Agustus` wins over `Agu`). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRegex(w).replace(/ /g, '[ ]{1,2}'))
    .join('|');
}

const compiledByKey = new Map<string, CompiledDates>();
const dataIds = new WeakMap<object, number>();
let nextDataId = 0;

/** A stable key for a list of data objects, so callers may pass fresh arrays. */
export function dataKey(list: readonly object[]): string {
  return list
    .map((d) => {
      let id = dataIds.get(d);
      if (id === undefined) {
        id = nextDataId++;
        dataIds.set(d, id);
      }
      return id;
    })
    .join(',');
}

/** Build (once per set of languages) the date regexes. */
export function compileDates(list: readonly DateData[]): CompiledDates {
  const key = dataKey(list);
  const hit = compiledByKey.get(key);
  if (hit) return hit;

  const months = new Map<string, number>();
  const days = new Map<string, number>();
  const zones = new Set<string>();
  const timeWords = new Set<string>();
  for (const d of list) {
    for (const [w, n] of Object.entries(d.months)) if (!months.has(w.toLowerCase())) months.set(w.toLowerCase(), n);
    for (const [w, n] of Object.entries(d.days)) if (!days.has(w.toLowerCase())) days.set(w.toLowerCase(), n);
    for (const z of Object.keys(d.timezones)) zones.add(z);
    for (const w of d.timeWords) timeWords.add(w);
  }
  // `(?!)` never matches: a form whose word list is empty must not match an empty word.
  const MON = alternation(months.keys()) || '(?!)';
  const DAY = alternation(days.keys());
  const TZ = alternation(zones);
  const TW = alternation(timeWords);
  const NOT_LETTER = '(?![\\p{L}\\p{N}])';
  const tz = (g: string) => (TZ ? `(?:[ ]{0,2}(?<${g}>${TZ})${NOT_LETTER})?` : '');
  const tw = (g: string) => `(?:(?<${g}>${TW})[ ]{1,2})`;

  // The date forms, each with its own groups; order matters only where two could start at the same place.
  const numeric = '(?<d1>\\d{1,2})(?<s1>[/.\\-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{1,4})(?![\\d/])';
  const shortNumeric = '(?<d2>\\d{1,2})/(?<m2>\\d{1,2})(?=[ ]{0,2}\\))';
  const dayMonth = `(?<d3>\\d{1,2})(?:st|nd|rd|th)?[ ]{1,3}(?<mo3>${MON})${NOT_LETTER}\\.?(?:,?[ ]{1,3}(?<y3>\\d{4})(?!\\d))?`;
  const monthDay = `(?<mo4>${MON})${NOT_LETTER}\\.?[ ]{1,3}(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?[ ]{1,3}(?<y4>\\d{4})(?!\\d)`;
  const prefix = DAY ? `(?:(?<dn>${DAY})${NOT_LETTER}(?:[ ]{0,2},[ ]{0,2}|[ ]{1,3}))?` : '';
  // A clock time after the date: `, 13:05 WIB`, ` | 11:13 WIB`, ` pukul 08.15`.
  const timeAfter = `(?:(?:[ ]{0,2}[,|\\-–][ ]{0,2}|[ ]{1,3})${tw('tw1')}?(?<hh1>\\d{1,2})(?<ts1>[.:])(?<mi1>\\d{2})(?![\\d.:])${tz('tz1')})?`;
  const dateForm =
    `${prefix}(?<op>\\([ ]{0,2})?(?<core>${numeric}|${shortNumeric}|${dayMonth}|${monthDay})(?<cp>[ ]{0,2}\\))?${timeAfter}`;
  // A clock time alone: `pukul 08.15 WIB`, `14:30`, `10.00 WIB`.
  const timeOnly =
    `${TW ? `${tw('tw2')}(?<hh2>\\d{1,2})[.:](?<mi2>\\d{2})(?![\\d.:])${tz('tz2')}|` : ''}` +
    `(?<hh3>\\d{1,2}):(?<mi3>\\d{2})(?![\\d.:])${tz('tz3')}` +
    (TZ ? `|(?<hh4>\\d{1,2})\\.(?<mi4>\\d{2})[ ]{0,2}(?<tz4>${TZ})${NOT_LETTER}` : '');
  const source = `(?<![\\p{L}\\p{N}/.,:\\-])(?:${dateForm}|${timeOnly})`;

  const calendarWords = new Set<string>([...months.keys(), ...days.keys()]);
  const compiled: CompiledDates = {
    search: new RegExp(source, 'giud'),
    sticky: new RegExp(source, 'yiud'),
    months,
    days,
    calendarWords,
  };
  compiledByKey.set(key, compiled);
  return compiled;
}

/** Year, month, day of a reference date, or null when it is missing or unreadable. */
export function referenceParts(ref: Date | string | null | undefined): { y: number; m: number; d: number } | null {
  if (ref === undefined || ref === null) return null;
  if (typeof ref === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim());
    if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
    const parsed = new Date(ref);
    if (Number.isNaN(parsed.getTime())) return null;
    ref = parsed;
  }
  if (!(ref instanceof Date) || Number.isNaN(ref.getTime())) return null;
  return { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1, d: ref.getUTCDate() };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The year that puts day/month nearest to the reference (`(30/12)` read on 2 January is last year's). */
function nearestYear(d: number, m: number, ref: { y: number; m: number; d: number }): number {
  const refTime = Date.UTC(ref.y, ref.m - 1, ref.d);
  let best = ref.y;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))) - refTime);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

/** Starts with a capital: months and day names are capitalised in news (`5 may be` is not a date). */
function capitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

/**
 * Interpret one regex match. Returns null when the candidate is not a date after all
 * (lower-case month word, a bare `3/1` outside parentheses, `1.2.3`).
 */
function interpret(m: RegExpExecArray, c: CompiledDates, ref: ReturnType<typeof referenceParts>, requireDate: boolean): DateMatch | null {
  const g = (m.groups ?? {}) as Groups;
  const ix = (m.indices?.groups ?? {}) as Indices;
  const warnings: string[] = [];
  let start = m.index;
  let end = m.index + m[0].length;

  if (g.core === undefined) {
    if (requireDate) return null;
    // A clock time alone.
    const hh = Number(g.hh2 ?? g.hh3 ?? g.hh4);
    const mi = Number(g.mi2 ?? g.mi3 ?? g.mi4);
    if (hh > 23 || mi > 59) return null;
    const zone = g.tz2 ?? g.tz3 ?? g.tz4;
    return { start, end, date: null, time: `${pad(hh)}:${pad(mi)}`, timezone: zone ? zone.toUpperCase() : null, hasDate: false, hasYear: false, warnings };
  }

  if (g.dn !== undefined && !capitalised(g.dn)) return null;
  let day: number;
  let month: number;
  let yearText: string | undefined;
  if (g.d1 !== undefined) {
    day = Number(g.d1);
    month = Number(g.m1);
    yearText = g.y1;
    // Dotted numerics are dates only with a four-digit year (`10.01.2020`, not `1.2.3`).
    if (g.s1 === '.' && yearText!.length !== 4) return null;
  } else if (g.d2 !== undefined) {
    // `(3/1)` is a date only inside parentheses; a bare `3/1` is a fraction or a score.
    if (g.op === undefined || g.cp === undefined) return null;
    day = Number(g.d2);
    month = Number(g.m2);
  } else if (g.d3 !== undefined) {
    if (!capitalised(g.mo3!)) return null;
    day = Number(g.d3);
    month = c.months.get(g.mo3!.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    yearText = g.y3;
  } else {
    if (!capitalised(g.mo4!)) return null;
    day = Number(g.d4);
    month = c.months.get(g.mo4!.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    yearText = g.y4;
  }

  // The parentheses belong to the date only as a pair: `(30/11/2019)`, not `(30/11/2019` or `30/11/2019)`.
  const paired = g.op !== undefined && g.cp !== undefined;
  if (g.op !== undefined && !paired && g.dn === undefined) start = ix.core?.[0] ?? start;
  const dateEnd = (paired ? ix.cp?.[1] : ix.core?.[1]) ?? end;

  let date: string | null = null;
  const written = m[0];
  let year: number | null = null;
  if (yearText !== undefined) {
    if (yearText.length === 4) year = Number(yearText);
    else if (yearText.length === 2) year = Number(yearText) + (Number(yearText) <= TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900);
    if (year === null || year < MIN_YEAR || year > MAX_YEAR) {
      warnings.push(`impossible date: year "${yearText}" in "${written.trim()}"`);
      year = null;
    }
  } else if (ref) {
    year = month >= 1 && month <= 12 ? nearestYear(day, month, ref) : ref.y;
  } else {
    warnings.push(`no year for "${written.trim()}": pass referenceDate`);
  }
  if (year !== null) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      warnings.push(`impossible date: "${written.trim()}"`);
    } else {
      date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      if (g.dn !== undefined) {
        const weekday = c.days.get(g.dn.toLowerCase());
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        if (weekday !== undefined && weekday !== actual) warnings.push(`weekday "${g.dn}" does not match ${date}`);
      }
    }
  } else if (month < 1 || month > 12 || day < 1 || day > 31) {
    if (!warnings.some((w) => w.startsWith('impossible'))) warnings.push(`impossible date: "${written.trim()}"`);
  }

  let time: string | null = null;
  let timezone: string | null = null;
  if (g.hh1 !== undefined) {
    const hh = Number(g.hh1);
    const mi = Number(g.mi1);
    // A dotted time right after a date needs a time word or a zone (`10.00 WIB`), else it is a number.
    const plausible = g.ts1 === ':' || g.tw1 !== undefined || g.tz1 !== undefined;
    if (hh <= 23 && mi <= 59 && plausible && (paired || g.cp === undefined)) {
      time = `${pad(hh)}:${pad(mi)}`;
      timezone = g.tz1 ? g.tz1.toUpperCase() : null;
    } else {
      // Keep the date, drop what looked like a time.
      end = dateEnd;
    }
  } else {
    end = dateEnd;
  }
  return { start, end, date, time, timezone, hasDate: true, hasYear: yearText !== undefined, warnings };
}

/** The date expression that starts exactly at `pos`, or null. */
export function matchDateAt(
  text: string,
  pos: number,
  compiled: CompiledDates,
  options: DateOptions = {},
  requireDate = true,
): DateMatch | null {
  compiled.sticky.lastIndex = pos;
  const m = compiled.sticky.exec(text);
  if (!m) return null;
  return interpret(m, compiled, referenceParts(options.referenceDate), requireDate);
}

/** The first date (or time) expression in `text[from, to)`, or null. */
export function findDate(
  text: string,
  from: number,
  to: number,
  compiled: CompiledDates,
  options: DateOptions = {},
): DateMatch | null {
  const ref = referenceParts(options.referenceDate);
  const re = compiled.search;
  re.lastIndex = from;
  const slice = to >= text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const hit = interpret(m, compiled, ref, false);
    if (hit) return hit;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Date data for a language, or for all of them (months and day names do not clash between languages). */
export function dateDataFor(language: SupportedLanguage | undefined): DateData[] {
  if (language === 'ind' || language === 'zlm' || language === 'eng') return [LANGUAGES[language].dates];
  return [LANGUAGES.ind.dates, LANGUAGES.zlm.dates, LANGUAGES.eng.dates];
}

/** Options of `parseDate`. */
export interface ParseDateOptions {
  /** Supplies the year (and month) for dates written without one (`(3/1)`, `5 Mac`). A `TypeError` when it is not a valid date. */
  referenceDate?: Date | string;
  /** Read month and day names of this language only (default: all; they do not clash). */
  language?: SupportedLanguage;
}

/**
 * Find and parse the first date expression in `text`: numeric day/month/year (`30/11/2019`,
 * `25-11-2019`), `(3/1)` with the year from `referenceDate`, Indonesian/Malay/English month
 * names and abbreviations, day names (`Senin (25/11/2019)` is one date), `pukul 08.15`,
 * `14:30`, and `WIB`/`WITA`/`WIT`. Impossible dates give `date: null` and a warning.
 *
 * Offsets are into `text` as passed. Returns null when there is no date or time; throws a
 * TypeError when `text` is not a string or an option is not valid.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): ParsedDate | null {
  requireString(text, 'text', 'parseDate');
  requireOptions(options, 'parseDate');
  requireLanguage(options.language, 'parseDate');
  requireReferenceDate(options.referenceDate, 'parseDate');
  const norm = normalize(text);
  const compiled = compileDates(dateDataFor(options.language));
  const hit = findDate(norm.text, 0, norm.text.length, compiled, { referenceDate: options.referenceDate ?? null });
  if (!hit) return null;
  return {
    date: hit.date,
    time: hit.time,
    timezone: hit.timezone,
    span: toSourceSpan(norm, hit.start, hit.end),
    warnings: hit.warnings,
  };
}
