/**
 * `"…," kata mereka`, `"…," they said`: the attribution right after a quote gives a plural pronoun as its speaker.
 * A group speaks the quote (supporters chanting, residents answering together): no one person does, neither the one
 * quoted before nor the person named last, whom a singular pronoun would point back to.
 */
import type { Lexicon } from './speech-lexicon.js';

/** A run of letters, read where the scan stands. */
const WORD = /\p{L}+/uy;
/** Marks and spaces between the closing mark and the verb (`,” kata`, `.” they`). */
const GAP = /[\s,.”"’'»]/u;
/** At most this many gap characters before each word. */
const MAX_GAP = 8;

/** Whether the two words after the quote closing at `close` are a speech verb and a plural pronoun, in either order. */
export function pluralVoice(text: string, close: number, lex: Lexicon): boolean {
  if (close < 0 || lex.pluralPronouns.size === 0) return false;
  let i = close + 1;
  const words: string[] = [];
  for (let n = 0; n < 2; n++) {
    for (let g = 0; g < MAX_GAP && i < text.length && GAP.test(text[i]!); g++) i++;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) return false;
    words.push(m[0].toLowerCase());
    i += m[0].length;
  }
  const [a, b] = words as [string, string];
  return (lex.post.has(a) && lex.pluralPronouns.has(b)) || (lex.pluralPronouns.has(a) && lex.post.has(b));
}
