/**
 * A title as written may open with an article or a quantifier (`the chief economist`, `salah satu pendiri`,
 * `seorang juru bicara`): they describe the holder, not the post, so the role is read without them.
 */
import type { Lexicon } from './speech-words.js';

/** A lower-case noun's possessive opening a title after its article (`company's` of `the company's chief executive`). */
const NOUN_POSSESSIVE_OPENING = /^\p{Ll}+['’]s /u;

/** `the chief economist`, `an analyst`, `seorang juru bicara` → the title without its article or quantifier. */
export function withoutArticle(role: string, lex: Lexicon): string {
  const space = role.indexOf(' ');
  if (space < 0) return role;
  const first = role.slice(0, space);
  // `the company's chief financial officer`: the owner is the body the post belongs to (`possessive-organisation.ts`), not the post.
  const owned = lex.articles.has(first) ? role.slice(space + 1) : role;
  if (NOUN_POSSESSIVE_OPENING.test(owned)) {
    const post = owned.replace(NOUN_POSSESSIVE_OPENING, '');
    if (post.split(' ').some((w) => lex.lowerRoles.has(w))) return post;
  }
  // A quantifier opening a sentence is capitalised (`Salah satu warga`): its next word is still lower-case.
  const opening = first !== first.toLowerCase() && /^\p{Ll}/u.test(owned.slice(space + 1));
  if (!lex.articles.has(first) && !((first === first.toLowerCase() || opening) && lex.unnamed.has(first.toLowerCase()))) return role;
  // `salah satu pendiri`, `one of the founders`: the quantifier's lower-case words up to the title word go too.
  const words = role.split(' ');
  let t = 1;
  while (t < words.length - 1 && t < MAX_QUANTIFIER_WORDS && words[t] === words[t]!.toLowerCase() && !lex.lowerRoles.has(words[t]!)) t++;
  if (lex.lowerRoles.has(words[t]!.toLowerCase())) return words.slice(t).join(' ');
  // `warga setempat`: a calling that also describes an unnamed source is the post itself, with no title after it.
  if (lex.lowerRoles.has(first)) return role;
  // `salah satu pedagang sayur`: every word of the quantifier goes, not only its first.
  let q = 1;
  while (q < words.length - 1 && lex.unnamed.has(words[q]!)) q++;
  return words.slice(q).join(' ');
}

/** Words of a quantifier before a title (`salah satu`, `one of the`), at most. */
const MAX_QUANTIFIER_WORDS = 3;
