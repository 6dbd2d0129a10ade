import type { Block, Context } from '../../context.js';
import { MAX_RELATED_HEADLINE_LENGTH } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { wholeBlockKind } from './classify.js';
import { splitInline } from './inline.js';
import { isHeadlineLike, markRelatedLists, mergeAdjacent, pushGluedJunk, SENTENCE_END } from './lists.js';
import { patternsOf } from './patterns.js';
import { endMarkAt, shapeKind } from './shapes.js';

/** The signature line of an embedded tweet: `— Name (@handle) March 17, 2019` (or `17 Maret 2019`). */
const TWEET_SIGNATURE = /^[—–-] ?[^\n]{1,80}\(@\w{1,30}\) (?:\p{L}{3,9} \d{1,2},|\d{1,2} \p{L}{3,9}) \d{4}$/u;
/** A tweet is short (280 characters, plus the links and hashtags a scraper glues on); a long line before a signature is a paragraph. */
const MAX_TWEET_LENGTH = 400;

/**
 * Remove page junk: whole junk lines, blocks that start with a junk phrase, inline
 * `Baca juga: <headline>` inside paragraphs, captions, related-headline lists and
 * contact blocks. Each removal is recorded with its kind.
 */
export function removeBoilerplate(ctx: Context): void {
  const patterns = patternsOf(ctx);
  const text = ctx.norm.text;
  const kept: Block[] = [];
  let inContactBlock = false;
  let inRelatedList = false;

  for (const block of ctx.blocks) {
    const s = text.slice(block.start, block.end);
    const listed = wholeBlockKind(s, patterns);
    // Inside a contact block, a link or address line is the block's; a listed junk line starts its own segment.
    if (inContactBlock && !listed) {
      ctx.junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
      continue;
    }
    let junkKind = listed ?? shapeKind(s, patterns);
    if (!junkKind && TWEET_SIGNATURE.test(s)) {
      // An embedded tweet: its signature line, and the tweet's text on the line before.
      junkKind = 'other';
      const prev = kept[kept.length - 1];
      if (prev && text.slice(prev.end, block.start).trim() === '' && prev.end - prev.start <= MAX_TWEET_LENGTH) {
        kept.pop();
        ctx.junk.push({ start: prev.start, end: prev.end, kind: 'other' });
        ctx.junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
        continue;
      }
    }
    if (junkKind) {
      pushGluedJunk(ctx, block, junkKind, patterns);
      if (patterns.contactOpener.test(s)) inContactBlock = true;
      inRelatedList = junkKind === 'related-link' && s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s);
      continue;
    }
    if (inRelatedList && isHeadlineLike(s, patterns)) {
      ctx.junk.push({ start: block.start, end: block.end, kind: 'related-link', continues: true });
      continue;
    }
    inRelatedList = false;
    const mark = endMarkAt(s);
    if (mark >= 0) {
      // `…kata dia. *`, `…mental. []`: the site's end mark or an emptied embed, not text.
      ctx.junk.push({ start: block.start + mark, end: block.end, kind: 'other' });
      let end = block.start + mark;
      while (end > block.start && text[end - 1] === ' ') end--;
      splitInline(ctx, { ...block, end }, patterns, kept);
      continue;
    }
    splitInline(ctx, block, patterns, kept);
  }
  ctx.blocks = markRelatedLists(ctx, kept, patterns);
  ctx.junk = mergeAdjacent(text, ctx.junk);
}

/**
 * The junk kind of a first line, if it is junk and not a headline: listed junk, a byline, a share
 * bar, a caption or a notice. Not a reader prompt: a headline may be an imperative (`Simak Jadwal …`).
 */
export function titleJunkKind(ctx: Context, s: string): BoilerplateKind | null {
  const p = patternsOf(ctx);
  return wholeBlockKind(s, p) ?? shapeKind(s, p, { prompts: false });
}
