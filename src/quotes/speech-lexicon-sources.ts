/** The word sets of the speech lexicon that come from other lists of a language's data, apart from the lexicon's builder. */
import type { LanguageData } from '../lang/types.js';
import { oneWordHeads } from '../lang/word-lists.js';

/** What the speech lexicon is built from: the language's speech data, its organisation heads, the agencies it lists and its date words. */
export type LexiconSource = Pick<LanguageData, 'speech' | 'organisations' | 'boilerplate' | 'outlets' | 'dates'>;

/**
 * Words that open an organisation inside a speaker's role: the language's one-word organisation
 * heads (`Kementerian`, `Polda`) but its `notOrgWords`, and the speech data's own `orgWords` (words
 * that name a body without heading a name the organisation finder builds: `Kota`, `KPK`, `Hotel`).
 */
export function speakerOrgWords(language: LexiconSource): Set<string> {
  const except = new Set(language.speech.notOrgWords ?? []);
  const words = new Set(oneWordHeads(language.organisations.heads).filter((h) => !except.has(h)));
  for (const w of language.speech.orgWords) words.add(w);
  return words;
}

/** Places for speakers: the organisation finder's places and the speech data's own (`Bogor`, `Barat`). */
export function speakerPlaces(language: LexiconSource): Set<string> {
  return new Set([...language.organisations.places, ...language.speech.places]);
}

/**
 * `Rais Syuriyah`, `Rais Aam`: posts of the roles list written as two words, whose second word is no title word of its
 * own; read as one post wherever a two-word role is (`isCompoundRole`), so the title does not stop after its first word.
 * A second word that is an organisation word (`Ketua DPR`) names the body, not the post; one that is a role, a role word
 * or a title word (`Perdana Menteri`, `Ketua Umum`, `Menteri Besar`) is read by the title passes on its own already.
 * `lexicon()` builds this for every language, so the filter holds in each.
 */
export function twoWordPosts(roles: readonly string[], ownWords: readonly ReadonlySet<string>[]): string[] {
  return roles.filter((r) => {
    const words = r.split(' ');
    return words.length === 2 && !ownWords.some((set) => set.has(words[1]!));
  });
}
