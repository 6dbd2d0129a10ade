/**
 * Short forms an article uses on their own to refer to a person (`kata Sinta`, `Sinta mengatakan`, `Mr Lim said`),
 * collected once per article before speakers are resolved: a name run that holds one is no organisation or place.
 */
import { type Lexicon, type Token } from './speech-words.js';
import { W_ACCORDING, W_ACCORDING_FIRST, W_INTRO, W_POST } from './word-classes.js';
import { skipTitles } from './skip-titles.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ACCORDING = W_ACCORDING;
const C_INTRO = W_INTRO;
const C_POST = W_POST;

/** The longest short form an article uses to refer to a person (`kata Faizal Ramli`), in words. */
const MAX_REFERENCE_WORDS = 3;

/**
 * Short forms used on their own to refer to a person: right after a post verb (`kata Sinta`,
 * `kata Faizal Ramli`) or right before an intro verb (`Sinta mengatakan`). Single words go to
 * `refs`, longer forms to `phrases`, lower-case.
 */
export function collectReferences(tokens: readonly Token[], lex: Lexicon, refs: Set<string>, phrases: Set<string>): void {
  const add = (a: number, e: number) => {
    // `Dia menegaskan`: a pronoun refers to someone, it is no short form of a name.
    if (e - a === 1) {
      if (!lex.pronouns.has(tokens[a]!.lower)) refs.add(tokens[a]!.lower);
    } else phrases.add(tokens.slice(a, e).map((t) => t.lower).join(' '));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    // `kata Sinta`, `menurut Sinta`, `according to Sinta` (a phrase of several words).
    const seq = t.cls & W_ACCORDING_FIRST && !(t.cls & C_ACCORDING) ? accordingSeqAt(tokens, i, lex) : undefined;
    if ((!t.cap && t.cls & C_POST) || t.cls & C_ACCORDING || seq) {
      const from = i + (seq?.length ?? 1);
      let e = from;
      while (e < tokens.length && e - from < MAX_REFERENCE_WORDS && tokens[e]!.cap && !lex.roles.has(tokens[e]!.text)) e++;
      if (e > from && !tokens[e]?.cap) add(from, e);
    }
    if (t.cap && tokens[i + 1]!.cls & C_INTRO) {
      let a = i;
      while (a > 0 && i - a + 1 < MAX_REFERENCE_WORDS && tokens[a - 1]!.cap) a--;
      if (!(a > 0 && tokens[a - 1]!.cap) && !lex.roles.has(tokens[a]!.text)) add(a, i + 1);
      // `Mr Lim said`, `Dr Sinta mengatakan`: the word after an honorific is the person's short form on its own.
      if (a < i && skipTitles(tokens, a, i, lex) === i && !lex.roles.has(t.text)) add(i, i + 1);
    }
  }
}

/**
 * The `according` phrase of several words starting at token `i` (`according to`), if any. A function of its own: a
 * closure over the loop's `i` would allocate a context for every token of the paragraph.
 */
function accordingSeqAt(tokens: readonly Token[], i: number, lex: Lexicon): readonly string[] | undefined {
  for (const q of lex.accordingSeqs) {
    let k = 0;
    while (k < q.length && tokens[i + k]?.lower === q[k]) k++;
    if (k === q.length) return q;
  }
  return undefined;
}
