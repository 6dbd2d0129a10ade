import type { Block, Junk } from '../types.js';

/**
 * Photo captions inside the story in the style of papers that open a caption with its first word in
 * capitals (`PETUGAS memeriksa timbangan di pasar induk.`, `RINA Wulandari.`): a short line of its own
 * after the first paragraph, one sentence, no quote.
 *
 * The capitals word must be a word, not a name written in capitals: an acronym (`KPK belum …`) or a party
 * in capitals recurs in the article, a caption's first word is in capitals only there.
 */
const CAPS_CAPTION = /^(\p{Lu}{4,20})(?= (?:\p{Ll}|\p{Lu}\p{Ll}))[^"“”.!?\n]{1,90}\.$/u;

/** Mark such captions as junk; returns the blocks that stay. */
export function markCapsCaptions(text: string, junk: Junk[], blocks: Block[]): Block[] {
  if (blocks.length < 3) return blocks;
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    const m = i > 0 && ownLine(blocks, i) ? CAPS_CAPTION.exec(text.slice(b.start, b.end)) : null;
    if (m && capitalsOnce(text, m[1]!)) junk.push({ start: b.start, end: b.end, kind: 'caption' });
    else kept.push(b);
  });
  return kept;
}

function ownLine(blocks: readonly Block[], i: number): boolean {
  const line = blocks[i]!.line;
  return blocks[i - 1]?.line !== line && blocks[i + 1]?.line !== line;
}

/** The word is written in capitals once in the whole text (as a word: no letter or digit either side). */
function capitalsOnce(text: string, word: string): boolean {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!WORD_CHAR.test(text.charAt(i - 1)) && !WORD_CHAR.test(text.charAt(i + word.length)) && ++n > 1) return false;
  }
  return n === 1;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
