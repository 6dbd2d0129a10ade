/**
 * The date grammar of a set of languages, compiled once from their `DateData` and memoised:
 * lookup tables (word → value) and the patterns the matchers run. Patterns are built from the
 * word lists (longest first), every repetition is bounded, and the matchers run them anchored
 * (sticky) at the positions the trigger pattern finds, so the cost stays linear in the text.
 */
import type { DateData, DateUnit, DayPart } from '../lang/types.js';
import { alternationOrNever as alt, dataKey, phraseKey } from './patterns.js';

/** -1: the one before the reference, 0: the current one, 1: the one after. */
export type Direction = -1 | 0 | 1;

export interface Grammar {
  months: ReadonlyMap<string, number>;
  /** Full month names of languages that write the month first (`June`): with these a month and day need no year. */
  monthFirstNames: ReadonlySet<string>;
  /** Every month word of those languages (`jun`, `oct`): a month and day without a year need a full name or a dotted abbreviation. */
  monthFirstWords: ReadonlySet<string>;
  days: ReadonlyMap<string, number>;
  /** Day names that shorten a longer one (`Sun`, `Thu`): a date only beside a written date. */
  dayAbbreviations: ReadonlySet<string>;
  /** Day names that are also units (`Minggu`: Sunday, and week). */
  dayUnits: ReadonlySet<string>;
  relativeDays: ReadonlyMap<string, readonly [number, DayPart?]>;
  dayParts: ReadonlyMap<string, DayPart>;
  units: ReadonlyMap<string, DateUnit>;
  numbers: ReadonlyMap<string, number>;
  notBefore: ReadonlySet<string>;
  /** Modifiers after a day name, month or unit (`lalu` → -1) and before one (`next` → 1). */
  after: ReadonlyMap<string, Direction>;
  before: ReadonlyMap<string, Direction>;
  /** Month and day names, lower-cased: never a place name. */
  calendarWords: ReadonlySet<string>;
  /** Finds where a day-level date may start (global, ASCII word boundaries): the matchers then decide. */
  trigger: RegExp;
  /** The same, also at time words and units (`pukul 08.15`, `bulan depan`): times alone and periods. */
  periodTrigger: RegExp;
  /** The same, also at `dalam`/`in` (counted offsets forward, read by `parseDate` only). */
  looseTrigger: RegExp;
  /** Words after a number that may make it a date or time (`20 Oktober`, `3 hari`, `7 malam`, `10.00 WIB`) → the matchers to try. */
  digitFollowers: ReadonlyMap<string, number>;
  /** Sticky patterns, one per form. */
  absolute: RegExp;
  /** The same with group indices (slower): run again only when a match must be cut back. */
  absoluteIndexed: RegExp;
  counted: RegExp;
  within: RegExp;
  relativeDay: RegExp;
  weekday: RegExp;
  period: RegExp;
  timeAlone: RegExp;
  /** Right after a counted offset: a word that makes it a stretch of time (`terakhir`, `ke depan`). */
  durationNext: RegExp;
  /** Which matchers may start at a trigger word (lower-cased); digits, `(` and words not listed try them all. */
  triggerKinds: ReadonlyMap<string, number>;
  /** A time word right before a number (`pukul `, `sekitar pukul `, `at `), matched at the end of the text before it. */
  timeWordBefore: RegExp;
  /** After a date: a part of the day and a clock time (`malam pukul 20.00 WIB`); may match nothing. */
  tail: RegExp;
  /** Between the two ends of a range: `-`, `–`, `hingga`, `s.d.`, `to`. */
  rangeJoin: RegExp;
}

/**
 * Letters and digits for word boundaries: ASCII and the Latin letters of Malay, Indonesian and
 * English text. Written out instead of `\\p{L}` so the patterns run without the `u` flag,
 * several times faster in V8 for these large case-insensitive alternations.
 */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F';
/** Not a letter or digit next: a whole word ends here. */
const NL = `(?![${WORD_CHARS}])`;
/** English ordinal suffixes after a day number. */
const ORD = '(?:st|nd|rd|th)?';

function lowerMap<V>(records: Iterable<Readonly<Record<string, V>>>): Map<string, V> {
  const out = new Map<string, V>();
  for (const r of records) for (const [k, v] of Object.entries(r)) if (!out.has(phraseKey(k))) out.set(phraseKey(k), v);
  return out;
}

function lowerSet(lists: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const l of lists) for (const w of l) out.add(phraseKey(w));
  return out;
}

function modifiers(list: readonly DateData[], side: 'after' | 'before'): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const d of list) {
    const m = d[side];
    for (const w of m.last) if (!out.has(phraseKey(w))) out.set(phraseKey(w), -1);
    for (const w of m.current) if (!out.has(phraseKey(w))) out.set(phraseKey(w), 0);
    for (const w of m.next) if (!out.has(phraseKey(w))) out.set(phraseKey(w), 1);
  }
  return out;
}

/** The longest name of each month in each month-first language (`june`, not `jun`; `may`). */
function monthFirstNames(list: readonly DateData[]): Set<string> {
  const out = new Set<string>();
  for (const d of list) {
    if (!d.monthFirst) continue;
    const longest = new Map<number, string>();
    for (const [w, n] of Object.entries(d.months)) if ((longest.get(n)?.length ?? 0) < w.length) longest.set(n, w.toLowerCase());
    for (const w of longest.values()) out.add(w);
  }
  return out;
}

/** Day names that begin a longer name of the same day (`thu` of `thursday`). */
function dayAbbreviations(days: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  for (const [w, n] of days) for (const [v, k] of days) if (k === n && v.length > w.length && v.startsWith(w)) out.add(w);
  return out;
}

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

function triggerKinds(
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
  }
  return out;
}

/** Words after a number, lower-cased, and what they make of it: a written date, a counted offset, a time. */
function digitFollowers(
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

const compiled = new Map<string, Grammar>();
const byArray = new WeakMap<readonly DateData[], Grammar>();

/** The grammar of these languages (the first language's reading wins where two differ). */
export function compileGrammar(list: readonly DateData[]): Grammar {
  const same = byArray.get(list);
  if (same) return same;
  const key = dataKey(list);
  let grammar = compiled.get(key);
  if (!grammar) {
    grammar = build(list);
    compiled.set(key, grammar);
  }
  byArray.set(list, grammar);
  return grammar;
}

function build(list: readonly DateData[]): Grammar {
  const months = lowerMap(list.map((d) => d.months));
  const days = lowerMap(list.map((d) => d.days));
  const units = lowerMap(list.map((d) => d.units));
  const dayParts = lowerMap(list.map((d) => d.dayParts));
  const numbers = lowerMap(list.map((d) => d.numbers));
  const relativeDays = lowerMap(list.map((d) => d.relativeDays));
  const after = modifiers(list, 'after');
  const before = modifiers(list, 'before');
  const words = (pick: (d: DateData) => Iterable<string>) => list.flatMap((d) => [...pick(d)]);

  const MON = alt(months.keys());
  const DAY = alt(days.keys());
  const UNIT = alt(units.keys());
  const PART = alt(dayParts.keys());
  const NUM = alt(numbers.keys());
  const ONE = alt(words((d) => d.onePrefixes));
  const TW = alt(words((d) => d.timeWords));
  const TZ = alt(words((d) => Object.keys(d.timezones)));
  const REL = alt(relativeDays.keys());
  const AFTER = alt(after.keys());
  const BEFORE = alt(before.keys());
  const DAYWORD = alt(words((d) => d.dayWords));
  const AGO = alt(words((d) => d.ago));
  const LATER = alt(words((d) => d.later));
  const WITHIN = alt(words((d) => d.within));
  const RANGEWORD = alt(words((d) => d.rangeWords));
  const RANGE = `(?:[ ]{0,2}[-–—][ ]{0,2}|[ ]{1,2}(?:${RANGEWORD})[ ]{1,2})`;

  /** A clock time, its groups prefixed with `p`: `pukul 08.15 WIB`, `14:30`, `jam 7 malam`, `7pm`, `09:09 ptg`. */
  const clock = (p: string) =>
    `(?:(?<${p}tw>${TW})[ ]{1,2})?(?<${p}hh>\\d{1,2})(?:(?<${p}ts>[.:])(?<${p}mi>\\d{2}))?(?![\\d:]|[.,]\\d)` +
    `(?:[ ]{0,2}(?<${p}pd>${PART})${NL})?(?:[ ]{0,2}(?<${p}tz>${TZ})${NL})?`;

  // The written-date forms; each has its own groups. Order matters only where two could
  // start at the same place: a full numeric date before a numeric range (`20-10-2025`).
  const numeric = '(?<d1>\\d{1,2})(?<s1>[/.\\-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{1,4})(?![\\d/])';
  const numericRange = '(?<r5>\\d{1,2})[ ]?[-–][ ]?(?<d5>\\d{1,2})/(?<m5>\\d{1,2})(?:/(?<y5>\\d{4}|\\d{2}))?(?![\\d/])';
  const shortNumeric = '(?<d2>\\d{1,2})/(?<m2>\\d{1,2})(?![\\d/])';
  const dayMonth =
    `(?:(?<r3>\\d{1,2})${ORD}${RANGE})?(?<d3>\\d{1,2})${ORD}[ ]{1,3}(?<mo3>${MON})${NL}(?:\\.?,?[ ]{1,3}(?<y3>\\d{4})(?!\\d))?`;
  const monthDay =
    `(?<mo4>${MON})${NL}(?<dot4>\\.)?[ ]{1,3}(?<d4>\\d{1,2})${ORD}(?:${RANGE}(?<r4>\\d{1,2})${ORD})?` +
    `(?:,?[ ]{1,3}(?<y4>\\d{4})(?!\\d))?(?!\\d|[.,:]\\d)`;
  const weekdayBefore =
    `(?:(?<dw>${DAYWORD})[ ]{1,2})?(?<dn>${DAY})${NL}\\.?(?:[ ]{0,2}[-–][ ]{0,2}(?<dnx>${DAY})${NL}\\.?)?` +
    `(?:[ ]{1,2}(?<pd0>${PART})${NL})?(?:[ ]{0,2},[ ]{0,2}|[ ]{1,3})`;
  const absolute =
    `(?<![${WORD_CHARS}/.,:\\-])(?:${weekdayBefore})?(?<op>\\([ ]{0,2})?` +
    `(?<core>${numeric}|${numericRange}|${shortNumeric}|${dayMonth}|${monthDay})(?<cp>[ ]{0,2}\\))?` +
    `(?:,?[ ]{1,2}(?<dn2>${DAY})${NL})?(?:[ ]{1,2}(?<mod>${AFTER})${NL})?`;

  const count = (p: string) => `(?:(?<${p}n>\\d{1,4})[ ]{0,2}|(?<${p}nw>${NUM})[ ]{1,2}|(?<${p}one>${ONE}))(?<${p}u>${UNIT})${NL}`;
  const counted = `${count('')}[ ]{1,2}(?:(?<ago>${AGO})|(?<later>${LATER}))${NL}`;
  const within = `(?<w>${WITHIN})[ ]{1,2}${count('')}`;
  const weekday =
    `(?:(?<bm>${BEFORE})[ ]{1,2})?(?:(?<dw>${DAYWORD})[ ]{1,2})?(?<dn>${DAY})${NL}` +
    `(?:[ ]{1,2}(?<wu>${UNIT})[ ]{1,2}(?<wm>${AFTER})${NL}|[ ]{1,2}(?<am>${AFTER})${NL})?`;
  const period =
    `(?:(?<bm>${BEFORE})[ ]{1,2})?(?<pu>${UNIT})${NL}(?:[ ]{1,2}(?<am>${AFTER})${NL})?` +
    `|(?<pmo>${MON})${NL}\\.?(?:[ ]{1,2}(?<pam>${AFTER})${NL}|,?[ ]{1,2}(?<py>\\d{4})(?!\\d))`;
  const tail =
    `(?:[ ]{1,2}(?<pd>${PART})${NL})?` +
    `(?:(?:[ ]{0,2}[,|][ ]{0,2}|[ ]{1,3}|[ ]{0,2}[-–][ ]{0,2})${clock('t')})?`;

  // Where a date may start, found by one cheap pattern (ASCII word boundaries, no `u` flag):
  // `(` before a date, a number with something date-like after it, a number word before a unit
  // (`dua hari`, `dua puluh tahun`), or a word that opens a day-level form. The matchers decide.
  const firstWord = (phrase: string) => phrase.split(' ')[0]!;
  const openers = [
    ...days.keys(),
    ...months.keys(),
    ...[...relativeDays.keys()].map(firstWord),
    ...[...before.keys()].map(firstWord),
    ...list.flatMap((d) => d.onePrefixes.flatMap((p) => Object.keys(d.units).map((u) => p + u))),
    ...words((d) => d.dayWords),
  ];
  // Times alone, periods and counts forward are read only when asked for (`parseDate`, `kinds`).
  const timeWords = words((d) => d.timeWords).map(firstWord);
  const periodWords = [...units].filter(([, u]) => u === 'week' || u === 'month' || u === 'year').map(([w]) => w);
  const withinWords = words((d) => d.within).map(firstWord);
  // Not `2,58%`, `(2019)`, `380)`: a number needs a separator, a dash or a word after it.
  const number = '\\d{1,4}(?=[/.:\\-–—]\\d|[ ]{0,2}[-–—]|[ ]{0,3}[A-Za-z])';
  const numberWord = `(?:${alt([...numbers.keys()].map(firstWord))})(?=(?:[ ]{1,2}[A-Za-z]{1,8})?[ ]{1,2}(?:${UNIT})\\b)`;
  const trigger = (extra: readonly string[]) =>
    new RegExp(`\\((?=[ ]?\\d{1,2}[/.\\-–])|\\b(?:${number}|${numberWord}|(?:${alt([...openers, ...extra])})\\b)`, 'gi');

  const sticky = (source: string, indices = false) => new RegExp(source, indices ? 'iyd' : 'iy');
  return {
    months,
    monthFirstNames: monthFirstNames(list),
    monthFirstWords: lowerSet(list.filter((d) => d.monthFirst).map((d) => Object.keys(d.months))),
    days,
    dayAbbreviations: dayAbbreviations(days),
    dayUnits: new Set([...days.keys()].filter((w) => units.has(w))),
    relativeDays,
    dayParts,
    units,
    numbers,
    notBefore: lowerSet(list.map((d) => d.notBefore)),
    after,
    before,
    calendarWords: new Set([...months.keys(), ...days.keys()]),
    trigger: trigger([]),
    periodTrigger: trigger([...timeWords, ...periodWords]),
    looseTrigger: trigger([...timeWords, ...periodWords, ...withinWords]),
    digitFollowers: digitFollowers(list, months, units, dayParts),
    absolute: sticky(absolute),
    absoluteIndexed: sticky(absolute, true),
    counted: sticky(counted),
    within: sticky(within),
    relativeDay: sticky(`(?<rel>${REL})${NL}`),
    weekday: sticky(weekday),
    period: sticky(period),
    timeAlone: sticky(clock('a')),
    tail: sticky(tail),
    rangeJoin: sticky(RANGE),
    timeWordBefore: new RegExp(`(?<![${WORD_CHARS}])(?:${TW})[ ]{1,2}$`, 'i'),
    durationNext: sticky(`[ ]{1,2}(?:${alt(words((d) => d.durationAfter))})${NL}`),
    triggerKinds: triggerKinds(list, days, months, relativeDays, before, units),
  };
}
