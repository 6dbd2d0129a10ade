/**
 * The organisation lexicon of one language as the finder reads it (`CompiledOrganisations`): every
 * look-up by one word. `compile.ts` builds it once per language; the rules read only this shape.
 */
import type { SpeechData } from '../lang/types.js';
import type { OrganisationKind } from '../types.js';

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
  /** `OrganisationData.bodyPosts`. */
  bodyPosts: Set<string>;
  /** `OrganisationData.housePosts`. */
  housePosts: Set<string>;
  /** `OrganisationData.housePostBeats`: regions and markets a house post covers. */
  beatRegions: Set<string>;
  beatMarkets: Set<string>;
  beatLinks: Set<string>;
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
  /** The country's provinces as word lists by their first word, longest first (`Jawa Barat`, `Jabar`), as they follow a national body's name. */
  provinces: Map<string, string[][]>;
  /** National bodies that seat members for a province, or share a party board's letters (`DPD`): no office there. */
  provinceSeats: Set<string>;
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
  /** Nouns of a post's field that name an undertaking (`Proyek`): an acronym after one is the undertaking's. */
  undertakingWords: Set<string>;
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
  /** Abbreviations before or in a person's name (`KH`, `Hj`, `Dr`): `lang/names.ts`. */
  nameAbbreviations: Set<string>;
  /** Speech verbs written right after a speaker (`mengatakan`, `said`): the words before one end with a person. */
  speechVerbs: Set<string>;
  /** Verbs only an agent takes (`mengumumkan`, `membantah`): after an acronym opening a clause, a body's act. */
  actVerbs: Set<string>;
  /** Words that may stand between an acronym and its act verb: auxiliaries and `actAdverbs` (`akan`, `juga`). */
  actAdverbs: Set<string>;
  /** Words before people's initials (`berinisial`): a list of capitals after one names people. */
  initialsWords: Set<string>;
}

/** The speech data the finder borrows: where places and people stand around roles. */
export type PlaceData = Pick<SpeechData, 'places' | 'placeTakers' | 'orgWords' | 'roleWords' | 'roles'> & Partial<Pick<SpeechData, 'introVerbs' | 'postVerbs' | 'auxiliaries' | 'honorifics' | 'locatives' | 'documents' | 'fieldOpeners' | 'roleLinks' | 'ranks'>>;
