/**
 * Dateline shapes that the core engine (`find-dateline.ts`) hands to this module:
 * - `Jakarta. Indonesia's farm ministry …`: a place and a full stop, the story running on after it (English dailies);
 * - `Sukamaju - kabarcontoh.id -`: a bare place's dash, then the outlet's domain or name and a dash of its own;
 * - `KUCHING (Dec 3):`: a short month and day in parentheses after the place;
 * - `Ambon, 5/2 (Antara Maluku) -`: a day and month with a slash after the comma, right before the agency.
 * Every regex is anchored (sticky) and bounded, so each match is linear.
 */
import { matchDateAt } from '../dates/absolute.js';
import type { Reference } from '../dates/calendar.js';
import type { Grammar } from '../dates/grammar-types.js';
import type { DateHit } from '../dates/hit.js';
import { SPACES, type Separator, separatorAt } from './lines.js';
import { type Outlet, type OutletTables, at, outletAt } from './outlets.js';
import { shortMonthDayAt } from './short-date.js';

/** Whether `s` is written in capitals. */
export function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The full stop after the place, then a capital (or an opening quote) starting the story's first sentence. */
export const STOP_THEN_STORY = /\. (?=["“]?\p{Lu})/uy;
/** A place word that is no abbreviation: four letters at least (`Dr.`, `Gen.` are titles). */
const LONG_WORD = /^\p{L}{4,}$/u;
/** The story after such a dateline runs on for at least this much on the same line (a caption's label does not: `ILUSTRASI. Harga minyak`). */
const MIN_STORY = 60;
/** One or two words: a town and its region need a comma, which this shape never has. */
const MAX_WORDS = 2;

/**
 * The end of a `Jakarta.` dateline whose place ends at `placeEnd`, or -1. Only where the language's dailies
 * write so (`placeFullStop`), on a line of its own story; the place is title case or capitals, each word long.
 */
function stopPlaceEnd(text: string, place: string, placeEnd: number): number {
  const words = place.split(' ');
  if (words.length > MAX_WORDS || !words.every((w) => LONG_WORD.test(w) && (isAllCaps(w) || !/\p{Lu}/u.test(w.slice(1))))) return -1;
  STOP_THEN_STORY.lastIndex = placeEnd;
  if (!STOP_THEN_STORY.test(text)) return -1;
  // Only the first MIN_STORY characters after `. ` are needed: all of them on this line.
  const rest = text.slice(placeEnd + 2, placeEnd + 2 + MIN_STORY);
  return rest.length === MIN_STORY && !rest.includes('\n') ? placeEnd + 1 : -1;
}

/** Where a bare place's dateline ends when no plain dash or colon ends it, and the outlet named there. */
export interface BareEnd {
  end: number;
  outlet: Outlet | null;
}

/**
 * A bare place (no outlet, date or agency after it) ending at `placeEnd`, `sep` the separator after it or null:
 * with no separator, a full stop where `fullStop` allows one (see `stopPlaceEnd`); after a dash, the outlet's domain
 * or known name and its own dash (`Sukamaju - kabarcontoh.id -`). Null when neither: the caller reads a plain dash.
 */
export function bareEnd(text: string, place: string, placeEnd: number, sep: Separator | null, c: OutletTables, fullStop: boolean): BareEnd | null {
  if (!sep) {
    const stop = fullStop ? stopPlaceEnd(text, place, placeEnd) : -1;
    return stop > 0 ? { end: stop, outlet: null } : null;
  }
  if (sep.colon) return null;
  const named = outletAt(text, sep.end + at(SPACES, text, sep.end)![0].length, c);
  const after = named ? separatorAt(text, named.end) : null;
  return after && !after.colon ? { end: after.end, outlet: named } : null;
}

/** `(Dec 3)`: a short month and its day in parentheses. */
const PAREN_SHORT_DATE = /\((\p{Lu}\p{Ll}{2,3} [0-3]?[0-9])\)/uy;

/** The short date in parentheses at `pos` (`KUCHING (Dec 3):`), ending after the closing parenthesis, or null. */
export function parenShortDateAt(text: string, pos: number, grammar: Grammar, ref: Reference | null): DateHit | null {
  PAREN_SHORT_DATE.lastIndex = pos;
  const m = PAREN_SHORT_DATE.exec(text);
  if (!m) return null;
  // Read the month and day as the comma shape does (`KUALA LUMPUR, Oct 14 (Bernama) --`), whose lookahead takes the `)`'s place.
  const inner = `${m[1]!} (`;
  const found = shortMonthDayAt(inner, 0, grammar, ref);
  return found ? { ...found, start: pos, end: pos + m[0].length } : null;
}

/** A day and month (and year) with slashes, outside parentheses, with the agency's parenthesis right after it. */
const SLASH_DATE_BEFORE_PAREN = /[0-3]?[0-9]\/[01]?[0-9](?:\/[0-9]{2}(?:[0-9]{2})?)?(?= ?\()/y;

/**
 * The slash date at `pos` of `Ambon, 5/2 (Antara Maluku) -`, read as its parenthesised form (`(5/2)`) is, or null. Body
 * text does not take a bare `5/2` as a date (a score, a fraction); between a dateline's comma and its agency it is one.
 */
export function slashDateAt(text: string, pos: number, grammar: Grammar, ref: Reference | null): DateHit | null {
  SLASH_DATE_BEFORE_PAREN.lastIndex = pos;
  const m = SLASH_DATE_BEFORE_PAREN.exec(text);
  const found = m ? matchDateAt(`(${m[0]})`, 0, grammar, ref) : null;
  if (!found || found.end !== m![0].length + 2) return null;
  return { ...found, start: pos, end: pos + m![0].length, warnings: found.warnings.map((w) => w.replace(`(${m![0]})`, m![0])) };
}
