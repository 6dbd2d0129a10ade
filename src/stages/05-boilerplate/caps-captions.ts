import type { Block, Junk } from '../types.js';
import { isOwnLine } from './lists.js';

/**
 * Photo captions inside the story: a name label under a portrait (see `namesNext`), and captions in the style
 * of papers that open a caption with its first word in capitals (`PETUGAS memeriksa timbangan di pasar induk.`, `RINA Wulandari.`): a short line of its own
 * after the first paragraph, one sentence, no quote.
 *
 * The capitals word must be a word, not a name written in capitals: an acronym (`KPK belum …`) or a party
 * in capitals recurs in the article, a caption's first word is in capitals only there. A title written in capitals
 * (Malay `ADUN Contoh, Budi berkata …`) opens a story's sentence, not a caption.
 */
const CAPS_CAPTION = /^(\p{Lu}{4,20})(?= (?:\p{Ll}|\p{Lu}\p{Ll}))[^"“”.!?\n]{1,90}\.$/u;

/** A line of two to six capitalised words and nothing else: a person's name, with honorifics (`Prof Dr Rina Wulandari`). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,5}$/u;
/** How far into the next paragraph the name is looked for: where a story introduces the person it shows. */
const NAME_WINDOW = 80;

/** Mark such captions as junk; returns the blocks that stay. */
export function markCapsCaptions(text: string, junk: Junk[], blocks: Block[], roles: ReadonlySet<string>): Block[] {
  if (blocks.length < 2) return blocks;
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    const m = i > 0 && blocks.length >= 3 && isOwnLine(blocks, i) ? CAPS_CAPTION.exec(text.slice(b.start, b.end)) : null;
    if ((m && !roles.has(m[1]!) && capitalsOnce(text, m[1]!)) || namesNext(text, blocks, i)) junk.push({ start: b.start, end: b.end, kind: 'caption' });
    else kept.push(b);
  });
  return kept;
}

/**
 * `Prof Dr Rina Wulandari` on a line of its own, and the next paragraph opens by introducing her
 * (`Prof Datuk Dr Rina Wulandari, peneliti …`): the label under her picture. A signature's name line is
 * followed by a role, not by a paragraph that names the person.
 */
function namesNext(text: string, blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (!next || !isOwnLine(blocks, i) || !isOwnLine(blocks, i + 1)) return false;
  const s = text.slice(b.start, b.end);
  if (!NAME_LINE.test(s)) return false;
  const opening = text.slice(next.start, Math.min(next.end, next.start + NAME_WINDOW));
  return opening.length > s.length && s.split(' ').every((w) => opening.includes(w.replace(/\.$/, '')));
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
