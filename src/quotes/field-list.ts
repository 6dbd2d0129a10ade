/**
 * A title whose field is a list (`Menteri Koordinator Bidang Politik, Hukum, dan Keamanan`,
 * `Pengerusi Jawatankuasa Pertanian, Perikanan dan Koperasi negeri`): the commas of the list are
 * part of the title, not the end of a speaker phrase or a break between a name and a title.
 */
import type { Lexicon, Token } from './speech-words.js';

/** A list item is at most this many capitalised words. */
const MAX_ITEM_WORDS = 3;
/** The list after the comma is looked at over at most this many tokens. */
const MAX_LIST_TOKENS = 16;
/** A title word must stand this close before the comma (in tokens, earlier items included). */
const MAX_TITLE_DISTANCE = 10;

/** A capitalised word of a field (`Hukum`, `Perikanan`): not an acronym, a number or a title of its own. */
function fieldItemWord(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && t.hasLower && !lex.roles.has(t.text) && !lex.titles.has(t.text);
}

/** A derived noun shape of a field (`Perikanan`, `Kebudayaan`, `Penerangan`): `pe…an`/`ke…an`, rare in people's names. */
const DERIVED_FIELD = /^(?:pe|ke)[a-z]{3,}an$/;

/**
 * A word that names a field rather than a person: a title's field word (`Hukum`, `Keamanan`), an English
 * field word (`Financing`) or a derived noun. The items after the comma of a list of people after a title
 * (`Kepala Dinas X, Rina Wulandari, Budi Santoso dan Sinta Dewi`) have none, so its commas stay breaks.
 */
function fieldNoun(t: Token, lex: Lexicon): boolean {
  if (lex.roleWords.has(t.text) || DERIVED_FIELD.test(t.lower)) return true;
  for (const suffix of lex.roleSuffixes) if (t.lower.endsWith(suffix) && t.lower.length > suffix.length + 3) return true;
  return false;
}

/**
 * The comma at token `k` separates items of a title's field list: a title word (a role, a field
 * opener, an organisation word) stands shortly before it, and after it come short capitalised items
 * separated by commas up to a list joiner (`dan`, `and`) that opens the last item.
 */
export function listComma(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (tokens[k]?.text !== ',' || !(fieldItemWord(tokens[k - 1], lex) || portfolioWord(tokens[k - 1], lex))) return false;
  let titled = false;
  for (let b = k - 2; b >= 0 && k - b <= MAX_TITLE_DISTANCE && !titled; b--) {
    const t = tokens[b]!;
    // Back over earlier items of the same list (`Politik, Hukum, dan …`).
    if (!t.word && t.text !== ',') break;
    titled = lex.roles.has(t.text) || lex.fieldOpeners.has(t.text) || lex.orgWords.has(t.text);
  }
  if (!titled) return titleAfterList(tokens, k, lex);
  if (!fieldItemWord(tokens[k - 1], lex)) return false;
  let words = 0;
  // The item before the comma counts when it is itself a list item (after an earlier comma), not the title's own field.
  let b = k - 1;
  let field = false;
  for (; b >= 0 && k - b <= MAX_ITEM_WORDS && fieldItemWord(tokens[b], lex); b--) if (fieldNoun(tokens[b]!, lex)) field = true;
  if (tokens[b]?.text !== ',') field = false;
  for (let q = k + 1; q < tokens.length && q - k <= MAX_LIST_TOKENS; q++) {
    const t = tokens[q]!;
    if (fieldItemWord(t, lex)) {
      if (++words > MAX_ITEM_WORDS) return false;
      field ||= fieldNoun(t, lex);
    } else if (t.text === ',' && words > 0) {
      words = 0;
    } else if (t.word && !t.cap && lex.listJoiners.has(t.lower)) {
      const last = tokens[q + 1];
      return fieldItemWord(last, lex) && (field || fieldNoun(last!, lex));
    } else return false;
  }
  return false;
}

/** A portfolio word that is also a title word in English (`Trade`, `Finance`): an item of a list before its title. */
function portfolioWord(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && t.hasLower && lex.roleWords.has(t.text);
}

/**
 * English order, the list before its title (`Trade, Crafts and Tourism Minister`): after the comma at
 * `k`, short capitalised items up to a joiner, the last item, then a title word; some item names a field.
 */
export function titleAfterList(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const item = (t: Token | undefined) => fieldItemWord(t, lex) || portfolioWord(t, lex);
  let field = false;
  for (let b = k - 1; b >= 0 && k - b <= MAX_ITEM_WORDS && item(tokens[b]); b--) field ||= fieldNoun(tokens[b]!, lex);
  let words = 0;
  let joined = false;
  for (let q = k + 1; q < tokens.length && q - k <= MAX_LIST_TOKENS; q++) {
    const t = tokens[q]!;
    if (item(t)) {
      if (++words > MAX_ITEM_WORDS) return false;
      field ||= fieldNoun(t, lex);
    } else if (t.text === ',' && words > 0 && !joined) words = 0;
    else if (t.word && !t.cap && lex.listJoiners.has(t.lower) && words > 0 && !joined) {
      joined = true;
      words = 0;
    } else return joined && words > 0 && field && t.word && t.cap && lex.roles.has(t.text);
  }
  return false;
}
