/**
 * The public shapes of warta. Every offset is a UTF-16 code-unit offset into the
 * input string exactly as the caller passed it: `input.slice(span.start, span.end)`.
 */

/** A half-open region `[start, end)` of the input. */
export interface Span {
  start: number;
  end: number;
}

/** ISO 639-3 codes: Indonesian, Standard Malay, English, or undetermined. */
export type LanguageCode = 'ind' | 'zlm' | 'eng' | 'und';

/** The languages warta has data for. */
export type SupportedLanguage = Exclude<LanguageCode, 'und'>;

export interface LanguageGuess {
  code: LanguageCode;
  /** 0..1: how sure the detector is (0 for `und`). */
  confidence: number;
}

/** The language an article was read as, and where that came from. */
export interface ArticleLanguage extends LanguageGuess {
  /** `detected` by `detectLanguage`, or given by the caller as `options.language`. */
  source: 'detected' | 'option';
}

export interface Title {
  text: string;
  span: Span;
  /** The scraper glued the headline to itself ("AbcAbc"); `span` covers the first copy. */
  repeated: boolean;
}

/** The opening line of a story that says where (and sometimes when, and by whom) it was filed. */
export interface Dateline {
  /** Exactly as written, including its trailing dash, colon or full stop. */
  raw: string;
  span: Span;
  place: string | null;
  /** The outlet or agency as written (`KOMPAS.com`, `ANTARA News`). */
  outlet: string | null;
  /** A canonical outlet id (`kompas`, `antara`, …) so archives can group by outlet. */
  outletId: string | null;
  /** ISO `YYYY-MM-DD`, only when a date is written in the dateline itself. */
  date: string | null;
  /** `HH:MM`, 24-hour. */
  time: string | null;
  /** `WIB`, `WITA`, `WIT`, `MYT`, … as written (upper-cased). */
  timezone: string | null;
}

/** A separate publication line such as `Selasa, 17 Maret 2020 | 08:42 WIB`. */
export interface Published {
  raw: string;
  span: Span;
  date: string | null;
  time: string | null;
  timezone: string | null;
}

export interface Paragraph {
  /** Normalized text: NFC, entities decoded, invisible characters removed, whitespace collapsed. */
  text: string;
  span: Span;
}

export interface Speaker {
  name: string;
  role: string | null;
  organisation: string | null;
  /** Where the speaker is named for this quote (null when resolved from a pronoun like `ujarnya`). */
  span: Span | null;
  /** The name was completed from an earlier mention (`kata Roland` → `Roland Manurung`, `ujarnya`). */
  resolved: boolean;
}

export interface Quote {
  /** Direct: the words inside the marks. Indirect: the reported clause after its cue (`Menurut X, …`). Normalized. */
  text: string;
  span: Span;
  /** `direct`: someone's own words in quotation marks; `indirect`: reported speech without marks. */
  kind: 'direct' | 'indirect';
  /** The speech verb's base form (`ujar` for `ujarnya`, `say` for `said`). */
  verb: string | null;
  /** Index of the paragraph that holds it, in the `paragraphs` returned with it (`Article.paragraphs`, or `extractQuotes(…).paragraphs`). */
  paragraph: number;
  speaker: Speaker | null;
}

export type OrganisationKind =
  | 'government'
  | 'company'
  | 'party'
  | 'ngo'
  | 'media'
  | 'education'
  | 'police-military'
  | 'international'
  | 'other';

export interface Organisation {
  /** The expanded name when known, else the form seen. */
  name: string;
  acronym: string | null;
  mentions: Span[];
  /** A stable id for faceting (`kpk`, `polri`, …) when the organisation is in the lexicon, else null. */
  id: string | null;
  /** What sort of organisation it is, when its lexicon entry or its head noun says; else null. */
  kind: OrganisationKind | null;
}

export interface Duplicate {
  /** The repeated copy (not in `paragraphs`). */
  span: Span;
  /** The first occurrence, which stays in the body (or the title). */
  of: Span;
  kind: 'exact' | 'near';
  /** 0..1 similarity of the normalized texts (1 for exact copies). */
  similarity: number;
}

export type BoilerplateKind =
  | 'related-link'
  | 'ad'
  | 'video-promo'
  | 'share'
  | 'editor'
  | 'copyright'
  | 'caption'
  | 'navigation'
  | 'comments'
  | 'other';

export interface Boilerplate {
  text: string;
  span: Span;
  kind: BoilerplateKind;
}

/** Trailing reporter/editor initials or a sign-off: `(NP)`, `(fyk/ash)`, `-- BERNAMA`, `– OUTLETDAILY 26/10/2017`. */
export interface Credit {
  /** Without the parentheses or the dash: `NP`, `fyk/ash`, `BERNAMA`, `OUTLETDAILY 26/10/2017` (an outlet and the date it ran). */
  text: string;
  span: Span;
}

/**
 * What a date expression says:
 * - `absolute`: a day written out (`20 Oktober 2025`, `(20/10)`, `October 5`, `25-28 November 2019`);
 * - `weekday-date`: a day name with a written date (`Senin (20/10/2025)`, `Rabu, 15 Oktober 2025`);
 * - `weekday`: a day name alone (`Senin`, `Selasa lalu`, `Jumaat minggu lepas`, `last Friday`);
 * - `relative`: a day named from the reference (`kemarin`, `hari ini`, `semalam`, `3 hari lalu`, `two weeks ago`);
 * - `period`: a week, month or year, not a day (`pekan lalu`, `bulan depan`, `Oktober lalu`, `Oktober 2025`);
 * - `time`: a clock time alone (`pukul 08.15 WIB`).
 * The first four are day-level: `findDates` and `Article.dates` report those unless asked for more.
 */
export type DateKind = 'absolute' | 'weekday-date' | 'weekday' | 'relative' | 'period' | 'time';

/** A date expression found in a text. */
export interface FoundDate {
  /** The expression as written (normalized, whitespace collapsed). */
  text: string;
  span: Span;
  /**
   * ISO `YYYY-MM-DD`: the day, or the first day of a range or period. Null when it cannot be
   * known: a relative or year-less date with no reference date, an impossible date, a time alone.
   */
  date: string | null;
  /** ISO `YYYY-MM-DD`: the last day of a range (`25-28 November 2019`) or period; null otherwise. */
  end: string | null;
  /** `HH:MM`, 24-hour (`pukul 7 malam` → `19:00`, `09:09 ptg` → `21:09`). */
  time: string | null;
  /** The zone as written, upper-cased (`WIB`). */
  timezone: string | null;
  kind: DateKind;
  /** The date depends on the reference date (`kemarin`, `Senin`, `(3/1)`): resolved from it, or null without one. */
  relative: boolean;
  /** What was odd: an impossible date, a day name that does not match the date, no reference date. */
  warnings?: string[];
}

export interface Article {
  title: Title | null;
  language: ArticleLanguage;
  dateline: Dateline | null;
  published: Published | null;
  /** The clean body in order: no title, dateline, boilerplate, duplicates or credit. */
  paragraphs: Paragraph[];
  /**
   * Every day-level date the clean body mentions, in order, resolved against the article's own
   * date: `options.referenceDate`, else the publication line's, else the dateline's.
   */
  dates: FoundDate[];
  quotes: Quote[];
  organisations: Organisation[];
  duplicates: Duplicate[];
  boilerplate: Boilerplate[];
  credit: Credit | null;
  /** Human-readable notes about odd input (empty, binary, truncated work, …). */
  warnings: string[];
}

export interface ParseOptions {
  /** Skip detection and parse as this language. */
  language?: SupportedLanguage;
  /**
   * The article's date, for dates written without a year (`(3/1)`) and relative dates
   * (`kemarin`, `Senin lalu`). Defaults to the publication line's date, else the dateline's.
   */
  referenceDate?: Date | string;
  /** Turn stages off for speed when a caller needs only part of the Article. */
  quotes?: boolean;
  organisations?: boolean;
  /**
   * Called after each step (`normalize`, `segment`, then each stage in order) with its name,
   * its duration in milliseconds, and what it decided: for profiling and for finding which
   * stage removed or found a piece of text. Off by default.
   */
  trace?: (stage: string, ms: number, detail: TraceDetail) => void;
}

/** What one step of the parse decided, passed to `options.trace`. */
export interface TraceDetail {
  /** Computed when first read, so a trace that only times the stages costs nothing more. */
  readonly decisions: readonly TraceDecision[];
}

/** One decision of a stage: what it found or removed, and where. */
export interface TraceDecision {
  /** `title`, `dateline`, `junk:caption`, `duplicate:near`, `credit`, `paragraph`, `quote:direct (Name)`, `organisation:Name`, `language:ind (detected, 0.93)`, … */
  what: string;
  /** Where, in the input as passed; null for a decision about the whole text (its language). */
  span: Span | null;
}
