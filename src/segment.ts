/**
 * Segmentation: the normalized text as blocks, the candidate paragraphs every pass reads, and
 * the paragraphs the quote and organisation passes read as scanned blocks (text, scan, tokens).
 * A lower module, not a pipeline stage: `parseArticle` segments before its stages run and scans
 * its clean paragraphs here, and `extractQuotes` and `extractOrganisations` segment and scan the
 * same way, so all three see the same paragraphs and the same tokens.
 */
import { gluedAbbreviations } from './lang/glued-abbreviations.js';
import { MIN_GLUED_LINE_CHARS } from './options.js';
import type { Token } from './tokens/token.js';
import { type Scan, scanRegion, words } from './tokens/tokenize.js';
import type { Paragraph } from './types.js';
import { collapseWhitespace, type Normalized, toSourceSpan } from './util/normalize.js';
import { literalGroup } from './util/patterns.js';

/**
 * A candidate paragraph: a trimmed region `[start, end)` of the normalized text (normalized
 * offsets, like every region until the final mapping to the caller's offsets).
 */
export interface Block {
  start: number;
  end: number;
  /** The source line it came from (blocks split from one glued line share it). */
  line: number;
}

/**
 * Where a scraper glued two paragraphs into one line. Three shapes, seen in the real data:
 * - `…triliun.,"Bulan` / `…(13/6).,Padahal`: a comma join after the sentence end (Kompas, CNN, merdeka);
 * - `…Air.Pada`: no space at all after the full stop (Bisnis);
 * - `…berkembang.\u00a0"Namun`: an NBSP after the sentence end (Bisnis) — read from the source,
 *   since normalization turned the NBSP into a plain space;
 * - `…120 kapal.  Pengiriman`: two spaces after the sentence end (Kompas, where `<p>` was).
 * Each alternative is a fixed-width look-around or a bounded run, so the scan is linear.
 */
const GLUE = /([.!?]["”’)]?) ?, ?(?=["“”]?\p{Lu})|(?<=[\p{Ll}\d)"”])\.(?=“?\p{Lu}\p{Ll})|(?<=[.!?"”]) {1,3}(?=["“”]?\p{Lu})/u;

/** `GLUE` tried at one position only. */
const GLUE_AT = new RegExp(GLUE.source, 'uy');

/**
 * The first match of `GLUE` in `s` at or after `from`, as a global search would find it, trying
 * only the positions where a match can start: a sentence mark (`.`, `!`, `?`), or a space right
 * after a sentence mark or a closing quote. A global search tries the lookbehinds at every space.
 */
function nextGlue(s: string, from: number): RegExpExecArray | null {
  for (let p = from; p < s.length; p++) {
    const c = s.charCodeAt(p);
    const start = c === 0x2e || c === 0x21 || c === 0x3f || (c === 0x20 && p > 0 && isGlueMark(s.charCodeAt(p - 1)));
    if (!start) continue;
    GLUE_AT.lastIndex = p;
    const m = GLUE_AT.exec(s);
    if (m) return m;
  }
  return null;
}

/** `.`, `!`, `?`, `"`, `”`: what a glue space may follow. */
function isGlueMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201d;
}

/** A line with no letter or digit carries no text: `,` residue of removed links, rules like `* * *`. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Words that end with a full stop and may be glued to the next word without a paragraph break. */
const GLUED_ABBREVIATION = new RegExp(`(?:^|[^\\p{L}])(?:\\p{L}|${literalGroup(gluedAbbreviations)})$`, 'u');

/** Split the normalized text into lines, and lines into blocks at scraper glue. */
export function segmentBlocks(norm: Normalized): Block[] {
  const text = norm.text;
  const blocks: Block[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(norm, lineStart, lineEnd, line, blocks);
    lineStart = lineEnd + 1;
    line++;
  }
  return blocks;
}

function splitLine(norm: Normalized, start: number, end: number, line: number, out: Block[]): void {
  const text = norm.text;
  // Only long lines hold glued paragraphs; a headline or a short paragraph is left whole.
  if (end - start < MIN_GLUED_LINE_CHARS) {
    pushBlock(text, start, end, line, out);
    return;
  }
  const slice = text.slice(start, end);
  let from = 0;
  let m: RegExpExecArray | null;
  for (let at = 0; (m = nextGlue(slice, at)) !== null; at = m.index + m[0].length) {
    let cutEnd: number;
    let nextFrom: number;
    if (m[1] !== undefined) {
      // Comma join: the sentence end stays, the comma and its spaces are glue.
      cutEnd = m.index + m[1].length;
      nextFrom = m.index + m[0].length;
    } else if (m[0] === '.') {
      // No-space join: not after an abbreviation (`Jl.Sudirman`) or a single initial.
      if (GLUED_ABBREVIATION.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
      cutEnd = m.index + 1;
      nextFrom = cutEnd;
    } else {
      // Space after a sentence end: a paragraph break only where there are two, or the source had an NBSP.
      const sourceChar = norm.source[norm.offsets[start + m.index] ?? 0];
      if (m[0].length < 2 && sourceChar !== '\u00a0') continue;
      cutEnd = m.index;
      nextFrom = m.index + m[0].length;
    }
    pushBlock(text, start + from, start + cutEnd, line, out);
    from = nextFrom;
  }
  pushBlock(text, start + from, end, line, out);
}

/** A region of the normalized text as a public `Paragraph`: display text and the caller's offsets. */
export function toParagraph(norm: Normalized, region: { start: number; end: number }): Paragraph {
  return { text: collapseWhitespace(norm.text.slice(region.start, region.end)), span: toSourceSpan(norm, region.start, region.end) };
}

/** Add `[start, end)` trimmed of whitespace, if it holds any word. */
export function pushBlock(text: string, start: number, end: number, line: number, out: Block[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end, line });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

/**
 * A paragraph's text (a slice of the normalized text from `start`) with its scan and its tokens,
 * made once (the tokens on first ask) and read by every pass: what the quote and organisation
 * passes read, in `parseArticle` and in the standalone extractors alike.
 */
export class ScannedBlock {
  private made: readonly Token[] | null = null;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly scan: Scan,
  ) {}

  /** The paragraph's tokens (`words`), made on first ask and shared by every reader. */
  get tokens(): readonly Token[] {
    return (this.made ??= words(this.scan));
  }
}

/**
 * The regions `[start, end)` of `text` (blocks, or the pipeline's clean paragraphs) as scanned
 * blocks. The scans share one set of buffers (each scan a view of its part): no three copies per
 * paragraph, as `scan` makes.
 */
export function scanBlocks(text: string, regions: readonly { start: number; end: number }[]): ScannedBlock[] {
  let total = 0;
  for (const r of regions) total += r.end - r.start;
  // One backing store for the three arrays: an article's scan makes one allocation, not three.
  const buffer = new ArrayBuffer(total * 9);
  const starts = new Int32Array(buffer, 0, total);
  const ends = new Int32Array(buffer, total * 4, total);
  const flags = new Uint8Array(buffer, total * 8, total);
  let base = 0;
  return regions.map((r) => {
    const slice = text.slice(r.start, r.end);
    const count = scanRegion(text, r.start, r.end, starts, ends, flags, base);
    const view: Scan = {
      text: slice,
      length: count,
      starts: starts.subarray(base, base + count),
      ends: ends.subarray(base, base + count),
      flags: flags.subarray(base, base + count),
      texts: new Array<string | undefined>(count),
    };
    base += count;
    return new ScannedBlock(slice, r.start, view);
  });
}
