/**
 * A paragraph that is all quote, with no attribution of its own, is often attributed by the sentence
 * that opens the next paragraph: `"…."` then `Hal itu disampaikan Budi Santoso saat …`, `Demikian
 * dikatakan Ketua Contoh …`, `Perkara itu dinyatakan oleh …`. That speaker beats the previous one.
 */
import type { Attribution } from './attribution.js';
import { attributeAfter } from './attribute-after.js';
import type { Lexicon, Token } from './speech-words.js';
import { subjectOfVerb } from './described-subject.js';

/** Words (`juga`, `pun`, `oleh`) that may stand between the opener and its passive speech verb. */
const MAX_GAP_WORDS = 2;

/** Tokens from the paragraph's start to the speech verb of `X said this when …`, at most. */
const MAX_SUBJECT_TOKENS = 16;

/** The attribution a paragraph's opening sentence gives to the paragraph before it, or null. */
export function backReference(text: string, tokens: readonly Token[], lex: Lexicon): Attribution | null {
  let k = -1;
  for (const words of lex.references.backReferences) {
    if (words.every((w, i) => tokens[i]?.word && tokens[i]!.lower === w)) {
      k = words.length;
      break;
    }
  }
  if (k < 0) return statementSubject(text, tokens, lex);
  for (let gap = 0; gap < MAX_GAP_WORDS && tokens[k] && lex.fillers.has(tokens[k]!.lower); gap++) k++;
  const verb = tokens[k];
  if (!verb?.word || verb.cap || !lex.post.has(verb.lower)) return null;
  const a = attributeAfter(text, tokens, k, lex);
  return a?.speaker && (a.speaker.name || a.speaker.role) && !a.speaker.unnamed ? a : null;
}

/**
 * `Budi Santoso, chairman of the Contoh Council, said this after the vote.`: the subject of a speech verb whose object
 * points back (`this`, `so`) and closes the clause (a stop, a comma or a word that ends a name: `said this year` is
 * no such object), in the paragraph's first sentence. A pronoun names nobody new.
 */
function statementSubject(text: string, tokens: readonly Token[], lex: Lexicon): Attribution | null {
  const objects = lex.references.statementObjects;
  if (objects.size === 0) return null;
  for (let v = 1; v < tokens.length && v <= MAX_SUBJECT_TOKENS; v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.text === '.' || t.text === '?' || t.text === '!') return null;
      continue;
    }
    const base = t.cap ? undefined : (lex.post.get(t.lower) ?? lex.intro.get(t.lower));
    if (base === undefined) continue;
    const object = tokens[v + 1];
    const next = tokens[v + 2];
    if (!object?.word || !objects.has(object.lower) || !(next === undefined || !next.word || lex.nameStops.has(next.lower))) return null;
    const speaker = subjectOfVerb(text, tokens, v, lex);
    return speaker && speaker !== 'pronoun' && (speaker.name || speaker.role) && !speaker.unnamed ? { verb: base, speaker } : null;
  }
  return null;
}
