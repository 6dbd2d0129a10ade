/**
 * Which marked spans are speech: an attributed span is, an unattributed one must look like a
 * sentence someone said (several words, a sentence start and end), not a term, a title or a name.
 */
import type { Attribution } from './attribution.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { W_INTRO } from './word-classes.js';
import type { MarkSpan } from './find-spans.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_INTRO = W_INTRO;

/** An unattributed span needs at least this many words to count as a quote (shorter is a term or a title). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** How many tokens before a mark are searched for a title cue (`film`, `berjudul`). */
const TITLE_CUE_WINDOW = 3;

const WORD_G = /[\p{L}\p{N}]+/gu;
const TERMINAL = /[.,!?…;:]$/;
/** A sentence ending right after a closing mark: then a new sentence, the paragraph's end or a sign-off (`”. Ia`, `”.-22/10/2018`). */
const SENTENCE_AFTER = /[.!?…](?:\s*$|\s*[-–—]|\s+[\p{Lu}"“”])/uy;
export const STARTS_LOWER = /^\p{Ll}/u;
/**
 * An acronym in brackets right after a closing mark (`“Sekolah Contoh Lestari” (SCL)`): the marks held a name. Only
 * capitals: a sign-off in lower or mixed case (`(rin)`, `(Ant)`) is no acronym.
 */
const ACRONYM_AFTER = /\s*\((\p{Lu}[\p{Lu}\d&-]{1,11})\)/uy;

/** Words (letters or digits) in `s`. */
export function wordCount(s: string): number {
  WORD_G.lastIndex = 0;
  let n = 0;
  while (WORD_G.exec(s) !== null) n++;
  return n;
}

/** A span with what was read around it, before filtering. */
export interface Candidate {
  span: MarkSpan;
  after: Attribution | null;
  before: (Attribution & { separated: boolean }) | null;
  /** A quoted fragment inside reported speech, attributed by its sentence's speech verb (`fragments`). */
  fragment?: boolean;
}

/**
 * True when a title cue (`film`, `berjudul`, `dubbed`) stands just before the mark. With `speech`, a cue that is
 * also a speech verb (`menyebut`) does not count: it reports the fragment that follows.
 */
function titleCued(tokens: readonly Token[], k: number, lex: Lexicon, speech = false): boolean {
  for (let i = k; i >= 0 && k - i < TITLE_CUE_WINDOW; i--) {
    const t = tokens[i]!;
    if (t.word && lex.titleCues.has(t.lower) && !(speech && t.cls & C_INTRO)) return true;
    if (t.text === '.' || t.text === '”' || t.text === '"') return false;
  }
  return false;
}

/**
 * The span closes without sentence punctuation and an acronym in brackets follows its closing mark. An agency, outlet
 * or sign-off the language data lists (`(BERNAMA)`, `(AFP)`) is the story's credit after a quote that lost its stop.
 */
function namedByAcronym(text: string, span: MarkSpan, inner: string, lex: Lexicon): boolean {
  if (span.close < 0 || TERMINAL.test(inner)) return false;
  ACRONYM_AFTER.lastIndex = span.close + 1;
  const m = ACRONYM_AFTER.exec(text);
  return m !== null && !lex.agencies.has(m[1]!.toLowerCase());
}

/** The mark opens a sentence: paragraph start, or after sentence punctuation or a colon. */
function atSentenceStart(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i < 0 || /[.!?:;…"“”,]/.test(text[i]!);
}

/** The span's marks open the paragraph and close it. */
function wholeParagraph(text: string, span: MarkSpan): boolean {
  if (span.open < 0 || span.close < 0) return false;
  let a = 0;
  while (a < span.open && /\s/.test(text[a]!)) a++;
  let b = text.length;
  while (b > span.close + 1 && /\s/.test(text[b - 1]!)) b--;
  return a === span.open && b === span.close + 1;
}

export function isSpeechShaped(text: string, c: Candidate, tokens: readonly Token[], lex: Lexicon): boolean {
  const { span } = c;
  const inner = text.slice(span.start, span.end);
  // `the policy of “Contoh Lestari Bersama” (CLB)`: a name given its acronym, not words someone said.
  if (c.after === null && namedByAcronym(text, span, inner, lex)) return false;
  if (c.fragment) return !titleCued(tokens, tokenAt(tokens, span.open) - 1, lex, true);
  if (c.after || (c.before && (c.before.separated || !STARTS_LOWER.test(inner)))) {
    if (span.single && wordCount(inner) < 2) return false;
    return !(c.after === null && titleCued(tokens, tokenAt(tokens, span.open) - 1, lex));
  }
  // Single marks speak unattributed only as a whole paragraph of several words ending a sentence (`‘Kami sudah siap.’`).
  if (span.single && !(wholeParagraph(text, span) && wordCount(inner) >= MIN_UNATTRIBUTED_WORDS && /[.!?…]$/.test(inner))) return false;
  if (STARTS_LOWER.test(inner)) return false;
  // A paragraph that is one short sentence in marks (`"Tidak ada."`) is speech; shorter spans elsewhere are terms.
  if (wordCount(inner) < MIN_UNATTRIBUTED_WORDS && !(wholeParagraph(text, span) && /[.!?…]$/.test(inner))) return false;
  if (titleCued(tokens, tokenAt(tokens, span.open) - 1, lex)) return false;
  if (!atSentenceStart(text, span.open)) return false;
  // A closed quote must end like a sentence inside its marks; an unclosed one runs to the paragraph end.
  if (span.close < 0) return span.end >= text.trimEnd().length - 1 || TERMINAL.test(inner);
  // A sentence in marks may put its full stop outside them (`“Kami sudah siap”. Ia lalu …`), as Malay and British print do.
  if (TERMINAL.test(inner)) return true;
  SENTENCE_AFTER.lastIndex = span.close + 1;
  return SENTENCE_AFTER.test(text);
}
