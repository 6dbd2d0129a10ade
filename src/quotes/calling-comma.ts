/**
 * `vokalis kumpulan Contoh, Budi Santoso`, `pelatih Contoh FC, Rahmat Hidayat`: a lower-case calling, the group or
 * body it is practised in (capitalised), then the holder's name set off by a comma. The capitalised words before the
 * comma belong to the title, not to the name (as `Penyanyi Kumpulan Contoh, Budi Santoso` reads with a capital).
 */
import type { Lexicon, Token } from './speech-words.js';

/** Capitalised words of the group or body between the calling and the comma, at most. */
const MAX_BODY_WORDS = 4;

/** Lower-case words of a calling the lexicon does not list (`penyerang`, `penjaga gol`), at most. */
const MAX_PLAIN_CALLING_WORDS = 2;

/**
 * Where a calling-led phrase puts its comma, and its calling: one the lexicon lists, an unlisted plain noun, or a
 * relation to the person named before the comma (`istri Budi Santoso, Siti …`: the title is hers, no body).
 */
export interface CallingComma {
  comma: number;
  calling: 'listed' | 'plain' | 'relation';
}

/**
 * The comma after the capitalised words at token `k` that follow the lower-case description `[from, k)`, when the
 * description holds a calling (`vokalis`, `pelatih`), ends in a word of the title itself (not a link such as `dari`, `di`:
 * `pengamat dari Universitas Contoh, Budi` is read with its body) and a capitalised word follows the comma; else null.
 * A description of a word or two of plain nouns the lexicon does not list (`penyerang Contoh FC, Budi`, `penjaga gol
 * …`) is a calling too, unlisted: the caller then asks for a person's name after the comma (`plainHolderName`).
 */
export function callingComma(tokens: readonly Token[], from: number, k: number, to: number, lex: Lexicon): CallingComma | null {
  const first = tokens[from]!;
  const last = tokens[k - 1];
  if (lex.unnamed.has(first.lower) || !last?.word || last.cap) return null;
  if (lex.affiliationLinks.has(last.lower) || lex.locatives.has(last.lower) || lex.connectors.has(last.lower) || lex.nameStops.has(last.lower)) return null;
  let calling = false;
  for (let i = from; i < k && !calling; i++) calling = tokens[i]!.word && lex.lowerRoles.has(tokens[i]!.lower) && !lex.connectors.has(tokens[i]!.lower);
  if (!calling && !plainCalling(tokens, from, k, lex)) return null;
  let c = k;
  while (c < to && c - k < MAX_BODY_WORDS && tokens[c]!.word && tokens[c]!.cap) c++;
  if (c <= k || c + 1 >= to || tokens[c]!.text !== ',' || !tokens[c + 1]!.cap) return null;
  const relation = tokens.slice(from, k).some((t) => lex.references.relations.has(t.lower));
  return { comma: c, calling: calling ? 'listed' : relation ? 'relation' : 'plain' };
}

/**
 * `[from, k)` is a word or two of plain lower-case nouns (`penyerang`, `penjaga gol`): none a word of another class
 * (a verb, a pronoun, a filler, a link, a stop, a quantifier, a place word), nor a title before a name (`dr`).
 */
function plainCalling(tokens: readonly Token[], from: number, k: number, lex: Lexicon): boolean {
  if (k - from > MAX_PLAIN_CALLING_WORDS) return false;
  for (let i = from; i < k; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap || t.num || t.cls !== 0 || lex.titles.has(t.text)) return false;
    const w = t.lower;
    if (lex.pronouns.has(w) || lex.selfPronouns.has(w) || lex.unnamed.has(w) || lex.articles.has(w) || lex.connectors.has(w) || lex.nameStops.has(w)) return false;
    if (lex.auxiliaries.has(w) || lex.complementisers.has(w) || lex.listJoiners.has(w) || lex.affiliationLinks.has(w) || lex.titlePlaces.has(w)) return false;
    if (lex.references.demonstratives.has(w) || lex.references.relatives.has(w) || lex.references.formers.has(w) || lex.weekdays.has(w) || lex.months.has(w)) return false;
  }
  return true;
}

/**
 * Whether the capitalised run before the comma of an unlisted calling reads as a body: an organisation word in it
 * (`Contoh FC`, `Klub Contoh`), an acronym (`PSCM`), or a body the lexicon knows whole. Any other run may be a place
 * (`pengunjung Pantai Contoh`) or a person (`pendukung Budi Santoso`): it stays in the role as written.
 */
export function plainBody(run: string, lex: Lexicon): boolean {
  const words = run.split(' ');
  return lex.knownOrganisations.has(run) || words.some((w) => lex.orgWords.has(w) || (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()));
}

/**
 * Whether the name after the comma of an unlisted calling can be a person's: not a day or a month (`penjaga gawang
 * Contoh FC, Senin (3/4)`: the date of the saying), nor a word that names a body.
 */
export function plainHolderName(name: string, lex: Lexicon): boolean {
  return name.split(' ').every((w) => !lex.weekdays.has(w.toLowerCase()) && !lex.months.has(w.toLowerCase()) && !lex.orgWords.has(w));
}
