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

/** `Menko Contoh Budi Harahution`: a surname ending like an English field word (`-tion`) closing the segment `[s, e)` and the
 * phrase, after a first name that follows a title or place word, is the name's last word, not the title's field. */
export function fieldSurname(tokens: readonly Token[], s: number, e: number, lex: Lexicon): boolean {
  const last = tokens[e - 1];
  const before = tokens[e - 3];
  if (e - s < 3 || !last?.word || !last.cap || !last.hasLower || !fieldWord(last, lex)) return false;
  if (lex.roleWords.has(last.text) || lex.orgWords.has(last.text) || lex.roles.has(last.text)) return false;
  // The phrase ends there: at a mark, a verb or a word that never continues a title (not `… Contoh Development and …`).
  const next = tokens[e];
  if (next?.word && !lex.fillers.has(next.lower) && !lex.nameStops.has(next.lower) && !lex.intro.has(next.lower) && !lex.post.has(next.lower)) return false;
  return nameWord(tokens[e - 2]!, lex) && before !== undefined && before.cap && (lex.roles.has(before.text) || lex.roleWords.has(before.text) || lex.places.has(before.text));
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
