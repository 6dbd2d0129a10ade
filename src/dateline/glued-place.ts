/**
 * `Sukamaju-Kepala Dinas Contoh meninjau …`: a one-word place glued to the story's first word by a hyphen
 * with no spaces, as some regional and business papers print their dateline. A hyphenated pair of places
 * (`Sukamaju-Tirtajaya kini cukup dua jam lewat jalan tol …`, a route) or a headline opens the same way, and
 * so do prefixed words (`Anti-…`, `Pasca-…`, `Semi-…`). So the glued word must be a known place or written in
 * capitals, it is read only on the first line, only when the story after the hyphen opens with a name of two
 * capitalised words or an acronym (a title and its field, a body, a person), and only when the line runs on
 * past a sentence end. Anchored and bounded, so it is linear.
 */
import { at } from './outlets.js';

/** `Sukamaju-` / `SUKAMAJU-`, then two capitalised words (`Kepala Dinas`) or an acronym (`KPK `). */
const GLUED = /(\p{Lu}\p{Ll}{2,30}|\p{Lu}{3,30})-(?=\p{Lu}\p{Ll}{1,30} \p{Lu}|\p{Lu}{2,6}[ ,])/uy;
/** The rest of the line is a story: this long at least, with a sentence end in it. */
const MIN_GLUED_STORY = 60;
const SENTENCE_END = /[.!?]["”’]?(?: |$)/;

/** Lower-case word tables: `places` known places, `notPlaces` words never read as places. */
export interface GluedPlaceTables {
  places: ReadonlySet<string>;
  notPlaces: ReadonlySet<string>;
}

/** The glued place at `pos`, made into a dateline by `make` (start, end, place, no outlet, no date), or null. */
export function gluedPlaceAt<T>(
  text: string,
  pos: number,
  tables: GluedPlaceTables,
  make: (start: number, end: number, place: string, outlet: null, date: null) => T,
): T | null {
  const m = at(GLUED, text, pos);
  if (!m) return null;
  const word = m[1]!;
  const key = word.toLowerCase();
  if (tables.notPlaces.has(key) || (word !== word.toUpperCase() && !tables.places.has(key))) return null;
  const end = pos + m[0].length;
  const nl = text.indexOf('\n', end);
  const rest = text.slice(end, nl < 0 ? Math.min(text.length, end + 1000) : nl);
  return rest.length >= MIN_GLUED_STORY && SENTENCE_END.test(rest) ? make(pos, end, word, null, null) : null;
}
