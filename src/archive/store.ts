import type { Boilerplate, BoilerplateKind, Duplicate, LanguageCode, Paragraph } from '../types.js';
import type { FilterPlan } from './plan.js';
import type { ArticleRecord } from './records.js';
import type { AddStatus, ArchivedArticle, ArchivedOrganisation, ArchivedQuote } from './types.js';

/**
 * What a back end (SQLite, PostgreSQL) does: store records and answer planned queries. The
 * archive above it parses, plans and shapes results, so the two back ends differ only in SQL.
 * Both name their tables and columns alike, so rows read back have the same shape.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** The text hash and parser of each key already archived. */
  existing(ids: readonly string[]): Promise<Map<string, Stamp>>;
  /**
   * Write records in one transaction, each replacing the article with its key. A record whose
   * article was archived identically meanwhile (another process) is `unchanged`.
   */
  write(records: readonly ArticleRecord[]): Promise<AddStatus[]>;
  /** Articles holding a term of every word, best first, with the filters applied. */
  search(words: readonly (readonly string[])[], filters: FilterPlan): Promise<SearchRow[]>;
  quotes(filters: FilterPlan): Promise<QuoteRow[]>;
  /** The article's rows, or null. */
  get(id: string): Promise<ArticleRows | null>;
  remove(ids: readonly string[]): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export interface Stamp {
  textHash: string;
  parser: string;
}

export interface SearchRow {
  id: string;
  score: number;
  title: string | null;
  date: string | null;
  outlet: string | null;
  language: string;
  url: string | null;
  body: string;
}

export interface QuoteRow {
  id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  kind: string;
  verb: string | null;
  span_start: number;
  span_end: number;
  name: string;
  role: string | null;
  organisation: string | null;
}

/** An article and its child rows as both back ends return them (snake_case, as in the tables). */
export interface ArticleRows {
  article: {
    id: string;
    url: string | null;
    title: string | null;
    date: string | null;
    place: string | null;
    outlet: string | null;
    language: string;
    source: string;
    text_hash: string;
    parser: string;
    archived_at: string;
    credit: string | null;
    warnings: string;
  };
  paragraphs: { text: string; span_start: number; span_end: number }[];
  speakers: { n: number; name: string; role: string | null; organisation: string | null }[];
  quotes: { text: string; kind: string; verb: string | null; paragraph: number; span_start: number; span_end: number; speaker: number | null }[];
  organisations: { n: number; name: string; acronym: string | null; org_id: string | null; kind: string | null }[];
  mentions: { organisation: number; span_start: number; span_end: number }[];
  duplicates: { kind: string; similarity: number; span_start: number; span_end: number; of_start: number; of_end: number }[];
  boilerplate: { kind: string; text: string; span_start: number; span_end: number }[];
}

/** Rows (ordered by `n`) → the archived article. */
export function assembleArticle(rows: ArticleRows): ArchivedArticle {
  const a = rows.article;
  const speakers = new Map(rows.speakers.map((s) => [Number(s.n), { name: s.name, role: s.role, organisation: s.organisation }]));
  const organisations: ArchivedOrganisation[] = rows.organisations.map((o) => ({ name: o.name, acronym: o.acronym, id: o.org_id, kind: o.kind, mentions: [] }));
  for (const m of rows.mentions) organisations[Number(m.organisation)]?.mentions.push({ start: m.span_start, end: m.span_end });
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    date: a.date,
    place: a.place,
    outlet: a.outlet,
    language: a.language as LanguageCode,
    source: a.source,
    textHash: a.text_hash,
    parser: a.parser,
    archivedAt: a.archived_at,
    paragraphs: rows.paragraphs.map((p): Paragraph => ({ text: p.text, span: { start: p.span_start, end: p.span_end } })),
    quotes: rows.quotes.map(
      (q): ArchivedQuote => ({
        text: q.text,
        kind: q.kind as ArchivedQuote['kind'],
        verb: q.verb,
        paragraph: q.paragraph,
        span: { start: q.span_start, end: q.span_end },
        speaker: q.speaker === null ? null : (speakers.get(Number(q.speaker)) ?? null),
      }),
    ),
    organisations,
    duplicates: rows.duplicates.map(
      (d): Duplicate => ({ kind: d.kind as Duplicate['kind'], similarity: d.similarity, span: { start: d.span_start, end: d.span_end }, of: { start: d.of_start, end: d.of_end } }),
    ),
    boilerplate: rows.boilerplate.map((b): Boilerplate => ({ kind: b.kind as BoilerplateKind, text: b.text, span: { start: b.span_start, end: b.span_end } })),
    credit: a.credit,
    warnings: JSON.parse(a.warnings) as string[],
  };
}
