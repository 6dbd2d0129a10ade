/** People inside organisation names: words that can be a person's, and the cuts that keep a person who runs on after a name out of it. */
import type { OrganisationKind } from '../types.js';
import type { CompiledOrganisations } from './compiled.js';
import { oneWordKnown } from './context.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isAcronym, isAllCaps, isCapitalised, isNumber, isRoman } from './shapes.js';
import { CAP_WORD } from './words.js';
import { namePrefixes } from '../lang/names.js';

/** First words of names that are skipped when a person is referred to (`made`, `wayan`), lower-case. */
const NAME_PREFIXES: ReadonlySet<string> = new Set(namePrefixes);

/** A person's name after an organisation (`Kejari Garut Rudi Hartanto`) has this many words, at most… */
export const MAX_PERSON_WORDS = 3;

/** …or this many when a common given name starts it (`Muhammad Rizal Md Arif`). */
export const MAX_NAMED_PERSON_WORDS = 4;

/** …and at least: one word after a place is as often the place's own second word (`Tanjung Priok`). */
export const MIN_PERSON_WORDS = 2;

/** A word that can be part of a person's name: capitalised, and no place, organisation or role word. */
export function isPersonWord(c: CompiledOrganisations, word: string): boolean {
  // One letter is an initial (`I Made Suarta`).
  if (!isCapitalised(word) || isAllCaps(word) || isAcronym(word) || /\d/.test(word)) return false;
  // A word that only starts a known form may be a name (`Boko`, of `Boko Haram`); one that is one is not.
  return !c.breakers.has(word) && !c.placeWords.has(word) && !c.orgVocabulary.has(word) && !oneWordKnown(c, word) && !c.heads.has(word);
}

/**
 * A word in `[from, to)` right after a name word, before any small word but `dan` (`untuk
 * Sulawesi`), names bodies or a post's field (`Awam` in `Kementerian Kesihatan Awam`) and is
 * no given name, or is a place: the words go on with a body's name.
 */
export function holdsNameWord(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    // A small word other than `dan` opens what the body is for (`untuk Asia Selatan`): no part of its name.
    if (!p.tokens[k]!.cap) {
      if (c.andWords.has(w)) continue;
      return false;
    }
    if (!p.tokens[k - 1]!.cap) continue;
    if (((c.orgVocabulary.has(w) || c.roleWords.has(w)) && !c.personFirstWords.has(w)) || c.placeWords.has(w)) return true;
  }
  return false;
}

/**
 * Where a person's name starts in the name words `[start, to)` after a head at word `from`: a
 * last run of 2–3 person words after a place, an acronym or a numeral (`Komisi IX DPR Sri
 * Rejeki Utami`, `Dinas Ketahanan Pangan Jawa Tengah Agus Triyono`, `Kejari Garut Rudi
 * Hartanto`). Returns `to` when there is none.
 */
export function cutPerson(
  c: CompiledOrganisations,
  p: ParagraphState,
  from: number,
  start: number,
  to: number,
  bracket: number,
  kind: OrganisationKind,
): number {
  const { tokens } = p;
  if (to - start < MIN_PERSON_WORDS + 1 || tokens[to - 1]!.text.length < 2) return to;
  // A company's name is any words (`PT Contoh Elektrik Daya`): only past a known one (`Perum Bulog Jawa Tengah`).
  if (kind === 'company' && !holdsKnownForm(c, p, start, to)) return to;
  for (let run = MAX_NAMED_PERSON_WORDS; run >= MIN_PERSON_WORDS; run--) {
    const k = to - run;
    if (k <= start || k - 1 === bracket) continue;
    let person = true;
    for (let m = k; m < to && person; m++) person = m !== bracket && plainGap(p, m) && isPersonWord(c, tokens[m]!.text);
    if (!person) continue;
    const before = tokens[k - 1]!.text;
    // A common given name after an acronym starts a person (`Majlis Contoh PBKM Muhammad Rizal`).
    if (c.personFirstWords.has(tokens[k]!.text) && isAcronym(before)) return k;
    if (run > MAX_PERSON_WORDS) continue;
    // After a place, a known short form (`DPR`, `DPR RI`) or a numeral (`Komisi IX`), not any acronym in a company's name
    // (`PT Sinar Contoh SCA Abadi`); any acronym in another's (`Partai PKRB Rina Wulan`: a party's short name).
    // `I` after a name word, before a Balinese given name's first word, is the name's own (`Kabupaten Contoh I Made
    // Rina`), no numeral; right after the head it is one (`Komisi I`).
    if (before === 'I' && k - 1 > start && NAME_PREFIXES.has(tokens[k]!.lower)) return k - 1;
    if (c.placeWords.has(before) || (isAcronym(before) && (c.known.has(before) || c.notOrganisations.has(before) || kind !== 'company')) || isRoman(before)) return k;
    // The word after a place taker is a place (`Kejari Cianjur`, `Kota Cianjur`, `Resor (Polres) Cianjur`).
    const taker = k - 2 === bracket ? [tokens[k - 2]!.text, tokens[k - 3]?.text ?? ''] : [tokens[k - 2]!.text];
    // Not after a joiner: `University of the Contoh Highlands` has no place before the words.
    if (k - 2 >= from && !c.joiners.has(before) && taker.some((w) => c.placeTakers.has(w))) return k;
  }
  return to;
}

/**
 * Where a person's name starts in the name words `[start, to)`: at a common given name followed
 * by a word the text also writes on its own, or at the first of the last 1–3
 * words that the text also writes on its own, outside any run of capitalised words (`Universitas
 * Contoh Budi Santoso` … `kata Budi`), when the words from there on can all be a person's.
 * `to` when there is none: a name's own words stand inside the name (`Universitas Gadjah Mada`).
 */
export function cutRecurring(c: CompiledOrganisations, p: ParagraphState, start: number, to: number, bracket: number, alone: ReadonlyMap<string, number>): number {
  const { tokens } = p;
  // A common given name whose name the text also writes alone (`… Bahari Siti Rahma` … `kata Rahma`).
  for (let k = Math.max(start + 1, to - MAX_NAMED_PERSON_WORDS); k < to - 1; k++) {
    if (!c.personFirstWords.has(tokens[k]!.text) || (bracket >= k - 1 && bracket < to) || c.joiners.has(tokens[k - 1]!.text)) continue;
    let person = false;
    for (let m = k + 1; m < to; m++) person ||= alone.has(tokens[m]!.text);
    for (let m = k; m < to && person; m++) person = plainGap(p, m) && isPersonWord(c, tokens[m]!.text);
    if (person) return k;
  }
  for (let k = Math.max(start + 1, to - MAX_PERSON_WORDS); k < to; k++) {
    if (!alone.has(tokens[k]!.text) || (bracket >= k - 1 && bracket < to)) continue;
    // A name ends on a name word, not a joiner (`… Radio dan Televisi`); one word alone is a person only after a number (`SMPN 9 Budi`).
    const before = tokens[k - 1]!.text;
    if (c.joiners.has(before) || (k === to - 1 && !isNumber(before) && !isRoman(before))) return to;
    let person = true;
    for (let m = k; m < to && person; m++) person = plainGap(p, m) && isPersonWord(c, tokens[m]!.text);
    return person ? k : to;
  }
  return to;
}

/**
 * One pass over the words of `p` for what later cuts ask of the whole text: the capitalised words
 * that stand alone, with no capitalised word joined to them by a space on either side (`kata Budi.`:
 * `cutRecurring`), and the runs of 2–3 name words that stand alone (`Rina Wulan digantikan`:
 * `cutAtPersonRun`), not after a lower-case word that names a place (`di Contoh Baru`) or a
 * capitalised one (`Bupati Contoh Baru`, `DPRD Contoh Baru`: a place).
 */
export function countAlone(c: CompiledOrganisations, p: ParagraphState, alone: Map<string, number>, runs: Set<string>): void {
  const { tokens } = p;
  const n = tokens.length;
  // The first word of the run of joined name words that word `k` belongs to, or -1.
  let runStart = -1;
  for (let k = 0; k < n; k++) {
    // A word in lower case is neither counted nor in a run (a run's words are name words, all capitalised, and it closes at its last).
    if ((p.bits[k]! & CAP_WORD) === 0) continue;
    const t = tokens[k]!;
    const name = nameAt(p, k);
    const joinedAfter = k + 1 < n && nameAt(p, k + 1) && plainGap(p, k + 1);
    // A sentence opener or a title beside it does not make a run (`Menurut Budi,`, `kata Ketua Budi`).
    if (t.cap && !t.acronym && !(k > 0 && nameAt(p, k - 1) && plainGap(p, k)) && !joinedAfter && !placeOfNumbered(p, k) && !afterLocative(c, p, k)) alone.set(t.text, (alone.get(t.text) ?? 0) + 1);
    if (!name) continue;
    if (runStart < 0) runStart = k;
    if (joinedAfter) continue;
    const prev = runStart > 0 && plainGap(p, runStart) ? tokens[runStart - 1]! : null;
    const place = prev !== null && (prev.cap || c.locatives.has(prev.lower));
    const words = k + 1 - runStart;
    if (!place && words >= MIN_PERSON_WORDS && words <= MAX_PERSON_WORDS) runs.add(p.text.slice(tokens[runStart]!.start, t.end));
    runStart = -1;
  }
}

/**
 * Word `k` follows a number that follows a name word, with spaces (`SMPN 5 Contohbaru`): the place of a numbered
 * school or unit, which says nothing of a person written alone (`SMPN 9 Budi` … `kata Budi` still does).
 */
function placeOfNumbered(p: ParagraphState, k: number): boolean {
  return k > 1 && isNumber(p.tokens[k - 1]!.text) && plainGap(p, k) && plainGap(p, k - 1) && nameAt(p, k - 2);
}

/** Word `k` follows a word that names a place (`di Contohbaru`, `kabupaten Contohbaru`): a place, no person written alone. */
function afterLocative(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  return k > 0 && plainGap(p, k) && c.locatives.has(p.tokens[k - 1]!.text);
}

/**
 * Words `[from, to)` are a person's name shortened to the initials at word `to` (`Rina Wulan Sari
 * (RWS)`, the way reports name suspects and politicians): two to four person words whose first
 * letters are exactly the initials, with something that says a person: a common given name, a word
 * the text writes on its own (`kata Rina`), a role right before (`Direktur Rina …`), or the
 * organisation the person speaks for (`Komisi Contoh Rina …`, `Dinas Contoh, Rina …`: `afterName`).
 * A body's name spelled out has a head, a place or a known word in it.
 */
export function isInitialledPerson(
  c: CompiledOrganisations,
  p: ParagraphState,
  from: number,
  to: number,
  alone: ReadonlyMap<string, number>,
  afterName: boolean,
): boolean {
  const { tokens } = p;
  const count = to - from;
  const initials = tokens[to]!.text;
  if (count < MIN_PERSON_WORDS || count > MAX_NAMED_PERSON_WORDS || initials.length !== count) return false;
  let evidence = afterName || (from > 0 && plainGap(p, from) && c.roles.has(tokens[from - 1]!.text));
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.text;
    if ((k > from && !plainGap(p, k)) || !isPersonWord(c, word) || word[0] !== initials[k - from]) return false;
    evidence ||= c.personFirstWords.has(word) || alone.has(word);
  }
  return evidence;
}

/**
 * Where a person's name starts right after a known organisation's form at the end of the name
 * words `[start, to)` of a name whose head is word `from` (`Badan Contoh Kementerian Keuangan Rina
 * Wulandari`, `Ditjen Contoh Kemenkeu Rina`): a known form closes a whole organisation, so the
 * person words after it name whoever speaks for it. One word counts only when the text also
 * writes it alone (`kata Rina`). A company's name goes on with any words past a known form
 * (`PT Contoh Garuda Berjangka`, `Contoh CBP Sukses Makmur`): there only a known form of two words or
 * more closes it, and only before words that say a person (a common given name, or a word the text
 * writes alone). `to` when there is none.
 */
export function cutAfterKnown(
  c: CompiledOrganisations,
  p: ParagraphState,
  from: number,
  start: number,
  to: number,
  bracket: number,
  alone: ReadonlyMap<string, number>,
  kind: OrganisationKind,
): number {
  const { tokens } = p;
  // The longest run of person words at the end, then the first known form that ends right before one of its words.
  let k = to;
  while (k - 1 > start && k - 1 > bracket && to - k < MAX_NAMED_PERSON_WORDS && plainGap(p, k - 1) && isPersonWord(c, tokens[k - 1]!.text)) k--;
  for (; k < to; k++) {
    if (to - k === 1 && !alone.has(tokens[k]!.text)) return to;
    if (kind === 'company' && !saysPerson(c, p, k, to, alone)) continue;
    if (knownFormEndsAt(c, p, from, k, kind === 'company' ? 2 : 1)) return k;
  }
  return to;
}

/** Words `[k, to)` open with a common given name, or hold a word the text writes alone. */
function saysPerson(c: CompiledOrganisations, p: ParagraphState, k: number, to: number, alone: ReadonlyMap<string, number>): boolean {
  if (c.personFirstWords.has(p.tokens[k]!.text)) return true;
  for (let m = k; m < to; m++) if (alone.has(p.tokens[m]!.text)) return true;
  return false;
}

/** A whole known form lies within words `[start, to)` (`Bulog`; not `Indonesia`, which only starts some). */
function holdsKnownForm(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): boolean {
  for (let k = start + 1; k <= to; k++) if (knownFormEndsAt(c, p, start, k, 1)) return true;
  return false;
}

/** Most words of a known form looked back for. */
const MAX_KNOWN_WORDS = 6;

/** A known form (`Kementerian Keuangan`, `Kemenkeu`) of `minWords` words or more spans words `[m, k)` for some `m ≥ from`. */
function knownFormEndsAt(c: CompiledOrganisations, p: ParagraphState, from: number, k: number, minWords: number): boolean {
  for (let m = Math.max(from, k - MAX_KNOWN_WORDS); m <= k - minWords; m++) {
    for (const phrase of c.known.get(p.tokens[m]!.text) ?? []) {
      if (m + phrase.words.length !== k) continue;
      let same = true;
      for (let w = 0; w < phrase.words.length && same; w++) same = p.tokens[m + w]!.text === phrase.words[w] && (w === 0 || plainGap(p, m + w));
      if (same) return true;
    }
  }
  return false;
}

/**
 * Word `i` goes on a person's name after a common given name, with a space or that name's abbreviation
 * stop between (`Rina Mohd. Contoh`): a one-word known name there is the person's family name.
 */
export function afterGivenName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  if (i === 0 || !c.personFirstWords.has(p.tokens[i - 1]!.text)) return false;
  const gap = p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start);
  return gap === ' ' || gap === '. ';
}

/**
 * Capitals with a word for `as` and a person's post after them (`RW selaku Direktur PT Contoh`): a person's initials, but only
 * where a person's name stands. After a role or title (`Kepala BKD selaku …`) or an organisation's head noun they are the post's
 * body; a known form is a body wherever it stands (and one the text found before: the caller asks that).
 */
export function initialsInPost(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const k = i + 1;
  if (k + 1 >= p.tokens.length || !plainGap(p, k) || !plainGap(p, k + 1)) return false;
  if (!c.roleLinks.has(p.tokens[k]!.text) || !c.roles.has(p.tokens[k + 1]!.text)) return false;
  const word = p.tokens[i]!.text;
  if (c.known.has(word) || c.notOrganisations.has(word)) return false;
  if (!plainGap(p, i)) return true;
  const before = p.tokens[i - 1]!.text;
  return !c.roles.has(before) && !c.roleWords.has(before) && !c.heads.has(before) && !c.orgVocabulary.has(before);
}
