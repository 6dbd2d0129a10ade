/**
 * `“We are ready.” Finance Minister Rina Wulandari said on Tuesday.`: after a quote closed by a full stop a new sentence
 * usually says something new, but one where a named person's speech verb reports nothing of its own (the sentence ends after it, or only
 * a time, a place, `this` or the capitalised name of whom it was told to follows, with no `that` clause) attributes the
 * quote before it.
 */
import type { Lexicon, Token } from './speech-words.js';

/** Tokens read of the sentence after the quote, at most. */
const MAX_SENTENCE_TOKENS = 30;
/** Capitalised words of whom the words were told to (`told Contoh Post`), at most. */
const MAX_LISTENER_WORDS = 4;
/** Capitalised words right before the verb, at least: a person's name. */
const MIN_NAME_WORDS = 2;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '"', '”', '‘']);

/** A word that opens a clause of its own after a speech verb (`she would …`, `his members …`, `ia akan …`). */
function opensClause(t: Token, lex: Lexicon): boolean {
  return t.word && (lex.complementisers.has(t.lower) || lex.pronouns.has(t.lower) || lex.selfPronouns.has(t.lower) || lex.possessives.has(t.lower) || lex.auxiliaries.has(t.lower) || lex.post.has(t.lower) || lex.intro.has(t.lower));
}

/**
 * The sentence opening at token `k` names a speaker and a speech verb that reports nothing of its own. With `bare`
 * (the paragraph's quote before is attributed already, so this one continues it) only a sentence that ends right after
 * the verb and the name of whom it was told to counts.
 */
export function attributesQuoteBefore(tokens: readonly Token[], k: number, lex: Lexicon, bare = false): boolean {
  let v = k + 1;
  for (; v < tokens.length && v - k < MAX_SENTENCE_TOKENS; v++) {
    const t = tokens[v]!;
    if (!t.word && (SENTENCE_ENDS.has(t.text) || QUOTE_MARKS.has(t.text))) return false;
    if (t.word && !t.cap && (lex.post.has(t.lower) || lex.intro.has(t.lower))) break;
  }
  if (v >= tokens.length || v - k >= MAX_SENTENCE_TOKENS) return false;
  // A person's name right before the verb (`… Rina Wulandari said`): a described subject (`Traders at the market
  // complained.`) tells of something else.
  let name = v;
  while (name > k && tokens[name - 1]!.word && tokens[name - 1]!.cap) name--;
  if (v - name < MIN_NAME_WORDS) return false;
  let e = v + 1;
  while (e < tokens.length && e - v <= MAX_LISTENER_WORDS && tokens[e]!.word && tokens[e]!.cap) e++;
  const next = tokens[e];
  if (next === undefined || (!next.word && SENTENCE_ENDS.has(next.text))) return true;
  if (bare || !next.word || !lex.nameStops.has(next.lower) || opensClause(next, lex)) return false;
  // Only time and place phrases (`on Tuesday`, `at a briefing in Surabaya`) up to the full stop: a pronoun, an
  // auxiliary or a verb among them (`said on Monday she would …`) is a clause the verb reports.
  for (let q = e + 1; q < tokens.length && q - v < MAX_SENTENCE_TOKENS; q++) {
    const t = tokens[q]!;
    if (!t.word && SENTENCE_ENDS.has(t.text)) return true;
    if (QUOTE_MARKS.has(t.text) || opensClause(t, lex)) return false;
  }
  return false;
}
