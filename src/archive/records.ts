import { toSearchDocument } from '../search/to-search-document.js';
import type { SearchDocument } from '../search/types.js';
import type { Article } from '../types.js';
import { contentKey } from '../util/hash.js';
import { nameKey } from './plan.js';
import type { ArchiveInput } from './types.js';

/**
 * An article as rows, the same for every back end: what `add` writes. Child rows are numbered
 * within their article (`n`), in the article's order; spans are offsets into `source`.
 */
export interface ArticleRecord {
  id: string;
  textHash: string;
  parser: string;
  url: string | null;
  title: string | null;
  body: string;
  date: string | null;
  place: string | null;
  outlet: string | null;
  outletKey: string | null;
  language: string;
  languageConfidence: number;
  dateline: string | null;
  credit: string | null;
  /** JSON array of the parse's warnings. */
  warnings: string;
  source: string;
  archivedAt: string;
  document: SearchDocument;
  paragraphs: { n: number; text: string; start: number; end: number }[];
  speakers: {
    n: number;
    name: string;
    nameKey: string;
    role: string | null;
    organisation: string | null;
    organisationKey: string | null;
    /** The article's organisation this speaker's organisation names, by name or acronym. */
    organisationN: number | null;
  }[];
  quotes: {
    n: number;
    text: string;
    kind: 'direct' | 'indirect';
    verb: string | null;
    paragraph: number;
    start: number;
    end: number;
    speakerN: number | null;
    speakerStart: number | null;
    speakerEnd: number | null;
    resolved: boolean | null;
  }[];
  organisations: {
    n: number;
    name: string;
    nameKey: string;
    acronym: string | null;
    acronymKey: string | null;
    orgId: string | null;
    kind: string | null;
  }[];
  mentions: { organisationN: number; n: number; start: number; end: number }[];
  duplicates: { n: number; kind: 'exact' | 'near'; similarity: number; start: number; end: number; ofStart: number; ofEnd: number }[];
  boilerplate: { n: number; kind: string; text: string; start: number; end: number }[];
}

/** The `articles` row of a record, by column name (both back ends name their columns alike). */
export function articleColumns(r: ArticleRecord): Record<string, string | number | null> {
  return {
    id: r.id,
    text_hash: r.textHash,
    parser: r.parser,
    date: r.date,
    outlet: r.outlet,
    outlet_key: r.outletKey,
    language: r.language,
    language_confidence: r.languageConfidence,
    place: r.place,
    dateline: r.dateline,
    credit: r.credit,
    url: r.url,
    title: r.title,
    archived_at: r.archivedAt,
    warnings: r.warnings,
    body: r.body,
    source: r.source,
  };
}

/** Every name key a record carries (speakers, their organisations, organisations), each once. */
export function nameKeysOf(r: ArticleRecord): string[] {
  const keys = [...r.speakers.flatMap((s) => [s.nameKey, s.organisationKey]), ...r.organisations.flatMap((o) => [o.nameKey, o.acronymKey])];
  return [...new Set(keys.filter((k): k is string => k !== null && k !== ''))];
}

/** The key an input is archived under: its id, or `sha256:` and the hash of its text. */
export function inputKey(input: ArchiveInput, textHash: string): string {
  return input.id ?? textHash;
}

/** `sha256:` and the hash of an input's text: what tells a changed article from an unchanged one. */
export function textHash(text: string): string {
  return contentKey(text);
}

export function toRecord(input: ArchiveInput, key: string, textHash: string, article: Article, parser: string, archivedAt: string): ArticleRecord {
  const document = toSearchDocument(article, {
    id: key,
    url: input.url ?? null,
    title: input.title ?? null,
    date: input.date ?? null,
    outlet: input.outlet ?? null,
  });
  const organisations = article.organisations.map((o, n) => ({
    n,
    name: o.name,
    nameKey: nameKey(o.name),
    acronym: o.acronym,
    acronymKey: o.acronym ? nameKey(o.acronym) : null,
    orgId: o.id ?? null,
    kind: o.kind ?? null,
  }));
  const speakers = document.speakers.map((s, n) => {
    const organisationKey = s.organisation === null ? null : nameKey(s.organisation);
    const named = organisationKey ? organisations.find((o) => o.acronymKey === organisationKey || o.nameKey === organisationKey) : undefined;
    return { n, name: s.name, nameKey: nameKey(s.name), role: s.role, organisation: s.organisation, organisationKey, organisationN: named?.n ?? null };
  });
  const speakerN = new Map(speakers.map((s) => [s.name, s.n]));
  return {
    id: key,
    textHash,
    parser,
    url: document.url,
    title: document.title,
    body: document.body,
    date: document.date,
    place: document.place,
    outlet: document.outlet,
    outletKey: document.outlet?.trim().toLowerCase() ?? null,
    language: article.language.code,
    languageConfidence: article.language.confidence,
    dateline: article.dateline?.raw ?? null,
    credit: article.credit?.text ?? null,
    warnings: JSON.stringify(article.warnings),
    source: input.text,
    archivedAt,
    document,
    paragraphs: article.paragraphs.map((p, n) => ({ n, text: p.text, start: p.span.start, end: p.span.end })),
    speakers,
    quotes: article.quotes.map((q, n) => ({
      n,
      text: q.text,
      kind: q.kind,
      verb: q.verb,
      paragraph: q.paragraph,
      start: q.span.start,
      end: q.span.end,
      speakerN: q.speaker ? (speakerN.get(q.speaker.name) ?? null) : null,
      speakerStart: q.speaker?.span?.start ?? null,
      speakerEnd: q.speaker?.span?.end ?? null,
      resolved: q.speaker ? q.speaker.resolved : null,
    })),
    organisations,
    mentions: article.organisations.flatMap((o, organisationN) => o.mentions.map((m, n) => ({ organisationN, n, start: m.start, end: m.end }))),
    duplicates: article.duplicates.map((d, n) => ({ n, kind: d.kind, similarity: d.similarity, start: d.span.start, end: d.span.end, ofStart: d.of.start, ofEnd: d.of.end })),
    boilerplate: article.boilerplate.map((b, n) => ({ n, kind: b.kind, text: b.text, start: b.span.start, end: b.span.end })),
  };
}
