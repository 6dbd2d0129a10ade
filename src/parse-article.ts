import { toArticle } from './assemble/to-article.js';
import { BINARY_SAMPLE_CHARS, LARGE_INPUT_CHARS, MAX_ODD_CHAR_SHARE } from './options.js';
import { runPipeline } from './pipeline.js';
import { type Block, segmentBlocks } from './segment.js';
import type { Decision } from './stages/types.js';
import type { Article, ParseOptions, TraceDetail } from './types.js';
import { requireLanguage, requireOptions, requireOptionType, requireReferenceDate, requireString } from './util/arguments.js';
import { OTHER_BIT, pointClass, unitClass, widthAt } from './tokens/char-classes.js';
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

/** Wrong option types are caller bugs: say which option and what it got. */
function checkOptions(options: ParseOptions): void {
  const fn = 'parseArticle';
  requireOptions(options, fn);
  requireLanguage(options.language, fn);
  requireReferenceDate(options.referenceDate, fn);
  requireOptionType(options.quotes, 'boolean', 'quotes', fn);
  requireOptionType(options.organisations, 'boolean', 'organisations', fn);
  requireOptionType(options.trace, 'function', 'trace', fn);
}

/**
 * Control, format, unassigned, private-use or surrogate code points (the line break aside) and
 * U+FFFD: `s.match(/[^\P{C}\n]|\uFFFD/gu)?.length`, read from the character-class table.
 */
function countOdd(s: string): number {
  let count = 0;
  // Printable ASCII and the line break, nearly all of a text, are never odd: the regex skips them.
  NOT_PLAIN.lastIndex = 0;
  while (NOT_PLAIN.test(s)) {
    const i = NOT_PLAIN.lastIndex - 1;
    const c = s.charCodeAt(i);
    const width = widthAt(s, i);
    // A lone surrogate is a code point of its own, and an odd one.
    const bits = width === 2 ? pointClass(s.codePointAt(i)!) : unitClass(c);
    if ((bits & OTHER_BIT) !== 0 || c === 0xfffd) count++;
    NOT_PLAIN.lastIndex = i + width;
  }
  return count;
}

/** Any code unit but printable ASCII and the line break. */
const NOT_PLAIN = /[^\n\x20-\x7e]/g;

function inputWarnings(norm: Normalized): string[] {
  const { source, text } = norm;
  const warnings: string[] = [];
  if (text.trim().length === 0) warnings.push('empty input: no text to parse');
  if (source.length > LARGE_INPUT_CHARS) warnings.push(`very large input (${source.length} characters): probably not a single article`);
  // Control, unassigned, private-use, lone-surrogate or replacement characters mean binary data, not text.
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  const odd = countOdd(sample);
  if (odd > 0 && odd > sample.length * MAX_ODD_CHAR_SHARE) warnings.push('input looks binary: many control, unassigned or replacement characters');
  // A tag needs a `<`: most inputs hold none, and the pattern would otherwise be tried at every position.
  const head = source.slice(0, 5000);
  if (head.includes('<') && /<\/?(?:html|body|div|p|span|script|a)\b[^>]{0,200}>/i.test(head)) warnings.push('input contains HTML tags: they were read as markup; pass the text content for best results');
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
