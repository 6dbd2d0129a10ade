/**
 * The year a dateline leaves out (`AMBON, 12 Maret –`), read from a dated line of its own at the story's end: a
 * publication line the top lacks (`Diperbarui 12/03/2025 10:15`) or a statement's place and date above its
 * signature (`Ambon, 12 Maret 2025`). The line's date is then the reference the dateline's day and month are
 * read against, as a publication line on top would be.
 */
import type { DatelineLanguageData } from '../lang/types.js';
import { compile } from './compiled.js';
import { publishedLineEnd } from './lines.js';

/** How many lines from the end are looked at: the sign-off block, a publication line, a short credit. */
const LAST_LINES = 6;
/** A place before the date on a statement's closing line: one to three capitalised words and a comma. */
const PLACE_BEFORE = /^\p{Lu}[\p{L}.'-]{1,24}(?: \p{Lu}[\p{L}.'-]{1,24}){0,2}, ?/u;

/** The ISO date of a dated line among the last lines of `text` after `from`, or null. */
export function closingDate(text: string, from: number, data: readonly DatelineLanguageData[]): string | null {
  if (data.length === 0) return null;
  const c = compile(data);
  let end = text.length;
  for (let n = 0; n < LAST_LINES && end > from; ) {
    const start = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const lineEnd = start + line.trimEnd().length;
    if (lineEnd > start + lead) {
      n++;
      const place = PLACE_BEFORE.exec(line.slice(lead));
      const d = publishedLineEnd(text, start + lead, lineEnd, c.published, c.dates, null) ?? (place ? publishedLineEnd(text, start + lead + place[0].length, lineEnd, c.published, c.dates, null) : null);
      if (d?.date) return d.date;
    }
    end = start > 0 ? start - 1 : 0;
    if (start === 0) break;
  }
  return null;
}
