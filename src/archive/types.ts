import type { Boilerplate, Duplicate, LanguageCode, Paragraph, ParseOptions, Span } from '../types.js';
import type { SearchSpeaker } from '../search/types.js';

/** One article to archive: its text as scraped and what the caller knows about it. */
export interface ArchiveInput {
  text: string;
  /** Your id for the article. Without one, the article's key is `sha256:` and the hash of `text`. */
  id?: string | null;
  url?: string | null;
  /** Wins over the parsed title. */
  title?: string | null;
  /** ISO `YYYY-MM-DD` (a longer ISO timestamp is cut to its date); wins over the dateline's date. */
  date?: string | null;
  /** Wins over the dateline's outlet. */
  outlet?: string | null;
}

/** What `add` did with one input. `unchanged`: the same text was already archived by this warta version. */
export type AddStatus = 'added' | 'updated' | 'unchanged';

export interface AddResult {
  added: number;
  updated: number;
  unchanged: number;
  /** The key of each input, in order: its `id`, or `sha256:…` of its text. */
  ids: string[];
  statuses: AddStatus[];
}

export interface AddOptions {
  /** Passed to `parseArticle` (language, referenceDate, …). */
  parse?: ParseOptions;
}

/** Filters shared by `search` and `quotes`; each given one must hold. */
export interface ArchiveFilters {
  /** Outlet, any case (`kompas`, `detik`). */
  outlet?: string;
  /** Earliest date, `YYYY-MM-DD`, inclusive. Articles without a date are left out when a date bound is given. */
  from?: string;
  /** Latest date, `YYYY-MM-DD`, inclusive. */
  to?: string;
  language?: LanguageCode;
  /** Someone quoted in the article: whole words of their name, any case (`Rina Wulandari` finds `Rina Wulandari Putri`). */
  speaker?: string;
  /** An organisation: its acronym (`KPK`), or whole words of its name, any case. */
  organisation?: string;
  /** At most this many results (default 20, at most 1000). */
  limit?: number;
  /** Skip this many results first (paging). */
  offset?: number;
}

export interface SearchOptions extends ArchiveFilters {
  /** Marks put around matched words in `snippet` (default `['**', '**']`). */
  highlight?: readonly [string, string];
}

export interface SearchHit {
  id: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
  title: string | null;
  date: string | null;
  outlet: string | null;
  language: LanguageCode;
  url: string | null;
  /** About 30 words of the body around the best match, matched words marked. */
  snippet: string;
}

/** Whose quotes to list: `speaker`, `organisation` (the speaker's), or both; plus the usual filters. */
export type QuoteQuery = ArchiveFilters;

export interface QuoteHit {
  /** The article's id. */
  id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  /** The quote's offsets into the archived source text. */
  span: Span;
  speaker: SearchSpeaker;
}

/** An organisation as archived: every mention's offsets into the source. */
export interface ArchivedOrganisation {
  name: string;
  acronym: string | null;
  /** A canonical id when the organisation is in warta's lexicon. */
  id: string | null;
  kind: string | null;
  mentions: Span[];
}

export interface ArchivedQuote {
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  paragraph: number;
  span: Span;
  speaker: SearchSpeaker | null;
}

/** An article read back from an archive. Spans are offsets into `source`. */
export interface ArchivedArticle {
  id: string;
  url: string | null;
  title: string | null;
  date: string | null;
  place: string | null;
  outlet: string | null;
  language: LanguageCode;
  /** The text exactly as archived. */
  source: string;
  /** `sha256:` and the hash of `source`. */
  textHash: string;
  /** The warta version that parsed it (`warta@0.1.0`): a newer warta re-parses on the next `add`. */
  parser: string;
  archivedAt: string;
  paragraphs: Paragraph[];
  quotes: ArchivedQuote[];
  organisations: ArchivedOrganisation[];
  duplicates: Duplicate[];
  boilerplate: Boilerplate[];
  credit: string | null;
  warnings: string[];
}

/**
 * A warta archive: parsed articles in SQLite or PostgreSQL, searchable with Indonesian
 * stemming. Every method of both back ends behaves the same; `close` when done.
 */
export interface Archive {
  readonly kind: 'sqlite' | 'postgres';
  /** Parse and store articles in one transaction; an article already archived under the same key is updated, never duplicated. */
  add(inputs: readonly ArchiveInput[], options?: AddOptions): Promise<AddResult>;
  /** Full-text search, best first. `pertemuan` also finds `bertemu`. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** What a person, or an organisation's people, said: newest first. */
  quotes(query: QuoteQuery): Promise<QuoteHit[]>;
  get(id: string): Promise<ArchivedArticle | null>;
  /** Delete articles by key; returns how many were there. */
  remove(ids: readonly string[]): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** Where an archive lives: an SQLite file path, or a PostgreSQL connection URL. */
export type ArchiveTarget = string | { postgres: string };

export interface OpenArchiveOptions {
  /** Open for reading only: `add` and `remove` fail; works on read-only files. Default false. */
  readonly?: boolean;
  /** SQLite: how long a write waits for another process's transaction, in ms (default 30 000). */
  busyTimeout?: number;
  /** PostgreSQL: the schema holding warta's tables (default `warta`). */
  schema?: string;
}

/** Why an archive operation failed, as a code a program can act on and a message a person can read. */
export type ArchiveErrorCode =
  | 'driver-missing'
  | 'not-an-archive'
  | 'newer-schema'
  | 'read-only'
  | 'cannot-open'
  | 'busy'
  | 'empty-query'
  | 'query-too-long'
  | 'bad-filter';
