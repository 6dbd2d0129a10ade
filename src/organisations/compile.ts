import { andWords, orWords } from '../lang/conjunctions.js';
import { companyPrefixes } from '../lang/legal-forms.js';
import { nameAbbreviations, namesakeTitles, personFirstWords } from '../lang/names.js';
import type { OrganisationData, OutletData, SpeechData } from '../lang/types.js';
import type { OrganisationKind } from '../types.js';
import { byFirstWrittenWord, byLastWord, byLastWrittenWord, endKeysOf, lastWordsOf, withLowerCase } from './phrase-tables.js';
import { MIN_CAPITALS_FORM } from '../options.js';
import { isAcronym } from './shapes.js';
import { honorificLaterWords } from './long-honorifics.js';
import { tokenize } from './tokens.js';
import { spelledForms, withOutlets } from './known-lines.js';
import { STARTS_GLUED, STARTS_HEAD, STARTS_KNOWN, STARTS_PLACE_PAIR, STARTS_TAIL, startSlot, WORD_BREAKER, wordSlot } from './slots.js';

/** One organisation of the lexicon. */
export interface KnownOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  acronym: string | null;
}

/** A phrase to match word by word, with what it stands for. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** `OrganisationData` turned into lookup tables: every look-up is by one word. */
export interface CompiledOrganisations {
  /**
   * `STARTS_*` bits by `startSlot` of a word: most words (`yang`, `dengan`) begin with two letters
   * no lexicon word begins with, and are passed over without a map look-up.
   */
  starts: Uint8Array;
  /**
   * The same bits (but `STARTS_GLUED`, a prefix's) by `wordSlot` of a whole word: most capitalised
   * words that begin like a lexicon word are still passed over without a map look-up.
   */
  wordBits: Uint8Array;
  /** Known forms by their first word, longest first. */
  known: Map<string, Phrase<KnownOrganisation>[]>;
  /** Known forms by their words joined with one space. */
  forms: Map<string, KnownOrganisation>;
  /** The last words of the known forms of two words or more (`Post` of `The Contoh Post`): a glued word may follow one. */
  formLastWords: ReadonlySet<string>;
  /** Head phrases by their first word, longest first. */
  heads: Map<string, Phrase<OrganisationKind>[]>;
  /** Tail phrases by their last word, longest first. */
  tails: Map<string, Phrase<OrganisationKind>[]>;
  joiners: Set<string>;
  /** Words that end a name and never start one: the breakers and the openers. */
  breakers: Set<string>;
  /** Sentence openers, which may stand inside a name mid-sentence (`PT Dompet Kita Nusantara`). */
  openers: Set<string>;
  /** Tails that need an organisation before them (`BRI Syariah`). */
  unitTails: Set<string>;
  /** Tails that name a post's field after `of` (`Head of Contoh Research`). */
  fieldTails: Set<string>;
  /** A party's division words (`Bahagian`): the party's name goes on with it and its place. */
  partyUnits: Set<string>;
  /** A party's wing words (`Pemuda`): with the party after them, the wing is an organisation of its own. */
  partyWings: Set<string>;
  notOrganisations: Set<string>;
  places: Set<string>;
  /** Places of exactly two words (`Amerika Serikat`): the second words by the first. */
  placePairs: Map<string, Set<string>>;
  /** Lower-case cue words before an acronym. */
  cues: Set<string>;
  /** Words that make a spelled-out name an organisation wherever they stand. */
  nameWords: Set<string>;
  spelledTails: Set<string>;
  /** Endings of one-word names coined from the country's name (`-indo`). */
  coinedEndings: readonly string[];
  /** Particles of a person's name (`da`, `dos`) and nouns taking a place's name (`Kampung`): no coined name before or after them. */
  nameParticles: Set<string>;
  placeNouns: Set<string>;
  /** Words that open a post's field after its role, lower-cased (`bidang` in `Ketua Bidang Hukum`). */
  fieldOpeners: ReadonlySet<string>;
  /** Place names and compass words (`Garut`, `Jawa`, `Tengah`): these and `places` never start a person's name. */
  placeWords: Set<string>;
  /** Words after which the next capitalised word is a place (`Kota`, `Polres`, `Kejari`). */
  placeTakers: Set<string>;
  /** Lower-case words before a place (`di`, `ke`, `kota`): a name after one is a place's. */
  locatives: Set<string>;
  /** Words of organisation names (`Dinas`, `Sekuritas`, `Forum`): never part of a person's name. */
  orgVocabulary: Set<string>;
  /** Roles (`Direktur`, `Kepala`) and the words that continue them (`Jenderal`, `Utama`). */
  roles: Set<string>;
  /** Words that link a person to the post they hold (`selaku`, `as`). */
  roleLinks: Set<string>;
  roleWords: Set<string>;
  /** Given names that start a person's name after an organisation's (`Muhammad`, `Siti`). */
  personFirstWords: Set<string>;
  /** Country names after a known name: its national branch. */
  branchPlaces: Set<string>;
  /** Committee heads (their words joined by one space) that a state council names by portfolio, and the words after the portfolios. */
  portfolioHeads: Set<string>;
  portfolioAfter: Set<string>;
  /** Words an outlet adds to its brand (`News`, `TV`). */
  mediaSuffixes: Set<string>;
  /** Lower-case words glued to a following name in scraped text (`dari`), longest first, by their first two letters. */
  gluedPrefixes: Map<number, string[]>;
  /** Small words glued to the end of a known name (`Postin`), longest first so `that` is tried before `at`. */
  gluedWords: string[];
  /** `endKey` of every glued word (its last two code units), or null when one is shorter than two: any word may end with it. */
  gluedEnds: ReadonlySet<number> | null;
  /** Officers' titles by their last word, as word lists (`Direktur Utama` under `Utama`). */
  officerTitles: Map<string, string[][]>;
  /** The same titles by their first word (`Direktur Utama` under `Direktur`), in the order of `officerTitles`. */
  officerTitlesByFirst: Map<string, string[][]>;
  /** Conjunctions that join two nouns of one name (`Goods and Services`); `of`, `for` and `on` lead a name's own phrase. */
  andWords: ReadonlySet<string>;
  /** Words that give another name or an alternative (`Contoh Karya atau CK`): `atau`, `or`. */
  orWords: ReadonlySet<string>;
  /** English words that close a foreign name in this language's text (`Bank` in `Contoh Growth Bank`), with the kind each gives. */
  foreignClosers: Map<string, { kind: OrganisationKind; minWords: number; fields?: readonly string[] }>;
  /** Words that name a level of regional government before its place (`Kabupaten`). */
  regionLevels: Set<string>;
  /** The language's words for documents and cited sources, lower-cased (`laporan`, `koran`): capitalised in a title, still its own words. */
  documentWords: Set<string>;
  /** Words of a company's legal form (`PT`, `Tbk`). */
  legalForms: Set<string>;
  /** The legal forms written after a company's name (`Tbk`, `Ltd`), not before it (`PT`). */
  legalSuffixes: Set<string>;
  /** Lower-case words outlets build their names from (`daily`, `news`): the outlets' `brandWords`. */
  brandWords: string[];
  /** Lower-case nouns that say what kind of organisation the name after them is (`perusahaan`). */
  kindNouns: Map<string, OrganisationKind>;
  /** `originWords`: a country after one says where the body after it comes from (`nationality.ts`). */
  originWords: Set<string>;
  /** Lower-case phrases that cite a news source, as word lists by their last word (`dilansir dari` under `dari`). */
  sourceCues: Map<string, string[][]>;
  /** Phrases that cite an author as often (`dikutip`), by their last word. */
  looseSourceCues: Map<string, string[][]>;
  /** Known one-word forms that count only standing alone (`Kongres`). */
  aloneForms: Set<string>;
  /** `OrganisationData.seatWords`: words beside an alone form that make it a seat. */
  seatBefore: Set<string>;
  seatAfter: Set<string>;
  /** Capitals forms of known one-word names also written in Title Case (`CONTOHKOM` for `Contohkom`). */
  capitalsForms: Set<string>;
  /** Heads of a unit named with its parent body (`Departemen`): the parent is found instead. */
  unitHeads: Set<string>;
  /** Heads whose name needs two words or more (`Tim`). */
  longNameHeads: Set<string>;
  /** First words of a ministry's name (`Kementerian`). */
  ministryHeads: Set<string>;
  /** One-word ranks (`Jenderal`): in a unit's name, its level (`Sekretariat Jenderal`), no name of its own. */
  ranks: Set<string>;
  /** Words that end an event's name (`Championship`). */
  eventWords: Set<string>;
  /** Words that end a venue's name after its sponsor's (`Arena`). */
  venueWords: Set<string>;
  /** `gatheringWords`: a name ending in one, with a year after it, is a meeting's edition (`events.ts`). */
  gatheringWords: Set<string>;
  /** Words before a name that make it a building's (`Gedung`). */
  buildingWords: Set<string>;
  /** Words that open a place's name (`Sungai`). */
  placeNameWords: Set<string>;
  /** Words that alone after a head make a generic reference (`Pusat`). */
  genericWords: Set<string>;
  /** Heads that name a country's government with the country alone (`Pemerintah`). */
  countryGovernmentHeads: Set<string>;
  /** `countNouns`: a number before one counts it, and is no name's number. */
  countNouns: Set<string>;
  /** Words of honorifics and titles before a person's name (`Tun`, `Dr`, `Datuk`), without their full stops. */
  honorifics: Set<string>;
  /** Later words of honorifics of two words or more, with the words that take them (`Sri` → `Tan`): breakers after those. */
  honorificLaterWords: Map<string, Set<string>>;
  /** Titles that open an institution's namesake (`Tun`, `Sultan`). */
  namesakeTitles: Set<string>;
  /** Namesake titles that a living officer carries too (`Dr`, an abbreviation of a person's title, not a royal one). */
  personTitles: Set<string>;
  /** Speech verbs written right after a speaker (`mengatakan`, `said`): the words before one end with a person. */
  speechVerbs: Set<string>;
}

/** The speech data the finder borrows: where places and people stand around roles. */
export type PlaceData = Pick<SpeechData, 'places' | 'placeTakers' | 'orgWords' | 'roleWords' | 'roles'> & Partial<Pick<SpeechData, 'introVerbs' | 'postVerbs' | 'honorifics' | 'locatives' | 'documents' | 'fieldOpeners' | 'roleLinks' | 'ranks'>>;

const NO_PLACES: PlaceData = { places: [], placeTakers: [], orgWords: [], roleWords: [], roles: [] };

const KINDS: ReadonlySet<string> = new Set([
  'government', 'company', 'party', 'ngo', 'media', 'education', 'police-military', 'international', 'other',
]);

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

function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

function add<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
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

function build(data: OrganisationData, placeData: PlaceData, outlets: OutletData): CompiledOrganisations {
  const misspelt = new Map<string, string[]>();
  for (const [wrong, right] of Object.entries(data.spellings)) misspelt.set(right, [...(misspelt.get(right) ?? []), wrong]);
  const known = new Map<string, Phrase<KnownOrganisation>[]>();
  const forms = new Map<string, KnownOrganisation>();
  const seen = new Set<string>();
  for (const line of withOutlets(data, outlets)) {
    const [id, kind, name, acronym, ...others] = line.split('|');
    if (!id || !name || !kind || !KINDS.has(kind)) continue;
    const org: KnownOrganisation = { id, kind: kind as OrganisationKind, name, acronym: acronym || (isAcronym(name) ? name : null) };
    for (const form of [name, acronym ?? '', ...others]) {
      for (const w of spelledForms(words(form), misspelt)) {
        const key = w.join(' ');
        // The first entry that claims a form keeps it (`PBB` is the United Nations, not a party).
        if (w.length === 0 || seen.has(key)) continue;
        seen.add(key);
        forms.set(key, org);
        add(known, w[0]!, { words: w, value: org });
      }
    }
  }
  // A one-word name is also written in capitals (`Contohkom` as `CONTOHKOM`), as an acronym is; a
  // form the lexicon lists itself keeps its own organisation, and a form that is a word of the
  // language standing alone (`Kongres`, `aloneForms`) is not read in capitals, where it is the word.
  const alone = new Set(data.aloneForms ?? []);
  const capitalsForms = new Set<string>();
  for (const [key, org] of [...forms]) {
    const upper = key.toUpperCase();
    if (key.includes(' ') || upper === key || key.length < MIN_CAPITALS_FORM) continue;
    if (forms.get(upper) === org) capitalsForms.add(upper);
    if (seen.has(upper) || alone.has(key)) continue;
    seen.add(upper);
    forms.set(upper, org);
    capitalsForms.add(upper);
    add(known, upper, { words: [upper], value: org });
  }
  const heads = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.heads)) {
    for (const w of spelledForms(words(phrase), misspelt)) if (w.length > 0) add(heads, w[0]!, { words: w, value: kind });
  }
  const tails = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.tails)) {
    const w = words(phrase);
    if (w.length > 0) add(tails, w[w.length - 1]!, { words: w, value: kind });
  }
  const placePairs = new Map<string, Set<string>>();
  for (const place of data.places) {
    const space = place.indexOf(' ');
    if (space < 0 || place.indexOf(' ', space + 1) >= 0) continue;
    const first = place.slice(0, space);
    const seconds = placePairs.get(first) ?? new Set<string>();
    seconds.add(place.slice(space + 1));
    placePairs.set(first, seconds);
  }
  const starts = new Uint8Array(0x10000);
  const wordSlots = new Uint8Array(0x10000);
  const mark = (keys: Iterable<string>, bit: number) => {
    for (const key of keys) {
      if (key.length === 0) continue;
      starts[startSlot(key)]! |= bit;
      wordSlots[wordSlot(key)]! |= bit;
    }
  };
  mark(known.keys(), STARTS_KNOWN);
  mark(heads.keys(), STARTS_HEAD);
  mark(tails.keys(), STARTS_TAIL);
  mark(placePairs.keys(), STARTS_PLACE_PAIR);
  mark(data.gluedPrefixes, STARTS_GLUED);
  const breakers = new Set([...data.breakers, ...data.openers]);
  for (const w of breakers) if (w.length > 0) wordSlots[wordSlot(w)]! |= WORD_BREAKER;
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
    wordBits: wordSlots,
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
    portfolioHeads: new Set(data.portfolioCommittees.heads.map((h) => words(h).join(' '))),
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
    venueWords: new Set(data.venueWords ?? []),
    gatheringWords: new Set(data.gatheringWords ?? []),
    buildingWords: new Set(data.buildingWords ?? []),
    placeNameWords: new Set(data.placeNameWords ?? []),
    genericWords: new Set(data.genericWords ?? []),
    countryGovernmentHeads: new Set(data.countryGovernmentHeads ?? []),
    countNouns: new Set(data.countNouns ?? []),
    namesakeTitles: new Set(namesakeTitles),
    personTitles: new Set(namesakeTitles.filter((t) => nameAbbreviations.includes(t))),
    honorifics: new Set((placeData.honorifics ?? []).flatMap((h) => h.split(' ')).map((w) => w.replace(/\.$/, ''))),
    honorificLaterWords: honorificLaterWords(placeData.honorifics ?? []),
    speechVerbs: new Set([...Object.keys(placeData.introVerbs ?? {}), ...Object.keys(placeData.postVerbs ?? {})].map((v) => v.toLowerCase())),
  };
}
