/**
 * `Pria yang kerap disapa Budi itu menyebut …`, `Wanita yang akrab disapa Rina ini mengatakan …`: a description
 * word (`pria`, `wanita`, `sosok`) opening a subject closed by a demonstrative points back to the person just
 * spoken of, as a pronoun does; it is no one new called `Pria`.
 */
import type { ParsedSpeaker } from './phrase.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { demonstrativeIn } from './references.js';
import { subjectBefore } from './subject-before.js';
import { titleReference } from './register-names.js';

/** The subject read before the verb at token `v`, or `'pronoun'` when it is a description pointing back. */
export function describedSubject(speaker: ParsedSpeaker | 'pronoun' | null, tokens: readonly Token[], v: number, lex: Lexicon): ParsedSpeaker | 'pronoun' | null {
  if (speaker === null || speaker === 'pronoun' || speaker.name === null) return speaker;
  // `Mantan Ketua Dewan Contoh ini mengatakan`: a former post closed by a demonstrative is the person spoken of, not
  // someone named by the post's last words.
  const first = tokens[tokenAt(tokens, speaker.start)];
  if (first !== undefined && lex.titleModifiers.has(first.text) && speaker.role !== null && demonstrativeIn(tokens, tokenAt(tokens, speaker.end), v, lex.references)) return 'pronoun';
  // `penyanyi Lagu Contoh itu mengakui`: a title whose capitalised words a demonstrative closes names a work or a body
  // the person is known by, not a name (`titleReference`, as `register-names.ts` reads it): the person spoken of.
  if (speaker.role !== null && titleReference(tokens, tokenAt(tokens, speaker.start), tokenAt(tokens, speaker.end), lex)) return 'pronoun';
  if (speaker.role !== null || speaker.name.includes(' ')) return speaker;
  if (!lex.descriptions.has(speaker.name.toLowerCase())) return speaker;
  return demonstrativeIn(tokens, tokenAt(tokens, speaker.end), v, lex.references) ? 'pronoun' : speaker;
}

/**
 * The narrative pass and the reported-speech pass both read the subject of the same speech verbs: each verb's
 * subject is read once per paragraph (it depends on the paragraph's tokens and the lexicon alone), by the token
 * array. A caller may change the speaker it gets, so every read after the first gets a copy.
 */
const subjects = new WeakMap<readonly Token[], Map<number, ParsedSpeaker | 'pronoun' | null>>();

/** `describedSubject(subjectBefore(…))` of the verb at token `v`, read once per paragraph. */
export function subjectOfVerb(text: string, tokens: readonly Token[], v: number, lex: Lexicon): ParsedSpeaker | 'pronoun' | null {
  let read = subjects.get(tokens);
  if (read === undefined) subjects.set(tokens, (read = new Map()));
  const known = read.get(v);
  if (known !== undefined) return known === null || known === 'pronoun' ? known : { ...known };
  const subject = describedSubject(subjectBefore(text, tokens, v, lex), tokens, v, lex);
  read.set(v, subject === null || subject === 'pronoun' ? subject : { ...subject });
  return subject;
}
