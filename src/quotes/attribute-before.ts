/**
 * The attribution before an opening mark: a speaker and an introducing verb (`Roland mengatakan, "…"`,
 * `He said: "…"`) or a cue naming the speaker (`Menurut Roland, "…"`, `According to X, "…"`).
 */
import { parsePhrase } from './phrase.js';
import { MAX_PHRASE_TOKENS } from './phrase-end.js';
import { isInitial, type Lexicon, type Token } from './speech-words.js';
import { lawSubject } from './law-subject.js';
import type { Attribution } from './attribution.js';
import { subjectBefore } from './subject-before.js';

/**
 * The attribution before an opening mark; `k` is the last token before the mark.
 * `Roland mengatakan, "…"`, `Menurut Roland, "…"`, `He said: "…"`.
 * `separated` is false when no comma or colon stands between the verb and the quote.
 */
export function attributeBefore(text: string, tokens: readonly Token[], k: number, lex: Lexicon): (Attribution & { separated: boolean }) | null {
  let j = k;
  const separated = tokens[j]?.text === ',' || tokens[j]?.text === ':';
  if (separated) j--;
  const w = tokens[j];
  if (!w || !w.word) return null;
  const verb = lex.intro.get(w.lower);
  if (verb !== undefined) {
    const law = lawSubject(text, tokens, j, lex);
    if (law) return { verb, speaker: law, separated };
    const subject = subjectBefore(text, tokens, j, lex);
    if (subject === 'pronoun') return { verb, speaker: null, separated };
    if (subject === null && selfSubject(tokens, j, lex)) return { verb, speaker: null, separated, self: true };
    return subject ? { verb, speaker: subject, separated } : null;
  }
  // `Menurut Roland, "…"` / `Kata dia, "…"`: the speaker sits between the word and the comma.
  if (!separated) return null;
  for (let a = j; a >= 0 && j - a < MAX_PHRASE_TOKENS; a--) {
    const t = tokens[a]!;
    if (!t.word && t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== ',') return null;
    if (t.text === '.' && !(a > 0 && isInitial(tokens[a - 1], lex))) return null;
    // `According to X, a spokesman for Z, "…"`: a cue of several words (`according to`) opens the phrase after its last word.
    const seq = t.word && (a === 0 || !tokens[a - 1]!.word) ? lex.accordingSeqs.find((q) => q.length > 1 && q.every((x, i) => tokens[a + i]?.lower === x)) : undefined;
    if (seq || (t.word && lex.according.has(t.lower) && (a === 0 || !tokens[a - 1]!.word))) {
      const from = a + (seq?.length ?? 1);
      const cue = seq ? seq[0]! : t.lower;
      // `According to him, "…"`: one lower-case word after the cue is a pronoun (an object form too), someone named before.
      if (from <= j && (lex.pronouns.has(tokens[from]!.lower) || (seq !== undefined && from === j && !tokens[from]!.cap))) return { verb: cue, speaker: null, separated };
      if (from > j) return null;
      const speaker = parsePhrase(text, tokens, from, j + 1, lex);
      return speaker ? { verb: cue, speaker, separated } : null;
    }
  }
  return null;
}

/** The word right before the verb at token `v` is a first-person pronoun opening its clause (`Oleh itu, saya menyebut`). */
export function selfSubject(tokens: readonly Token[], v: number, lex: Lexicon): boolean {
  const t = v > 0 ? tokens[v - 1] : undefined;
  if (!t?.word || !lex.selfPronouns.has(t.lower)) return false;
  const before = v > 1 ? tokens[v - 2] : undefined;
  return before === undefined || !before.word;
}
