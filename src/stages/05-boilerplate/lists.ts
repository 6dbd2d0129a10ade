import type { Block, Context, Junk } from '../../context.js';
import { MAX_RELATED_HEADLINE_LENGTH, MIN_RELATED_LIST_LINES } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { wholeBlockKind } from './classify.js';
import type { JunkPatterns } from './patterns.js';

/** A sentence-final mark at the end of a block: headlines have none. */
export const SENTENCE_END = /[.,;:]["”’)]?$/;

/** Title Case, short, no sentence-final punctuation: a linked headline. */
export function isHeadlineLike(s: string, p: JunkPatterns): boolean {
  if (s.length > MAX_RELATED_HEADLINE_LENGTH || SENTENCE_END.test(s)) return false;
  const words = s.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const content = words.filter((w) => !p.headlineFunctionWords.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“'‘(]?[\p{Lu}\d]/u.test(w)).length;
  return capitalised >= Math.max(3, content.length * 0.75);
}

/** Runs of headline-like lines between paragraphs are a related-headline list. */
export function markRelatedLists(ctx: Context, blocks: Block[], p: JunkPatterns): Block[] {
  const text = ctx.norm.text;
  const kept: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isOwnLine(blocks, j) && isHeadlineLike(text.slice(blocks[j]!.start, blocks[j]!.end), p)) j++;
    // A lone headline-like line may be a crosshead; a run of them, after the body began, is a list.
    if (j - i >= MIN_RELATED_LIST_LINES && i > 0) {
      for (let k = i; k < j; k++) ctx.junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
      i = j;
      continue;
    }
    kept.push(blocks[i]!);
    i++;
  }
  return kept;
}

function isOwnLine(blocks: Block[], i: number): boolean {
  const line = blocks[i]!.line;
  return blocks[i - 1]?.line !== line && blocks[i + 1]?.line !== line;
}

/** Record a junk block, split where a scraper glued two junk lines with a comma (`Reporter: X,Sumber: Y`). */
export function pushGluedJunk(ctx: Context, block: Block, kind: BoilerplateKind, p: JunkPatterns): void {
  const s = ctx.norm.text.slice(block.start, block.end);
  p.gluedPrefix.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.gluedPrefix.exec(s)) !== null) {
    if (m.index === 0) continue;
    ctx.junk.push({ start: block.start + from, end: block.start + m.index, kind: from === 0 ? kind : (wholeBlockKind(s.slice(from, m.index), p) ?? kind) });
    from = m.index + m[0].length;
  }
  const last = from === 0 ? kind : (wholeBlockKind(s.slice(from), p) ?? kind);
  ctx.junk.push({ start: block.start + from, end: block.end, kind: last });
}

/** Merge junk that continues the segment before it (separated only by whitespace) into that segment. */
export function mergeAdjacent(text: string, junk: Junk[]): Junk[] {
  const sorted = junk.slice().sort((a, b) => a.start - b.start);
  const out: Junk[] = [];
  for (const j of sorted) {
    const prev = out[out.length - 1];
    if (prev && j.continues && prev.end <= j.start && text.slice(prev.end, j.start).trim() === '') {
      out[out.length - 1] = { start: prev.start, end: j.end, kind: prev.kind };
    } else out.push(j);
  }
  return out;
}
