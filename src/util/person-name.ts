/**
 * The shape of a person's name as bylines, captions and sign-offs write it, one source for every
 * stage that tells a name alone on a line from a headline or a sentence.
 */

/** One capitalised word of a name: `Rina`, `O'Neil`, `Al-Amin`. */
export const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]{1,20}";

/** A name of two or three words, an initial allowed (`Rina Wulandari`, `Budi S. Santoso`, `Budi S.`). */
export const PERSON_NAME = `${NAME_WORD}\\.?(?: \\p{Lu}(?:[\\p{Ll}'’-]{1,20}|\\.)){1,2}`;

/** A full name of two to four words, initials inside and a last initial allowed (`Rina Wulandari`, `Budi S. Santoso`, `Budi S`). */
export const FULL_NAME = `${NAME_WORD}(?: (?:${NAME_WORD}|\\p{Lu}\\.)){0,2}(?: (?:${NAME_WORD}|\\p{Lu}\\.?))`;

/** A person's name and nothing else: a headline says what happened in more words. */
export const NAME_ONLY = new RegExp(`^${PERSON_NAME}$`, 'u');
