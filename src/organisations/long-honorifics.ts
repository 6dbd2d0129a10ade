/**
 * `Tan Sri`, `Datuk Seri`, `Puan Sri`: a later word of an honorific of two words or more (`Sri`, `Seri`) may open a
 * name or a body's name alone (`Sri Lanka Airlines`, `Seri Kembangan Municipal Council`), but after the word that
 * takes it the whole is one title, and a body named after a titled person starts after it (`the Tan Sri Contoh
 * Foundation` is the `Contoh Foundation`, as when `Sri` was a breaker). Built from the speech data's honorifics, the
 * list the quote reader's `long-titles.ts` reads too.
 */

/** Marks a title word may carry after its letters (`Dato’`, `Dato'`, `Dr.`): the same word to this test. */
const TRAILING_MARKS = /[’'.]$/u;

/**
 * For each later word of an honorific of two words or more, the words that take it right before them
 * (`Sri` → `Tan`, `Puan`, `Dato`, …), written without a trailing mark.
 */
export function honorificLaterWords(honorifics: readonly string[]): Map<string, Set<string>> {
  const later = new Map<string, Set<string>>();
  for (const title of honorifics) {
    const parts = title.split(' ').filter((w) => w !== '');
    for (let i = 1; i < parts.length; i++) {
      const takers = later.get(parts[i]!) ?? new Set<string>();
      takers.add(parts[i - 1]!.replace(TRAILING_MARKS, ''));
      later.set(parts[i]!, takers);
    }
  }
  return later;
}

/** `word`, written right after `before`, is a later word of one honorific with it (`Sri` after `Tan`): a breaker there. */
export function honorificWordAfter(later: ReadonlyMap<string, ReadonlySet<string>>, word: string, before: string): boolean {
  const takers = later.get(word);
  return takers !== undefined && takers.has(before.replace(TRAILING_MARKS, ''));
}
