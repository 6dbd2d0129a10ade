/**
 * A closing mark with no opener before it in its paragraph: where does its quote start?
 *
 * In order: after `X berkata,` earlier in the stretch (the writer left the opener out); first in its
 * paragraph, at the paragraph start (the last paragraph of a quote over paragraphs, or a lost
 * opener); or right after the previous closing mark when that mark stood at a scraper's paragraph
 * join (`…siap." Kami juga …," katanya`): the join both ended one paragraph of the quote and
 * opened the next, whose own opening mark is the one the scraper glued behind the full stop.
 */
import type { Attribution } from './attribution.js';
import { attributeBefore } from './attribute-before.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { type MarkSpan, joinShaped } from './find-spans.js';

/** The longest paragraph opening a lost opener may claim: quote paragraphs are short, and PFSA-style text keeps a whole article on one line. */
const MAX_OPENERLESS_LENGTH = 600;
/** Double marks only: an apostrophe (`Qur'an`) before the mark does not open anything. */
const DOUBLE_MARK = /["“”«»„‟`]/;
const SENTENCE_OPEN = /[\p{Lu}\p{N}]/u;
const SENTENCE_CLOSE = /[.,!?…]/;

/** A sentence end inside a stretch (`siap. Kami`). */
const SENTENCE_BREAK = /[.!?…]\s+[\p{Lu}\p{N}]/u;

/** A quote found for a closing mark with no opener, with the attribution read before it, if any. */
export interface Recovered {
  span: MarkSpan;
  before: (Attribution & { separated: boolean }) | null;
}

/** The previous paragraph ended inside a quote that never closed (a quote running over paragraphs). */
export function continues(hits: readonly { paragraph: number; unclosed: boolean }[], p: number): boolean {
  const last = hits[hits.length - 1];
  return last !== undefined && last.paragraph === p - 1 && last.unclosed;
}

/**
 * Where the quote closed by `orphan` (a closing mark with no opener) starts, reading the stretch since
 * `from` (the paragraph start, or right after the previous span's closing mark); null when no start is
 * safe to claim. `continued`: the previous paragraph ended inside an open quote.
 */
export function lostOpener(text: string, tokens: readonly Token[], from: number, orphan: MarkSpan, lex: Lexicon, continued: boolean): Recovered | null {
  return recoverOrphan(text, tokens, from, orphan, lex) ?? (from === 0 ? fromParagraphStart(text, orphan, continued) : fromJoin(text, from, orphan));
}

/**
 * A closing mark with nothing before it in its paragraph: the quote runs from the paragraph start to the mark,
 * when the previous paragraph left a quote open, or, for a lost opener, when the stretch is one sentence (longer,
 * and where the quote began is a guess).
 */
function fromParagraphStart(text: string, orphan: MarkSpan, continued: boolean): Recovered | null {
  let start = 0;
  while (start < orphan.end && /\s/.test(text[start]!)) start++;
  if (!wholeSentences(text, start, orphan.end)) return null;
  if (!continued && SENTENCE_BREAK.test(text.slice(start, orphan.end))) return null;
  return { span: { start, end: orphan.end, open: -1, close: orphan.close, single: false }, before: null };
}

/**
 * The previous closing mark (ending at `from`) stood at a paragraph join, the next word capitalised
 * right after it: a quote over several paragraphs glued into one line (`"Kami siap." Semua sudah
 * dibagi," kata X`, the second paragraph's opener glued behind the first's full stop). The stretch
 * between the two marks is the quote's next paragraph. The mark is shaped as `joinShaped` reads a join:
 * a straight mark, or a curly `”` glued on both sides (`siap.”Semua`; with a space after it, a curly mark
 * only closes), and the stretch is whole sentences with no other mark between.
 */
function fromJoin(text: string, from: number, orphan: MarkSpan): Recovered | null {
  if (!joinShaped(text, from - 1)) return null;
  let start = from;
  while (start < orphan.end && /\s/.test(text[start]!)) start++;
  if (!wholeSentences(text, start, orphan.end)) return null;
  return { span: { start, end: orphan.end, open: -1, close: orphan.close, single: false }, before: null };
}

/** `[start, end)` is sentences a quote may hold: not empty, not too long, no mark inside, a capital or digit first, sentence punctuation last. */
function wholeSentences(text: string, start: number, end: number): boolean {
  if (start >= end || end - start > MAX_OPENERLESS_LENGTH || DOUBLE_MARK.test(text.slice(start, end))) return false;
  return SENTENCE_OPEN.test(text[start]!) && SENTENCE_CLOSE.test(text[end - 1] ?? '');
}

/** A quote whose opening mark is missing: from after `X berkata,` (between `from` and the closing mark). */
function recoverOrphan(text: string, tokens: readonly Token[], from: number, orphan: MarkSpan, lex: Lexicon): Recovered | null {
  // An orphan's `end` is where its mark starts (marks may be two characters wide: `''`).
  const { end, close } = orphan;
  const a = tokenAt(tokens, from);
  const b = tokenAt(tokens, end);
  for (let k = b - 1; k > a; k--) {
    const t = tokens[k]!;
    if (t.text !== ',' && t.text !== ':') continue;
    const before = attributeBefore(text, tokens, k, lex);
    if (!before) continue;
    const start = tokens[k + 1]?.start ?? end;
    if (start >= end) return null;
    return { span: { start, end, open: -1, close, single: false }, before };
  }
  return null;
}

/** Sentence punctuation a paragraph ends with. */
const PARAGRAPH_CLOSE = /[.!?…]/;

/**
 * A whole paragraph between two paragraph joins (`…siap." Semua sudah dibagi."Kami …`): the closing
 * mark before it and the opening mark after it both stand at joins, so the stretch between them is
 * one paragraph of its own. In a quote over several paragraphs, each paragraph opens with a mark and
 * only the last one closes, so the scraper's join leaves exactly this shape, and the paragraphs
 * before the last carry no attribution. A narrative paragraph between two quotes leaves the shape
 * too, but either reports someone (`kata`, `menurut`, `jelasnya`) or follows a quote that was
 * already attributed (`X mengatakan, "…siap." Hujan turun."…`), whose mark then really closed it.
 * So the stretch is read as the quote's middle paragraph when the span before it has no attribution
 * (`previousAttributed` false) and the stretch is whole sentences with no reporting word. `from` is
 * right after the previous span's closing mark, `span` the span whose opener follows.
 */
export function joinedParagraph(text: string, tokens: readonly Token[], from: number, previousAttributed: boolean, span: MarkSpan, lex: Lexicon): MarkSpan | null {
  if (previousAttributed || from <= 0 || span.open < from || !joinShaped(text, from - 1) || !joinShaped(text, span.open)) return null;
  let start = from;
  while (start < span.open && /\s/.test(text[start]!)) start++;
  const end = span.open;
  if (!wholeSentences(text, start, end) || !PARAGRAPH_CLOSE.test(text[end - 1]!)) return null;
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const w = tokens[k]!.lower;
    if (lex.post.has(w) || lex.intro.has(w) || lex.pronounVerb.has(w) || lex.according.has(w)) return null;
  }
  return { start, end, open: from - 1, close: -1, single: false };
}
