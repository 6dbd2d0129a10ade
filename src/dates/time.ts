/**
 * Clock times: alone (`pukul 08.15 WIB`, `14:30`), and after a date as its tail
 * (`Rabu (5/11) malam pukul 20.00 WIB`, `4 mei 1768 jumaat 09:09 ptg`, `Thursday 7pm`).
 */
import type { DayPart } from '../lang/types.js';
import { toClock } from './calendar.js';
import { phraseKey, wordEnd } from './patterns.js';
import type { Grammar } from './grammar-types.js';
import { emptyHit, type DateHit, type MatchContext } from './hit.js';
import { readRelativeDay } from './relative.js';

type Groups = Record<string, string | undefined>;

/**
 * Minutes since midnight of an hour and minute read with a part of the day, or null when
 * impossible. `pukul 7 malam` → 19:00, `jam 2 malam` → 02:00, `jam 1 siang` → 13:00,
 * `jam 12 pagi` → 00:00; an hour past 12 is already on the 24-hour clock.
 */
export function clockMinutes(hour: number, minute: number, part: DayPart | undefined): number | null {
  if (hour > 23 || minute > 59) return null;
  let h = hour;
  if (part !== undefined && hour <= 12) {
    if (part === 'morning' || part === 'early') h = hour === 12 ? 0 : hour;
    else if (part === 'midday') h = hour < 10 ? hour + 12 : hour;
    else if (part === 'afternoon' || part === 'evening') h = hour < 12 ? hour + 12 : hour;
    else h = hour === 12 ? 0 : hour >= 5 ? hour + 12 : hour;
  }
  return h * 60 + minute;
}

/**
 * The clock a match's groups (prefixed `p`) describe, or null when they are not a time:
 * an hour alone needs a time word or a part of the day (`pukul 7`, `7 pm`), and a dotted
 * time needs a time word, a part or a zone (`10.00 WIB`; a bare `10.00` is a number).
 */
function readClock(g: Groups, p: string, grammar: Grammar, part: DayPart | undefined, wordBefore = false): { time: string; timezone: string | null } | null {
  const hh = g[`${p}hh`];
  if (hh === undefined) return null;
  const ownPart = g[`${p}pd`] !== undefined ? grammar.dayParts.get(phraseKey(g[`${p}pd`]!)) : undefined;
  const timeWord = wordBefore || g[`${p}tw`] !== undefined;
  const cue = timeWord || ownPart !== undefined || g[`${p}tz`] !== undefined;
  if (g[`${p}mi`] === undefined ? !(timeWord || ownPart !== undefined) : g[`${p}ts`] !== ':' && !cue) return null;
  const minutes = clockMinutes(Number(hh), Number(g[`${p}mi`] ?? 0), ownPart ?? part);
  if (minutes === null) return null;
  return { time: toClock(minutes), timezone: g[`${p}tz`] ? g[`${p}tz`]!.toUpperCase() : null };
}

/** A clock time alone at `pos`: kind `time`, no date. */
export function matchTimeAlone(ctx: MatchContext, pos: number, grammar: Grammar): DateHit | null {
  const re = grammar.timeAlone;
  re.lastIndex = pos;
  const m = re.exec(ctx.text);
  if (!m) return null;
  // Found from its number (`pukul 7 malam` scanned at `7`): the time word before belongs to it.
  let start = pos;
  if (m.groups?.atw === undefined) {
    const before = grammar.timeWordBefore.exec(ctx.text.slice(Math.max(0, pos - 24), pos));
    if (before) start = pos - before[0].length;
  }
  const clock = readClock((m.groups ?? {}) as Groups, 'a', grammar, undefined, start < pos);
  if (!clock) return null;
  // `pukul 11 malam tadi`, `jam 3 petang semalam`: the part of the day opens a relative day.
  const part = m.groups?.apd;
  const day = part !== undefined ? readRelativeDay(ctx, pos + m[0].lastIndexOf(part), grammar) : null;
  if (day && day.end > pos + m[0].length) {
    return { ...day, start, time: clock.time, timezone: clock.timezone };
  }
  const hit = emptyHit(start, pos + m[0].length, 'time', false);
  hit.time = clock.time;
  hit.timezone = clock.timezone;
  return hit;
}

/**
 * A tail starts with a space, a comma, a bar or a dash, then a number, a part of the day or a
 * time word. Checked by hand: most dates are followed by neither, and the pattern is large.
 */
function mayHaveTail(text: string, i: number, grammar: Grammar): boolean {
  let j = i;
  while (j < text.length && j - i < 4) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 44 && c !== 124 && c !== 45 && c !== 0x2013) break;
    j++;
  }
  if (j === i) return false;
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57) return true;
  const end = wordEnd(text, j);
  return end > j && grammar.tables.tailWord.has(text, j, end);
}

/**
 * Extend a date hit with what follows it: a part of the day (`malam`), then a clock time
 * (`pukul 20.00 WIB`, `, 13:05 WIB`, `| 11:13 WIB`). A clock the tail cannot read (a bare
 * number) is left out, and so is a time after a half-closed parenthesis.
 */
export function applyTail(ctx: MatchContext, hit: DateHit, grammar: Grammar): DateHit {
  if (!mayHaveTail(ctx.text, hit.end, grammar)) return hit;
  const re = grammar.tail;
  re.lastIndex = hit.end;
  const m = re.exec(ctx.text);
  if (!m) return hit;
  const g = (m.groups ?? {}) as Groups;
  const tailStart = hit.end;
  if (g.pd !== undefined) {
    hit.part = grammar.dayParts.get(phraseKey(g.pd));
    // The part of the day comes first in the tail.
    hit.end += m[0].indexOf(g.pd) + g.pd.length;
  }
  const clock = readClock(g, g.pd !== undefined ? 't' : 'u', grammar, hit.part);
  if (clock) {
    hit.time = clock.time;
    hit.timezone = clock.timezone;
    hit.end = tailStart + m[0].length;
  }
  return hit;
}
