/**
 * A separate publication line (`Selasa, 17 Maret 2020 | 08:42 WIB`, `Rabu, 27 Nov 2019 10:00 WIB`,
 * `Diperbarui 10/01/2020, 13:05 WIB`) among the first lines of a story, read with the dateline
 * engine's compiled calendar words.
 */
import type { DatelineLanguageData } from '../lang/types.js';
import { compile } from './compiled.js';
import type { PublishedHit } from './find-dateline.js';
import { lineStarts, publishedLineEnd } from './lines.js';
import { readReference } from '../dates/calendar.js';
import type { DateOptions } from './find-dateline.js';

/**
 * Find a separate publication line (`Selasa, 17 Maret 2020 | 08:42 WIB`,
 * `Rabu, 27 Nov 2019 10:00 WIB`, `Diperbarui 10/01/2020, 13:05 WIB`) among the first lines
 * after `from`. The line must hold nothing but the date (and time), with a written year.
 */
export function findPublished(
  text: string,
  from: number,
  data: readonly DatelineLanguageData[],
  options: DateOptions = {},
): PublishedHit | null {
  if (typeof text !== 'string' || data.length === 0) return null;
  const c = compile(data);
  const ref = readReference(options.referenceDate);
  for (const line of lineStarts(text, Math.max(0, from))) {
    const d = publishedLineEnd(text, line.pos, line.lineEnd, c.published, c.dates, ref, c.viewCounter);
    if (d) return { start: line.pos, end: d.end, date: d.date, time: d.time, timezone: d.timezone, warnings: [...d.warnings] };
  }
  return null;
}
