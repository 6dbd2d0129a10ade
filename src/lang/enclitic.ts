/**
 * The enclitic `-nya` of Indonesian and Malay (a possessive or a pronoun glued to the word before it:
 * `Ketuanya`, `Katanya`, `Akibatnya`). One definition for every pass that reads it: speaker titles,
 * possessive organisations and names read back from their tail.
 */

/** The enclitic as written, lower case. */
export const NYA = 'nya';

/** The word before the enclitic: capitalised, five letters or more (`Akibatnya`, `Menurutnya`; not `Kenya`). */
const CAPITALISED_STEM = /^\p{Lu}\p{Ll}{4,}$/u;

/** `word` is a capitalised word of the language with the enclitic `-nya`: no name's word. */
export function hasEnclitic(word: string): boolean {
  return word.endsWith(NYA) && CAPITALISED_STEM.test(word.slice(0, -NYA.length));
}
