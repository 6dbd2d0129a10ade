import type { Article } from '../types.js';
import type { BatchRecord, LineRef } from './batch-records.js';

/**
 * Figures over a batch of parsed articles, gathered one record at a time so a report over
 * millions of lines keeps only counters, tallies and short lists in memory.
 */

/** Failed and unreadable lines listed one by one; beyond this they are only counted. */
export const MAX_LISTED_LINES = 500;
/** How many slowest (or largest) articles the report lists. */
export const SLOWEST_LISTED = 10;

/** The `Article` parts the report reads; `--fields` may leave any of them out. */
export const PARTS = ['title', 'language', 'dateline', 'published', 'paragraphs', 'quotes', 'organisations', 'duplicates', 'boilerplate', 'credit', 'warnings'] as const;
export type Part = (typeof PARTS)[number];

export interface Tally {
  /** Articles it occurs in. */
  articles: number;
  /** Occurrences (quotes, mentions). */
  count: number;
  /** Display name: the first form seen. */
  name: string;
  /** Roles, organisations or acronyms seen with it, counted. */
  details: Map<string, number>;
  /** The ordinal of the last article counted, so an article counts once however often it repeats a name. */
  lastArticle: number;
}

export interface ArticleRef {
  at: LineRef;
  id: unknown;
  ms: number | null;
  /** Characters: the last offset any span of the article reaches (a lower bound of its length). */
  chars: number;
}

export interface BatchStats {
  lines: number;
  emptyLines: number;
  articles: number;
  failed: { at: LineRef; id: unknown; error: string; input: Partial<LineRef> }[];
  failedCount: number;
  unreadable: { at: LineRef; reason: string }[];
  unreadableCount: number;
  /** How many articles carried each part. */
  present: Record<Part, number>;
  byOutlet: Map<string, number>;
  byLanguage: Map<string, number>;
  datelines: { found: number; place: number; outlet: number; date: number; published: number };
  /** Articles by number of quotes: index = quote count, the last bucket holds that many or more. */
  quotesPerArticle: number[];
  quotes: { direct: number; indirect: number; attributed: number };
  speakers: Map<string, Tally>;
  organisations: Map<string, Tally>;
  duplicates: { articles: number; copies: number; chars: number };
  boilerplate: { articles: number; items: number; chars: number; byKind: Map<string, number> };
  /** Sum of the articles' `chars`. */
  chars: number;
  timed: number;
  /** The slowest articles when timings are present, else the largest; longest first. */
  heaviest: ArticleRef[];
  warnings: Map<string, Tally>;
}

/** Quote counts up to this get their own bar; more are pooled into one. */
const QUOTE_BUCKETS = 11;

export function emptyStats(): BatchStats {
  return {
    lines: 0,
    emptyLines: 0,
    articles: 0,
    failed: [],
    failedCount: 0,
    unreadable: [],
    unreadableCount: 0,
    present: Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>,
    byOutlet: new Map(),
    byLanguage: new Map(),
    datelines: { found: 0, place: 0, outlet: 0, date: 0, published: 0 },
    quotesPerArticle: new Array<number>(QUOTE_BUCKETS + 1).fill(0),
    quotes: { direct: 0, indirect: 0, attributed: 0 },
    speakers: new Map(),
    organisations: new Map(),
    duplicates: { articles: 0, copies: 0, chars: 0 },
    boilerplate: { articles: 0, items: 0, chars: 0, byKind: new Map() },
    chars: 0,
    timed: 0,
    heaviest: [],
    warnings: new Map(),
  };
}

/** Count one line of the report's input (`null`: an empty line). */
export function addRecord(stats: BatchStats, record: BatchRecord | null): void {
  stats.lines++;
  if (record === null) stats.emptyLines++;
  else if (record.kind === 'failed') {
    stats.failedCount++;
    if (stats.failed.length < MAX_LISTED_LINES) stats.failed.push({ at: record.at, id: record.id, error: record.error, input: record.input });
  } else if (record.kind === 'unreadable') {
    stats.unreadableCount++;
    if (stats.unreadable.length < MAX_LISTED_LINES) stats.unreadable.push({ at: record.at, reason: record.reason });
  } else addArticle(stats, record.article, { at: record.at, id: record.id, ms: record.ms, chars: 0 }, record.fields);
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObject) : []);

function addArticle(stats: BatchStats, article: Partial<Article>, ref: ArticleRef, fields: Loose): void {
  stats.articles++;
  const a = article as Loose;
  for (const part of PARTS) if (a[part] !== undefined) stats.present[part]++;

  let chars = 0;
  const reach = (span: unknown) => {
    if (isObject(span) && typeof span.end === 'number' && Number.isFinite(span.end)) chars = Math.max(chars, span.end);
  };
  const spanLength = (span: unknown) => (isObject(span) && typeof span.start === 'number' && typeof span.end === 'number' ? Math.max(0, span.end - span.start) : 0);

  const language = isObject(a.language) ? text(a.language.code) : null;
  if (a.language !== undefined) bump(stats.byLanguage, language ?? 'und');

  const dateline = isObject(a.dateline) ? a.dateline : null;
  if (dateline) {
    stats.datelines.found++;
    if (text(dateline.place)) stats.datelines.place++;
    if (text(dateline.outlet)) stats.datelines.outlet++;
    if (text(dateline.date)) stats.datelines.date++;
    reach(dateline.span);
  }
  if (isObject(a.published)) {
    stats.datelines.published++;
    reach(a.published.span);
  }
  if (a.dateline !== undefined || fields.url !== undefined) bump(stats.byOutlet, outletOf(dateline, fields));

  if (a.quotes !== undefined) {
    const quotes = list(a.quotes);
    stats.quotesPerArticle[Math.min(quotes.length, QUOTE_BUCKETS)]!++;
    for (const q of quotes) {
      reach(q.span);
      if (q.kind === 'indirect') stats.quotes.indirect++;
      else stats.quotes.direct++;
      const speaker = isObject(q.speaker) ? q.speaker : null;
      const name = speaker ? text(speaker.name) : null;
      if (!speaker || !name) continue;
      stats.quotes.attributed++;
      const tally = tallyOf(stats.speakers, name.toLowerCase(), name, stats.articles);
      tally.count++;
      const about = [text(speaker.role), text(speaker.organisation)].filter((s) => s !== null).join(', ');
      if (about) bump(tally.details, about);
    }
  }
  for (const o of list(a.organisations)) {
    const name = text(o.name);
    if (!name) continue;
    const mentions = list(o.mentions);
    mentions.forEach(reach);
    const tally = tallyOf(stats.organisations, text(o.id) ?? name.toLowerCase(), name, stats.articles);
    tally.count += mentions.length;
    const acronym = text(o.acronym);
    if (acronym && acronym !== name) bump(tally.details, acronym);
  }

  const duplicates = list(a.duplicates);
  if (duplicates.length > 0) stats.duplicates.articles++;
  for (const d of duplicates) {
    stats.duplicates.copies++;
    stats.duplicates.chars += spanLength(d.span);
    reach(d.span);
  }
  const junk = list(a.boilerplate);
  if (junk.length > 0) stats.boilerplate.articles++;
  for (const b of junk) {
    stats.boilerplate.items++;
    stats.boilerplate.chars += spanLength(b.span);
    bump(stats.boilerplate.byKind, text(b.kind) ?? 'other');
    reach(b.span);
  }
  for (const p of list(a.paragraphs)) reach(p.span);
  if (isObject(a.title)) reach(a.title.span);
  if (isObject(a.credit)) reach(a.credit.span);
  for (const w of Array.isArray(a.warnings) ? a.warnings : []) {
    const message = text(w);
    // `very large input (5000000 characters)` and `(12 characters)` are one kind of warning.
    if (message) tallyOf(stats.warnings, message.replace(/\d+/g, 'N'), message, stats.articles).count++;
  }

  ref.chars = chars;
  stats.chars += chars;
  if (ref.ms !== null) stats.timed++;
  keepHeaviest(stats.heaviest, ref);
}

function outletOf(dateline: Loose | null, fields: Loose): string {
  const fromDateline = dateline ? (text(dateline.outletId) ?? text(dateline.outlet)?.toLowerCase() ?? null) : null;
  if (fromDateline) return fromDateline;
  if (typeof fields.url === 'string') {
    try {
      return new URL(fields.url).hostname.replace(/^www\./, '') || 'unknown';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The tally for `key`, counting article number `article` once however often it occurs in it. */
function tallyOf(map: Map<string, Tally>, key: string, name: string, article: number): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = { articles: 0, count: 0, name, details: new Map(), lastArticle: -1 };
    map.set(key, tally);
  }
  if (tally.lastArticle !== article) {
    tally.lastArticle = article;
    tally.articles++;
  }
  return tally;
}

/** Keep the slowest articles (timed ones by `ms`, before untimed ones by size), heaviest first. */
function keepHeaviest(list: ArticleRef[], ref: ArticleRef): void {
  const lighter = (a: ArticleRef, b: ArticleRef) => (a.ms ?? -1) < (b.ms ?? -1) || ((a.ms ?? -1) === (b.ms ?? -1) && a.chars < b.chars);
  let i = list.length;
  while (i > 0 && lighter(list[i - 1]!, ref)) i--;
  if (i >= SLOWEST_LISTED) return;
  list.splice(i, 0, ref);
  if (list.length > SLOWEST_LISTED) list.pop();
}
