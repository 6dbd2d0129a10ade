/**
 * The public date readers: `findDates` (every date a text mentions) and `parseDate` (the
 * first one). Both normalize the caller's text, scan it, and map offsets back to the text
 * as passed.
 */
import { LANGUAGES } from '../lang/index.js';
import type { DateData } from '../lang/types.js';
import type { DateKind, FoundDate, Span, SupportedLanguage } from '../types.js';
import { requireLanguage, requireOptions, requireReferenceDate, requireString } from '../util/arguments.js';
import { collapseWhitespace, isNormalized, normalize, toSourceSpan, type Normalized } from '../util/normalize.js';
import { readReference } from './calendar.js';
import { compileGrammar } from './grammar.js';
import type { DateHit } from './hit.js';
import { scanDates } from './scan.js';

/** Options of `findDates`. */
export interface FindDatesOptions {
  /**
   * The day the text was written (`Date`, read in UTC, or an ISO string, read as written:
   * `2025-10-20`, `2025-10-20T14:30`): relative dates (`kemarin`, `Senin lalu`) are resolved
   * from it, and it gives the year to dates written without one (`(3/1)`). Without it those
   * get `date: null` and a warning. A `TypeError` when it is not a valid date.
   */
  referenceDate?: Date | string;
  /** Read this language's words only (default: Indonesian, Malay and English together). */
  language?: SupportedLanguage;
  /** The kinds to report (default: the day-level ones, `absolute`, `weekday-date`, `weekday`, `relative`). */
  kinds?: readonly DateKind[];
}

/** Options of `parseDate`: the same as `findDates` (its default `kinds` are all of them). */
export type ParseDateOptions = FindDatesOptions;

/** The result of `parseDate`: the first date expression, with everything odd about it. */
export interface ParsedDate extends FoundDate {
  warnings: string[];
}

/** The day-level kinds: what `findDates` and `Article.dates` report by default. */
export const DAY_LEVEL_KINDS: readonly DateKind[] = ['absolute', 'weekday-date', 'weekday', 'relative'];
const DAY_LEVEL_SET: ReadonlySet<string> = new Set(DAY_LEVEL_KINDS);
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

/** The caller's text as the scanner reads it: normalized, or as it is when it needs nothing (most short strings). */
export interface ReadText {
  text: string;
  /** Null when the text is the caller's own: offsets need no mapping. */
  norm: Normalized | null;
}

export function readText(source: string): ReadText {
  if (isNormalized(source)) return { text: source, norm: null };
  const norm = normalize(source);
  return { text: norm.text, norm };
}

/** The text holds a run of spaces or a space other than ` ` (tab, newline): collapse it. */
function untidy(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 32 && s.charCodeAt(i + 1) === 32) || (c < 32 && c !== 0) || c === 0xa0) return true;
  }
  return false;
}

/** A scanner hit as the public shape: source span, text as written. */
export function toFoundDate(read: ReadText, hit: DateHit): FoundDate {
  const written = read.text.slice(hit.start, hit.end);
  const found: FoundDate = {
    text: untidy(written) ? collapseWhitespace(written) : written,
    span: read.norm ? toSourceSpan(read.norm, hit.start, hit.end) : { start: hit.start, end: hit.end },
    date: hit.date,
    end: hit.until,
    time: hit.time,
    timezone: hit.timezone,
    kind: hit.kind,
    relative: hit.relative,
  };
  if (hit.warnings.length > 0) found.warnings = [...hit.warnings];
  return found;
}

/** Wrong argument types are caller bugs: a `TypeError` that names the option and what it got. */
function checkOptions(fn: string, options: FindDatesOptions): void {
  requireOptions(options, fn);
  requireLanguage(options.language, fn);
  requireReferenceDate(options.referenceDate, fn);
  const { kinds } = options;
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some(notAKind))) {
    throw new TypeError(`${fn}: \`options.kinds\` must be an array of ${[...ALL_KINDS].map((k) => `'${k}'`).join(', ')}`);
  }
}

function notAKind(kind: unknown): boolean {
  return typeof kind !== 'string' || !ALL_KINDS.has(kind);
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
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  requireString(text, 'text', 'findDates');
  checkOptions('findDates', options);
  const opts = options;
  const read = readText(text);
  const kinds: ReadonlySet<string> = opts.kinds ? new Set(opts.kinds) : DAY_LEVEL_SET;
  const ref = readReference(opts.referenceDate);
  const hits = scanDates(read.text, compileGrammar(dateDataFor(opts.language)), { ref, periods: kinds.has('period') || kinds.has('time') });
  const found: FoundDate[] = [];
  for (const h of hits) if (kinds.has(h.kind)) found.push(toFoundDate(read, h));
  return found;
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
export function parseDate(text: string, options: ParseDateOptions = {}): ParsedDate | null {
  requireString(text, 'text', 'parseDate');
  checkOptions('parseDate', options);
  const opts = options;
  const read = readText(text);
  const ref = readReference(opts.referenceDate);
  const kinds: ReadonlySet<string> = opts.kinds ? new Set(opts.kinds) : ALL_KINDS;
  let hit: DateHit | undefined;
  // With the default kinds every expression counts, so the scan may stop at the first.
  const hits = scanDates(read.text, compileGrammar(dateDataFor(opts.language)), { ref, periods: true, loose: true, first: !opts.kinds });
  for (let i = 0; i < hits.length && hit === undefined; i++) if (kinds.has(hits[i]!.kind)) hit = hits[i];
  if (!hit) return null;
  const found = toFoundDate(read, hit) as ParsedDate;
  found.warnings = [...hit.warnings];
  return found;
}
