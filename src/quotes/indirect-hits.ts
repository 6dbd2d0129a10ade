/**
 * Reported speech in the terms of `findQuotes`: a quick test that lets paragraphs with no reporting cue skip the
 * people pass, and the indirect quotes of a paragraph (`indirect.ts`) as hits in normalized offsets.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Lexicon, Token } from './speech-words.js';
import { type DirectRef, findIndirect } from './indirect.js';
import type { Person, SpeakerBook } from './speaker-book.js';
import { firstCharAlternation } from '../util/patterns.js';

/** The indirect quotes of paragraph `p` as hits in normalized offsets. */
export function indirectHits(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  book: SpeakerBook,
  base: number,
  p: number,
  direct: readonly DirectRef[],
  resolvedAt: ReadonlyMap<number, { person: Person; resolved: boolean }>,
): QuoteHit[] {
  return findIndirect(text, tokens, lex, { book, base, direct, resolvedAt }).map((h) => ({
    start: base + h.start,
    end: base + h.end,
    text: text.slice(h.start, h.end),
    kind: 'indirect',
    verb: h.verb,
    paragraph: p,
    speaker: {
      name: h.person.name,
      role: h.person.role,
      organisation: h.person.organisation,
      start: h.nameStart === null ? null : base + h.nameStart,
      end: h.nameEnd === null ? null : base + h.nameEnd,
      resolved: h.resolved,
    },
  }));
}

const cueTests = new WeakMap<Lexicon, RegExp>();

/**
 * A quick test for any reporting cue in a paragraph (`menurut`, `mengatakan`, `according to`): paragraphs
 * without one and without marks need no people pass. Built once per lexicon; an alternation of literal
 * words, linear. Grouped by first letter: a position then tries one group's words, not a hundred (the
 * cues are single words, so the grouped pattern matches exactly what the plain alternation matched).
 */
export function cueTest(lex: Lexicon): RegExp {
  let re = cueTests.get(lex);
  if (re) return re;
  const words = [...lex.accordingSeqs.map((s) => s[0]!), ...lex.intro.keys()];
  re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${firstCharAlternation(words, 'iu')})`, 'iu');
  cueTests.set(lex, re);
  return re;
}
