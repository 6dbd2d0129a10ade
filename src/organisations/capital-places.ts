/**
 * A place written in capitals (`dikutip dari CONTOHKOTA`, `kata dia kepada CONTOHKOTA`): the text
 * names it as a place elsewhere, in title case after a word that takes a place (`Kabupaten
 * Contohkota`, `Polres Contohkota`), so it is no outlet and no acronym. One pass over the text, once.
 */
import type { Finder, ParagraphState } from './paragraph.js';
import { plainGap } from './paragraph.js';
import { isAllCaps } from './shapes.js';

/** The title-case words right after a word that takes a place, in the text `owner` reads (paragraph `p` alone when none). */
function namedPlaces(owner: Finder, p: ParagraphState): Set<string> {
  const entry = owner.readText;
  if (entry?.places) return entry.places;
  const places = new Set<string>();
  for (const s of entry ? entry.states : [p]) {
    for (let k = 1; k < s.tokens.length; k++) {
      if (s.tokens[k]!.cap && plainGap(s, k) && owner.c.placeTakers.has(s.tokens[k - 1]!.text)) places.add(s.tokens[k]!.text);
    }
  }
  if (entry) entry.places = places;
  return places;
}

/** Word `word`, in capitals, is a place the text names after a place taker (`CONTOHKOTA` beside `Kabupaten Contohkota`). */
export function namedPlaceInCapitals(owner: Finder, p: ParagraphState, word: string): boolean {
  if (word.length < 2 || !isAllCaps(word)) return false;
  return namedPlaces(owner, p).has(word[0] + word.slice(1).toLowerCase());
}
