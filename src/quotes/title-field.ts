/**
 * Where the parts of a title phrase end (`role-phrase.ts`): the organisation after a title, a field of two parts
 * joined by `dan`, and the lower-case field after a capitalised title.
 */
import type { Lexicon, Token } from './speech-words.js';

/** Where the organisation that starts at `o` ends: before a lower-case word that is no connector. */
export function organisationEnd(tokens: readonly Token[], o: number, e: number, lex: Lexicon): number {
  let k = o;
  while (k < e) {
    const t = tokens[k]!;
    if (t.word && !t.cap && !t.num && (lex.locatives.has(t.lower) || !(lex.connectors.has(t.lower) && tokens[k + 1]?.cap))) break;
    k++;
  }
  while (k > o && !tokens[k - 1]!.word && tokens[k - 1]!.text !== ')') k--;
  return k;
}

/**
 * `Kepala Riset dan Edukasi Contoh Sekuritas`: a field word, `dan`, and one more capitalised word that is no body,
 * place or acronym, with the organisation still to come, is a field of two parts (`Riset dan Edukasi`).
 */
export function joinedField(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const [prev, t, next, after] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!prev?.word || !t?.word || t.cap || !lex.listJoiners.has(t.lower) || !lex.roleWords.has(prev.text)) return false;
  if (!next?.word || !next.cap || !next.hasLower || lex.orgWords.has(next.text) || lex.places.has(next.text)) return false;
  return after !== undefined && after.word && after.cap;
}

/** The most lower-case words of a capitalised title's field (`Pemerhati bisnis logistik`, `Pengarah penguat kuasa negeri`). */
const MAX_FIELD_WORDS = 3;

/**
 * `Pengamat politik`, `Anggota parlemen Partai Contoh`: the lower-case words after a capitalised title are its field,
 * up to the end of the phrase or to capitalised words that read as an organisation (an organisation word or an
 * acronym: `Kapten timnas Contoh` may name a country, `kepercayaan Budi` a person). A speech verb or a word that ends
 * a name (`itu`, `saat`) is no field. Returns where the title ends (`k` when it stays as it was).
 */
export function lowerField(tokens: readonly Token[], k: number, e: number, lex: Lexicon): number {
  let m = k;
  const field = (t: Token) => t.word && !t.cap && !t.num && !lex.connectors.has(t.lower) && !lex.titlePlaces.has(t.lower);
  while (m < e && field(tokens[m]!) && !lex.nameStops.has(tokens[m]!.lower) && !lex.intro.has(tokens[m]!.lower) && !lex.post.has(tokens[m]!.lower)) m++;
  // A longer lower-case run describes the body instead (`Ketua Ekonomi sebuah firma pelaburan swasta`).
  if (m - k > MAX_FIELD_WORDS) return k;
  if (m === k || m === e) return m;
  if (!tokens[m]!.cap) return k;
  const acronym = (t: Token) => t.word && !t.hasLower && !t.num && t.text.length > 1;
  return tokens.slice(m, organisationEnd(tokens, m, e, lex)).some((t) => lex.orgWords.has(t.text) || acronym(t)) ? m : k;
}
