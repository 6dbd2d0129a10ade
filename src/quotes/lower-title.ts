/**
 * A lower-case title running on after its role word to the organisation it is held at (`head of research at
 * Contoh Securities`, `senior research fellow at the Contoh Institute`, `pengamat kebijakan publik dari Universitas
 * Contoh`): the speaker phrase keeps it whole, so role and organisation can be read from it.
 */
import type { Lexicon, Token } from './speech-words.js';

/** The most lower-case words a title runs on over after its role word (`senior research fellow`, `head of research at the`). */
const MAX_LOWER_TITLE_WORDS = 5;

/**
 * Token `k` is inside a lower-case title begun by a role word a few words back (`head of research`, `senior research
 * fellow`) that runs on to a connector before a capitalised word (`… at Contoh Securities`, `… at the Contoh Institute`).
 */
export function lowerTitleRun(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  // `Kepala Analis kawasan Eropa di Contoh Riset`: a capitalised title's lower-case field, with the places it covers.
  const fieldWord = (t: Token) => t.word && (!t.cap || lex.places.has(t.text)) && !lex.lowerRoles.has(t.lower);
  let b = k - 1;
  while (b >= 0 && k - b <= MAX_LOWER_TITLE_WORDS && fieldWord(tokens[b]!)) b--;
  const opener = tokens[b];
  if (b < 0 || k - b > MAX_LOWER_TITLE_WORDS || !opener!.word) return false;
  const capitalised = opener!.cap && lex.roles.has(opener!.text) && !tokens[b + 1]!.cap;
  if (!capitalised && (opener!.cap || !lex.lowerRoles.has(opener!.lower) || tokens.slice(b + 1, k).some((t) => t.cap))) return false;
  for (let f = k; f < tokens.length && f - b <= MAX_LOWER_TITLE_WORDS; f++) {
    const t = tokens[f]!;
    if (!t.word || (t.cap && !(capitalised && lex.places.has(t.text)))) return false;
    // `… at the Contoh Institute`: the article between the connector and the organisation.
    if (f === k && lex.articles.has(t.lower) && tokens[f + 1]?.cap && (lex.connectors.has(tokens[f - 1]!.lower) || lex.titlePlaces.has(tokens[f - 1]!.lower))) return true;
    // After a capitalised title only a place word links it to where it is held (`… di Contoh Economics`).
    if (capitalised ? lex.titlePlaces.has(t.lower) : lex.connectors.has(t.lower) || lex.titlePlaces.has(t.lower)) {
      const held = lex.articles.has(tokens[f + 1]?.lower ?? '') ? tokens[f + 2] : tokens[f + 1];
      if (held?.cap && !(capitalised && lex.places.has(held.text))) return true;
    }
  }
  return false;
}
