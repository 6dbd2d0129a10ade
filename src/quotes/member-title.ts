/**
 * A lower-case member's title before a body's name (`anggota Ombudsman Contoh Budi`, `anggota Tim Ahli Contoh`): the
 * phrase reader reads the capitalised rest on its own, so the title it keeps for reading role and organisation again
 * (`role-phrase.ts`) must keep the member's word too, or the body's first word is taken for the post.
 */
import type { Lexicon, Token } from './speech-words.js';

/** A lower-case word inside a title (`… dari Contoh`): such a title is read as written. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/**
 * The title to keep for a description (`anggota`, ending with token `last`) before an inner phrase opening with token
 * `open` whose title is `title` and whose name is `name`: the two joined when the description ends in a role word and the
 * inner phrase opens with an organisation word, holds no lower-case word and not the name; a description ending in a
 * former word (`mantan`) keeps that word before `title`; else `title`.
 */
export function memberTitle(description: string | null, last: Token, open: Token, title: string | undefined, name: string, lex: Lexicon): string | undefined {
  if (description === null || title === undefined || title.includes(name) || LOWER_WORD.test(title)) return title;
  // `kata mantan Menteri Contoh Budi`: a past post is read with its former word, never as the bare title.
  if (lex.references.formers.has(last.lower)) return `${last.text} ${title}`;
  if (lex.lowerRoles.has(last.lower) && lex.orgWords.has(open.text)) return `${description} ${title}`;
  // `the chief of the Contoh Police, X`: a title ending in a link before the capitalised words owns them as its body,
  // even when the body's last word can itself be a post (`Police`).
  return linkedTitle(description, lex) ? `${description} ${title}` : title;
}

/** A lower-case title closed by a link and an optional article (`chief of the`, `head of`). */
function linkedTitle(description: string, lex: Lexicon): boolean {
  const words = description.split(' ');
  let k = words.length - 1;
  if (k > 0 && lex.articles.has(words[k]!)) k--;
  const link = words[k]!;
  return k > 0 && (lex.affiliationLinks.has(link) || lex.titlePlaces.has(link)) && words.slice(0, k).some((w) => lex.lowerRoles.has(w));
}
