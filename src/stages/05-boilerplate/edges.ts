/**
 * Furniture at the edges of the body, read by shape:
 * - a section kicker before the first sentence: `PILIHAN RAYA | Calon …`, `ULASAN l Kerajaan …`
 *   (some sites print the bar as a lower-case `l`);
 * - a topic tag in capitals right under the editor line (`Editor: Rina` then `HARGA CABAI`);
 * - the writer's note at the end, opened by the name in capitals (`RINA KARTIKA ialah pensyarah …`,
 *   `DR. RINA KARTIKA ialah …`,
 *   `BUDI SANTOSO anggota dewan kota.`).
 */
import { pushBlock } from '../../segment.js';
import { PERSON_NAME } from '../../util/person-name.js';
import type { Block, Junk, Region } from '../types.js';

/** One to three words in capitals (digits allowed: `PRU14`), a bar, then the story in a capital. */
const KICKER = /^\p{Lu}[\p{Lu}\p{N}]{1,15}(?: \p{Lu}[\p{Lu}\p{N}]{0,15}){0,2} (?:\||l) (?=\p{Lu})/u;

/** Cut a section kicker off the first body block. */
export function dropKicker(text: string, junk: Junk[], blocks: Block[], dateline: Region | null): Block[] {
  const first = blocks[0];
  if (!first || (dateline && first.start <= dateline.start && dateline.start < first.end)) return blocks;
  const m = KICKER.exec(text.slice(first.start, first.end));
  if (!m) return blocks;
  junk.push({ start: first.start, end: first.start + m[0].length - 1, kind: 'navigation' });
  const out: Block[] = [];
  pushBlock(text, first.start + m[0].length, first.end, first.line, out);
  return [...out, ...blocks.slice(1)];
}

/** A topic tag: a short line of words in capitals, no digits, no sentence mark. */
const TAG_LINE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,5}$/u;
const MAX_TAG_LINE = 60;

export function isTagLine(s: string): boolean {
  return s.length <= MAX_TAG_LINE && TAG_LINE.test(s);
}

/**
 * Two or more names in capitals, then the note in ordinary words (`ialah`, `anggota`, `is`); titles
 * and initials keep their full stops (`PROF. MADYA DR. RINA KARTIKA ialah …`).
 */
const AUTHOR_NOTE = /^\p{Lu}{2,}\.?(?: \p{Lu}{2,}\.?){1,6} \p{Ll}/u;
/** A writer's note is a line or two; a longer block is a paragraph that opens with capitals. */
const MAX_AUTHOR_NOTE = 200;
/** How many blocks from the end a writer's note may stand (a sign-off may follow it). */
const AUTHOR_NOTE_REACH = 2;

/**
 * An opinion piece's footer: the writer's name in ordinary case, then a comma or a full stop and the post
 * they hold (`Rina Wulandari, Direktur Lembaga Contoh`, `Budi Santoso.Pengamat kebijakan publik`).
 */
const TITLED_NOTE = /^\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){1,3}(?:, ?|\.)(\p{Lu}\p{Ll}{1,20})(?!\p{L})/u;
/** A footer line is short: a longer block that opens with a name and a post is the story's sentence. */
const MAX_TITLED_NOTE = 120;

/** `Rina Wulandari, Direktur Lembaga Contoh`: a name and a post, no quote, no clause after a comma (`…, menyebut …`). */
function isTitledNote(s: string, roles: ReadonlySet<string>): boolean {
  const m = s.length <= MAX_TITLED_NOTE ? TITLED_NOTE.exec(s) : null;
  return m !== null && roles.has(m[1]!) && !/["“”]/.test(s) && !/, \p{Ll}/u.test(s);
}

/** Mark the writer's note among the last blocks; the rest is returned in order. */
export function markAuthorNote(text: string, junk: Junk[], roles: ReadonlySet<string>, blocks: Block[]): Block[] {
  // Only after a body: the first block is the story's lead.
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - AUTHOR_NOTE_REACH); i--) {
    const b = blocks[i]!;
    const s = text.slice(b.start, b.end);
    // A titled footer may be glued to the last paragraph with no space (`…musim depan.Rina Wulandari, Direktur …`).
    const standsApart = blocks[i - 1]?.line !== b.line || /[.!?]["”’]?$/.test(text.slice(blocks[i - 1]!.start, b.start));
    if ((s.length <= MAX_AUTHOR_NOTE && AUTHOR_NOTE.test(s) && blocks[i - 1]?.line !== b.line) || (i === blocks.length - 1 && standsApart && isTitledNote(s, roles))) {
      junk.push({ start: b.start, end: b.end, kind: 'editor' });
      return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
    }
  }
  return blocks;
}

/**
 * A person's name alone: two or three capitalised words (an initial allowed), no digits; or the name and one or
 * two words after a comma, a bar, a slash or a dash, where a byline names the outlet (`Rina Wulandari | Kabarcontoh`,
 * `Rina Wulandari/Kabarcontoh`).
 */
const NAME_ONLY = new RegExp(`^${PERSON_NAME}(?:(?:, ?| [|–—-] | ?\\/ ?)\\p{L}[\\p{L}\\p{N}.]{1,30}(?: \\p{Lu}[\\p{L}\\p{N}.]{1,30})?)?$`, 'u');
/** The story's lead under a byline is a paragraph, not another short line. */
const MIN_LEAD_LENGTH = 80;

/**
 * `Rina Wulandari` alone on the line before the lead: the byline. A name is never the story's first
 * paragraph; it counts only when a paragraph follows it and more of the story after that.
 */
export function markLeadByline(text: string, junk: Junk[], blocks: Block[]): Block[] {
  const [first, lead] = blocks;
  if (!first || !lead || blocks.length < 3 || blocks[1]!.line === first.line) return blocks;
  if (!NAME_ONLY.test(text.slice(first.start, first.end)) || lead.end - lead.start < MIN_LEAD_LENGTH) return blocks;
  junk.push({ start: first.start, end: first.end, kind: 'editor' });
  return blocks.slice(1);
}

/** One word in capitals, or a domain in capitals (`CONTOHPOS`, `CONTOHPOS.CO.ID`): an outlet's masthead, not a sentence. */
const MASTHEAD = /^\p{Lu}[\p{Lu}\p{N}]{2,20}(?:\.\p{Lu}{2,4}){0,2}$/u;

/**
 * The outlet's name printed alone on its own line right after the paragraph that opens with the dateline: a story
 * never makes one word in capitals a paragraph of its own there (a section heading comes later, and has more words).
 * Only with more of the story after it, so a short text's last word stays.
 */
export function markMastheadWord(text: string, junk: Junk[], blocks: Block[], dateline: Region | null): Block[] {
  const [first, next, after] = blocks;
  if (!dateline || !first || !next || !after || dateline.start >= next.start) return blocks;
  if (next.line === first.line || after.line === next.line || !MASTHEAD.test(text.slice(next.start, next.end))) return blocks;
  junk.push({ start: next.start, end: next.end, kind: 'other' });
  return [first, ...blocks.slice(2)];
}

/** No letter, digit or quote mark (`,`, `* * *`, `--`): what a scraper left of an emptied line. */
const NO_TEXT = /^[^\p{L}\p{N}"“”'‘’«»]*$/u;

/**
 * Drop blocks with no text in them: a comma left after the dateline by an emptied embed is no paragraph. The block
 * that holds the dateline is read from the dateline's end (the dateline has its own field).
 */
export function markEmptyBlocks(text: string, junk: Junk[], blocks: Block[], dateline: Region | null): Block[] {
  const rest = (b: Block): Region => (dateline && b.start <= dateline.start && dateline.end < b.end ? { start: dateline.end, end: b.end } : b);
  const empty = (b: Block) => {
    const r = rest(b);
    return r.end > r.start && NO_TEXT.test(text.slice(r.start, r.end));
  };
  if (!blocks.some(empty)) return blocks;
  for (const b of blocks) if (empty(b)) junk.push({ ...rest(b), kind: 'other' });
  return blocks.filter((b) => !empty(b));
}
