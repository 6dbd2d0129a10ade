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

/** A capital and a lower-case letter where `lastIndex` is set. */
const CAPITALISED_AT = /\p{Lu}\p{Ll}/uy;

/**
 * The first words of a line (split at single spaces) when they are all capitalised and more follows
 * them, else null. Read in place: most lines fail at their first words, with no words split off.
 */
function titleHead(s: string): string | null {
  let from = 0;
  for (let k = 0; k < TITLE_WORDS; k++) {
    const space = s.indexOf(' ', from);
    if (space < 0) return null;
    // Neither letter is a space: matching at the word's start in the line is matching the word alone.
    CAPITALISED_AT.lastIndex = from;
    if (!CAPITALISED_AT.test(s)) return null;
    from = space + 1;
  }
  return s.slice(0, from - 1);
}
