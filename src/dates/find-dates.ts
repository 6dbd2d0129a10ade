/**
 * The public date readers: `findDates` (every date a text mentions) and `parseDate` (the
 * first one). Both normalize the caller's text, scan it, and map offsets back to the text
 * as passed.
 */
import { LANGUAGES } from '../lang/index.js';
import type { DateData } from '../lang/types.js';
import type { DateKind, FoundDate, Span, SupportedLanguage } from '../types.js';
import { requireString } from '../util/arguments.js';
import { collapseWhitespace, normalize, toSourceSpan, type Normalized } from '../util/normalize.js';
import { readReference } from './calendar.js';
import { compileGrammar } from './grammar.js';
import type { DateHit } from './hit.js';
import { scanDates } from './scan.js';

/** Options of `findDates` and `parseDate`. */
export interface DateOptions {
  /**
   * The day the text was written (`Date`, read in UTC, or an ISO string, read as written:
   * `2025-10-20`, `2025-10-20T14:30`): relative dates (`kemarin`, `Senin lalu`) are resolved
   * from it, and it gives the year to dates written without one (`(3/1)`). Without it those
   * get `date: null` and a warning.
   */
  referenceDate?: Date | string;
  /** Read this language's words only (default: Indonesian, Malay and English together). */
  language?: SupportedLanguage;
  /** The kinds to report (default: the day-level ones, `absolute`, `weekday-date`, `weekday`, `relative`). */
  kinds?: readonly DateKind[];
}

/** The result of `parseDate`: the first date expression, with everything odd about it. */
export interface ParsedDate extends FoundDate {
  warnings: string[];
}

/** The day-level kinds: what `findDates` and `Article.dates` report by default. */
export const DAY_LEVEL_KINDS: readonly DateKind[] = ['absolute', 'weekday-date', 'weekday', 'relative'];
const ALL_KINDS: ReadonlySet<string> = new Set<DateKind>([...DAY_LEVEL_KINDS, 'period', 'time']);

const ALL_LANGUAGES: readonly DateData[] = [LANGUAGES.ind.dates, LANGUAGES.zlm.dates, LANGUAGES.eng.dates];
const ONE_LANGUAGE = new Map<SupportedLanguage, readonly DateData[]>();

/** Date data for a language, or for all of them (their words do not clash). */
export function dateDataFor(language: SupportedLanguage | undefined): readonly DateData[] {
  if (language !== 'ind' && language !== 'zlm' && language !== 'eng') return ALL_LANGUAGES;
  let list = ONE_LANGUAGE.get(language);
  if (!list) {
    list = [LANGUAGES[language].dates];
    ONE_LANGUAGE.set(language, list);
  }
  return list;
}

/** A scanner hit as the public shape: source span, text as written. */
export function toFoundDate(norm: Normalized, hit: DateHit, span: Span = toSourceSpan(norm, hit.start, hit.end)): FoundDate {
  const found: FoundDate = {
    text: collapseWhitespace(norm.text.slice(hit.start, hit.end)),
    span,
    date: hit.date,
    end: hit.until,
    time: hit.time,
    timezone: hit.timezone,
    kind: hit.kind,
    relative: hit.relative,
  };
  if (hit.warnings.length > 0) found.warnings = hit.warnings;
  return found;
}

function checkOptions(fn: string, options: DateOptions): DateOptions {
  if (options === undefined || options === null) return {};
  const fail = (what: string) => {
    throw new TypeError(`${fn}: ${what}`);
  };
  if (typeof options !== 'object' || Array.isArray(options)) fail('`options` must be an object');
  const { referenceDate, kinds } = options;
  if (referenceDate !== undefined && !(referenceDate instanceof Date) && typeof referenceDate !== 'string') {
    fail('`options.referenceDate` must be a Date or an ISO date string');
  }
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => !ALL_KINDS.has(k)))) {
    fail(`\`options.kinds\` must be an array of ${[...ALL_KINDS].map((k) => `'${k}'`).join(', ')}`);
  }
  return options;
}

/**
 * Every date expression in `text`, in order: written dates (`20 Oktober 2025`, `(20/10)`,
 * `25-28 November 2019`), day names with a date (`Senin (20/10/2025)`) or alone (`Selasa
 * lalu`, `last Friday`), and days read from the reference (`kemarin`, `semalam`, `3 hari
 * lalu`, `two weeks ago`), each with its span, `date` (ISO), `end` (ranges), `time`, `kind`
 * and whether it was `relative`. Periods (`bulan depan`) and times alone are reported only
 * when `options.kinds` asks for them; durations (`selama 20 hari`) never.
 *
 * Offsets are into `text` as passed. Throws a TypeError only for arguments of the wrong type.
 *
 * @example
 * findDates('Rapat digelar kemarin, Senin (20/10/2025).', { referenceDate: '2025-10-21' });
 * // [{ text: 'kemarin', date: '2025-10-20', kind: 'relative', relative: true, … },
 * //  { text: 'Senin (20/10/2025)', date: '2025-10-20', kind: 'weekday-date', relative: false, … }]
 */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  requireString(text, 'text', 'findDates');
  const opts = checkOptions('findDates', options);
  const norm = normalize(text);
  const kinds = new Set<string>(opts.kinds ?? DAY_LEVEL_KINDS);
  const ref = readReference(opts.referenceDate);
  const hits = scanDates(norm.text, compileGrammar(dateDataFor(opts.language)), { ref, periods: kinds.has('period') || kinds.has('time') });
  return hits.filter((h) => kinds.has(h.kind)).map((h) => toFoundDate(norm, h));
}

/**
 * The first date (or time) expression in `text`: everything `findDates` reads, plus periods
 * (`bulan depan`, `minggu lepas`), times alone (`pukul 08.15 WIB`) and counted offsets forward
 * (`dalam 7 hari`, `in 3 days`). Impossible dates give `date: null` and a warning, and so do
 * relative dates without `options.referenceDate`.
 *
 * Offsets are into `text` as passed. Returns null when there is no date or time; throws a
 * TypeError only for arguments of the wrong type.
 *
 * @example
 * parseDate('Senin (25/11/2019) pukul 08.15 WIB');
 * // { date: '2019-11-25', time: '08:15', timezone: 'WIB', kind: 'weekday-date', … }
 * parseDate('3 hari lalu', { referenceDate: '2025-10-20' }); // { date: '2025-10-17', kind: 'relative', … }
 */
export function parseDate(text: string, options: DateOptions = {}): ParsedDate | null {
  requireString(text, 'text', 'parseDate');
  const opts = checkOptions('parseDate', options);
  const norm = normalize(text);
  const warnings: string[] = [];
  const ref = readReference(opts.referenceDate);
  if (opts.referenceDate !== undefined && ref === null) warnings.push('referenceDate ignored: not a valid date');
  const kinds = new Set<string>(opts.kinds ?? ALL_KINDS);
  const hit = scanDates(norm.text, compileGrammar(dateDataFor(opts.language)), { ref, periods: true, loose: true }).find((h) => kinds.has(h.kind));
  if (!hit) return null;
  const found = toFoundDate(norm, hit);
  return { ...found, warnings: [...warnings, ...(found.warnings ?? [])] };
}
