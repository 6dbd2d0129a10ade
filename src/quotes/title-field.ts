/**
 * Where the parts of a title phrase end (`role-phrase.ts`): the organisation after a title, a field of two parts
 * joined by `dan`, and the lower-case field after a capitalised title.
 */
import { titleOrganisation } from './implied-organisation.js';
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

/** The most lower-case words of a capitalised title's field (`Pengamat kebijakan publik`, `Pengarah penguat kuasa negeri`). */
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

/** The fewest capitalised words after the link for a body and a name (`di <Body> <Name>`). */
const MIN_BODY_AND_NAME_WORDS = 3;

/**
 * `<Title> <Field> di <Body> <Name> <verb>`: a title and one capitalised word of its field, then a
 * link to the body it is held at (`di`, `dari`) and capitalised words up to the verb: the body and, last, the
 * name. Cutting the subject at the link would leave the field word as the name. The words `[from, link)` are the
 * title and its field, `[link + 1, to)` what follows up to the verb; a place after the link (`di Surabaya`,
 * `di Kota Contoh`) is where the person spoke, not a body.
 */
export function fieldHeldAt(tokens: readonly Token[], from: number, link: number, to: number, lex: Lexicon, titleBefore: (j: number, k: number) => boolean): boolean {
  const t = tokens[link];
  const field = tokens[link - 1];
  const next = tokens[link + 1];
  if (!t?.word || t.cap || !(lex.titlePlaces.has(t.lower) || (lex.connectors.has(t.lower) && lex.nameStops.has(t.lower)))) return false;
  if (!field?.cap || lex.roleWords.has(field.text) || lex.roles.has(field.text) || link - 1 <= from || !titleBefore(from, link - 1)) return false;
  if (!next?.cap || lex.places.has(next.text) || lex.placeTakers.has(next.text) || lex.locatives.has(next.lower)) return false;
  let words = 0;
  for (let q = link + 1; q < to; q++) {
    const w = tokens[q]!;
    if (w.word && w.cap) words++;
    else if (w.word ? !(lex.connectors.has(w.lower) && tokens[q + 1]?.cap) || lex.locatives.has(w.lower) : !['(', ')', '.', '-', '&'].includes(w.text)) return false;
  }
  return words >= MIN_BODY_AND_NAME_WORDS;
}

/**
 * `Pengamat politik dari Universitas Contoh Rina Wulandari`, `Pakar hukum pidana di Lembaga Contoh …`: a title, a few lower-case words of its field, then a link to the body it is held at, before a capitalised word that is
 * no place and holds an organisation word or an acronym. At token `k`, the first field word right after the title (at or after `j`): the token after the link, or
 * `k` when the words do not read so (a verb, a word that ends a name, a place after the link: `… tiba dari Contoh`).
 */
export function fieldLinkEnd(tokens: readonly Token[], j: number, k: number, lex: Lexicon): number {
  const title = tokens[k - 1];
  // The title is capitalised, or a lower-case one opening the phrase (`kata pengamat politik dari …`).
  if (k - 1 < j || !title?.word || !(title.cap ? lex.roles.has(title.text) : k - 1 === j && lex.lowerRoles.has(title.lower))) return k;
  let m = k;
  const field = (t: Token) => t.word && !t.cap && !t.num && !lex.connectors.has(t.lower) && !lex.titlePlaces.has(t.lower) && !lex.nameStops.has(t.lower) && !lex.intro.has(t.lower) && !lex.post.has(t.lower);
  while (m < tokens.length && m - k < MAX_FIELD_WORDS && field(tokens[m]!)) m++;
  const link = tokens[m];
  const next = tokens[m + 1];
  if (m === k || !link?.word || link.cap || !(lex.titlePlaces.has(link.lower) || (lex.connectors.has(link.lower) && lex.nameStops.has(link.lower)))) return k;
  if (!next?.cap || lex.places.has(next.text) || lex.placeTakers.has(next.text) || lex.locatives.has(next.lower)) return k;
  // Only a body: its words hold an organisation word or an acronym (`di New Contoh City, Rina …` names a place).
  const acronym = (t: Token) => t.word && !t.hasLower && !t.num && t.text.length > 1;
  return tokens.slice(m + 1, organisationEnd(tokens, m + 1, tokens.length, lex)).some((t) => lex.orgWords.has(t.text) || acronym(t)) ? m + 1 : k;
}

/** How many field words a title word may take before it (`Public Works and Housing Minister`). */
const MAX_FIELD_WORDS_BEFORE = 4;

/**
 * Where a title that has its title word at `i` starts: back over the capitalised field words written before it
 * (`Public Works Minister`, `Public Works and Housing Minister`, two fields joined by `and`), so the post keeps its
 * field and names its ministry. Not over a place (`Contoh Finance Minister`: the place is no part of the post) or a
 * name word.
 */
export function fieldWordsBefore(tokens: readonly Token[], i: number, lex: Lexicon): number {
  // `Environment and Forestry Minister`, `Domestic Trade Minister`: before a title that names its ministry by a suffix,
  // any capitalised word may be its portfolio, not only the field words the language lists.
  const portfolio = namesMinistry(tokens, i, lex);
  const field = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.cap && (lex.roleWords.has(t.text) || (portfolio && portfolioWord(tokens, k, lex))) && !lex.places.has(t.text);
  };
  let from = i;
  while (i - from < MAX_FIELD_WORDS_BEFORE) {
    const p = tokens[from - 1];
    if (field(from - 1)) from--;
    else if (p?.word && !p.cap && lex.listJoiners.has(p.lower) && from - 1 > 0 && field(from - 2) && from < i) from--;
    else break;
  }
  return from;
}

/** The title at token `i`, alone or with the capitalised words right after it, ends in a word that names its ministry by a suffix (`Minister`). */
function namesMinistry(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  for (let j = i; j < tokens.length && j - i < MAX_FIELD_WORDS_BEFORE && tokens[j]!.word && tokens[j]!.cap; j++) {
    if (!lex.titleOrganisationSuffixes.has(tokens[j]!.text)) continue;
    // `Chief Minister`, `Prime Minister`: a title the language says heads no ministry takes no portfolio either.
    return j === i || titleOrganisation(tokens.slice(i, j + 1).map((t) => t.text).join(' '), lex) !== null;
  }
  return false;
}

/**
 * The capitalised word at `k` may name a minister's portfolio: no opener, article, stop word, honorific or body
 * word, and nothing that sets the scene before the title: a month or weekday (`In March Trade Minister X`), or a
 * word right after a preposition of place or time (`Speaking in Contoh Trade Minister X`: where the person spoke).
 */
function portfolioWord(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (!t.word || !t.hasLower || t.num || lex.weekdays.has(t.lower) || lex.months.has(t.lower)) return false;
  const prev = tokens[k - 1];
  if (prev?.word && !prev.cap && lex.sceneLinks.has(prev.lower)) return false;
  return !lex.articles.has(t.lower) && !lex.fillers.has(t.lower) && !lex.openers.has(t.lower) && !lex.nameStops.has(t.lower) && !lex.titles.has(t.text) && !lex.orgWords.has(t.text) && !lex.pronouns.has(t.lower);
}

/**
 * `<Title> <Body> di <Body> Prof Dr <Name> berkata`: a link (`di`, `dari`) followed by capitalised words of a body, then an
 * honorific and the name up to the verb at `to`: the honorific marks where the name starts, so the subject runs on over
 * the link. Token `link` is the link.
 */
export function honorificNameAfter(tokens: readonly Token[], link: number, to: number, lex: Lexicon): boolean {
  const t = tokens[link];
  const next = tokens[link + 1];
  if (!t?.word || t.cap || !lex.connectors.has(t.lower) || !lex.nameStops.has(t.lower)) return false;
  if (!next?.cap || lex.titles.has(next.text) || lex.places.has(next.text) || lex.locatives.has(next.lower)) return false;
  let q = link + 2;
  while (q < to && tokens[q]!.cap && !lex.titles.has(tokens[q]!.text)) q++;
  if (q >= to || !lex.titles.has(tokens[q]!.text)) return false;
  while (q < to && (lex.titles.has(tokens[q]!.text) || tokens[q]!.text === '.')) q++;
  if (q >= to) return false;
  for (; q < to; q++) if (!tokens[q]!.cap) return false;
  return true;
}
