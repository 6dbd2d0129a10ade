import { MAX_RELATED_HEADLINE_LENGTH, MIN_RELATED_LIST_LINES } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import type { Block, Junk } from '../types.js';
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
export function markRelatedLists(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns): Block[] {
  const kept: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isOwnLine(blocks, j) && isHeadlineLike(text.slice(blocks[j]!.start, blocks[j]!.end), p)) j++;
    // A lone headline-like line may be a crosshead; a run of them, after the body began, is a list.
    if (j - i >= MIN_RELATED_LIST_LINES && i > 0) {
      for (let k = i; k < j; k++) junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
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
export function pushGluedJunk(text: string, junk: Junk[], block: Block, kind: BoilerplateKind, p: JunkPatterns): void {
  const s = text.slice(block.start, block.end);
  p.gluedPrefix.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.gluedPrefix.exec(s)) !== null) {
    if (m.index === 0) continue;
    junk.push({ start: block.start + from, end: block.start + m.index, kind: from === 0 ? kind : (wholeBlockKind(s.slice(from, m.index), p) ?? kind) });
    from = m.index + m[0].length;
  }
  const last = from === 0 ? kind : (wholeBlockKind(s.slice(from), p) ?? kind);
  junk.push({ start: block.start + from, end: block.end, kind: last });
}
