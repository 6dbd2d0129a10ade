/**
 * Quoted fragments inside reported speech: `Menteri itu mengatakan pemerintah "tidak akan
 * menaikkan harga tahun ini".`, `Doe said, describing the plan, but “at the same time, the work
 * is far from done.”`, `Saya menyebut “buat masa ini, kita kekalkan dasar sedia ada”.`
 *
 * The marks open mid-sentence and the words inside start in lower case, which is also how a
 * scare quote or a term looks (`disebut "kampung tangguh"`). What tells them apart is length
 * and frame: a fragment of several words in a sentence whose speech verb or `menurut` stands
 * before the marks is someone's own words (a fragment of three words or fewer stays a term).
 */
import type { Attribution } from './attribution.js';
import { attributeBefore, selfSubject } from './attribute-before.js';
import { subjectBefore } from './subject-before.js';
import { isInitial, type Lexicon, type Token } from './speech-words.js';
import { W_ACCORDING, W_ACCORDING_FIRST, W_INTRO } from './word-classes.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ACCORDING = W_ACCORDING | W_ACCORDING_FIRST;
const C_INTRO = W_INTRO;

/** A fragment needs at least this many words: shorter quoted words in reported speech are terms, not quotes. */
export const MIN_FRAGMENT_WORDS = 4;
/** How far back, in tokens, the sentence's speech verb is looked for. */
const MAX_FRAME_TOKENS = 40;
/** Tokens that end the sentence (or close an earlier quote) before the marks: the frame stops there. */
const FRAME_BREAK = new Set(['.', '!', '?', ';', '"', '“', '”', '«', '»', '„']);

/** A full stop inside a sentence: after an initial, or before a lower-case word or a number (`Feb. 9`, `Jl. merdeka`). */
function abbreviation(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  return isInitial(tokens[i - 1], lex) || (next !== undefined && next.word && !next.cap);
}

/**
 * The reporting frame of a quote whose opening mark stands at token `k + 1`: the speech verb
 * (`mengatakan`, `said`) or `menurut X,` earlier in the same sentence, with its subject as the
 * speaker (null for a pronoun). Null when the sentence has no such cue before the marks.
 */
export function reportingFrame(
  text: string,
  tokens: readonly Token[],
  k: number,
  lex: Lexicon,
): (Attribution & { separated: boolean }) | null {
  for (let i = k; i >= 0 && k - i < MAX_FRAME_TOKENS; i--) {
    const t = tokens[i]!;
    if (!t.word) {
      if (FRAME_BREAK.has(t.text) && !(t.text === '.' && abbreviation(tokens, i, lex))) return null;
      continue;
    }
    if (t.cls & C_INTRO && !t.cap) {
      const subject = subjectBefore(text, tokens, i, lex);
      const verb = lex.intro.get(t.lower) ?? t.lower;
      if (subject === null && selfSubject(tokens, i, lex)) return { verb, speaker: null, separated: true, self: true };
      return { verb, speaker: subject === 'pronoun' ? null : subject, separated: true };
    }
    if (t.cls & C_ACCORDING && (i === 0 || !tokens[i - 1]!.word)) {
      // `Menurut Budi, …`: the speaker ends at the first comma after the cue (`according to him,`: no name).
      for (let c = i + 1; c <= k; c++) {
        if (tokens[c]!.text !== ',') continue;
        const a = attributeBefore(text, tokens, c, lex);
        return { verb: a?.verb ?? t.lower, speaker: a?.speaker ?? null, separated: true };
      }
      return null;
    }
  }
  return null;
}
