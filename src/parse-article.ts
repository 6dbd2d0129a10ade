import type { Context } from './context.js';
import { languageData } from './lang/index.js';
import { BINARY_SAMPLE_CHARS, LARGE_INPUT_CHARS, MAX_ODD_CHAR_SHARE } from './options.js';
import { PIPELINE } from './pipeline.js';
import type { Article, ParseOptions } from './types.js';
import { segmentBlocks } from './segment.js';
import { normalize, toSourceSpan } from './util/normalize.js';
import { requireString } from './util/arguments.js';

/**
 * Parse the plain text of a scraped news article into a typed `Article`.
 * Never throws on a string: odd input gives warnings. Every span points into `text`
 * exactly as passed.
 *
 * @example
 * const article = parseArticle(scrapedText);
 * article.paragraphs.map((p) => p.text);
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  requireString(text, 'text', 'parseArticle');
  checkOptions(options);
  const trace = options.trace ?? null;
  const t0 = trace ? performance.now() : 0;
  const ctx = createContext(text, options);
  warnAboutInput(ctx);
  if (trace) trace('normalize', performance.now() - t0);
  const t1 = trace ? performance.now() : 0;
  ctx.blocks = segmentBlocks(ctx.norm);
  if (trace) trace('segment', performance.now() - t1);
  for (const stage of PIPELINE) {
    const t0 = trace ? performance.now() : 0;
    try {
      stage.run(ctx);
    } catch (error) {
      // A bug in one stage must not cost the caller the whole article.
      ctx.warnings.push(`stage ${stage.name} crashed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (trace) trace(stage.name, performance.now() - t0);
  }
  return toArticle(ctx);
}

const LANGUAGE_CODES: ReadonlySet<string> = new Set(['ind', 'zlm', 'eng']);

/** Wrong option types are caller bugs: say which option and what it got. */
function checkOptions(options: ParseOptions): void {
  const fail = (what: string, got: unknown) => {
    throw new TypeError(`parseArticle: ${what}, got ${got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got === 'string' ? JSON.stringify(got) : typeof got}`);
  };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('`options` must be an object', options);
  const { language, referenceDate, quotes, organisations, trace } = options;
  if (language !== undefined && !LANGUAGE_CODES.has(language)) fail("`options.language` must be 'ind', 'zlm' or 'eng'", language);
  if (referenceDate !== undefined && !(referenceDate instanceof Date) && typeof referenceDate !== 'string') fail('`options.referenceDate` must be a Date or an ISO date string', referenceDate);
  if (quotes !== undefined && typeof quotes !== 'boolean') fail('`options.quotes` must be a boolean', quotes);
  if (organisations !== undefined && typeof organisations !== 'boolean') fail('`options.organisations` must be a boolean', organisations);
  if (trace !== undefined && typeof trace !== 'function') fail('`options.trace` must be a function', trace);
}

function createContext(text: string, options: ParseOptions): Context {
  const lang = languageData(options.language);
  return {
    norm: normalize(text),
    options,
    language: { code: 'und', confidence: 0 },
    lang,
    langs: [lang],
    blocks: [],
    title: null,
    dateline: null,
    published: null,
    junk: [],
    duplicates: [],
    credit: null,
    paragraphs: [],
    quotes: [],
    organisations: [],
    warnings: [],
  };
}

function warnAboutInput(ctx: Context): void {
  const { source, text } = ctx.norm;
  if (text.trim().length === 0) ctx.warnings.push('empty input: no text to parse');
  if (source.length > LARGE_INPUT_CHARS) ctx.warnings.push(`very large input (${source.length} characters): probably not a single article`);
  // Control, unassigned, private-use, lone-surrogate or replacement characters mean binary data, not text.
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  const odd = sample.match(/[^\P{C}\n]|\uFFFD/gu)?.length ?? 0;
  if (odd > 0 && odd > sample.length * MAX_ODD_CHAR_SHARE) ctx.warnings.push('input looks binary: many control, unassigned or replacement characters');
  if (/<\/?(?:html|body|div|p|span|script|a)\b[^>]{0,200}>/i.test(source.slice(0, 5000))) ctx.warnings.push('input contains HTML tags: they were read as markup; pass the text content for best results');
}

/** Map the context (normalized offsets) to the public Article (source offsets). */
function toArticle(ctx: Context): Article {
  const { norm } = ctx;
  const span = (r: { start: number; end: number }) => toSourceSpan(norm, r.start, r.end);
  const raw = (r: { start: number; end: number }) => {
    const s = span(r);
    return norm.source.slice(s.start, s.end);
  };
  const boilerplate = ctx.junk
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((j) => ({ text: norm.text.slice(j.start, j.end).replace(/\s+/g, ' ').trim(), span: span(j), kind: j.kind }));
  const { dateline, published, title, credit } = ctx;
  return {
    title: title
      ? { text: norm.text.slice(title.start, title.end).replace(/\s+/g, ' ').trim(), span: span(title), repeated: title.repeated }
      : null,
    language: ctx.language,
    dateline: dateline
      ? {
          raw: raw(dateline),
          span: span(dateline),
          place: dateline.place,
          outlet: dateline.outlet,
          outletId: dateline.outletId,
          date: dateline.date,
          time: dateline.time,
          timezone: dateline.timezone,
        }
      : null,
    published: published
      ? { raw: raw(published), span: span(published), date: published.date, time: published.time, timezone: published.timezone }
      : null,
    paragraphs: ctx.paragraphs.map(({ text, span: s }) => ({ text, span: s })),
    quotes: ctx.quotes,
    organisations: ctx.organisations,
    duplicates: ctx.duplicates.map((d) => ({ span: span(d), of: span(d.of), kind: d.kind, similarity: round(d.similarity) })),
    boilerplate,
    credit: credit ? { text: credit.text, span: span(credit) } : null,
    warnings: ctx.warnings,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
