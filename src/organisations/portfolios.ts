/**
 * A body named by a list of portfolios after its head (`Kementerian Contoh, Koperasi dan
 * Kepenggunaan (KCKK)`): the comma would end the name, so the list is read on only when the short
 * form in brackets right after it spells the whole list out, and not the name before the comma,
 * or, for a government body, when the list ends the name before a small word or a stop
 * (`Kementerian Perikanan, Pelancongan dan Sukan.`) and no item is a body, a place or a person.
 * A post's portfolios are no body: a state committee named by them is its member's title
 * (`portfolioTitleEnd`), and a one-word name among them is the portfolio's word (`inPortfolioList`).
 */
import type { CompiledOrganisations } from './compiled.js';
import { MAX_NAME_WORDS } from './names.js';
import { ampersandGap, commaGap, nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isAllCaps, isCamel, spellsOut } from './shapes.js';

/** A portfolio word: a name word that is no known form's or acronym (a head may be one: `Koperasi`). */
function portfolioWord(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const t = p.tokens[k]!;
  return nameAt(p, k) && !t.acronym && !c.known.has(t.text);
}

/** Items of a list `[from, to)` that open with no head nor place and hold no role or person's word. */
function plainItems(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (c.joiners.has(w)) continue;
    if (c.roles.has(w) || c.personFirstWords.has(w) || c.honorifics.has(w) || c.breakers.has(w)) return false;
    // An item's first word, after the comma or the joiner (a place inside one: `Pembangunan Daerah`)
    const first = !plainGap(p, k) || c.joiners.has(p.tokens[k - 1]!.text);
    if (first && (c.heads.has(w) || c.places.has(w) || c.placeWords.has(w))) return false;
  }
  return true;
}

/**
 * The end (exclusive) of the portfolio list after a name of words `[from, to)`, or `to` when none:
 * `, A, B dan C` (each one or more words), then ` (SHORT)` spelling out the name with the list.
 */
export function portfolioListEnd(c: CompiledOrganisations, p: ParagraphState, from: number, to: number, government = false): number {
  const { tokens, text } = p;
  const n = tokens.length;
  if (to >= n || !commaGap(p, to)) return to;
  let k = to;
  let joined = false;
  for (let words = 0; k < n && words < MAX_NAME_WORDS; ) {
    // `, A` or `, dan A` or ` dan A`
    if (commaGap(p, k)) {
      if (c.joiners.has(tokens[k]!.text) && plainGap(p, k + 1)) {
        joined = true;
        k++;
      }
    } else if (c.joiners.has(tokens[k]!.text) && plainGap(p, k) && plainGap(p, k + 1)) {
      joined = true;
      k++;
    } else break;
    if (k >= n || !portfolioWord(c, p, k)) return to;
    do {
      k++;
      words++;
    } while (k < n && words < MAX_NAME_WORDS && plainGap(p, k) && portfolioWord(c, p, k));
    if (joined) break;
  }
  if (!joined) return to;
  if (government && (k >= n || !plainGap(p, k) || !nameAt(p, k)) && plainItems(c, p, to, k)) return k;
  if (k >= n) return to;
  const short = tokens[k]!;
  if (text.slice(tokens[k - 1]!.end, short.start) !== ' (' || text[short.end] !== ')' || !(short.acronym || isCamel(short.text))) return to;
  // The short form starts with the head's letter (`Serikat …, dan Jaringan … (JKP)` names the last one only).
  if (short.text[0]!.toLowerCase() !== tokens[from]!.text[0]!.toLowerCase()) return to;
  const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const whole = text.slice(tokens[from]!.start, tokens[k - 1]!.end);
  return spellsOut(short.text, whole) && !spellsOut(short.text, name) ? k : to;
}

/**
 * Word `i`, a one-word known name written as a common word (`Warisan`, `Amanah`), is an item of a
 * post's portfolio list (`Exco Pelancongan, Kebudayaan dan Warisan negeri`): a comma or a joiner
 * before it, and back from there only plain portfolio words, commas and joiners up to a role
 * word, with no known name nor acronym among them (`Presiden Contoh, MIC dan Gerakan` lists bodies).
 */
export function inPortfolioList(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  if (i < 1 || tokens[i]!.acronym) return false;
  // The first portfolio, right after the post, when the list after it closes the title (`Exco Contoh dan Pelancongan negeri`).
  if (postBefore(c, p, i)) return listClosesTitle(c, p, i + 1);
  if (i < 2) return false;
  // `, Warisan`, ` & Warisan` or ` dan Warisan`
  let k = i - 1;
  if (!itemGap(p, i)) {
    if (!isJoiner(c, tokens[k]!.text) || !plainGap(p, i) || !plainGap(p, k)) return false;
    k--;
  }
  for (let words = 0; k > 0 && words < MAX_NAME_WORDS; k--, words++) {
    const t = tokens[k]!;
    if (isJoiner(c, t.text) && plainGap(p, k) && plainGap(p, k + 1)) continue;
    if (!nameAt(p, k) || t.acronym || c.known.has(t.text)) return false;
    // The post's word right before the first portfolio (`Exco Pelancongan`, `(Exco) Pelancongan`).
    if (postBefore(c, p, k)) return true;
    if (!plainGap(p, k) && !itemGap(p, k)) return false;
  }
  return false;
}

/** A comma or an ampersand between word `k - 1` and word `k`: the gap before a list's next item. */
function itemGap(p: ParagraphState, k: number): boolean {
  return commaGap(p, k) || ampersandGap(p, k);
}

/** A joiner, also capitalised in a title (`Kebudayaan Dan Warisan`). */
function isJoiner(c: CompiledOrganisations, word: string): boolean {
  return c.joiners.has(word) || c.joiners.has(word.toLowerCase());
}

/**
 * A post right before word `k`: a role word that is no known name (`Exco`, `EXCO`), or one in brackets
 * after the post's long form (`Ahli Majlis … (Exco) Pelancongan`).
 */
function postBefore(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  if (k < 1) return false;
  const before = p.tokens[k - 1]!;
  const word = isAllCaps(before.text) ? before.text[0] + before.text.slice(1).toLowerCase() : before.text;
  if (!c.roles.has(word) || c.known.has(word) || c.known.has(before.text)) return false;
  return plainGap(p, k) || (p.text.slice(before.end, p.tokens[k]!.start) === ') ' && p.text[before.start - 1] === '(');
}

/**
 * From word `k`, more portfolios (`, Contoh` or ` dan Contoh`, plain words that are no known name, acronym,
 * role or person's word), then the word that closes a state post's title (`negeri`, in either case): bounded like a name.
 */
function listClosesTitle(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const { tokens } = p;
  let items = 0;
  for (let words = 0; k < tokens.length && words < MAX_NAME_WORDS; k++, words++) {
    const w = tokens[k]!.text;
    if (!itemGap(p, k) && !plainGap(p, k)) return false;
    if (items > 0 && plainGap(p, k) && c.portfolioAfter.has(w.toLowerCase())) return true;
    if (isJoiner(c, w) && plainGap(p, k + 1)) continue;
    if (!nameAt(p, k) || tokens[k]!.acronym || c.known.has(w) || c.roles.has(w) || c.honorifics.has(w) || c.personFirstWords.has(w)) return false;
    if (itemGap(p, k) || isJoiner(c, tokens[k - 1]!.text)) items++;
  }
  return false;
}

/**
 * The end (exclusive) of a portfolio title whose committee head spans words `[from, start)` and
 * whose first portfolio words end at `to`: more portfolios in a list (`, Kebudayaan, Alam Sekitar
 * … dan Komoditi`), then a closing word (`negeri`) or, after a post, its holder's name. -1 when the name
 * is no such title.
 */
export function portfolioTitleEnd(c: CompiledOrganisations, p: ParagraphState, from: number, start: number, to: number): number {
  const head = p.tokens.slice(from, start).map((t) => t.text).join(' ');
  if (!c.portfolioHeads.has(head)) return -1;
  const n = p.tokens.length;
  const closes = (k: number) => c.portfolioAfter.has(p.tokens[k]!.lower);
  // The list whole in the name, closed by its last word (`Contoh dan Perumahan Negeri`).
  if (closes(to - 1)) {
    for (let m = start; m < to; m++) if (c.joiners.has(p.tokens[m]!.text)) return to;
  }
  // A person's name opens with an honorific or a given name (`Datuk Contoh`): no portfolio's word.
  const person = (k: number) => c.honorifics.has(p.tokens[k]!.text) || c.personFirstWords.has(p.tokens[k]!.text);
  let k = to;
  let listed = false;
  // More portfolios, each after `, ` or a joiner (`dan`); bounded like any name.
  for (let words = 0; k < n && words < MAX_NAME_WORDS; ) {
    const comma = commaGap(p, k) && nameAt(p, k) && !person(k); // `, Kebudayaan`
    const joined = !comma && plainGap(p, k) && c.joiners.has(p.tokens[k]!.text) && plainGap(p, k + 1) && nameAt(p, k + 1); // `dan Komoditi`
    if (!comma && !joined) break;
    listed = true;
    if (joined) k++;
    // A portfolio of one or more words (`Alam Sekitar`).
    do {
      k++;
      words++;
    } while (k < n && words < MAX_NAME_WORDS && plainGap(p, k) && nameAt(p, k) && !closes(k) && !person(k));
  }
  // The closing word, in either case (`negeri`, `Negeri`).
  if (k < n && plainGap(p, k) && closes(k)) return k + 1;
  // Or, after a post (`Pengerusi Jawatankuasa A, B dan C`), the holder's name right after the list.
  const post = from > 0 && plainGap(p, from) && c.roles.has(p.tokens[from - 1]!.text);
  return listed && post && k < n && (plainGap(p, k) || commaGap(p, k)) && person(k) ? k : -1;
}
