import type { DayPart } from '../lang/types.js';
import type { DateKind } from '../types.js';
import type { Reference } from './calendar.js';

/** A date expression found by a matcher; offsets are into the text scanned. */
export interface DateHit {
  start: number;
  end: number;
  kind: DateKind;
  /** ISO day, or the first day of a range or period. */
  date: string | null;
  /** ISO last day of a range or period. */
  until: string | null;
  time: string | null;
  timezone: string | null;
  relative: boolean;
  /** Empty for most hits (one shared empty list); `warn` adds to it. */
  warnings: readonly string[];
  /** A written day as read (for joining the two ends of a range): `y` is null when no (possible) year was written. */
  written?: { y: number | null; m: number; d: number; yearWritten: boolean };
  /** The part of the day the expression names (`semalam`, `Rabu malam`): reads a clock hour after it. */
  part?: DayPart;
}

/** What every matcher is given. */
export interface MatchContext {
  text: string;
  /** The reference moment, or null: relative dates then get `date: null` and a warning. */
  ref: Reference | null;
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

/** A hit with no date yet: the matcher fills in what it knows. */
export function emptyHit(start: number, end: number, kind: DateKind, relative: boolean): DateHit {
  return { start, end, kind, date: null, until: null, time: null, timezone: null, relative, warnings: NO_WARNINGS };
}

/** Note what was odd about a hit. */
export function warn(hit: DateHit, message: string): void {
  hit.warnings = [...hit.warnings, message];
}

/** The warning for a relative expression that has no reference date to be read from. */
export function noReference(text: string): string {
  return `no reference date for "${text}": pass referenceDate`;
}

/** Starts with a capital: day and month names are capitalised in news (`5 may be` is not a date). */
export function capitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

/** The character before `i` is a letter or digit (so a match at `i` would start mid-word). */
export function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD.test(text.charAt(i - 1));
}

/** Letters, digits and the joiners a word may hold (`jum'at`, `sehari-hari`). */
function wordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45;
  return c === 0x2019 || WORD.test(String.fromCharCode(c));
}

/** The word before `i` (lower-cased, across one to three spaces only), or ''. */
export function previousWord(text: string, i: number): string {
  let end = i;
  while (end > 0 && i - end < 3 && text.charCodeAt(end - 1) === 32) end--;
  if (end === i) return '';
  let start = end;
  while (start > 0 && end - start < 31 && wordUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}
