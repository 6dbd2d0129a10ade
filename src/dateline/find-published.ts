/**
 * A separate publication line (`Selasa, 17 Maret 2020 | 08:42 WIB`, `Rabu, 27 Nov 2019 10:00 WIB`,
 * `Diperbarui 10/01/2020, 13:05 WIB`) among the first lines of a story, read with the dateline
 * engine's compiled calendar words.
 */
import type { DatelineLanguageData } from '../lang/types.js';
import { compile, lineStarts, type PublishedHit } from './find-dateline.js';
import { at } from './outlets.js';
import { matchDateAt } from '../dates/absolute.js';
import { readReference } from '../dates/calendar.js';
import type { DateOptions } from './find-dateline.js';

/** A publication line holds a date and a time and little else (`Diperbarui Selasa, 17 Maret 2020 | 08:42 WIB` is 45). */
const PUBLISHED_MAX_LENGTH = 80;

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
  for (const line of lineStarts(text, Math.max(0, from))) {
    if (line.lineEnd - line.pos > PUBLISHED_MAX_LENGTH) continue;
    let pos = line.pos;
    const word = c.published ? at(c.published, text, pos) : null;
    if (word) pos += word[0].length;
    const d = matchDateAt(text, pos, c.dates, readReference(options.referenceDate));
    if (!d || !d.written?.yearWritten) continue;
    if (text.slice(d.end, line.lineEnd).trim() !== '') continue;
    return { start: line.pos, end: d.end, date: d.date, time: d.time, timezone: d.timezone, warnings: [...d.warnings] };
  }
  return null;
}
