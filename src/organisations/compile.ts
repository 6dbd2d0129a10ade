/**
 * The organisation lexicon of one language compiled into look-up tables (`CompiledOrganisations`,
 * `compiled.ts`), once per language: the known forms (`known-lines.ts`), the head and tail phrases,
 * the slot tables that let most words pass without a map look-up (`slots.ts`), and the word sets
 * the rules ask.
 */
import { andWords, orWords } from '../lang/conjunctions.js';
import { companyPrefixes } from '../lang/legal-forms.js';
import { nameAbbreviations, namesakeTitles, personFirstWords } from '../lang/names.js';
import type { OrganisationData, OutletData } from '../lang/types.js';
import type { OrganisationKind } from '../types.js';
import type { CompiledOrganisations, PlaceData, Phrase } from './compiled.js';
import { addPhrase, knownForms, misspellings, phraseWords, spelledForms } from './known-lines.js';
import { honorificLaterWords } from './long-honorifics.js';
import { byFirstWrittenWord, byFirstWrittenWordLongest, byLastWord, byLastWrittenWord, endKeysOf, lastWordsOf, withLowerCase } from './phrase-tables.js';
import { STARTS_GLUED, STARTS_HEAD, STARTS_KNOWN, STARTS_PLACE_PAIR, STARTS_TAIL, slotTables, startSlot } from './slots.js';

// The phrase type with its compiler, for the quotes' readers that import both (`quotes/retitled-voice.ts`).
export type { Phrase } from './compiled.js';

const NO_PLACES: PlaceData = { places: [], placeTakers: [], orgWords: [], roleWords: [], roles: [] };

const NO_OUTLETS: OutletData = { names: {}, notPlaces: [], brandWords: [] };

// Memoised per data object, so each language is compiled once, on first use.
const cache = new WeakMap<OrganisationData, WeakMap<PlaceData, WeakMap<OutletData, CompiledOrganisations>>>();

/**
 * The lookup tables for `data`, built on first use and memoised. `places` (the language's speech
 * data) tells where a place ends and a person's name starts after an organisation; `outlets`
 * (the language's dateline outlets) are media organisations wherever the text names them.
 */
export function compileOrganisations(data: OrganisationData, places: PlaceData = NO_PLACES, outlets: OutletData = NO_OUTLETS): CompiledOrganisations {
  let byPlaces = cache.get(data);
  if (!byPlaces) {
    byPlaces = new WeakMap();
    cache.set(data, byPlaces);
  }
  let byOutlets = byPlaces.get(places);
  if (!byOutlets) {
    byOutlets = new WeakMap();
    byPlaces.set(places, byOutlets);
  }
  let compiled = byOutlets.get(outlets);
  if (!compiled) {
    compiled = build(data, places, outlets);
    byOutlets.set(outlets, compiled);
  }
  return compiled;
}

function longestFirst<T>(map: Map<string, Phrase<T>[]>): void {
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
}

/** Words grouped by `startSlot` (their first two letters), in the order given. */
function byFirstTwo(list: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of list) out.set(startSlot(w), [...(out.get(startSlot(w)) ?? []), w]);
  return out;
}

/** Head phrases (and their misspelt forms) by their first word. */
function headPhrases(data: OrganisationData, misspelt: ReadonlyMap<string, string[]>): Map<string, Phrase<OrganisationKind>[]> {
  const heads = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.heads)) {
    for (const w of spelledForms(phraseWords(phrase), misspelt)) if (w.length > 0) addPhrase(heads, w[0]!, { words: w, value: kind });
  }
  return heads;
}

/** Tail phrases by their last word. */
function tailPhrases(data: OrganisationData): Map<string, Phrase<OrganisationKind>[]> {
  const tails = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.tails)) {
    const w = phraseWords(phrase);
    if (w.length > 0) addPhrase(tails, w[w.length - 1]!, { words: w, value: kind });
  }
  return tails;
}

/** Places of exactly two words (`Amerika Serikat`): the second words by the first. */
function placePairsOf(places: readonly string[]): Map<string, Set<string>> {
  const placePairs = new Map<string, Set<string>>();
  for (const place of places) {
    const space = place.indexOf(' ');
    if (space < 0 || place.indexOf(' ', space + 1) >= 0) continue;
    const first = place.slice(0, space);
    const seconds = placePairs.get(first) ?? new Set<string>();
    seconds.add(place.slice(space + 1));
    placePairs.set(first, seconds);
  }
  return placePairs;
}

function build(data: OrganisationData, placeData: PlaceData, outlets: OutletData): CompiledOrganisations {
  const misspelt = misspellings(data);
  const { known, forms, capitalsForms, alone } = knownForms(data, outlets, misspelt);
  const heads = headPhrases(data, misspelt);
  const tails = tailPhrases(data);
  const placePairs = placePairsOf(data.places);
  const breakers = new Set([...data.breakers, ...data.openers]);
  const { starts, wordBits } = slotTables(
    [
      [known.keys(), STARTS_KNOWN],
      [heads.keys(), STARTS_HEAD],
      [tails.keys(), STARTS_TAIL],
      [placePairs.keys(), STARTS_PLACE_PAIR],
      [data.gluedPrefixes, STARTS_GLUED],
    ],
    breakers,
  );
  longestFirst(known);
  longestFirst(heads);
  longestFirst(tails);
  // Role words stay out: many are names too (`Pratama`, `Utama`, `Agung`).
  const orgVocabulary = new Set<string>([...data.nameWords, ...placeData.orgWords]);
  for (const list of heads.values()) for (const ph of list) ph.words.forEach((w) => orgVocabulary.add(w));
  for (const list of tails.values()) for (const ph of list) ph.words.forEach((w) => orgVocabulary.add(w));
  const gluedWords = [...(data.gluedWords ?? [])].sort((a, b) => b.length - a.length);
  const officerTitles = byLastWrittenWord(withLowerCase(data.officerTitles ?? []));
  return {
    starts,
    wordBits,
    known,
    forms,
    formLastWords: lastWordsOf(forms.keys()),
    heads,
    tails,
    joiners: new Set(data.joiners),
    breakers,
    openers: new Set(data.openers),
    unitTails: new Set(data.unitTails),
    fieldTails: new Set(data.fieldTails ?? []),
    bodyPosts: new Set(data.bodyPosts ?? []),
    housePosts: new Set(data.housePosts ?? []),
    beatRegions: new Set(data.housePostBeats?.regions ?? []),
    beatMarkets: new Set(data.housePostBeats?.markets ?? []),
    beatLinks: new Set(data.housePostBeats?.links ?? []),
    partyUnits: new Set(data.partyUnits ?? []),
    partyWings: new Set(data.partyWings ?? []),
    notOrganisations: new Set(data.notOrganisations),
    places: new Set(data.places),
    placePairs,
    cues: new Set(data.cues.map((w) => w.toLowerCase())),
    nameWords: new Set(data.nameWords),
    spelledTails: new Set(data.spelledTails ?? []),
    coinedEndings: data.coinedEndings ?? [],
    nameParticles: new Set(data.nameParticles ?? []),
    placeNouns: new Set(data.placeNouns ?? []),
    fieldOpeners: new Set((placeData.fieldOpeners ?? []).map((w) => w.toLowerCase())),
    placeWords: new Set([...data.places, ...placeData.places]),
    placeTakers: new Set(placeData.placeTakers),
    locatives: new Set(placeData.locatives ?? []),
    orgVocabulary,
    roles: new Set(placeData.roles),
    roleLinks: new Set(placeData.roleLinks ?? []),
    roleWords: new Set(placeData.roleWords),
    personFirstWords: new Set(personFirstWords),
    branchPlaces: new Set(data.branchPlaces),
    portfolioHeads: new Set(data.portfolioCommittees.heads.map((h) => phraseWords(h).join(' '))),
    portfolioAfter: new Set(data.portfolioCommittees.after),
    mediaSuffixes: new Set(data.mediaSuffixes),
    gluedPrefixes: byFirstTwo([...data.gluedPrefixes].sort((a, b) => b.length - a.length)),
    gluedWords,
    gluedEnds: endKeysOf(gluedWords),
    legalForms: new Set(data.legalForms ?? []),
    legalSuffixes: new Set((data.legalForms ?? []).filter((w) => !companyPrefixes.includes(w))),
    officerTitles,
    officerTitlesByFirst: byFirstWrittenWord(officerTitles),
    andWords: new Set(andWords),
    orWords: new Set(orWords),
    foreignClosers: new Map(Object.entries(data.foreignClosers ?? {})),
    regionLevels: new Set(data.regionLevels ?? []),
    provinces: byFirstWrittenWordLongest(data.provinces ?? []),
    provinceSeats: new Set(data.provinceSeats ?? []),
    documentWords: new Set([...(placeData.documents ?? []), ...(data.sourceCues ?? []).flatMap((cue) => cue.split(' '))].map((w) => w.toLowerCase())),
    brandWords: [...outlets.brandWords],
    kindNouns: new Map(Object.entries(data.kindNouns)),
    originWords: new Set(data.originWords ?? []),
    sourceCues: byLastWord(data.sourceCues ?? []),
    looseSourceCues: byLastWord(data.looseSourceCues ?? []),
    aloneForms: alone,
    seatBefore: new Set((data.seatWords?.before ?? []).map((w) => w.toLowerCase())),
    seatAfter: new Set(data.seatWords?.after ?? []),
    capitalsForms,
    unitHeads: new Set(data.unitHeads ?? []),
    longNameHeads: new Set(data.longNameHeads ?? []),
    ministryHeads: new Set(data.ministryHeads ?? []),
    ranks: new Set((placeData.ranks ?? []).filter((r) => !r.includes(' '))),
    eventWords: new Set(data.eventWords ?? []),
    undertakingWords: new Set(data.undertakingWords ?? []),
    venueWords: new Set(data.venueWords ?? []),
    gatheringWords: new Set(data.gatheringWords ?? []),
    buildingWords: new Set(data.buildingWords ?? []),
    placeNameWords: new Set(data.placeNameWords ?? []),
    genericWords: new Set(data.genericWords ?? []),
    countryGovernmentHeads: new Set(data.countryGovernmentHeads ?? []),
    countNouns: new Set(data.countNouns ?? []),
    namesakeTitles: new Set(namesakeTitles),
    personTitles: new Set(namesakeTitles.filter((t) => nameAbbreviations.includes(t))),
    nameAbbreviations: new Set(nameAbbreviations),
    honorifics: new Set((placeData.honorifics ?? []).flatMap((h) => h.split(' ')).map((w) => w.replace(/\.$/, ''))),
    honorificLaterWords: honorificLaterWords(placeData.honorifics ?? []),
    speechVerbs: new Set([...Object.keys(placeData.introVerbs ?? {}), ...Object.keys(placeData.postVerbs ?? {})].map((v) => v.toLowerCase())),
    actVerbs: new Set((data.actVerbs ?? []).map((v) => v.toLowerCase())),
    actAdverbs: new Set([...(data.actAdverbs ?? []), ...(placeData.auxiliaries ?? [])].map((v) => v.toLowerCase())),
    initialsWords: new Set(data.initialsWords ?? []),
  };
}
