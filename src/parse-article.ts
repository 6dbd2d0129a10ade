import { toArticle } from './assemble/to-article.js';
import { BINARY_SAMPLE_CHARS, LARGE_INPUT_CHARS, MAX_ODD_CHAR_SHARE } from './options.js';
import { runPipeline } from './pipeline.js';
import { type Block, segmentBlocks } from './segment.js';
import type { Decision } from './stages/types.js';
import type { Article, ParseOptions, TraceDetail } from './types.js';
import { requireString } from './util/arguments.js';
import { normalize, type Normalized, toSourceSpan } from './util/normalize.js';

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
  let t0 = trace ? performance.now() : 0;
  const norm = normalize(text);
  const warnings = inputWarnings(norm);
  if (trace) trace('normalize', performance.now() - t0, traceDetail(norm, () => []));
  t0 = trace ? performance.now() : 0;
  let blocks: Block[] = [];
  try {
    blocks = segmentBlocks(norm);
  } catch (error) {
    warnings.push(`stage segment crashed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (trace) trace('segment', performance.now() - t0, traceDetail(norm, () => blocks.map((region) => ({ what: 'block', region }))));
  const results = runPipeline({ norm, blocks, options }, trace ? (stage, ms, decisions) => trace(stage, ms, traceDetail(norm, decisions)) : undefined);
  return toArticle(norm, results, [...warnings, ...results.warnings]);
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

function inputWarnings(norm: Normalized): string[] {
  const { source, text } = norm;
  const warnings: string[] = [];
  if (text.trim().length === 0) warnings.push('empty input: no text to parse');
  if (source.length > LARGE_INPUT_CHARS) warnings.push(`very large input (${source.length} characters): probably not a single article`);
  // Control, unassigned, private-use, lone-surrogate or replacement characters mean binary data, not text.
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  const odd = sample.match(/[^\P{C}\n]|\uFFFD/gu)?.length ?? 0;
  if (odd > 0 && odd > sample.length * MAX_ODD_CHAR_SHARE) warnings.push('input looks binary: many control, unassigned or replacement characters');
  if (/<\/?(?:html|body|div|p|span|script|a)\b[^>]{0,200}>/i.test(source.slice(0, 5000))) warnings.push('input contains HTML tags: they were read as markup; pass the text content for best results');
  return warnings;
}

/** A stage's decisions in the caller's offsets, mapped only if the trace reads them. */
function traceDetail(norm: Normalized, decisions: () => Decision[]): TraceDetail {
  let mapped: TraceDetail['decisions'] | undefined;
  return {
    get decisions() {
      mapped ??= decisions().map((d) => ({ what: d.what, span: d.region ? toSourceSpan(norm, d.region.start, d.region.end) : null }));
      return mapped;
    },
  };
}
