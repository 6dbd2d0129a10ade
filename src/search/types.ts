import type { LanguageCode } from '../types.js';

/** A speaker as a search document lists them: once per article, with what the article says they are. */
export interface SearchSpeaker {
  name: string;
  role: string | null;
  organisation: string | null;
}

/**
 * Stemmed search terms, space-separated, one string per field an index weighs differently.
 * Made by the same function at write and at query time (`textTerms`, `queryWords`).
 */
export interface SearchTerms {
  title: string;
  body: string;
  quotes: string;
}

/**
 * One article flattened for a search index: every field a plain string, array or null, so any
 * engine (SQLite FTS5, PostgreSQL, OpenSearch, …) can store it as is.
 */
export interface SearchDocument {
  /** `options.id`, else `sha256:` and the hash of the title and body (the same article gives the same id). */
  id: string;
  url: string | null;
  title: string | null;
  /** The clean paragraphs, joined by blank lines. */
  body: string;
  /** ISO `YYYY-MM-DD`: `options.date`, else the dateline's or the publication line's date. */
  date: string | null;
  /** Where the story was filed, from the dateline. */
  place: string | null;
  /** `options.outlet`, else the dateline's canonical outlet id (`kompas`), else the outlet as written. */
  outlet: string | null;
  language: LanguageCode;
  /** Organisation names (expanded where the article expands them), each once. */
  organisations: string[];
  /** Their acronyms (`KPK`, `APTB`), each once. */
  acronyms: string[];
  /** Everyone quoted, each once, in order of first quote. */
  speakers: SearchSpeaker[];
  /** The text of every quote, in order. */
  quotes: string[];
  /** Stemmed terms of title, body and quotes. */
  terms: SearchTerms;
  /** True when `terms` are stems (Indonesian, Malay, undetermined); false for English, indexed word for word. */
  stemmed: boolean;
}

/** What the caller knows about an article beyond its text; each given field wins over what the parse found. */
export interface SearchDocumentOptions {
  id?: string;
  url?: string | null;
  title?: string | null;
  /** ISO `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
  date?: string | null;
  outlet?: string | null;
}
