/**
 * The public dateline parser: normalizes the caller's text, runs the dateline engine from
 * the start (it copes with a title line, breadcrumbs and a publication line before the
 * dateline), and maps offsets back to the text as passed.
 */
import { requireLanguage, requireOptions, requireReferenceDate, requireString } from '../util/arguments.js';
import { LANGUAGES } from '../lang/index.js';
import type { DatelineLanguageData } from '../lang/types.js';
import type { Dateline, Published, SupportedLanguage } from '../types.js';
import { normalize, toSourceSpan, type Normalized } from '../util/normalize.js';
import { findDateline } from './find-dateline.js';
import { findPublished } from './find-published.js';

/** Options of `parseDateline`. */
export interface DatelineOptions {
  /** Year for dates written without one (`5 Mac`, `(3/1)`); defaults to the publication line's date. A `TypeError` when it is not a valid date. */
  referenceDate?: Date | string;
  /** Read outlet names and calendar words of this language only (default: all). */
  language?: SupportedLanguage;
}

/** The languages' dateline data: one when asked for, else all (outlets and month names do not clash). */
export function datelineDataFor(language: SupportedLanguage | undefined): DatelineLanguageData[] {
  if (language === 'ind' || language === 'zlm' || language === 'eng') return [LANGUAGES[language]];
  return [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
}

function published(norm: Normalized, data: DatelineLanguageData[]): Published | null {
  const p = findPublished(norm.text, 0, data);
  if (!p) return null;
  const span = toSourceSpan(norm, p.start, p.end);
  return { raw: norm.source.slice(span.start, span.end), span, date: p.date, time: p.time, timezone: p.timezone };
}

/**
 * Find the opening dateline of a story (`JAKARTA, KOMPAS.com -`, `Bisnis.com, JAKARTA --`,
 * `Jakarta (ANTARA) -`, `KUALA LUMPUR:`, `Ubud (12/4/2021) –`, …) and read its place,
 * outlet (as written, plus a canonical `outletId`) and date. `text` may be a whole article:
 * only the first lines are looked at, and only the opening dateline is returned.
 *
 * Offsets are into `text` as passed. Returns null when there is no dateline. Throws a
 * TypeError when `text` is not a string or an option is not valid.
 */
export function parseDateline(text: string, options: DatelineOptions = {}): Dateline | null {
  requireString(text, 'text', 'parseDateline');
  requireOptions(options, 'parseDateline');
  requireLanguage(options.language, 'parseDateline');
  requireReferenceDate(options.referenceDate, 'parseDateline');
  try {
    const norm = normalize(text);
    const data = datelineDataFor(options.language);
    const referenceDate = options.referenceDate ?? published(norm, data)?.date ?? undefined;
    const found = findDateline(norm.text, 0, data, { referenceDate });
    if (!found) return null;
    const span = toSourceSpan(norm, found.start, found.end);
    return {
      raw: text.slice(span.start, span.end),
      span,
      place: found.place,
      outlet: found.outlet,
      outletId: found.outletId,
      date: found.date,
      time: found.time,
      timezone: found.timezone,
    };
  } catch {
    // The engine is written not to throw; this guards the promise that no string input does.
    return null;
  }
}

/** Options of `parsePublished`. */
export type PublishedOptions = Pick<DatelineOptions, 'language'>;

/**
 * Find a separate publication line (`Selasa, 17 Maret 2020 | 08:42 WIB`) among the first
 * lines of `text`. Offsets are into `text` as passed; null when there is none.
 */
export function parsePublished(text: string, options: PublishedOptions = {}): Published | null {
  requireString(text, 'text', 'parsePublished');
  requireOptions(options, 'parsePublished');
  requireLanguage(options.language, 'parsePublished');
  try {
    return published(normalize(text), datelineDataFor(options.language));
  } catch {
    return null;
  }
}
