/**
 * A rank written right before a mention of a name (`Brigjen Budi`, `Kombes Pol Budi`, `Police General Budi`): the
 * whole rank phrase, the title of someone no mention gives a post. A part that only follows a rank (`Pol`, `TNI`) is
 * no rank on its own.
 */
import type { Lexicon, Token } from './speech-words.js';

/** Words of a rank phrase, at most (`Ajun Komisaris Besar Polisi`). */
const MAX_RANK_WORDS = 4;
/** Words joined by single spaces (the parts of a rank phrase; `(Pol)` and `Sr. Comr.` keep their brackets and stops). */
const SPACED = /^\S+(?: \S+)*$/u;

/** The longest rank phrase ending right before token `i` of `text`, else null. */
export function rankBefore(text: string, toks: readonly Token[], i: number, lex: Lexicon): string | null {
  const last = toks[i - 1];
  // A rank ends in a word, a closing bracket (`Brigjen (Pol)`) or an abbreviation's stop (`Gen.`).
  if (lex.ranks.size === 0 || !last || !(last.word || last.text === ')' || last.text === '.')) return null;
  let found: string | null = null;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < MAX_RANK_WORDS; k--) {
    const tok = toks[k]!;
    if (!tok.word) continue;
    words++;
    const phrase = text.slice(tok.start, last.end);
    if (SPACED.test(phrase) && isRank(phrase, lex)) found = phrase;
  }
  return found;
}

/** A listed rank, or listed ranks written one after another (`Police General`, `Brigjen (Pol)`), not opening with a suffix. */
function isRank(phrase: string, lex: Lexicon): boolean {
  const parts = phrase.split(' ');
  if (lex.rankSuffixes.has(parts[0]!)) return false;
  return lex.ranks.has(phrase) || (parts.length > 1 && parts.every((w) => lex.ranks.has(w) || lex.rankSuffixes.has(w)));
}
