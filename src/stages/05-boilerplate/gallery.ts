import type { Block, Junk } from '../types.js';
import { isOwnLine } from './lists.js';

/**
 * A photo gallery scraped into the story: each slide is a line that repeats the gallery's title, then the
 * slide's own title and caption (`Pasar Induk Sukamaju Dalam Foto Lorong Sayur Pedagang menata …`, the next
 * line `Pasar Induk Sukamaju Dalam Foto Los Ikan …`). Story paragraphs do not open three times running
 * with the same run of capitalised words.
 */
const TITLE_WORDS = 4;
const MIN_SLIDES = 3;

/** Mark runs of such slides as captions; returns the blocks that stay. */
export function markGalleries(text: string, junk: Junk[], blocks: Block[]): Block[] {
  if (blocks.length < MIN_SLIDES) return blocks;
  const heads = blocks.map((b, i) => (isOwnLine(blocks, i) ? titleHead(text.slice(b.start, b.end)) : null));
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const head = heads[i];
    let j = i + 1;
    if (head) while (j < blocks.length && heads[j] === head) j++;
    if (head && j - i >= MIN_SLIDES) {
      for (let k = i; k < j; k++) junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'caption', ...(k > i ? { continues: true } : {}) });
    } else for (let k = i; k < j; k++) kept.push(blocks[k]!);
    i = j;
  }
  return kept;
}

/** The first words of a line when they are all capitalised and more follows them, else null. */
function titleHead(s: string): string | null {
  const words = s.split(' ', TITLE_WORDS + 1);
  if (words.length <= TITLE_WORDS) return null;
  const head = words.slice(0, TITLE_WORDS);
  return head.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? head.join(' ') : null;
}
