/**
 * A bare reference to someone met before (`Daniel berharap …`, `Rina, 26, …`) counts as a mention only as a
 * subject. A word before the name can make it an object instead: a lower-case word that is no filler (`ditangani
 * Hendra`, `kes Hendra`, `sikap Hendra`), or a preposition among the fillers (`kepada Wulan`). The check reads the
 * word before the name's *first* word: a later word of the name (`Borhan` in `kes Hafiz Borhan`) is no new reference,
 * and reading it alone would take the name's own first word for a subject opening before it.
 */
import type { Lexicon, Token } from './speech-words.js';
import { W_FILLER } from './word-classes.js';
import { demonstrativeAt } from './references.js';
import { nameKey } from './name-key.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_FILLER = W_FILLER;

/** Whether the word before token `at` makes a name opening there an object, not a subject. */
export function objectBefore(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  const prev = at > 0 ? tokens[at - 1] : undefined;
  if (prev?.word && !prev.cap && !(prev.cls & C_FILLER)) return true;
  return !!prev?.word && !prev.cap && lex.nameStops.has(prev.lower) && !demonstrativeAt(tokens, at - 1, lex.references);
}

/**
 * Whether the capitalised token `i` goes on a name of `words` (name keys) whose first word names someone as an object
 * (`kes Hafiz Borhan` read at `Borhan`); the word right before `i` is `objectBefore`'s to read. Titles of one word
 * inside the run (`Syed`, `Datuk`) belong to the name.
 */
export function objectFromFirstWord(tokens: readonly Token[], i: number, lex: Lexicon, words: readonly string[]): boolean {
  let b = i;
  while (b > 0 && tokens[b - 1]!.word && tokens[b - 1]!.cap && (words.includes(nameKey(tokens[b - 1]!.text)) || lex.singleTitles.has(tokens[b - 1]!.text))) b--;
  return b < i && objectBefore(tokens, b, lex);
}

/**
 * The speech verb at token `v` opens a purpose clause (`… bertemu Menteri X untuk menjelaskan …`): an aim, not a report.
 * Whoever is named before it inside the sentence is met, not heard.
 */
export function purposeVerb(tokens: readonly Token[], v: number, lex: Lexicon): boolean {
  const prev = tokens[v - 1];
  return prev !== undefined && prev.word && !prev.cap && lex.purposeLinks.has(prev.lower);
}
