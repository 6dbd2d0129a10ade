/**
 * What a compiled date grammar holds (`grammar.ts` builds it): the word tables the scanner reads and the
 * sticky patterns the matchers run. Apart so that the matchers and the dateline readers import the shape
 * without the compiler.
 */
import type { DateUnit, DayPart } from '../lang/types.js';
import type { WordTable } from './patterns.js';
import type { DateTrigger } from './trigger.js';

/** -1: the one before the reference, 0: the current one, 1: the one after. */
export type Direction = -1 | 0 | 1;

/** The word lists the scanner's hot path reads straight from the text (see `WordTable`). */
export interface GrammarTables {
  /** Trigger words → the matchers they may start (`MATCH` flags). */
  trigger: WordTable<number>;
  /** Words after a number → the matchers they make worth trying. */
  follower: WordTable<number>;
  day: WordTable<number>;
  month: WordTable<number>;
  dayPart: WordTable<DayPart>;
  unit: WordTable<DateUnit>;
  number: WordTable<number>;
  /** Right after a count's first word: a unit, or the rest of a number (`belas`). */
  afterCount: WordTable<true>;
  /** Right after a counted unit: the first word of `lalu`, `yang lalu`, `lagi`, `ago`, `from now`. */
  afterUnit: WordTable<true>;
  dayWord: WordTable<true>;
  /** First words of what may follow a date: a part of the day, a time word (`pukul`, `sekitar`). */
  tailWord: WordTable<true>;
  /** First words of what may follow a written date: a day name, a modifier (`lalu`, `mendatang`). */
  afterDate: WordTable<true>;
  /** First words of relative days → whether the word alone is one (`kemarin`: yes; `hari` of `hari ini`: no). */
  relativeFirst: WordTable<boolean>;
  /** Second words of relative days (`ini` of `hari ini`, `lusa` of `kemarin lusa`). */
  relativeSecond: WordTable<true>;
}

export interface Grammar {
  tables: GrammarTables;
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
  trigger: DateTrigger;
  /** The same, also at time words and units (`pukul 08.15`, `bulan depan`): times alone and periods. */
  periodTrigger: DateTrigger;
  /** The same, also at `dalam`/`in` (counted offsets forward, read by `parseDate` only). */
  looseTrigger: DateTrigger;
  /** Sticky patterns, one per form. A written date: a day name before it (`Senin (`, `hari Selasa, `). */
  dayBefore: RegExp;
  /** …the date (`30/11/2019`, `20-22/10`, `(3/1)`), in parentheses or not… */
  numericDate: RegExp;
  /** …(`23 Februari 2016`, `25-28 November`)… */
  dayMonthDate: RegExp;
  /** …(`January 5, 2015`, `October 20-22`)… */
  monthDayDate: RegExp;
  /** …and what may follow it: a day name (`4 mei 1768 jumaat`), a modifier (`30 September lalu`). */
  dayAfter: RegExp;
  counted: RegExp;
  within: RegExp;
  relativeDay: RegExp;
  weekday: RegExp;
  period: RegExp;
  timeAlone: RegExp;
  /** Right after a counted offset: a word that makes it a stretch of time (`terakhir`, `ke depan`). */
  durationNext: RegExp;
  /** A time word right before a number (`pukul `, `sekitar pukul `, `at `), matched at the end of the text before it. */
  timeWordBefore: RegExp;
  /** After a date: a part of the day and a clock time (`malam pukul 20.00 WIB`), or either. */
  tail: RegExp;
  /** Between the two ends of a range: `-`, `–`, `hingga`, `s.d.`, `to`. */
  rangeJoin: RegExp;
}
