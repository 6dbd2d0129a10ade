/**
 * What a site leaves around a paragraph, cut off it by the boilerplate stage: after its last sentence an end
 * mark (`*`, `#`, an emptied embed, the date the story ran), and on either side the commas where a scraper
 * stripped the links between paragraphs.
 */
import { isDigit } from './menu-bar.js';
import type { JunkPatterns } from './patterns.js';

/**
 * A mark a site leaves after the last sentence: `*`, `***`, `#`, empty brackets where a link or embed was, or
 * the date the story ran after a dash (`…katanya.- 14/3/2018`: no sign-off, see `credit/sign-off.ts`).
 */
const END_MARK = /(?<=[.!?"”’)])[ ]{0,3}(?:\*{1,3}|#|\[ ?\]|\( ?\)|[-–—]{1,2} ?[0-3]?[0-9]\/[01]?[0-9]\/(?:19|20)[0-9]{2})$/u;

const END_MARK_LAST: ReadonlySet<string> = new Set(['*', '#', ']', ')']);

/**
 * `…kata dia., ,`: the commas a scraper leaves where it stripped the links between paragraphs, after a full stop
 * (not after a closing quote or bracket: `“Kami siap”,` may run on to its attribution on the next line).
 */
const STRAY_COMMAS = /(?<=[.!?])[ ]{0,3},(?:[ ]{0,3},){0,4}$/u;

/**
 * `… Budi Santoso, S.H.,⏎M.H., dan …`, `… PT Contoh Tbk.,⏎perusahaan …`, `… bersama Dr.,⏎Ir. Rina …`: a full stop that ends
 * an abbreviation — a capital alone (`S.H.`, an initial), a segment after another segment's stop (`M.Kn.`, `Ph.D.`), or a
 * capitalised abbreviation of the language's lists (`Tbk.`, `Dr.`, `St.`); the comma after it is the sentence's own, which
 * goes on past the line break. A word or a name (`… ke AS.,`, `… menemui Pak Li.,`) ends the sentence.
 */
const SEGMENT_STOP = /(?:^\p{Lu}|\.\p{Lu}\p{L}{0,3})\.$/u;
/** How far back the word before the stop is read: a longer word is no abbreviation (`S.Farm.`, `Dr.phil.` fit). */
const ABBREVIATION_REACH = 10;

/** Where an end mark starts in `s`, or -1; `p` knows the language's abbreviations. */
export function endMarkAt(s: string, p: JunkPatterns): number {
  if (s.endsWith(',')) {
    const m = STRAY_COMMAS.exec(s);
    if (!m || endsInAbbreviation(s, m.index, p)) return -1;
    return m.index + (m[0].length - m[0].trimStart().length);
  }
  // Every mark ends in one of these or in a year's digit: most paragraphs end in a stop, and are not searched
  // (the pattern's lookbehind is tried at every position of every block otherwise).
  if (!END_MARK_LAST.has(s.charAt(s.length - 1)) && !isDigit(s.charCodeAt(s.length - 1))) return -1;
  const m = END_MARK.exec(s);
  return m ? m.index + (m[0].length - m[0].trimStart().length) : -1;
}

/** Whether the word that ends at `end` (with its stop) is an abbreviation, read only `ABBREVIATION_REACH` characters back. */
function endsInAbbreviation(s: string, end: number, p: JunkPatterns): boolean {
  let start = end;
  while (start > 0 && end - start <= ABBREVIATION_REACH && !/[\s(]/u.test(s.charAt(start - 1))) start--;
  if (start > 0 && !/[\s(]/u.test(s.charAt(start - 1))) return false;
  const word = s.slice(start, end);
  return SEGMENT_STOP.test(word) || p.abbreviationStops.has(word);
}

/** `,Lina menambahkan …`: the same separator left at a paragraph's start, before its first word or quote mark. */
const LEADING_COMMAS = /^,(?:[ ]{0,3},){0,4}[ ]{0,3}(?=["“”‘\p{Lu}])/u;

/** How many characters of stray commas (and the spaces after them) open `s`, or 0. */
export function leadingCommasLength(s: string): number {
  return s.charCodeAt(0) === COMMA ? (LEADING_COMMAS.exec(s)?.[0].length ?? 0) : 0;
}
const COMMA = 44;
