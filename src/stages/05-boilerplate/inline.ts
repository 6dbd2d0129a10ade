import { phraseKey } from '../../util/patterns.js';
import { pushBlock } from '../../segment.js';
import type { Block, Junk } from '../types.js';
import { continuesAsProse, headlineEnd } from './headline.js';
import type { JunkPatterns } from './patterns.js';

/**
 * Cut inline junk out of a block: link prompts (`… naik tajam. Baca selengkapnya di sini 2. Item berikutnya …`), then
 * markers with their headline (`… kata dia. Baca juga: Headline Here  Paragraf berikutnya …`) in each piece between.
 */
export function splitInline(text: string, junk: Junk[], block: Block, p: JunkPatterns, out: Block[]): void {
  const prompt = p.linkPrompt;
  const s = text.slice(block.start, block.end);
  if (prompt === null || p.linkPromptMark === '' || !s.includes(p.linkPromptMark)) {
    splitMarkers(text, junk, block, p, out, s);
    return;
  }
  prompt.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = prompt.exec(s)) !== null) {
    if (m.index > from) splitMarkers(text, junk, { ...block, start: block.start + from, end: block.start + m.index }, p, out);
    junk.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, kind: 'related-link' });
    from = m.index + m[0].length;
  }
  if (from < s.length) splitMarkers(text, junk, { ...block, start: block.start + from }, p, out);
}

/** Cut inline junk (`… kata dia. Baca juga: Headline Here  Paragraf berikutnya …`) out of a block. */
function splitMarkers(text: string, junk: Junk[], block: Block, p: JunkPatterns, out: Block[], s = text.slice(block.start, block.end)): void {
  p.inline.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  // Most blocks hold no colon, so no marker: the search of every position is skipped.
  const mayHold = p.inlineMark === null || s.includes(p.inlineMark);
  while (mayHold && (m = p.inline.exec(s)) !== null) {
    if (m.index < from) continue;
    // At the start of a block, prose right after the marker means the block is body text (see wholeBlockKind).
    if (m.index === 0 && continuesAsProse(s.slice(m[0].length), p)) continue;
    const kind = p.inlineKinds.get(phraseKey(m[0])) ?? 'related-link';
    const end = headlineEnd(s, m.index + m[0].length, p);
    pushBlock(text, block.start + from, block.start + m.index, block.line, out);
    junk.push(trimJunk(text, { start: block.start + m.index, end: block.start + end, kind }));
    from = end;
    p.inline.lastIndex = end;
  }
  pushBlock(text, block.start + from, block.end, block.line, out);
}

function trimJunk(text: string, j: Junk): Junk {
  let { start, end } = j;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, kind: j.kind };
}
