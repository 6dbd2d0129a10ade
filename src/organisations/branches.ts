/**
 * A company's national branch named by its brand and the country (`Contohpay Indonesia`,
 * `Contohmart Malaysia`), the brand no word the lexicon knows. A common noun before the country
 * (`Masyarakat Indonesia`, `Ekonomi Malaysia`) is written in lower case somewhere in the text, or
 * opens a sentence; a brand is not. Bounded look-around, and one pass over the text's words the
 * first time a candidate asks: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { matchKnown } from './names.js';
import { type Finder, nameAt, type ParagraphState, plainGap, sentenceStart } from './paragraph.js';

/** Fewest letters of a brand word (`Xa Indonesia` is no company). */
const MIN_BRAND_LENGTH = 3;

/** Tells the rule which paragraphs make up the text `owner` (a finder) reads: a field of the finder, no table keyed by it per article. */
export function registerText(owner: Finder, states: readonly ParagraphState[]): void {
  owner.readText = { states, lower: null };
}

/** Whether the text read by `owner` writes `word` in lower case (paragraph `p` alone when no text was registered); `lower`: its lower-case form, when the caller made it. */
export function writtenLower(owner: Finder, p: ParagraphState, word: string, lower = word.toLowerCase()): boolean {
  const entry = owner.readText;
  if (!entry) return p.tokens.some((t) => t.text === lower);
  if (!entry.lower) {
    entry.lower = new Set();
    for (const s of entry.states) for (const t of s.tokens) if (!t.cap) entry.lower.add(t.text);
  }
  return entry.lower.has(lower);
}

/** Where a brand-and-country name starting at word `i` ends (`i + 2`), or -1. */
export function brandBranchEnd(owner: Finder, c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>): number {
  const { tokens } = p;
  const t = tokens[i]!;
  const w = t.text;
  // The country after it first: it rules out nearly every word at the cost of one lookup.
  if (!t.cap || t.acronym || i + 1 >= tokens.length || !c.branchPlaces.has(tokens[i + 1]!.text)) return -1;
  if (!alone.has(t.text) || w.length < MIN_BRAND_LENGTH || /[^\p{L}]/u.test(w) || !plainGap(p, i + 1)) return -1;
  // The two words are the whole name: no name word before (bar a title) or after them.
  if (i + 2 < tokens.length && plainGap(p, i + 2) && nameAt(p, i + 2)) return -1;
  if (sentenceStart(p, i)) return -1;
  const before = tokens[i - 1]!.text;
  // After `Menurut`, `kata`, one word is the speaker's name (`Menurut Rina Indonesia perlu …`).
  if (c.breakers.has(before) || c.speechVerbs.has(before.toLowerCase())) return -1;
  if (plainGap(p, i) && nameAt(p, i - 1) && !c.roles.has(before) && !c.roleWords.has(before) && !c.officerTitles.has(before)) return -1;
  if (c.placeWords.has(w) || c.roles.has(w) || c.roleWords.has(w) || c.breakers.has(w) || c.personFirstWords.has(w)) return -1;
  if (c.heads.has(w) || c.notOrganisations.has(w) || c.orgVocabulary.has(w) || c.known.has(w)) return -1;
  return writtenLower(owner, p, w) ? -1 : i + 2;
}

/** Most place words after a party's division word (`Bahagian Kota Contoh Baru`). */
const MAX_UNIT_PLACE_WORDS = 3;

/**
 * A known party ending at word `to` named with its division and that division's place
 * (`Contoh Bahagian Kota Contoh`): the end of the place, or `to`. The division is the party's.
 */
export function partyUnitEnd(c: CompiledOrganisations, p: ParagraphState, to: number): number {
  if (to + 1 >= p.tokens.length || !c.partyUnits.has(p.tokens[to]!.text) || !plainGap(p, to)) return to;
  let k = to + 1;
  while (k < p.tokens.length && k - to - 1 < MAX_UNIT_PLACE_WORDS && plainGap(p, k) && nameAt(p, k)) k++;
  return k > to + 1 ? k : to;
}

/** Most place words after a wing's party (`Pemuda Contoh Negeri Sembilan`). */
const MAX_WING_PLACE_WORDS = 2;

/**
 * A party with the state or place it is organised in (`PXY Johor`, `PXY Negeri Sembilan`), where the language names a
 * party's divisions so (it lists `partyUnits`): one mention of the party, the place in it. The end (exclusive).
 */
export function partyPlaceEnd(c: CompiledOrganisations, p: ParagraphState, to: number): number {
  if (c.partyUnits.size === 0) return to;
  let k = to;
  while (k < p.tokens.length && k - to < MAX_WING_PLACE_WORDS && plainGap(p, k) && c.placeWords.has(p.tokens[k]!.text)) k++;
  return k;
}

/**
 * A party's wing at word `i`, an organisation of its own (`Pemuda Contoh`, `Wanita Contoh Bahagian
 * Kota`, `Pemuda Contoh Terengganu`): a wing word, a known party as the lexicon writes it or as an
 * outlet writes its acronym in mixed case (`Pxy` for `PXY`), then the division or the place. The end
 * (exclusive), or -1.
 */
export function partyWingEnd(c: CompiledOrganisations, p: ParagraphState, i: number): number {
  const { tokens } = p;
  if (!c.partyWings.has(tokens[i]!.text) || i + 1 >= tokens.length || !plainGap(p, i + 1)) return -1;
  const known = matchKnown(c, p, i + 1);
  const word = tokens[i + 1]!.text;
  // A mass organisation has its youth wing too (`Pemuda Contoh` after a known association).
  const party = known ? known.value.kind === 'party' || known.value.kind === 'ngo' : /^\p{Lu}\p{Ll}+$/u.test(word) && c.forms.get(word.toUpperCase())?.kind === 'party';
  if (!party) return -1;
  const to = known ? known.to : i + 2;
  const unit = partyUnitEnd(c, p, to);
  if (unit > to) return unit;
  let k = to;
  while (k < tokens.length && k - to < MAX_WING_PLACE_WORDS && plainGap(p, k) && c.placeWords.has(tokens[k]!.text)) k++;
  return k;
}
