/**
 * Pass 1's name readers: the lexicon, head nouns with the name words after them, and forms learnt
 * earlier in the text (tail words with the name words before them: `tail-names.ts`). Each looks at a
 * bounded window of words; `people.ts` keeps a person who runs on after a name out of it, and
 * `shaped-names.ts` reads the word shapes.
 */
import type { OrganisationKind } from '../types.js';
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import { ampersandGap, Finder, HEAD_WORD, KNOWN_WORD, legalDotGap, matchWords, nameAt, type ParagraphState, plainGap, roleBefore, singleSpace } from './paragraph.js';
import { cutAfterKnown, cutPerson, cutRecurring, isPersonWord } from './people.js';
import { cutInitialled, cutSpeaker } from './speakers.js';
import { closesFirst, countsNext, decimalAfter, endsAtPlace } from './edges.js';
import { matchKnownWords } from './known-forms.js';
import { notOrganisationEdges } from './phrase-tables.js';
import { headNamesOwnUnit, ministryAtEnd } from './unit-parents.js';
import { endsPossessive, isAcronym, isCapitalised, isNumber, isRoman, spellsOut } from './shapes.js';
import { isCountryName } from '../lang/countries.js';
import { abbreviatedLegalForms } from '../lang/legal-forms.js';

const ABBREVIATED_LEGAL_FORMS: ReadonlySet<string> = new Set(abbreviatedLegalForms);

/** Most words in a name after its head noun, or before its tail word. */
export const MAX_NAME_WORDS = 10;
/** Longest number kept inside a name (`SMPN 33`, `Densus 88`); longer numbers are years or amounts. */
export const MAX_NAME_NUMBER_LENGTH = 3;
/** Most name words of a post's field before a tail (`Head of Contoh Market Research`). */
const MAX_FIELD_WORDS = 3;
/** The most words of a country's name (`Papua New Guinea`). */
const MAX_COUNTRY_WORDS = 3;
/** Extra words a spelled-out name may have beyond the letters of its acronym. */
export const LONG_FORM_SLACK = 5;

/** Name words `[start, to)` are one plain word and a known short form (`Komisioner OJK`, not `IX DPR`). */
export function isUnitOfKnown(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): boolean {
  if (to - start !== 2) return false;
  const word = p.tokens[start]!.text;
  const last = p.tokens[to - 1]!.text;
  return word.length > 1 && !isRoman(word) && isPersonWord(c, word) && isAcronym(last) && c.forms.get(last)?.acronym === last;
}

/** Where a name ending at word `to` ends: after `(Persero)`'s bracket and `Tbk.`'s full stop. */
export function spanEnd(c: CompiledOrganisations, p: ParagraphState, to: number): number {
  const last = p.tokens[to - 1]!;
  let end = last.end;
  // A possessive is not part of the name (`PT Contoh Indonesia’s`), unless a known name's word ends so (`Moody’s`).
  if (endsPossessive(last.text) && last.text.length > 3 && !c.known.has(last.text)) return end - 2;
  if (last.text === 'Persero' && p.text[end] === ')') end++;
  // A form written with dots keeps its last one too (`Sdn. Bhd.`, as `Tbk.`).
  if ((ABBREVIATED_LEGAL_FORMS.has(last.text) || legalDotGap(p, to - 1)) && p.text[end] === '.') {
    // Keep the stop when the sentence goes on (`Tbk. (BBRI)`, `Tbk. mencatat`), not when it ends.
    const after = p.text.slice(end + 1, end + 3);
    if (/^ ?[(\p{Ll},]/u.test(after)) end++;
  }
  return end;
}

/** Words `[from, to)` are all plain capitalised words: no acronym, number or numeral. */
export function onlyPlainWords(p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (p.tokens[k]!.acronym || isRoman(w) || isNumber(w) || w === 'Persero' || w === 'Tbk') return false;
  }
  return true;
}

/**
 * Words `[from, to)` are only place words and the bracketed short form, whose next word is a
 * place too (`(BPBD) Sulawesi Tengah`, `(BPBD) Lebak`).
 */
export function onlyPlaces(c: CompiledOrganisations, p: ParagraphState, from: number, to: number, bracket: number): boolean {
  for (let k = from; k < to; k++) if (k !== bracket && k !== bracket + 1 && !c.placeWords.has(p.tokens[k]!.text)) return false;
  return true;
}

/** A form of several words learnt in this text at word `i`, longer than `to` (`BPBD Sulawesi Tengah`). */
export function matchLearnt(f: Finder, p: ParagraphState, i: number, to: number): { to: number; hit: number } | null {
  for (const alias of f.aliases.get(p.tokens[i]!.text) ?? []) {
    if (i + alias.words.length > to && matchWords(p, i, alias.words, plainGap)) return { to: i + alias.words.length, hit: alias.hit };
  }
  return null;
}

/** The bracketed short form inside a name and the name's other text (`Pemkot Surabaya`). */
export function innerShortForm(p: ParagraphState, bracket: number, to: number): { acronym: string; keys: string[] } {
  const acronym = p.tokens[bracket]!.text;
  const rest = p.tokens.slice(bracket, to).map((t) => t.text);
  return { acronym, keys: [rest.join(' ').toLowerCase()] };
}

/**
 * A short form defined inside a name is that organisation in later mentions, alone (`Pemkot`) or
 * with its place (`BPBD Sulawesi Tengah`); alone only when it is no known form and names no thing (`SDA`).
 */
export function learnShortForm(f: Finder, p: ParagraphState, bracket: number, to: number, hit: number): void {
  const acronym = p.tokens[bracket]!.text;
  f.learn(p.tokens.slice(bracket, to).map((t) => t.text), hit);
  if (f.c.known.has(acronym)) return;
  if (f.c.notOrganisations.has(acronym) && !f.c.heads.has(acronym)) return;
  f.learn([acronym], hit);
}

export function matchKnown(c: CompiledOrganisations, p: ParagraphState, i: number): { to: number; value: KnownOrganisation } | null {
  if (i >= p.tokens.length) return null;
  if (!(p.bits[i]! & KNOWN_WORD)) return null;
  const list = c.known.get(p.tokens[i]!.text);
  if (!list) return null;
  for (const phrase of list) {
    if (matchKnownWords(p, i, phrase.words) && !closesFirst(p, i, i + phrase.words.length)) return { to: i + phrase.words.length, value: phrase.value };
  }
  return null;
}

/**
 * A head noun at word `i` and the name words after it (`Badan Pusat Statistik`), without a
 * person's name that runs on after it. `bracket` is the word index of a short form in brackets
 * inside the name (`Pengadilan Negeri (PN) Bekasi`), or -1.
 */
export function matchHead(
  c: CompiledOrganisations,
  p: ParagraphState,
  i: number,
  alone: ReadonlyMap<string, number>,
): { to: number; start: number; kind: OrganisationKind; bracket: number } | null {
  if (!(p.bits[i]! & HEAD_WORD)) return null;
  const list = c.heads.get(p.tokens[i]!.text);
  if (!list) return null;
  const edges = notOrganisationEdges(c);
  for (const phrase of list) {
    if (!matchWords(p, i, phrase.words, plainGap)) continue;
    const start = i + phrase.words.length;
    // The head's words joined once, for the three tests below that read them so.
    const head = phrase.words.length === 1 ? phrase.words[0]! : phrase.words.join(' ');
    // A head that names an event with the next word (`Majlis Penutupan`): no organisation.
    if (start < p.tokens.length && edges.last.has(p.tokens[start]!.text) && c.notOrganisations.has(`${head} ${p.tokens[start]!.text}`)) return null;
    // ... or a place with the word before it (`Wilayah Persekutuan Contoh`, a federal territory).
    if (i > 0 && edges.first.has(p.tokens[i - 1]!.text) && c.notOrganisations.has(`${p.tokens[i - 1]!.text} ${head}`)) return null;
    const name = extendName(c, p, start, i);
    let to = cutPerson(c, p, i, start, name.to, name.bracket, phrase.value);
    // A company's name is any words, but an officer's title before it says a person's name may follow (`Direktur PT Contoh Jaya Rina …`).
    if (to === name.to && (phrase.value !== 'company' || roleBefore(c, p, i))) to = cutRecurring(c, p, start, to, name.bracket, alone);
    if (to === name.to) to = cutSpeaker(c, p, start, to, name.bracket, alone);
    if (to === name.to) to = cutInitialled(c, p, start, to, name.bracket);
    if (to === name.to) to = cutAfterKnown(c, p, i, start, to, name.bracket, alone, phrase.value);
    // A known name that starts inside and runs past the end is a name of its own (`Satgas Contoh Otorita Ibu Kota Contoh`).
    to = knownRunsPast(c, p, start, to);
    // A ministry's named unit, then the ministry (`Badan Contoh Fiskal Kementerian Keuangan`): two bodies (a bureau's
    // head, `Biro`, names its body instead: `unitOfBody`).
    if (phrase.value === 'government' && headNamesOwnUnit(c, phrase.words)) to = ministryAtEnd(c, p, i, start, to, (m) => matchKnown(c, p, m));
    // A country's government, then a ministry with its name (`Pemerintah Contohland Kementerian Contoh`): two bodies.
    if (phrase.words.length === 1 && c.countryGovernmentHeads.has(phrase.words[0]!)) to = ministryAfterCountry(c, p, start, to);
    // A namesake's title with its name cut off is no name's last word (`RSUD Dr` before a person): drop it.
    if (to > start && c.namesakeTitles.has(p.tokens[to - 1]!.text)) to--;
    // A head with only a generic word is no name (`Pemerintah Pusat`, `Kerajaan Tempatan`), nor, after some heads, with one word at all (`Tim Contoh`: a person or a country's team).
    if (to === start + 1 && (c.genericWords.has(p.tokens[start]!.text) || c.longNameHeads.has(head))) return null;
    if (to > start) return { to, start, kind: phrase.value, bracket: name.bracket < to - 1 ? name.bracket : -1 };
  }
  return null;
}

/**
 * Where a government head with name words after it starts within words `(start, to)` right after
 * a country's name (`Pemerintah Contohland Kementerian Contoh`), or `to`. Only after a country:
 * a body named by a place, then its unit (`Pemerintah Kota Contoh Dinas Contoh`, `Bank Contoh
 * Kantor Perwakilan Contoh`), is one name.
 */
function ministryAfterCountry(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): number {
  for (let m = start + 1; m < to - 1 && m - start <= MAX_COUNTRY_WORDS; m++) {
    if (!plainGap(p, m)) return to;
    if (!(p.bits[m]! & HEAD_WORD) || !c.heads.get(p.tokens[m]!.text)?.some((h) => h.value === 'government')) continue;
    const country = p.tokens.slice(start, m).map((t) => t.text).join(' ');
    return isCountryName(country) ? m : to;
  }
  return to;
}

/** Where a known form that starts within words `(start, to)` and ends past `to` begins, or `to`. */
function knownRunsPast(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): number {
  for (let m = start + 1; m < to; m++) {
    const known = matchKnown(c, p, m);
    if (known && known.to > to) return m;
  }
  return to;
}

/**
 * The end (exclusive) of the name words from word `j` on (`j` when there are none), for a name
 * whose head starts at word `from`, and the index of a short form in brackets inside it (or -1).
 */
export function extendName(c: CompiledOrganisations, p: ParagraphState, j: number, from: number): { to: number; bracket: number } {
  const { tokens, text } = p;
  let last = j;
  let count = 0;
  let bracket = -1;
  let afterThe = false;
  while (j < tokens.length && count < MAX_NAME_WORDS) {
    const word = tokens[j]!.text;
    if (word === 'Persero' && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' (' && text[tokens[j]!.end] === ')') {
      last = ++j;
      // A listed state company writes `Tbk` after the bracket (`PT Contoh (Persero) Tbk`): it closes the name.
      if (tokens[j]?.text === 'Tbk' && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ') ') {
        last = ++j;
        break;
      }
      continue;
    }
    // `Pengadilan Negeri (PN) Bekasi`: the short form in brackets, then the place the name goes on with.
    if (bracket < 0 && count > 0 && last === j && isInnerBracket(c, p, from, j)) {
      bracket = j++;
      continue;
    }
    if (!plainGap(p, j) && !ampersandGap(p, j) && !(bracket >= 0 && j === bracket + 1)) break;
    // A sentence opener mid-sentence, between name words, is a name word (`PT Dompet Kita Nusantara`).
    const opener = c.openers.has(word) && singleSpace(p, j) && singleSpace(p, j + 1) && nameAt(p, j + 1);
    // After `of the`, a role names the office (`Office of the Contoh Minister`, `… of the President`).
    const role = (afterThe && isCapitalised(word) && c.breakers.has(word)) || namesake(c, p, from, j, count);
    if (nameAt(p, j) || opener || role || isRoman(word) || (isNumber(word) && word.length <= MAX_NAME_NUMBER_LENGTH && !decimalAfter(p, j) && !countsNext(c, p, j))) {
      last = ++j;
      count++;
      // `Tbk` closes a company name, `RI` (the Indonesian state) a state body's; what follows is a person or the sentence.
      if (word === 'Tbk' || word === 'RI') break;
      continue;
    }
    // A joiner counts only between name words (`Kementerian Hukum dan HAM`, `Ministry of Finance`; `and` not right after a one-word head: `Majelis dan Rina`),
    // not before a new head or known name (`Kejaksaan Tinggi dan Kejaksaan Negeri`, `… Syariah dan BNI Syariah` are two).
    const next = tokens[j + 1]?.text ?? '';
    // An acronym after a joiner is an organisation of its own (`Kerajaan Contoh dan ABC`), unless it names a thing (`Hukum dan HAM`).
    const ownAcronym = tokens[j + 1]?.acronym === true && !c.notOrganisations.has(next);
    if (c.joiners.has(word) && (count > 0 || j - from > 1 || !c.andWords.has(word)) && plainGap(p, j + 1) && nameAt(p, j + 1) && !ownAcronym && !c.heads.has(next) && !matchKnown(c, p, j + 1) && !endsAtPlace(c, p, j)) {
      j++;
      continue;
    }
    // An English joiner with its article between name words (`Office of the Contoh Minister`).
    // Only a preposition takes it: `and the` joins two names (`Ministry of Finance and the Contoh University`).
    if ((word === 'of' || word === 'for') && next === 'the' && c.joiners.has(next) && plainGap(p, j + 1) && plainGap(p, j + 2) && isCapitalised(tokens[j + 2]!.text) && !matchKnown(c, p, j + 2)) {
      j += 2;
      afterThe = true;
      continue;
    }
    break;
  }
  return { to: last, bracket: bracket >= 0 && bracket < last ? bracket : -1 };
}

/** Word `j` opens the namesake of a school or hospital at word `from` (`Universiti Tun Contoh`): a title then a name word. */
function namesake(c: CompiledOrganisations, p: ParagraphState, from: number, j: number, count: number): boolean {
  const title = p.tokens[j]!.text;
  if (count > 0 || !c.namesakeTitles.has(title) || !nameAt(p, j + 1) || !plainGap(p, j + 1)) return false;
  // A title a person carries (`Dr`) after an officer's title is that officer's own (`Direktur RSUD Dr Contoh`), not the namesake's.
  if (c.personTitles.has(title) && roleBefore(c, p, from)) return false;
  const kind = c.heads.get(p.tokens[from]!.text)?.[0]?.value;
  return kind === 'education' || kind === 'other';
}

/**
 * Word `j` is a short form in brackets inside a name that goes on after it with a place
 * (`Pemerintah Kota (Pemkot) Surabaya`, `Dinas Sumber Daya Air (SDA) DKI Jakarta`): it
 * abbreviates the name so far (or is itself a head, `Polres`), and the next word is a place, or
 * any name word when the short form or the word before it takes a place (`Kota`, `Polres`).
 */
export function isInnerBracket(c: CompiledOrganisations, p: ParagraphState, from: number, j: number): boolean {
  const { tokens, text } = p;
  if (j + 1 >= tokens.length) return false;
  const x = tokens[j]!;
  const y = tokens[j + 1]!;
  if (text.slice(tokens[j - 1]!.end, x.start) !== ' (' || text.slice(x.end, y.start) !== ') ') return false;
  const word = x.text;
  if (!isCapitalised(word) || isRoman(word) || c.placeWords.has(word)) return false;
  if (!c.heads.has(word) && !spellsOut(word, text.slice(tokens[from]!.start, tokens[j - 1]!.end))) return false;
  const next = y.text;
  if (c.placeWords.has(next) && !c.breakers.has(next)) return true;
  const takesPlace = c.placeTakers.has(word) || c.placeTakers.has(tokens[j - 1]!.text);
  return takesPlace && nameAt(p, j + 1) && !y.acronym && !c.heads.has(next) && !c.known.has(next);
}

/**
 * A name of two to `MAX_NAME_WORDS` plain capitalised words at word `i`, right after a noun that
 * says what it is (`perusahaan`, `firm`; a company's with its field, `firma hukum`, where `plainWord`
 * tells the language's small words, which are no field); not a place (`perusahaan Jepang`), a known name or a
 * head, which other rules read.
 */
export function kindNounName(c: CompiledOrganisations, p: ParagraphState, i: number, plainWord: (word: string) => boolean = () => true): { to: number; kind: OrganisationKind } | null {
  if (i === 0 || !plainGap(p, i) || !nameAt(p, i)) return null;
  // Or a company's noun with one word of its field between (`firma hukum Contoh Fonseca`, `biro riset Contoh Analytics`): a lower-case
  // word of the language, no small word; other nouns take an adjective there as often (`kelompok bersenjata` before its leader's name).
  const field = i > 1 && plainGap(p, i - 1) && !p.tokens[i - 1]!.cap && !c.kindNouns.has(p.tokens[i - 1]!.text) && !plainWord(p.tokens[i - 1]!.text);
  const fieldKind = field ? c.kindNouns.get(p.tokens[i - 2]!.text) : undefined;
  const kind = c.kindNouns.get(p.tokens[i - 1]!.text) ?? (fieldKind === 'company' ? fieldKind : undefined);
  if (kind === undefined) return null;
  // The noun in a compound of another sense (`sidang akhbar`, a press conference) says nothing of the name after it.
  if (!field && i > 1 && plainGap(p, i - 1) && c.notOrganisations.has(`${p.tokens[i - 2]!.lower} ${p.tokens[i - 1]!.text}`)) return null;
  let to = i;
  while (to < p.tokens.length && to - i < MAX_NAME_WORDS && (to === i || plainGap(p, to)) && nameAt(p, to) && !p.tokens[to]!.acronym) {
    const w = p.tokens[to]!.text;
    if (c.placeWords.has(w) || c.heads.has(w) || matchKnown(c, p, to)) break;
    to++;
  }
  return to - i >= 2 ? { to, kind } : null;
}

/** Name words `[start, to)` are exactly a known party (`PAN` after `Fraksi`). */
export function isKnownParty(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): boolean {
  const known = matchKnown(c, p, start);
  return known !== null && known.to === to && known.value.kind === 'party';
}

/** `PT Sinar Contoh Abadi Tbk` → later `Sinar Contoh Abadi` is the same company. */
export function learnCompanyCore(f: Finder, p: ParagraphState, from: number, to: number, hit: number): void {
  const core: string[] = [];
  for (let k = from + 1; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (w !== 'Persero' && w !== 'Tbk' && !f.c.joiners.has(w)) core.push(w);
  }
  const head = p.tokens[from]!.text;
  if (head !== 'PT' && head !== 'CV' && head !== 'Perum') return;
  if (core.length === 0 || (core.length === 1 && (f.c.places.has(core[0]!) || f.c.breakers.has(core[0]!)))) return;
  f.learn(core, hit);
}
