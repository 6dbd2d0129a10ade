import type { LanguageData } from '../../lang/types.js';
import { MAX_RELATED_HEADLINE_LENGTH } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import type { BodyResult, Block, Junk, Stage } from '../types.js';
import { wholeBlockKind } from './classify.js';
import { splitInline } from './inline.js';
import { isHeadlineLike, markRelatedLists, pushGluedJunk, SENTENCE_END } from './lists.js';
import { patternsOf } from './patterns.js';

export interface BoilerplateInput {
  text: string;
  body: readonly Block[];
  /** Junk phrases of every language are read, the article's own first (`languagesFirst`). */
  langs: readonly LanguageData[];
}

export interface BoilerplateResult extends BodyResult {
  /** In the order found; pieces marked `continues` are merged with the segment before them when the Article is assembled. */
  junk: Junk[];
}

/** The signature line of an embedded tweet: `— Name (@handle) March 17, 2019`. */
const TWEET_SIGNATURE = /^[—–-] ?[^\n]{1,80}\(@\w{1,30}\) \p{L}{3,9} \d{1,2}, \d{4}$/u;
/** A tweet is short; a long line before a signature is a paragraph. */
const MAX_TWEET_LENGTH = 300;

/**
 * Remove page junk: whole junk lines, blocks that start with a junk phrase, inline
 * `Baca juga: <headline>` inside paragraphs, captions, related-headline lists and
 * contact blocks. Each removal is recorded with its kind.
 */
export function removeBoilerplate(input: BoilerplateInput): BoilerplateResult {
  const patterns = patternsOf(input.langs);
  const { text } = input;
  const junk: Junk[] = [];
  const kept: Block[] = [];
  let inContactBlock = false;
  let inRelatedList = false;

  for (const block of input.body) {
    const s = text.slice(block.start, block.end);
    let junkKind = wholeBlockKind(s, patterns);
    if (!junkKind && inContactBlock) {
      junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
      continue;
    }
    if (!junkKind && TWEET_SIGNATURE.test(s)) {
      // An embedded tweet: its signature line, and the tweet's text on the line before.
      junkKind = 'other';
      const prev = kept[kept.length - 1];
      if (prev && prev.line === block.line - 1 && prev.end - prev.start <= MAX_TWEET_LENGTH) {
        kept.pop();
        junk.push({ start: prev.start, end: prev.end, kind: 'other' });
        junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
        continue;
      }
    }
    if (junkKind) {
      pushGluedJunk(text, junk, block, junkKind, patterns);
      if (patterns.contactOpener.test(s)) inContactBlock = true;
      inRelatedList = junkKind === 'related-link' && s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s);
      continue;
    }
    if (inRelatedList && isHeadlineLike(s, patterns)) {
      junk.push({ start: block.start, end: block.end, kind: 'related-link', continues: true });
      continue;
    }
    inRelatedList = false;
    splitInline(text, junk, block, patterns, kept);
  }
  const body = markRelatedLists(text, junk, kept, patterns);
  return { junk, body };
}

export const boilerplateStage: Stage<BoilerplateInput, BoilerplateResult> = {
  name: 'boilerplate',
  run: removeBoilerplate,
  nothing: (input) => ({ junk: [], body: input.body }),
  decisions: (r) => r.junk.map((j) => ({ what: `junk:${j.kind}`, region: j })),
};

/** The junk kind of a whole line in `langs`, or null: how the title stage tells a junk first line from a headline. */
export function lineJunkKind(langs: readonly LanguageData[]): (line: string) => BoilerplateKind | null {
  const patterns = patternsOf(langs);
  return (line) => wholeBlockKind(line, patterns);
}
