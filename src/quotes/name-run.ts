/**
 * The name inside a speaker phrase: where a run of name words ends, and the name that closes a role segment
 * (`Kepala Dinas Contoh Budi Santoso`), after any rank and without trailing degrees or a bracketed age.
 */
import { isDegree, isInitial, type Lexicon, type Token } from './speech-words.js';
import { skipTitles } from './skip-titles.js';
import { roleAt } from './role-words.js';
import { affiliationAt } from './affiliation.js';
import { fieldSurname, nameInitials, rankedNameEnd, trimPlaces } from './name-edges.js';
import { fieldFirstName, loneTitleWord, namedHead, nameInitialsAfter, nameWord, titleInsideName } from './name-word.js';

/** A unit number inside a title (`Komisi VI`, `Wilayah V`). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** The end of segment `[s, k)` without trailing degrees (after a name: `Sekretaris MP` is a body) and a parenthesised age (`Maryam (58)`). */
export function trimSuffixes(tokens: readonly Token[], s: number, k: number, lex: Lexicon): number {
  for (;;) {
    if (k - s > 1 && isDegree(tokens[k - 1], lex) && !roleAt(tokens[k - 2]!, lex)) k--;
    else if (k - s > 3 && tokens[k - 1]!.text === ')' && /^\d{1,3}$/.test(tokens[k - 2]!.text) && tokens[k - 3]!.text === '(') k -= 3;
    // A nickname in brackets after a name (`Budi Santoso (Ucok)`, `(Mas Bud)`): the book reads it as an alias.
    else if (k - s > 3 && tokens[k - 1]!.text === ')' && tokens[k - 3]!.text === '(' && tokens[k - 2]!.hasLower && nameWord(tokens[k - 2]!, lex) && nameWord(tokens[k - 4]!, lex)) k -= 3;
    else if (k - s > 3 && tokens[k - 1]!.text === ')' && tokens[k - 3]!.text === '(' && nameInitialsAfter(tokens, s, k - 3, tokens[k - 2]!.text, lex)) k -= 3;
    else if (k - s > 4 && tokens[k - 1]!.text === ')' && tokens[k - 4]!.text === '(' && lex.titles.has(tokens[k - 3]!.text) && nameWord(tokens[k - 2]!, lex) && nameWord(tokens[k - 5]!, lex)) k -= 4;
    else return k;
  }
}

/** Lower-case connectors at `e` and `e + 1` (`van der`), neither of them an article, a list's `and` or a word that ends a name. */
export function particlePair(tokens: readonly Token[], e: number, lex: Lexicon): boolean {
  for (const t of [tokens[e], tokens[e + 1]]) if (!t || t.cap || !lex.connectors.has(t.lower) || lex.nameStops.has(t.lower) || lex.articles.has(t.lower) || lex.listJoiners.has(t.lower)) return false;
  return true;
}

/** Where a name run ends: name words, initials with their full stop, and joiners such as `bin`. */
export function nameRunEnd(tokens: readonly Token[], s: number, to: number, lex: Lexicon): number {
  let e = s;
  while (e < to) {
    const t = tokens[e]!;
    if (nameWord(t, lex) || (e === s && (fieldFirstName(tokens, s, to, lex) || loneTitleWord(tokens, s, to, lex)))) e++;
    else if (e > s && (nameInitials(tokens, e, lex) || titleInsideName(tokens, e, s, lex))) e++;
    else if (t.text === '.' && isInitial(tokens[e - 1], lex) && e > s) e++;
    // `Rina Wulandari of Contoh Bank`: a link to a body ends the name (`bin`, `van` stay inside it).
    else if (e > s && lex.connectors.has(t.lower) && !lex.nameStops.has(t.lower) && !t.cap && tokens[e + 1]?.cap && nameWord(tokens[e + 1]!, lex) && affiliationAt(tokens, e, lex) === null) e++;
    // `Pieter van der Hoeven`: two particles in a row (neither an article nor a list's `and`) stay inside the name too.
    else if (e > s && particlePair(tokens, e, lex) && tokens[e + 2]?.cap && nameWord(tokens[e + 2]!, lex) && affiliationAt(tokens, e, lex) === null) e += 2;
    else break;
  }
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.text !== '.') e--;
  return e;
}

/** The name at the end of a role segment `[s, e)`, after any rank; null when the role has no name. */
export function tailName(tokens: readonly Token[], s: number, e: number, lex: Lexicon): { name: [number, number]; roleEnd: number } | null {
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.text !== '.') e--;
  e = trimSuffixes(tokens, s, e, lex);
  // A rank inside the role: the name is what follows it (`… Polsek Tamansari AKP Roland Manurung`).
  for (let r = s + 1; r < e; r++) {
    const after = skipTitles(tokens, r, e, lex);
    if (after > r && after < e) {
      // Only a rank followed by a name up to the end counts (`Direktur Jenderal Pajak …` is a role); after a rank that is
      // also a title word (`Jenderal`) only plain name words make that name.
      const ne = lex.roleWords.has(tokens[r]!.text) ? nameRunEnd(tokens, after, e, lex) : rankedNameEnd(tokens, after, e, lex, (i) => nameRunEnd(tokens, i, e, lex));
      if (ne > after && ne === e) return { name: [after, ne], roleEnd: r };
    }
  }
  let b = fieldSurname(tokens, s, e, lex) ? e - 1 : e;
  // `Sari A.B. Wulandari`: a one-letter initial before its full stop belongs to the name.
  const initialLetter = (i: number) => tokens[i]!.text.length === 1 && tokens[i + 1]?.text === '.' && isInitial(tokens[i], lex);
  while (b > s && (nameWord(tokens[b - 1]!, lex) || (tokens[b - 1]!.text === '.' && isInitial(tokens[b - 2], lex)) || (b - 1 > s && (nameInitials(tokens, b - 1, lex) || initialLetter(b - 1) || (b < e && titleInsideName(tokens, b - 1, s, lex)))))) b--;
  // A unit number ends the title, not starts the name (`… Wilayah V Budi Santoso`); a lone `I` opens Balinese names (`I Made …`).
  if (b < e - 1 && tokens[b]!.text !== 'I' && ROMAN_NUMERAL.test(tokens[b]!.text) && !nameWord(tokens[b - 1]!, lex)) b++;
  // A word in brackets closing the title is a short form (`… Indonesia (Persagi)`), a place closing it (`… (KC) Selangor`) too: no name.
  if (b >= e || b <= s || tokens[b - 1]!.text === '(') return null;
  b = trimPlaces(tokens, b, e, lex);
  // `politisi Partai Contoh`, `Direktur Utama Bank Contoh Budi Santoso`: the word after such a head names the body
  // (unless a name stands before the head, English-style: `Contoh Bank Budi Santoso`).
  if (namedHead(tokens, b - 1, lex) && ++b >= e) return null;
  if (e - b === 1 && lex.places.has(tokens[b]!.text)) return null;
  // `Ahli Parlimen Parit Kenari Datuk`: a title stands before the name it titles, so a run it closes is a place's name, no person's.
  if (e - b > 1 && lex.singleTitles.has(tokens[e - 1]!.text)) return null;
  return { name: [b, e], roleEnd: b };
}
