import type { LanguageData } from '../../lang/types.js';
import { MAX_CREDITED_CAPTION_LENGTH, MAX_RELATED_HEADLINE_LENGTH } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import type { BodyResult, Block, Junk, Region, Stage } from '../types.js';
import { isLabelLine, wholeBlockKind } from './classify.js';
import { splitInline } from './inline.js';
import { isBulletedLink, isHeadlineLike, markRelatedLists, pushGluedJunk, rolesOf, SENTENCE_END } from './lists.js';
import { type JunkPatterns, patternsOf } from './patterns.js';
import { markAgencyCaptions, markClosingDisclaimer, markClosingPrompt, markOpinionNote } from './closing.js';
import { markCapsCaptions } from './caps-captions.js';
import { endsInNamedCredit } from './photo-credit.js';
import { takeNameAbove } from './menu-bar.js';
import { markGalleries } from './gallery.js';
import { dropKicker, isTagLine, markAuthorNote, markEmptyBlocks, markLeadByline, markMastheadWord } from './edges.js';
import { isOutletName, shapeKind } from './shapes.js';
import { endMarkAt, leadingCommasLength } from './end-mark.js';
import { trailingLabelAt } from './trailing.js';
import { creditThenJunkAt, gluedSyndicationAt } from './credit-then-junk.js';

export interface BoilerplateInput {
  text: string;
  body: readonly Block[];
  /** Junk phrases of every language are read, the article's own first (`languagesFirst`). */
  langs: readonly LanguageData[];
  /** The opening dateline, still at the start of its block: never a section kicker (`SUKAMAJU | KABARCONTOH.COM -`). */
  dateline?: Region | null;
}

export interface BoilerplateResult extends BodyResult {
  /** In the order found; pieces marked `continues` are merged with the segment before them when the Article is assembled. */
  junk: Junk[];
}

/** The signature line of an embedded tweet: `— Name (@handle) March 17, 2019` (or `17 Maret 2019`). */
const TWEET_SIGNATURE = /^[—–-] ?[^\n]{1,80}\(@\w{1,30}\) (?:\p{L}{3,9} \d{1,2},|\d{1,2} \p{L}{3,9}) \d{4}$/u;
/** A tweet is short (280 characters, plus the links and hashtags a scraper glues on); a long line before a signature is a paragraph. */
const MAX_TWEET_LENGTH = 400;

/**
 * Remove page junk: whole junk lines, blocks that start with a junk phrase, junk recognised by
 * its shape (`shapes.ts`), inline `Baca juga: <headline>` inside paragraphs, captions,
 * related-headline lists, footer menus and contact blocks. Each removal is recorded with its kind.
 */
export function removeBoilerplate(input: BoilerplateInput): BoilerplateResult {
  const patterns = patternsOf(input.langs);
  const { text } = input;
  const junk: Junk[] = [];
  const kept: Block[] = [];
  let inContactBlock = false;
  let inRelatedList = false;
  let afterEditor = false;
  let afterShare = false;
  let afterLabel = false;
  /** Under a label line, every short line of three words or more with no sentence end is one of its links. */
  let labelRun = false;
  /** After a label that ends in a colon, its list of sentence-case headlines runs to the article's end. */
  let listToEnd = false;
  /** After a tag label that ends in a colon, its topics one to a line to the article's end. */
  let inTagList = false;

  for (const [index, whole] of input.body.entries()) {
    let block = whole;
    let s = text.slice(block.start, block.end);
    // `,Lina menambahkan …`: a stripped link's separator before the paragraph; the paragraph starts after it.
    const lead = leadingCommasLength(s);
    if (lead > 0) {
      junk.push({ start: block.start, end: block.start + s.lastIndexOf(',', lead) + 1, kind: 'other' });
      block = { ...block, start: block.start + lead };
      s = s.slice(lead);
    }
    // `(rin) Editor: …`: the sign-off stays for the credit stage; the junk glued after it is read below as a line
    // of its own would be (an editor line may take the name above it, a contact opener opens its block).
    // A syndication notice run into the last sentence is cut off the same way, whatever stands before it.
    const glued = (s.includes(') ') ? creditThenJunkAt(s, patterns, input.langs) : null) ?? gluedSyndicationAt(s, patterns);
    if (glued) {
      let end = block.start + glued.index;
      while (end > block.start && text[end - 1] === ' ') end--;
      splitInline(text, junk, { ...block, end }, patterns, kept);
      block = { ...block, start: block.start + glued.index };
      s = s.slice(glued.index);
    }
    const listed = glued?.kind ?? wholeBlockKind(s, patterns);
    // Inside a contact block, a link or address line is the block's; a listed junk line starts its own segment.
    if (!listed && inContactBlock) {
      junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
      continue;
    }
    // Under a share label (`Bagikan ini:`), the platforms may stand one to a line (`Twitter`, `Facebook`).
    let junkKind: BoilerplateKind | null =
      listed ?? shapeKind(s, patterns, { alone: standsAlone(input.body, index) }) ?? (afterEditor && isTagLine(s) ? 'navigation' : null) ?? (afterShare && isShareWords(s, patterns) ? 'share' : null);
    if (!junkKind && TWEET_SIGNATURE.test(s)) {
      // An embedded tweet: its signature line, and the tweet's text in the block before.
      junkKind = 'other';
      const prev = kept[kept.length - 1];
      if (prev && text.slice(prev.end, block.start).trim() === '' && prev.end - prev.start <= MAX_TWEET_LENGTH) {
        kept.pop();
        junk.push({ start: prev.start, end: prev.end, kind: 'other' });
        junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
        continue;
      }
    }
    afterEditor = junkKind === 'editor';
    afterShare = junkKind === 'share';
    if (junkKind) {
      if (junkKind === 'editor' && patterns.byline.test(s)) takeNameAbove(text, kept, junk, input.body[index - 1], block);
      pushGluedJunk(text, junk, block, junkKind, patterns);
      if (patterns.contactOpener.test(s)) inContactBlock = true;
      inRelatedList = junkKind === 'related-link' && s.length <= MAX_RELATED_HEADLINE_LENGTH && (!SENTENCE_END.test(s) || s.endsWith(':'));
      // A label that ends in a colon, or that stands alone on its line (`ARTIKEL BERKAITAN`), heads its links,
      // which may be in sentence case (Malay and English sites write headlines so).
      afterLabel = inRelatedList && (s.endsWith(':') || isLabelLine(s, patterns));
      labelRun = afterLabel;
      // Under `Also read: <headline>`, more headlines may follow with no label of their own, one line running to the end.
      listToEnd = inRelatedList && headlinesToEnd(text, input.body, index + 1, patterns, MIN_LINK_WORDS, MAX_RELATED_HEADLINE_LENGTH, afterLabel ? 2 : 1, afterLabel ? Infinity : MAX_UNLABELLED_HEADLINES);
      // `Tags:` / `TOPIK:` alone, then its topics one to a line to the end.
      if (junkKind === 'navigation' && (s.endsWith(':') || isLabelLine(s, patterns)) && s.length <= MAX_TAG_LABEL && headlinesToEnd(text, input.body, index + 1, patterns, 1, MAX_TAG_LENGTH, 1)) {
        inRelatedList = afterLabel = false;
        inTagList = true;
      }
      continue;
    }
    if (inTagList && isListLine(s, 1, MAX_TAG_LENGTH)) {
      junk.push({ start: block.start, end: block.end, kind: 'navigation', continues: true });
      continue;
    }
    // Right after a label that ends in a colon (`Related story:`), the linked headline may be in sentence case,
    // and so may every line of a list that runs from the label to the end.
    if (inRelatedList && (isHeadlineLike(s, patterns) || isBulletedLink(s) || (afterLabel && isShortLine(s)) || ((listToEnd || labelRun) && isListLine(s, MIN_LINK_WORDS)))) {
      afterLabel = false;
      junk.push({ start: block.start, end: block.end, kind: 'related-link', continues: true });
      continue;
    }
    inRelatedList = false;
    afterLabel = false;
    labelRun = false;
    listToEnd = false;
    inTagList = false;
    const mark = endMarkAt(s, patterns);
    // `…kata dia. *`, `…mental. []`: the site's end mark or an emptied embed, not text;
    // `…41.250Sumber: Dinas Pasar Contoh`: a source or author label glued to the paragraph's end.
    const label = mark >= 0 ? null : trailingLabelAt(s, patterns);
    const cut = mark >= 0 ? mark : (label?.index ?? -1);
    if (cut >= 0) {
      junk.push({ start: block.start + cut, end: block.end, kind: label?.kind ?? 'other' });
      let end = block.start + cut;
      while (end > block.start && text[end - 1] === ' ') end--;
      splitInline(text, junk, { ...block, end }, patterns, kept);
      continue;
    }
    splitInline(text, junk, block, patterns, kept);
  }
  // Whole-article passes, in order: each takes the blocks the previous one kept and reports what it drops.
  // Lists before the closing prompt: a prompt under a list of links closes the article as well.
  const roles = rolesOf(input.langs);
  const steps: ((blocks: Block[]) => Block[])[] = [
    (blocks) => dropKicker(text, junk, blocks, input.dateline ?? null),
    (blocks) => markLeadByline(text, junk, blocks),
    (blocks) => markEmptyBlocks(text, junk, blocks, input.dateline ?? null),
    (blocks) => markMastheadWord(text, junk, blocks, input.dateline ?? null),
    (blocks) => markRelatedLists(text, junk, blocks, patterns, input.langs),
    (blocks) => markAgencyCaptions(text, junk, blocks, patterns),
    (blocks) => markCapsCaptions(text, junk, blocks, roles),
    (blocks) => markGalleries(text, junk, blocks),
    (blocks) => markClosingDisclaimer(text, junk, blocks, patterns),
    (blocks) => markAuthorNote(text, junk, roles, blocks),
    (blocks) => markClosingPrompt(text, junk, blocks, patterns),
    (blocks) => markOpinionNote(text, junk, blocks, patterns),
  ];
  const body = steps.reduce((blocks, step) => step(blocks), kept);
  return { junk, body };
}

/** Block `i` is a paragraph of its own: its whole line, with no block on the line before or after (a blank line or the text's edge). */
function standsAlone(blocks: readonly Block[], i: number): boolean {
  const line = blocks[i]!.line;
  return (i === 0 || blocks[i - 1]!.line < line - 1) && (i + 1 >= blocks.length || blocks[i + 1]!.line > line + 1);
}

/** A line of nothing but share words (`Facebook`, `WhatsApp Telegram`). */
function isShareWords(s: string, p: JunkPatterns): boolean {
  const words = s.split(/[ ,|]+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_SHARE_WORDS && words.every((w) => p.shareWords.has(w.toLowerCase()));
}
const MAX_SHARE_WORDS = 6;

/** A line a linked headline could be: short, no sentence end. */
function isShortLine(s: string): boolean {
  return s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s);
}

/** How many words a linked headline has at least (`(rin)` or a name is no headline). */
const MIN_LINK_WORDS = 3;
/** Under `Also read: <headline>` a few more headlines at most; the bound keeps a page of such lines linear. */
const MAX_UNLABELLED_HEADLINES = 6;
/** A tag label (`Tags:`, `TOPIK:`) and each topic under it are short. */
const MAX_TAG_LABEL = 20;
const MAX_TAG_LENGTH = 40;

/**
 * Whether the blocks from `from` on are a list of short lines of at least `minWords` words with no sentence
 * end, each on its own line, running to the article's end: up to another junk line (a prompt, a tag line) or a
 * short sign-off on the last line (`(rin)`), or the end itself; `minLines` of them at least (a tag label's topics may be one line).
 */
function headlinesToEnd(text: string, blocks: readonly Block[], from: number, p: JunkPatterns, minWords: number, maxLength = MAX_RELATED_HEADLINE_LENGTH, minLines = 2, maxLines = Infinity): boolean {
  let i = from;
  for (; i < blocks.length; i++) {
    if (i - from > maxLines) return false;
    const b = blocks[i]!;
    const s = text.slice(b.start, b.end);
    if (blocks[i - 1]?.line === b.line || blocks[i + 1]?.line === b.line) return false;
    if (isListLine(s, minWords, maxLength)) continue;
    const signOff = i === blocks.length - 1 && /^[(\[*\-–—]/.test(s) && s.split(' ').length < MIN_LINK_WORDS;
    if (!signOff && wholeBlockKind(s, p) === null && shapeKind(s, p) === null) return false;
    break;
  }
  return i - from >= minLines;
}

/** A line of a list of links or tags: short, at least `minWords` words, no sentence end, not a sign-off (`(rin)`, `- Agensi`). */
function isListLine(s: string, minWords: number, maxLength = MAX_RELATED_HEADLINE_LENGTH): boolean {
  return isShortLine(s) && s.length <= maxLength && s.split(' ').length >= minWords && !/^[(\[*\-–—]/.test(s);
}

export const boilerplateStage: Stage<BoilerplateInput, BoilerplateResult> = {
  name: 'boilerplate',
  run: removeBoilerplate,
  nothing: (input) => ({ junk: [], body: input.body }),
  decisions: (r) => r.junk.map((j) => ({ what: `junk:${j.kind}`, region: j })),
};

/** Whether a headline's suffix names an outlet (`Contoh News`, `contohberita.com`), in `langs`: for the title stage. */
export function siteNameTest(langs: readonly LanguageData[]): (name: string) => boolean {
  const patterns = patternsOf(langs);
  return (name) => isOutletName(name, patterns);
}

/** Whether a line is nothing but share buttons (`Facebook`, `WhatsApp Telegram`): one to a line under a share label. */
export function shareButtonsTest(langs: readonly LanguageData[]): (line: string) => boolean {
  const patterns = patternsOf(langs);
  return (line) => isShareWords(line, patterns);
}

/**
 * How the title stage tells a junk first line from a headline, in `langs`: listed junk, a byline,
 * a share bar, a caption or a notice. Not a reader prompt: a headline may be an imperative (`Simak Jadwal …`).
 */
export function lineJunkKind(langs: readonly LanguageData[]): (line: string) => BoilerplateKind | null {
  const patterns = patternsOf(langs);
  // A line above the story that ends in a named photo credit is a caption (at the story's end such a mark is the credit).
  return (line) => wholeBlockKind(line, patterns) ?? shapeKind(line, patterns, { prompts: false }) ?? (line.length <= MAX_CREDITED_CAPTION_LENGTH && !/["“”]/.test(line) && endsInNamedCredit(line, patterns.postfixCredit) ? 'caption' : null);
}
