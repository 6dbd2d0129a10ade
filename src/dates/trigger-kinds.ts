/**
 * Which matchers a word may start (`MATCH` flags): the words that open a date (day names, relative days, counts,
 * time words) and the words after a number that make it worth reading (a month, a unit, a zone). The scanner
 * looks a word up here before running any pattern.
 */
import type { DateData } from '../lang/types.js';
import { phraseKey } from './patterns.js';

/** Matcher flags: which matchers a trigger word may start. */
export const MATCH = {
  absolute: 1,
  counted: 2,
  within: 4,
  relativeDay: 8,
  weekday: 16,
  period: 32,
  time: 64,
  all: 127,
} as const;

export function triggerKinds(
  list: readonly DateData[],
  days: ReadonlyMap<string, number>,
  months: ReadonlyMap<string, number>,
  relativeDays: ReadonlyMap<string, unknown>,
  before: ReadonlyMap<string, unknown>,
  units: ReadonlyMap<string, unknown>,
): Map<string, number> {
  const out = new Map<string, number>();
  // Keyed by the whole phrase (the trigger matches `sekitar pukul` whole) and by its first word.
  const add = (word: string, flags: number) => {
    const phrase = phraseKey(word);
    for (const w of new Set([phrase, phrase.split(' ')[0]!])) out.set(w, (out.get(w) ?? 0) | flags);
  };
  for (const w of days.keys()) add(w, MATCH.absolute | MATCH.weekday);
  for (const w of months.keys()) add(w, MATCH.absolute | MATCH.period);
  for (const w of relativeDays.keys()) add(w, MATCH.relativeDay);
  for (const w of before.keys()) add(w, MATCH.weekday | MATCH.period);
  for (const w of units.keys()) add(w, MATCH.period);
  for (const d of list) {
    for (const w of d.dayWords) add(w, MATCH.absolute | MATCH.weekday);
    for (const w of d.timeWords) add(w, MATCH.time);
    for (const w of d.within) add(w, MATCH.within);
    // Counts: `dua hari lalu`, `seminggu yang lalu`.
    for (const w of Object.keys(d.numbers)) add(w, MATCH.counted);
    for (const p of d.onePrefixes) for (const u of Object.keys(d.units)) add(p + u, MATCH.counted);
  }
  return out;
}

/** Words after a number, lower-cased, and what they make of it: a written date, a counted offset, a time. */
export function digitFollowers(
  list: readonly DateData[],
  months: ReadonlyMap<string, number>,
  units: ReadonlyMap<string, unknown>,
  dayParts: ReadonlyMap<string, unknown>,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (word: string, flags: number) => {
    const w = phraseKey(word).split(' ')[0]!;
    out.set(w, (out.get(w) ?? 0) | flags);
  };
  for (const w of months.keys()) add(w, MATCH.absolute);
  for (const w of ['st', 'nd', 'rd', 'th']) add(w, MATCH.absolute);
  for (const w of units.keys()) add(w, MATCH.counted);
  for (const w of dayParts.keys()) add(w, MATCH.time);
  for (const d of list) {
    for (const w of d.rangeWords) add(w, MATCH.absolute);
    for (const w of Object.keys(d.timezones)) add(w, MATCH.time);
  }
  return out;
}
