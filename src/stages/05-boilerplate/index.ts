import type { Block, Context } from '../../context.js';
import { MAX_RELATED_HEADLINE_LENGTH } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { wholeBlockKind } from './classify.js';
import { splitInline } from './inline.js';
import { isHeadlineLike, markRelatedLists, mergeAdjacent, pushGluedJunk, SENTENCE_END } from './lists.js';
import { patternsOf } from './patterns.js';

/** The signature line of an embedded tweet: `— Name (@handle) March 17, 2019`. */
const TWEET_SIGNATURE = /^[—–-] ?[^\n]{1,80}\(@\w{1,30}\) \p{L}{3,9} \d{1,2}, \d{4}$/u;
/** A tweet is short; a long line before a signature is a paragraph. */
const MAX_TWEET_LENGTH = 300;

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
    let junkKind = wholeBlockKind(s, patterns);
    if (!junkKind && inContactBlock) {
      ctx.junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
      continue;
    }
    if (!junkKind && TWEET_SIGNATURE.test(s)) {
      // An embedded tweet: its signature line, and the tweet's text on the line before.
      junkKind = 'other';
      const prev = kept[kept.length - 1];
      if (prev && prev.line === block.line - 1 && prev.end - prev.start <= MAX_TWEET_LENGTH) {
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
    splitInline(ctx, block, patterns, kept);
  }
  ctx.blocks = markRelatedLists(ctx, kept, patterns);
  ctx.junk = mergeAdjacent(text, ctx.junk);
  // A "dateline" inside a block that turned out to be junk (a caption's `LABEL:`) is not one, and
  // must not be reported twice.
  const dateline = ctx.dateline;
  if (dateline && ctx.junk.some((j) => j.start <= dateline.start && dateline.start < j.end)) ctx.dateline = null;
}

/** The junk kind of a whole line, if it is junk; used by the title stage too. */
export function junkKindOf(ctx: Context, s: string): BoilerplateKind | null {
  return wholeBlockKind(s, patternsOf(ctx));
}
