import type { Block, Context, Junk } from '../../context.js';
import { MAX_INLINE_HEADLINE_CHARS, MAX_INLINE_HEADLINE_WORDS } from '../../options.js';
import { phraseKey } from '../../util/patterns.js';
import { pushBlock } from '../01-segment.js';
import { continuesAsProse } from './classify.js';
import type { JunkPatterns } from './patterns.js';

/** Cut inline junk (`… kata dia. Baca juga: Headline Here  Paragraf berikutnya …`) out of a block. */
export function splitInline(ctx: Context, block: Block, p: JunkPatterns, out: Block[]): void {
  const text = ctx.norm.text;
  const s = text.slice(block.start, block.end);
  p.inline.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.inline.exec(s)) !== null) {
    if (m.index < from) continue;
    // At the start of a block, prose right after the marker means the block is body text (see wholeBlockKind).
    if (m.index === 0 && continuesAsProse(s.slice(m[0].length), p)) continue;
    const kind = p.inlineKinds.get(phraseKey(m[0])) ?? 'related-link';
    const end = headlineEnd(s, m.index + m[0].length, p);
    pushBlock(text, block.start + from, block.start + m.index, block.line, out);
    ctx.junk.push(trimJunk(text, { start: block.start + m.index, end: block.start + end, kind }));
    from = end;
    p.inline.lastIndex = end;
  }
  pushBlock(text, block.start + from, block.end, block.line, out);
}

/**
 * Where a linked headline that starts at `from` ends. Kompas leaves two spaces where the
 * link was; without them, the headline is the run of Title Case words, and the article
 * resumes at the last capitalised word before the first ordinary lowercase word.
 */
export function headlineEnd(s: string, from: number, p: JunkPatterns): number {
  let i = from;
  while (s[i] === ' ') i++;
  // Look for the double space only as far as a headline reaches: the scan stays linear.
  const window = s.slice(i, i + MAX_INLINE_HEADLINE_CHARS);
  const gapAt = window.indexOf('  ');
  const gap = gapAt < 0 ? -1 : i + gapAt;
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && words.length <= MAX_INLINE_HEADLINE_WORDS) {
    words.push({ start: m.index, end: m.index + m[0].length });
  }
  if (gap >= 0 && words.length > 0 && gap <= (words[Math.min(words.length, MAX_INLINE_HEADLINE_WORDS) - 1]?.end ?? i)) return gap;
  for (let k = 0; k < words.length; k++) {
    const w = s.slice(words[k]!.start, words[k]!.end);
    if (/[?!]$/.test(w)) return words[k]!.end;
    const lower = /^\p{Ll}/u.test(w) && !p.headlineFunctionWords.has(w);
    if (lower) {
      // The capitalised word before it opens the resumed sentence.
      return k >= 2 ? words[k - 1]!.start : words[Math.max(0, k - 1)]!.end;
    }
  }
  return words.length > 0 ? words[words.length - 1]!.end : s.length;
}

function trimJunk(text: string, j: Junk): Junk {
  let { start, end } = j;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, kind: j.kind };
}
