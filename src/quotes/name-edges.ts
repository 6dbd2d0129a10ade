/**
 * The edges of a name inside a speaker phrase: places between a title and the name (`Wali Kota Contoh Budi Santoso`)
 * are not part of it, capital initials after a name word (`Agus HS Wibowo`) are.
 */
import { isDegree, type Lexicon, type Token, UPPER } from './speech-words.js';
import { fieldWord, nameWord } from './name-word.js';

/** Initials kept inside a name (`PS`, `MD`) have exactly this many capitals; one capital is an ordinary initial. */
const MAX_INITIALS = 2;

/** A name run `[b, e)` inside a role: drop leading places (`Wali Kota Contoh Budi Santoso` → `Budi Santoso`). */
export function trimPlaces(tokens: readonly Token[], b: number, e: number, lex: Lexicon): number {
  while (e - b > 1) {
    const t = tokens[b]!;
    const prev = tokens[b - 1];
    const afterTaker = prev !== undefined && ((lex.placeTakers.has(prev.text) && !placeBefore(tokens, b - 2, lex)) || placeLinkAt(tokens, b - 1, lex));
    if (lex.places.has(t.text) || (afterTaker && e - b > 2)) b++;
    else break;
  }
  return b;
}

/** `Central Java Deputy Governor Wahyu …`: a place already stands before the title (skipping `Deputy`), so the word after it opens the name. */
function placeBefore(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  while (i >= 0 && lex.titleModifiers.has(tokens[i]!.text)) i--;
  return i >= 0 && lex.places.has(tokens[i]!.text);
}

/**
 * Capital initials that belong to a name (`Agus HS Wibowo`, `Daniel RH`, `Sinta Dewi KP`):
 * at most two capitals right after a name word, not an organisation, place, role or degree.
 */
export function nameInitials(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !t.word || t.text.length !== MAX_INITIALS || t.hasLower || !t.cap || !UPPER.test(t.text[1]!)) return false;
  if (!prev || !prev.word || !prev.cap || !prev.hasLower) return false;
  return !lex.orgWords.has(t.text) && !lex.roleWords.has(t.text) && !lex.places.has(t.text) && !lex.roles.has(t.text) && !lex.titles.has(t.text) && !isDegree(t, lex);
}

/** A capitalised field-ending word (`Wirastion`) that is not a title, organisation or role word. */
function fieldLike(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && t.hasLower && fieldWord(t, lex) && !lex.roleWords.has(t.text) && !lex.orgWords.has(t.text) && !lex.roles.has(t.text);
}

/** Most name words standing between a title and a field-ending surname (`Kepala Contoh Tegarsa Lumindo Kelastion`). */
const MAX_NAME_WORDS_BEFORE_SURNAME = 3;

/** `Menko Contoh Budi Harahution`: a surname ending like an English field word (`-tion`) closing the segment `[s, e)` and the
 * phrase, after first names that follow a title or place word, is the name's last word, not the title's field. */
export function fieldSurname(tokens: readonly Token[], s: number, e: number, lex: Lexicon): boolean {
  if (e - s < 3 || !fieldLike(tokens[e - 1], lex)) return false;
  // The phrase ends there: at a mark or a lower-case word that does not continue a title (not `… Contoh Development and …`).
  const next = tokens[e];
  const ends = (w: Token) => lex.fillers.has(w.lower) || lex.nameStops.has(w.lower) || lex.intro.has(w.lower) || lex.post.has(w.lower);
  if (next?.word && (next.cap || lex.connectors.has(next.lower)) && !ends(next)) return false;
  let k = e - 2;
  while (k > s && e - 1 - k <= MAX_NAME_WORDS_BEFORE_SURNAME && nameWord(tokens[k]!, lex) && !fieldWord(tokens[k]!, lex) && !lex.places.has(tokens[k]!.text)) k--;
  const before = tokens[k];
  if (k === e - 2 || e - 2 - k > MAX_NAME_WORDS_BEFORE_SURNAME || before === undefined || !before.cap) return false;
  return lex.roles.has(before.text) || lex.roleWords.has(before.text) || lex.places.has(before.text) || lex.singleTitles.has(before.text);
}

/** `Datuk Harzami Wirastion Kamarolzam`, `AKP Danuarsa Utama Pertiwano`: after a rank the capitalised run is a name, so a
 * field-ending word or a title's field word (`Utama`, not a rank or a post of its own) between name words is a name word
 * (`Wealth Management Larasita` has no rank before it). `i` is where the name run from `after` stopped, `to` the end of the segment. */
export function rankedNameWordAt(tokens: readonly Token[], i: number, after: number, to: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (i >= to || !t?.word || !t.cap || !t.hasLower || lex.singleTitles.has(t.text) || lex.titles.has(t.text) || lex.roles.has(t.text)) return false;
  if (i > after && !nameWord(tokens[i - 1]!, lex)) return false;
  if (fieldLike(t, lex)) return i > after && (i + 1 >= to || !next!.word || nameWord(next!, lex));
  return lex.roleWords.has(t.text) && !lex.orgWords.has(t.text) && next !== undefined && i + 1 < to && nameWord(next, lex);
}

/** `Ambassador to Indonesia Pierre Dubois`: a stop word (not a locative) between a title that takes a place and a capitalised
 * word links the title to its place, it ends no subject. */
export function placeLinkAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t.word || t.cap || !lex.nameStops.has(t.lower) || lex.locatives.has(t.lower) || lex.connectors.has(t.lower)) return false;
  return prev !== undefined && prev.word && lex.placeTakers.has(prev.text) && next !== undefined && next.word && next.cap;
}

/** The end of the name run from `after`, a rank's next word (`runEnd` gives a plain run's end), through name words as above. */
export function rankedNameEnd(tokens: readonly Token[], after: number, to: number, lex: Lexicon, runEnd: (from: number) => number): number {
  let ne = runEnd(after);
  while (rankedNameWordAt(tokens, ne, after, to, lex)) ne = runEnd(ne + 1);
  return ne;
}
