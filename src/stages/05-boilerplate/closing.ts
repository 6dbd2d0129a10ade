/**
 * Furniture read by where it stands in the body, once the line-by-line pass is done:
 * - a caption inside the story that ends with an agency's mark after its last sentence
 *   (`Menteri Contoh (kanan) di majlis itu semalam. —Bernama`) or a photo credit in parentheses
 *   (`(Kabarcontoh/Rina Wulandari)`): a story paragraph carries such a mark only at the very end of
 *   the article, where it is the credit;
 * - an opinion page's note under the column, as the article's last block (`The views expressed are those of the
 *   writer.`, `Pendapat dalam kolom ini adalah pendapat pribadi penulis.`);
 * - a reader prompt closing the article, as its own block or as the last sentence of the last
 *   block: an imperative whose next words name a medium (`Ikuti temubual penuh bersama …`,
 *   `Watch the full interview in the video above.`, `Tonton rakaman lanjut di saluran kami.`).
 */
import { MAX_CAPTION_LENGTH, MAX_CLOSING_PROMPT_WORDS, MAX_CREDITED_CAPTION_LENGTH } from '../../options.js';
import { pushBlock } from '../../segment.js';
import { phraseKey } from '../../util/patterns.js';
import type { Block, Junk } from '../types.js';
import { isOwnLine } from './lists.js';
import type { JunkPatterns } from './patterns.js';
import { endsInNamedCredit } from './photo-credit.js';
import { isReported, namesMediumAmong } from './reported.js';

/** How many words after the prompt's verb may pass before the medium is named (`Watch the video`, `Ikuti temubual penuh`). */
const MEDIUM_REACH = 3;

const WORD_G = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/gu;

/**
 * `… di Pasar Induk Contoh. (Kabarcontoh/Rina Wulandari)`: a caption's photo credit, a source and the
 * photographer's full name in parentheses after its last sentence (a desk's initials, `(rin/bud)`, are no name).
 */
const PHOTO_CREDIT_AT_END = /[.!?"”] ?\(\p{Lu}[\p{L}\p{N}.]{1,24}(?: \p{Lu}[\p{L}\p{N}.]{1,24}){0,2} ?\/ ?\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20}){1,3}\)$/u;

/**
 * Characters no agency mark or photo credit ends on: a sign-off ends in a letter (every language's `signOffs`), a
 * credit in a bracket or a name. Most paragraphs end in a stop, and are not searched from every position.
 */
const CAPTION_MARK_NEVER_ENDS = '.!?:;,';

/** Mark captions that end with an agency's mark; the last block keeps its mark for the credit stage. */
export function markAgencyCaptions(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns): Block[] {
  if (blocks.length < 2) return blocks;
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    const s = text.slice(b.start, b.end);
    const last = i === blocks.length - 1;
    // Quoted speech is story, not a caption; a block sharing its line with another is part of a paragraph.
    if (!last && s.length <= MAX_CREDITED_CAPTION_LENGTH && !CAPTION_MARK_NEVER_ENDS.includes(s.charAt(s.length - 1)) && !/["“”]/.test(s) && (p.agencyAtEnd.test(s) || PHOTO_CREDIT_AT_END.test(s) || endsInNamedCredit(s, p.postfixCredit)) && isOwnLine(blocks, i)) {
      junk.push({ start: b.start, end: b.end, kind: 'caption' });
    } else kept.push(b);
  });
  return kept;
}

/** How many blocks from the end a disclaimer may open (its text may run over two blocks). */
const DISCLAIMER_REACH = 3;

/**
 * `Disclaimer: … bukan ajakan membeli saham …` under the story: from its label to the end of the article is
 * the site's notice. It opens a block among the last few, or stands inside the last one after a sentence or a colon.
 * A notice written earlier in the text too is left to the duplicates stage, which reports copies.
 */
export function markClosingDisclaimer(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns): Block[] {
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - DISCLAIMER_REACH); i--) {
    const b = blocks[i]!;
    const s = text.slice(b.start, b.end);
    // A block without a label is not searched (the search tries every position: most of this step's cost).
    const m = p.disclaimerWords.some((word) => s.includes(word)) ? p.disclaimer.exec(s) : null;
    if (!m || (m.index > 0 && i < blocks.length - 1)) continue;
    // A notice the text already holds is a copy (the body scraped twice): the duplicates stage reports it.
    if (text.indexOf(s.slice(m.index)) < b.start + m.index) return blocks;
    const out = blocks.slice(0, i);
    if (m.index > 0) {
      let end = b.start + m.index;
      while (end > b.start && text[end - 1] === ' ') end--;
      pushBlock(text, b.start, end, b.line, out);
    }
    junk.push({ start: b.start + m.index, end: b.end, kind: 'other' });
    for (const rest of blocks.slice(i + 1)) junk.push({ start: rest.start, end: rest.end, kind: 'other', continues: true });
    return out;
  }
  return blocks;
}

/** An opinion page's note runs to two sentences at most. */
const MAX_OPINION_NOTE_SENTENCES = 2;

/**
 * `The views expressed are those of the writer …`, `… pendapat pribadi penulis …`: what the note an opinion page prints
 * under a column says. Short, unquoted, two sentences at most: a reported sentence that quotes such words stays. Where
 * it stands decides the rest: the last block (`markOpinionNote`), or anywhere when it opens by naming the column itself
 * (`shapeKind`); a short reported sentence in the body that holds the words (`Polisi menyebut unggahan itu pendapat
 * pribadi penulis.`) stays.
 */
export function isOpinionNote(s: string, p: JunkPatterns): boolean {
  return p.opinionNote.test(s) && !/["“”]/.test(s) && s.split(/[.!?] \p{Lu}/u).length <= MAX_OPINION_NOTE_SENTENCES;
}

/** Mark an opinion page's note that is the article's last block, after a story. */
export function markOpinionNote(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns): Block[] {
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 2) return blocks;
  const s = text.slice(last.start, last.end);
  if (s.length > MAX_CAPTION_LENGTH || !isOpinionNote(s, p)) return blocks;
  junk.push({ start: last.start, end: last.end, kind: 'other' });
  return blocks.slice(0, -1);
}

/** Mark a reader prompt that closes the article: the whole last block, or its last sentence. */
export function markClosingPrompt(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns): Block[] {
  const last = blocks[blocks.length - 1];
  if (!last) return blocks;
  const s = text.slice(last.start, last.end);
  // The last sentence: after the last sentence end followed by a capital (or the whole block).
  let from = 0;
  const re = /[.!?]["”’)]? +(?=[(\[]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) from = m.index + m[0].length;
  const kind = closingPromptKind(s.slice(from), p);
  if (!kind) return blocks;
  // A whole block that is only the prompt needs a story before it.
  if (from === 0 && blocks.length < 2) return blocks;
  junk.push({ start: last.start + from, end: last.end, kind });
  if (from === 0) return blocks.slice(0, -1);
  const out = blocks.slice(0, -1);
  let end = last.start + from;
  while (end > last.start && text[end - 1] === ' ') end--;
  pushBlock(text, last.start, end, last.line, out);
  return out;
}

/**
 * `For more news, follow us on …`, `Untuk berita terkini, ikuti …`: a short lead-in that names a medium, then a comma
 * and the prompt. Where the prompt starts after it, or 0 when the sentence has no such lead-in.
 */
const LEAD_IN = /^\p{Lu}\p{Ll}{1,15}(?: [\p{L}-]{1,20}){0,4}, (?=\p{Ll})/u;
function leadIn(sentence: string, p: JunkPatterns): number {
  const m = LEAD_IN.exec(sentence);
  return m && (m[0].match(WORD_G) ?? []).some((w) => p.mediumWords.has(w.toLowerCase())) ? m[0].length : 0;
}

/** `Ikuti temubual penuh …`, `Watch the video above …`: a prompt verb, a medium within a few words, no quoted speech. */
function closingPromptKind(sentence: string, p: JunkPatterns): Junk['kind'] | null {
  // A label with a colon (`Simak juga Video: …`) is read by the labelled shapes, which know prose after it.
  if (/["“”]/.test(sentence) || sentence.includes(':')) return null;
  const lead = leadIn(sentence, p);
  const prompt = lead > 0 ? sentence.charAt(lead).toUpperCase() + sentence.slice(lead + 1) : sentence;
  const opener = p.promptOpener.exec(prompt);
  if (!opener) return null;
  const words = sentence.match(WORD_G) ?? [];
  if (words.length > MAX_CLOSING_PROMPT_WORDS) return null;
  const verbWords = opener[1]!.split(' ').length + (lead > 0 ? (sentence.slice(0, lead).match(WORD_G) ?? []).length : 0);
  if (!namesMediumAmong(sentence, verbWords, verbWords + MEDIUM_REACH, p) || isReported(sentence, p)) return null;
  return p.promptKinds.get(phraseKey(opener[1]!)) ?? 'other';
}
