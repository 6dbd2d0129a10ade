import type { Article, Boilerplate, Credit, Dateline, Duplicate, Organisation, Published, Quote, Span } from '../types.js';

/**
 * What the view shows, worked out once from an `Article` and its text: the marks to draw over
 * the text, the speakers with their colours, the passages duplicates repeat, and notes about
 * spans that do not fit the text. The text renderer and the side panel both read this.
 */

/** Nesting order, outermost first: a quote sits inside its paragraph, a mention inside a quote. */
const RANK = { source: 0, paragraph: 1, block: 2, quote: 3, speaker: 4, organisation: 5 } as const;

/** People quoted, grouped by name; quotes without a speaker form one group of their own. */
export interface SpeakerGroup {
  /** `null` for the unattributed quotes. */
  name: string | null;
  roles: string[];
  organisations: string[];
  /** Index into the speaker palette, in order of first appearance; `null` when unattributed. */
  colour: number | null;
  /** Indices into `article.quotes`. */
  quotes: number[];
}

/** A passage that a duplicate repeats: where its link points. */
export interface DuplicateSource {
  id: string;
  span: Span;
  /** `¶2`, `the title`, … */
  label: string;
}

interface MarkBase extends Span {
  rank: number;
  /** The element id of the mark's first fragment. */
  id: string;
}

export type ViewMark = MarkBase &
  (
    | { kind: 'source'; source: DuplicateSource }
    | { kind: 'paragraph'; paragraph: number }
    | { kind: 'title'; repeated: boolean }
    | { kind: 'title-repeat' }
    | { kind: 'dateline'; dateline: Dateline }
    | { kind: 'published'; published: Published }
    | { kind: 'boilerplate'; boilerplate: Boilerplate }
    | { kind: 'duplicate'; duplicate: Duplicate; source: DuplicateSource }
    | { kind: 'credit'; credit: Credit }
    | { kind: 'quote'; quote: Quote; index: number; speaker: SpeakerGroup }
    | { kind: 'speaker'; speaker: SpeakerGroup; quotes: number[] }
    | { kind: 'organisation'; organisation: Organisation; index: number; mention: number }
  );

export type MarkKind = ViewMark['kind'];

export interface ViewModel {
  text: string;
  article: Article;
  speakers: SpeakerGroup[];
  /** Organisations with their index in `article.organisations`, most mentioned first. */
  organisations: { organisation: Organisation; index: number }[];
  sources: DuplicateSource[];
  marks: ViewMark[];
  /** Problems with the input itself (spans outside the text), shown beside the parse's warnings. */
  notes: string[];
}

export function buildViewModel(input: Article, text: string): ViewModel {
  const article = withDefaults(input);
  // A span is drawn when it covers some of the text. An empty one inside the text has nothing
  // to draw; any other misfit means the article came from another text, and is counted.
  let outside = 0;
  const inText = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  const fits = (s: Span | null | undefined): s is Span => {
    if (!s) return false;
    if (!inText(s)) outside++;
    return inText(s) && s.start < s.end;
  };

  const marks: ViewMark[] = [];
  const { title, dateline, published, credit } = article;
  article.paragraphs.forEach((p, i) => fits(p.span) && marks.push({ kind: 'paragraph', paragraph: i, ...at(p.span), rank: RANK.paragraph, id: `p-${i + 1}` }));
  if (title && fits(title.span)) {
    marks.push({ kind: 'title', repeated: title.repeated, ...at(title.span), rank: RANK.block, id: 'title' });
    const repeat = title.repeated ? titleRepeat(text, title.span, article.boilerplate) : null;
    if (repeat) marks.push({ kind: 'title-repeat', ...repeat, rank: RANK.block, id: 'title-repeat' });
  }
  if (dateline && fits(dateline.span)) marks.push({ kind: 'dateline', dateline, ...at(dateline.span), rank: RANK.block, id: 'dateline' });
  if (published && fits(published.span)) marks.push({ kind: 'published', published, ...at(published.span), rank: RANK.block, id: 'published' });
  article.boilerplate.forEach((b, i) => fits(b.span) && marks.push({ kind: 'boilerplate', boilerplate: b, ...at(b.span), rank: RANK.block, id: `junk-${i + 1}` }));
  if (credit && fits(credit.span)) marks.push({ kind: 'credit', credit, ...at(credit.span), rank: RANK.block, id: 'credit' });

  const sources = new Map<string, DuplicateSource>();
  article.duplicates.forEach((d, i) => {
    if (!fits(d.span) || !fits(d.of)) return;
    const key = `${d.of.start}-${d.of.end}`;
    let source = sources.get(key);
    if (!source) {
      source = { id: `source-${sources.size + 1}`, span: at(d.of), label: passageLabel(article, d.of) };
      sources.set(key, source);
      marks.push({ kind: 'source', source, ...source.span, rank: RANK.source, id: source.id });
    }
    marks.push({ kind: 'duplicate', duplicate: d, source, ...at(d.span), rank: RANK.block, id: `copy-${i + 1}` });
  });

  const { speakers, groupOf } = groupSpeakers(article.quotes);
  const speakerMarks = new Map<string, ViewMark & { kind: 'speaker' }>();
  article.quotes.forEach((q, i) => {
    const group = groupOf[i]!;
    if (fits(q.span)) marks.push({ kind: 'quote', quote: q, index: i, speaker: group, ...at(q.span), rank: RANK.quote, id: `quote-${i + 1}` });
    const s = q.speaker?.span;
    if (!s || !fits(s)) return;
    // Several quotes can name their speaker at the same place: one mark lists them all.
    const key = `${s.start}-${s.end}`;
    const existing = speakerMarks.get(key);
    if (existing) existing.quotes.push(i);
    else {
      const mark = { kind: 'speaker' as const, speaker: group, quotes: [i], ...at(s), rank: RANK.speaker, id: `speaker-${i + 1}` };
      speakerMarks.set(key, mark);
      marks.push(mark);
    }
  });
  article.organisations.forEach((o, i) =>
    o.mentions.forEach((m, j) => fits(m) && marks.push({ kind: 'organisation', organisation: o, index: i, mention: j, ...at(m), rank: RANK.organisation, id: `org-${i + 1}-${j + 1}` })),
  );

  const organisations = article.organisations
    .map((organisation, index) => ({ organisation, index }))
    .sort((a, b) => b.organisation.mentions.length - a.organisation.mentions.length || a.index - b.index);
  const notes = outside > 0 ? [`${outside} span(s) fall outside the text and are not marked: was the article parsed from this text?`] : [];
  return { text, article, speakers, organisations, sources: [...sources.values()], marks, notes };
}

function at(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** An article that came through JSON may lack parts (a `--fields` selection): read them as empty. */
function withDefaults(a: Article): Article {
  return {
    title: a.title ?? null,
    language:
      typeof a.language?.code === 'string'
        ? { code: a.language.code, confidence: Number(a.language.confidence) || 0, source: a.language.source === 'option' ? 'option' : 'detected' }
        : { code: 'und', confidence: 0, source: 'detected' },
    dateline: a.dateline ?? null,
    published: a.published ?? null,
    paragraphs: a.paragraphs ?? [],
    quotes: a.quotes ?? [],
    organisations: (a.organisations ?? []).map((o) => ({ ...o, mentions: o.mentions ?? [] })),
    duplicates: a.duplicates ?? [],
    boilerplate: a.boilerplate ?? [],
    credit: a.credit ?? null,
    warnings: a.warnings ?? [],
  };
}

function groupSpeakers(quotes: readonly Quote[]): { speakers: SpeakerGroup[]; groupOf: SpeakerGroup[] } {
  const named = new Map<string, SpeakerGroup>();
  const unattributed: SpeakerGroup = { name: null, roles: [], organisations: [], colour: null, quotes: [] };
  const groupOf: SpeakerGroup[] = [];
  quotes.forEach((q, i) => {
    const s = q.speaker;
    if (!s || typeof s.name !== 'string' || s.name.trim() === '') {
      unattributed.quotes.push(i);
      groupOf.push(unattributed);
      return;
    }
    const key = s.name.trim().toLowerCase();
    let group = named.get(key);
    if (!group) {
      group = { name: s.name.trim(), roles: [], organisations: [], colour: named.size, quotes: [] };
      named.set(key, group);
    }
    group.quotes.push(i);
    groupOf.push(group);
    if (s.role && !group.roles.includes(s.role)) group.roles.push(s.role);
    if (s.organisation && !group.organisations.includes(s.organisation)) group.organisations.push(s.organisation);
  });
  const speakers = [...named.values()];
  if (unattributed.quotes.length > 0) speakers.push(unattributed);
  return { speakers, groupOf };
}

/** How a duplicate's link names the passage it repeats: the body paragraph(s) it overlaps, or the title. */
function passageLabel(article: Article, of: Span): string {
  const overlaps = (s: Span) => s.start < of.end && of.start < s.end;
  const paragraphs = article.paragraphs.flatMap((p, i) => (overlaps(p.span) ? [i + 1] : []));
  if (paragraphs.length === 1) return `¶${paragraphs[0]}`;
  if (paragraphs.length > 1) return `¶${paragraphs[0]}–${paragraphs[paragraphs.length - 1]}`;
  if (article.title && overlaps(article.title.span)) return 'the title';
  return 'an earlier passage';
}

/**
 * The glued second copy of a repeated title: from the end of the first copy to the end of
 * its line, past any site-name junk between them (`Abc - SiteAbc - Site`).
 */
function titleRepeat(text: string, title: Span, junk: readonly Boilerplate[]): Span | null {
  const newline = /[\r\n]/g;
  newline.lastIndex = title.end;
  const lineEnd = newline.exec(text)?.index ?? text.length;
  let start = title.end;
  for (;;) {
    while (start < lineEnd && /\s/.test(text[start]!)) start++;
    const skipped = junk.find((b) => b.span.start === start && b.span.end > start);
    if (!skipped) break;
    start = skipped.span.end;
  }
  let end = lineEnd;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
