/**
 * The first lines of a story, where its dateline and publication line stand: how they are walked
 * (bounded, so the cost does not grow with the article) and what kind of line each may be.
 */
import { matchDateAt } from '../dates/absolute.js';
import type { Reference } from '../dates/calendar.js';
import type { Grammar } from '../dates/grammar-types.js';
import { at } from './outlets.js';

/**
 * A dateline must start within this many characters after `from`: tempo's sits ~200 in, and a site may
 * print two photo captions (up to ~400 characters each) between the headline and the dateline.
 */
export const DATELINE_WINDOW = 900;
/** …and on one of this many lines (breadcrumbs, title, date line, caption, dateline). */
export const DATELINE_MAX_LINES = 8;
/** A first line this short, not ending like a sentence, may be a title: weak shapes are tried on the next line too. */
const TITLE_MAX_LENGTH = 200;
/** A standfirst or caption above the dateline: one sentence, no longer than this (a longer line is the story). */
export const STANDFIRST_MAX_LENGTH = 400;
/** A publication line holds a date and a time and little else (`Diperbarui Selasa, 17 Maret 2020 | 08:42 WIB` is 45). */
export const PUBLISHED_MAX_LENGTH = 80;

export const SPACES = /[ \t]{0,400}/y;

/** What `SPACES` reads at `pos`, as a length, with no match array: the spaces and tabs there, 400 at most. */
function spacesAt(text: string, pos: number): number {
  let n = 0;
  while (n < 400 && pos + n < text.length) {
    const c = text.charCodeAt(pos + n);
    if (c !== 0x20 && c !== 0x09) break;
    n++;
  }
  return n;
}
/** The separator that ends a dateline: any dash run or a colon. */
const SEPARATOR = /[ ]{0,3}(?:-{1,3}|[–—‒―]{1,2}|:)/y;

/** Where a dateline's separator ends, and whether it is a colon. */
export interface Separator {
  end: number;
  colon: boolean;
}

/** A separator at `pos` that really ends a dateline (a colon needs a space after it; a dash must not lead into a number). */
export function separatorAt(text: string, pos: number): Separator | null {
  const m = at(SEPARATOR, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const next = text.charAt(end);
  const colon = m[0].endsWith(':');
  if (colon) return next === '' || next === ' ' || next === '\n' ? { end, colon } : null;
  if (/[0-9\-–—]/.test(next)) return null;
  return { end, colon };
}

/**
 * Line starts (after leading spaces) within the window, skipping blank lines. Never looks
 * far past the window: a line longer than a title is cut (its `lineEnd` is only a bound)
 * and ends the walk.
 */
export function* lineStarts(text: string, from: number): Generator<{ pos: number; lineEnd: number; index: number }> {
  const limit = Math.min(text.length, from + DATELINE_WINDOW);
  let pos = from;
  let index = 0;
  while (pos < limit && index < DATELINE_MAX_LINES) {
    const start = pos + spacesAt(text, pos);
    if (start >= limit) return;
    const scanTo = Math.min(text.length, Math.max(limit, start + TITLE_MAX_LENGTH + 1));
    // The line break within `[start, scanTo)`, searched in place (no slice per line).
    const found = text.indexOf('\n', start);
    const nl = found === -1 || found >= scanTo ? -1 : found - start;
    const lineEnd = nl === -1 ? scanTo : start + nl;
    if (lineEnd > start) {
      yield { pos: start, lineEnd, index };
      index++;
    }
    if (nl === -1) return;
    pos = lineEnd + 1;
  }
}

/** A first line that may be a headline: short and not ending like a sentence. */
export function titleLike(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trimEnd();
  return line.length > 0 && line.length <= TITLE_MAX_LENGTH && !/[.,;:!"”’)]$/.test(line);
}

/**
 * Where the date of a publication line that starts at `pos` ends (`Selasa, 17 Maret 2020 | 08:42 WIB`,
 * `Diperbarui 10/01/2020, 13:05 WIB`): the line holds nothing but the date (and time), with a written year.
 */
export function publishedLineEnd(
  text: string,
  pos: number,
  lineEnd: number,
  published: RegExp | null,
  dates: Grammar,
  ref: Reference | null,
  viewCounter: RegExp | null = null,
): ReturnType<typeof matchDateAt> {
  if (lineEnd - pos > PUBLISHED_MAX_LENGTH) return null;
  const word = published ? at(published, text, pos) : null;
  const d = matchDateAt(text, word ? pos + word[0].length : pos, dates, ref);
  if (!d || !d.written?.yearWritten) return null;
  const rest = text.slice(d.end, lineEnd);
  // `… 08:15 WIB Dibaca: 417 Pengunjung`: the page's view counter is left for the boilerplate stage, like a label.
  return rest.trim() === '' || LABEL_AFTER_BAR.test(rest) || viewCounter?.test(rest) === true ? d : null;
}

/**
 * A `Label: value` piece after a bar on the publication line (`… | 15:55 WIB | Penulis: Rina`): the writer's label,
 * left for the boilerplate stage; the line is still the publication line. One or two capitalised words, a colon, a short value.
 */
const LABEL_AFTER_BAR = /^ ?\| ?\p{Lu}\p{Ll}{2,15}(?: \p{Ll}{2,15})? ?: ?\p{Lu}[^|\n]{0,40}$/u;

/** A first line that is one short sentence: an outlet's standfirst above the dateline. */
export function standfirst(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim();
  if (line.length > STANDFIRST_MAX_LENGTH) return false;
  // A caption may end in its photo credit (`… hari ini. Foto oleh NAMA`), a short fragment with no full stop.
  const sentence = line.replace(/[.!?] [^.!?]{1,60}$/u, '.');
  // `…, Selasa (3/1/2023)`: a caption may end with its date in parentheses.
  return /(?:[.!?]["”’]?|\([0-9/]{3,10}\))$/.test(sentence) && !/[.!?] \p{Lu}/u.test(sentence.slice(0, -1));
}

/** How far after a bare place's dash a second dash would close an aside (`Karsiman - Ketua Umum Contoh - mengatakan …`). */
const ASIDE_REACH = 80;

/**
 * After one sentence (a standfirst, or a caption with no credit), a bare place in ordinary case opens the story only
 * as one word with a capital after its dash and no second dash soon: `Sukamaju - Warga …`, not a name and an aside
 * (`Rina Wulandari - ketua …`, `Karsiman - Ketua Umum Contoh - mengatakan …`).
 */
export function oneWordPlaceOpens(place: string, text: string, after: number): boolean {
  const rest = text.slice(after, after + ASIDE_REACH);
  return !place.includes(' ') && !place.includes(',') && /^ *[\p{Lu}"“]/u.test(rest) && !/ [-–—]{1,2} /.test(rest);
}

/** A bare place with a colon (`PANEN RAYA:`) above a bare place with a dash: the first is a caption's label, not the dateline. */
export function labelAbove(label: string, below: string): boolean {
  return label.endsWith(':') && /[-–—]$/.test(below);
}
