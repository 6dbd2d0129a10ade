/**
 * The date grammar of a set of languages, compiled once from their `DateData` and memoised:
 * lookup tables (word → value) and the patterns the matchers run. Patterns are built from the
 * word lists (longest first), every repetition is bounded, and the matchers run them anchored
 * (sticky) at the positions the trigger pattern finds, so the cost stays linear in the text.
 * What the grammar holds is `grammar-types.ts`; which matchers a word may start, `trigger-kinds.ts`.
 */
import type { DateData } from '../lang/types.js';
import { alternationOrNever as alt, dataKey, phraseKey, WordTable } from './patterns.js';
import { DateTrigger } from './trigger.js';
import type { Direction, Grammar, GrammarTables } from './grammar-types.js';
import { digitFollowers, triggerKinds } from './trigger-kinds.js';

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
  // A written date in three pieces, each a small pattern: a day name before it, the date
  // itself (numeric or with a month name), and what may follow (a day name, `lalu`).
  const dayBefore =
    `(?:(?<dw>${DAYWORD})[ ]{1,2})?(?<dn>${DAY})${NL}\\.?(?:[ ]{0,2}[-–][ ]{0,2}(?<dnx>${DAY})${NL}\\.?)?` +
    `(?:[ ]{1,2}(?<pd0>${PART})${NL})?(?:[ ]{0,2},[ ]{0,2}|[ ]{1,3})`;
  const paren = (core: string) => `(?<op>\\([ ]{0,2})?(?:${core})(?<cp>[ ]{0,2}\\))?`;
  // Never empty: a match is something to read (and a miss costs no allocation).
  const dayAfter =
    `,?[ ]{1,2}(?<dn2>${DAY})${NL}(?![ ]{0,2}[(,])(?:[ ]{1,2}(?<mod>${AFTER})${NL})?|[ ]{1,2}(?<mod2>${AFTER})${NL}`;

  const count = (p: string) => `(?:(?<${p}n>\\d{1,4})[ ]{0,2}|(?<${p}nw>${NUM})[ ]{1,2}|(?<${p}one>${ONE}))(?<${p}u>${UNIT})${NL}`;
  const counted = `${count('')}[ ]{1,2}(?:(?<ago>${AGO})|(?<later>${LATER}))${NL}`;
  const within = `(?<w>${WITHIN})[ ]{1,2}${count('')}`;
  const weekday =
    `(?:(?<bm>${BEFORE})[ ]{1,2})?(?:(?<dw>${DAYWORD})[ ]{1,2})?(?<dn>${DAY})${NL}` +
    `(?:[ ]{1,2}(?<wu>${UNIT})[ ]{1,2}(?<wm>${AFTER})${NL}|[ ]{1,2}(?<am>${AFTER})${NL})?`;
  const period =
    `(?:(?<bm>${BEFORE})[ ]{1,2})?(?<pu>${UNIT})${NL}(?:[ ]{1,2}(?<am>${AFTER})${NL})?` +
    `|(?<pmo>${MON})${NL}\\.?(?:[ ]{1,2}(?<pam>${AFTER})${NL}|,?[ ]{1,2}(?<py>\\d{4})(?!\\d))`;
  const clockAfter = (p: string) => `(?:[ ]{0,2}[,|][ ]{0,2}|[ ]{1,3}|[ ]{0,2}[-–][ ]{0,2})${clock(p)}`;
  // Never empty, like `dayAfter`: a part of the day and maybe a clock, or a clock.
  const tail = `[ ]{1,2}(?<pd>${PART})${NL}(?:${clockAfter('t')})?|${clockAfter('u')}`;

  // Where a date may start, found by one cheap pattern (ASCII word boundaries, no `u` flag, plain
  // words only: lookaheads here would cost more than the matchers they save): `(` before a date,
  // a number with something date-like after it, or a word that may open a day-level form. The
  // matchers decide; the scanner finds a trigger's first word.
  const firstWord = (phrase: string) => phrase.split(' ')[0]!;
  const openers = [
    ...days.keys(),
    // A month opens a day-level date only where the month comes first (`October 5`); elsewhere
    // the day number does (`5 Oktober`), and a month alone is a period.
    ...list.filter((d) => d.monthFirst).flatMap((d) => Object.keys(d.months)),
    ...[...relativeDays.keys()].map(firstWord),
    ...[...before.keys()].map(firstWord),
    ...words((d) => d.dayWords),
    ...list.flatMap((d) => d.onePrefixes.flatMap((p) => Object.keys(d.units).map((u) => p + u))),
    ...[...numbers.keys()].map(firstWord),
  ];
  // Times alone, periods and counts forward are read only when asked for (`parseDate`, `kinds`).
  const timeWords = words((d) => d.timeWords).map(firstWord);
  const periodWords = [
    ...months.keys(),
    ...[...units].filter(([, u]) => u === 'week' || u === 'month' || u === 'year').map(([w]) => w),
    ...[...before.keys()].map(firstWord),
  ];
  const withinWords = words((d) => d.within).map(firstWord);
  // Not `2,58%`, `10.000`, `(2019)`: a number needs a separator and a digit (a dot before exactly
  // two: `10.00`, `10.01.2020`), a dash, or a word, which the scanner checks can follow a date's
  // number (a month, a unit, a part of the day, a zone, a range word: not `380 kilometer`).
  const followers = digitFollowers(list, months, units, dayParts);
  // (The word itself is looked up by the scanner: a list here would make the pattern large.)
  // The words as a character trie, read by a hand-written scan (`trigger.ts`).
  const trigger = (extra: readonly string[]) => new DateTrigger([...openers, ...extra]);

  const sticky = (source: string, indices = false) => new RegExp(source, indices ? 'iyd' : 'iy');
  const marks = (list: Iterable<string>) => new WordTable([...list].map((w) => [w, true] as const));
  const kinds = triggerKinds(list, days, months, relativeDays, before, units);
  const tables: GrammarTables = {
    trigger: new WordTable([...kinds].filter(([w]) => !w.includes(' '))),
    follower: new WordTable(followers),
    day: new WordTable(days),
    month: new WordTable(months),
    dayPart: new WordTable(dayParts),
    unit: new WordTable(units),
    number: new WordTable([...numbers].filter(([w]) => !w.includes(' '))),
    afterCount: marks([...units.keys(), ...[...numbers.keys()].filter((n) => n.includes(' ')).map((n) => n.split(' ')[1]!)]),
    afterUnit: marks(words((d) => [...d.ago, ...d.later]).map((p) => firstWord(phraseKey(p)))),
    dayWord: marks(words((d) => d.dayWords)),
    tailWord: marks([...dayParts.keys(), ...words((d) => d.timeWords)].map((w) => firstWord(phraseKey(w)))),
    afterDate: marks([...days.keys(), ...after.keys()].map((w) => firstWord(w))),
    relativeFirst: new WordTable(
      [...relativeDays.keys()].map((p) => [firstWord(p), !p.includes(' ') || relativeDays.has(firstWord(p))] as const)
        .sort(([, a], [, b]) => Number(b) - Number(a)),
    ),
    relativeSecond: marks([...relativeDays.keys()].filter((p) => p.includes(' ')).map((p) => p.split(' ')[1]!)),
  };
  return {
    tables,
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
    dayBefore: sticky(`(?<![${WORD_CHARS}])${dayBefore}`),
    numericDate: sticky(`(?<![${WORD_CHARS}/.,:\\-])${paren(`${numeric}|${numericRange}|${shortNumeric}`)}`),
    dayMonthDate: sticky(`(?<![${WORD_CHARS}/.,:\\-])${paren(dayMonth)}`),
    monthDayDate: sticky(`(?<![${WORD_CHARS}/.,:\\-])${paren(monthDay)}`),
    dayAfter: sticky(dayAfter),
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
  };
}
