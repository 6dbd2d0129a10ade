/**
 * The quote candidates of one paragraph: its marks paired into spans (`find-spans.ts`), each with the attribution read
 * after its closing mark and before its opening mark. A closing mark with no opener, a whole paragraph of quote between
 * two glued joins and a quoted fragment inside reported speech are recovered here too. Which candidates are speech is
 * decided after (`speech-shape.ts`).
 */
import { attributeAfter } from './attribute-after.js';
import { attributeBefore } from './attribute-before.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { findSpans } from './find-spans.js';
import { joinedParagraph, lostOpener } from './lost-opener.js';
import { MIN_FRAGMENT_WORDS, reportingFrame } from './fragments.js';
import { pointsBack } from './definite-title.js';
import { type Candidate, STARTS_LOWER, wordCount } from './speech-shape.js';
import { withTrailingName } from './trailing-name.js';

/**
 * The candidates of the paragraph `text` with its `tokens`; `prevTokens` are the previous paragraph's, and `continued`
 * says that paragraph ended inside an open quote.
 */
export function spanCandidates(text: string, tokens: readonly Token[], prevTokens: readonly Token[], lex: Lexicon, continued: boolean): Candidate[] {
  const verbAt = (i: number): boolean => {
    const t = tokens[tokenAt(tokens, i)];
    return t !== undefined && t.start === i && (lex.post.has(t.lower) || lex.pronounVerb.has(t.lower));
  };
  const spans = findSpans(text, verbAt);
  const candidates: Candidate[] = [];
  let prevEnd = 0;
  // Whether the span ending at `prevEnd` has an attribution of its own (`joinedParagraph` needs it not to).
  let prevAttributed = false;
  const prevWasAttributed = (): boolean => prevAttributed;
  for (const span of spans) {
    const afterMark = span.close >= 0 ? span.close + 1 : span.end;
    // The last character before the closing mark (an orphan's `end` is its mark's start).
    const endsSentence = text[span.end - 1] === '.';
    // A quote after one already attributed in the paragraph continues it unless only its attribution follows.
    const afterAttributed = prevWasAttributed() && span.open >= prevEnd;
    const attributed = span.close >= 0 ? attributeAfter(text, tokens, tokenAt(tokens, afterMark), lex, endsSentence, afterAttributed) : null;
    // `ujar lulusan akuntansi itu`: a description pointing back is someone named before, resolved like `ujarnya`.
    const back = attributed?.speaker && pointsBack(attributed.speaker, tokens, span.start, prevTokens, lex);
    const read = back ? { ...attributed!, speaker: null } : attributed;
    // `kata seorang warga yang …, Siti Aminah.`: the name closing the sentence (`trailing-name.ts`).
    const after = read ? withTrailingName(text, tokens, read, lex) : null;
    if (span.open < 0) {
      // A closing mark with no opener: the quote starts after `X berkata,` earlier in the stretch, at the paragraph
      // start, or after a closing mark standing at a glued paragraph join (`lost-opener.ts`).
      if (after) {
        const recovered = lostOpener(text, tokens, prevEnd, span, lex, continued);
        if (recovered) candidates.push({ span: recovered.span, after, before: recovered.before });
      }
      prevEnd = span.close + 1;
      prevAttributed = after !== null;
      continue;
    }
    // `…siap." Semua sudah dibagi."Kami …`: a whole paragraph of the quote between two joins (`lost-opener.ts`).
    const between = joinedParagraph(text, tokens, prevEnd, prevAttributed, span, lex);
    if (between) candidates.push({ span: between, after: null, before: null });
    const before = attributeBefore(text, tokens, tokenAt(tokens, span.open) - 1, lex);
    // A lower-case fragment with no attribution of its own: quoted words inside reported speech?
    const inner = text.slice(span.start, span.end);
    if (!after && span.close >= 0 && !(before && (before.separated || !STARTS_LOWER.test(inner))) && wordCount(inner) >= MIN_FRAGMENT_WORDS) {
      const frame = reportingFrame(text, tokens, tokenAt(tokens, span.open) - 1, lex);
      if (frame) {
        candidates.push({ span, after, before: frame, fragment: true });
        prevEnd = span.close + 1;
        prevAttributed = true;
        continue;
      }
    }
    candidates.push({ span, after, before });
    prevEnd = span.close >= 0 ? span.close + 1 : span.end;
    prevAttributed = after !== null || before !== null;
  }
  return candidates;
}
