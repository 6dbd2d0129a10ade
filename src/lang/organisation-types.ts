import type { OrganisationKind } from '../types.js';

/**
 * What the organisation finder knows about one language. Lists are plain strings so they stay
 * cheap to import; the finder compiles them into lookup tables once, on first use.
 */
export interface OrganisationData {
  /** Words (or phrases) that begin a name and need at least one more name word: `Kementerian`, `Partai`, `PT`. */
  heads: Readonly<Record<string, OrganisationKind>>;
  /** Words that end a name built from the capitalised words before them: `University`, `Sekuritas`, `Bhd`. */
  tails: Readonly<Record<string, OrganisationKind>>;
  /** Lower-case words allowed inside a name between capitalised words: `dan`, `untuk`, `of`. */
  joiners: readonly string[];
  /** Capitalised words that end a name and never start one (roles, months, sentence openers): `Menteri`, `Senin`, `Namun`. */
  breakers: readonly string[];
  /**
   * Capitalised words that are capitalised only because they open a sentence (`Namun`, `Kita`, `The`):
   * they never start a name, but between two name words mid-sentence they belong to it (`PT Dompet Kita Nusantara`).
   */
  openers: readonly string[];
  /**
   * Tails that qualify an organisation's own name (`BRI Syariah`, `Bank Mega Syariah`): the words before
   * must hold a known name, an acronym or a head noun, else the phrase is a thing (`Surat Berharga Syariah`).
   */
  unitTails: readonly string[];
  /**
   * Tails that also name a line of work (`Research`, `Wealth Management`): after a post and `of` they
   * name its department, not a body (`Head of Contoh Research Contoh Sekuritas`). Optional: none by default.
   */
  fieldTails?: readonly string[];
  /**
   * Words of a research house's posts (`Riset`, `Research`): between such a post and its holder's name, capitalised
   * words name the house (`Kepala Riset Contoh Investindo Rina …`), as they do after a company officer's title; a
   * region's or a seat's title (`Bupati`, `Senator`) is none. Optional: none by default.
   */
  bodyPosts?: readonly string[];
  /**
   * Lower-case posts of a house's staff (`analis`, `analyst`): set after the holder's name, a post names the body the
   * holder works for after it (`Rina Wulandari, analis Contoh Shoji, …`). Optional: none by default.
   */
  housePosts?: readonly string[];
  /**
   * What such a post covers rather than serves: world regions (`Asia`, `Pacific`) and markets or sectors (`Income`,
   * `Markets`, `Sektor`). After the post with no `di`/`at`, a run of region words, or one with a market word, is the
   * holder's beat (`chief economist Asia Pacific`, `analis Pendapatan Tetap`), no body; `links` are the lower-case words
   * that say where the holder works (`at`, `di`), after which the run is the body whatever its words. Optional.
   */
  housePostBeats?: { regions: readonly string[]; markets: readonly string[]; links: readonly string[] };
  /** Words for a party's local division, written after the party and before its place (`Contoh Bahagian Kota Contoh`). Optional. */
  partyUnits?: readonly string[];
  /** Words for a party's wing, written before the party (`Pemuda Contoh`, the party's youth wing). Optional. */
  partyWings?: readonly string[];
  /** Country names that make a known name its national branch (`Greenpeace Indonesia`, `GM Indonesia`). */
  branchPlaces: readonly string[];
  /**
   * Known organisations, one per entry: `id|kind|Name|ACRONYM|other form|…` (the acronym may be
   * empty). Forms are matched case-sensitively as whole words.
   */
  known: readonly string[];
  /** Acronyms and words that look like names but are not organisations: `HAM`, `WIB`, `BBM`, `Rp`. */
  notOrganisations: readonly string[];
  /** Places, which are never organisations on their own: `DKI`, `Jabar`, `AS`, `JAKARTA`. */
  places: readonly string[];
  /**
   * Lower-case words right before an acronym not in the lexicon that say it names an organisation
   * (`mitra YLKI`, `anggota APTB`); without a cue, a list of organisations or a spelled-out name,
   * such an acronym is more often a thing (`BPHTB`, `PAD`) and is not reported.
   */
  cues: readonly string[];
  /** Words that mark a spelled-out name (`… (ACR)`) as an organisation besides heads and tails: `Community`, `Jaringan`. */
  nameWords: readonly string[];
  /**
   * Last words that mark a spelled-out name (`… (ACR)`) as an organisation when no other word of
   * the name is a word the text writes as its own language's: English `Company` in Indonesian or
   * Malay text, which is no tail there (a name already given goes on with it).
   */
  spelledTails?: readonly string[];
  /**
   * Endings of words coined as a company's or an association's one-word name from the country's
   * name (`-indo` in `Contohindo`, `Aprisindo`): such a word names a body wherever it stands.
   */
  coinedEndings?: readonly string[];
  /**
   * Small words that join a given name to a family name (`da`, `dos`): a coined-looking word before one
   * is a person's given name (`Contolindo da Silva`), no body.
   */
  nameParticles?: readonly string[];
  /**
   * Nouns that take a place's name after them besides the place takers (`Kampung`, `Jalan`): a
   * coined-looking word after one names the place.
   */
  placeNouns?: readonly string[];
  /**
   * English words that close a foreign name in Indonesian or Malay text although the language puts
   * them first in its own names (`Bank`): read only when no word before them is one the text writes
   * as its own language's (`Contoh Growth Bank`, not `Terminal Setor Tunai Bank`); each with the kind it gives
   * and the fewest name words it needs before it, and the field words one of which must stand right before it
   * unless the name goes on with `for`/`of` (`Contoh Climate Center`, `Contoh Center for …`).
   */
  foreignClosers?: Readonly<Record<string, { kind: OrganisationKind; minWords: number; fields?: readonly string[] }>>;
  /**
   * Words that name a level of regional government before its place (`Kabupaten`, `Kota`): after a
   * national body's known name they name its regional office (`KPU Kabupaten Contoh`).
   */
  regionLevels?: readonly string[];
  /**
   * The country's provinces, by short and whole names (`Jabar`, `Jawa Barat`): after a national body's name, the
   * body's office there (`BPS Jabar`, `Bawaslu Jawa Barat`).
   */
  provinces?: readonly string[];
  /**
   * National bodies whose name before a province says whom a member stands for, or names a party's regional board
   * by the same letters (`anggota DPD Contoh`): no office in that province.
   */
  provinceSeats?: readonly string[];
  /**
   * Committees of a state executive council, named by their portfolios: a head in `heads` whose
   * portfolio words (a list: `Pelancongan, Kebudayaan … dan Komoditi`) are followed by a word in
   * `after` (`negeri`) is a member's title (`Pengerusi Jawatankuasa … negeri`), not an organisation.
   */
  portfolioCommittees: { heads: readonly string[]; after: readonly string[] };
  /**
   * Common misspellings of name words → the standard spelling (`Kementrian` → `Kementerian`):
   * heads and lexicon forms are matched in both spellings.
   */
  spellings: Readonly<Record<string, string>>;
  /**
   * Lower-case words that scraped text glues to the name that follows (`dikutip dariAntara`):
   * a word that starts with one and goes on with a capital is read as the two words.
   */
  gluedPrefixes: readonly string[];
  /**
   * Small lower-case words that scraped text glues to the end of a linked name (`told The Contoh
   * Postin an interview`): a known form's last word that ends in one is read as the two words.
   */
  gluedWords?: readonly string[];
  /**
   * Titles of a company's officers (`CEO`, `Direktur Utama`, `president director`), as written, that stand
   * right before or after the company's name and before the officer's (`CEO Contohpay Rina Wulandari`).
   * A one-word title in Title Case is read in lower case too (`Pendiri`, `pendiri`): list it once.
   */
  officerTitles?: readonly string[];
  /** Words of a company's legal form (`PT`, `Tbk`, `Bhd`), which its acronym leaves out (`SCA` for `PT Sinar Contoh Abadi`). */
  legalForms?: readonly string[];
  /** Words an outlet adds to its brand (`BBC News`): after a known outlet, its name goes on. */
  mediaSuffixes: readonly string[];
  /**
   * Lower-case nouns that say what the capitalised name after them is (`perusahaan Contoh Jaya`,
   * `firm Contoh Pangan`): a name of two words or more after one is an organisation of that kind.
   */
  kindNouns: Readonly<Record<string, OrganisationKind>>;
  /** Lower-case words that say where a body after them comes from (`perusahaan asal Contohland Contoh Group`): the country after one is no word of its name. */
  originWords?: readonly string[];
  /** Lower-case phrases after which a capitalised name is an outlet the text cites (`dilansir Contoh Times`). */
  sourceCues?: readonly string[];
  /**
   * Citing phrases that cite an author as often as an outlet (`dikutip Contoh`): after one, a name of
   * one word, or one that ends in an outlet's brand word or a country (`Contoh Daily`), is an outlet.
   */
  looseSourceCues?: readonly string[];
  /** Known one-word forms that count only standing alone (`Kongres`; `Kongres Contoh` is a party's congress). */
  aloneForms?: readonly string[];
  /**
   * Lower-case words beside a form of `aloneForms` that make it a seat in that legislature, not the body: before it
   * (`kerusi Parlimen`; a member's post, `Ahli Parlimen`, in any case), or right after it (`di Parlimen tersebut`: the
   * constituency just named). Optional.
   */
  seatWords?: { before: readonly string[]; after: readonly string[] };
  /** Heads of a unit that names its parent body after it (`Departemen Riset Bank Contoh`): the parent is the organisation. */
  unitHeads?: readonly string[];
  /** Heads whose name needs two words or more: one capitalised word after them is as often a person's name or a place (`Tim Contoh`). */
  longNameHeads?: readonly string[];
  /** First words of a ministry's name (`Kementerian`): a named unit before one (`Badan Contoh Fiskal Kementerian Contoh`) is a body of its own. Optional. */
  ministryHeads?: readonly string[];
  /** Words that end an event's name (`Contoh Motor Show`): a name that runs on into one names the event. */
  eventWords?: readonly string[];
  /** Words that end the name of a body and of its meeting alike (`Contoh Forum`): with a year after them, the meeting's edition. Optional. */
  gatheringWords?: readonly string[];
  /** Words that end a venue's name after its sponsor's or owner's (`Contoh Arena`): a known name before one is no mention. */
  venueWords?: readonly string[];
  /** Words before an organisation's name that make it a building's (`Gedung Contoh`, `Menara Contoh`). Optional. */
  buildingWords?: readonly string[];
  /** Words that open a place's name (`Kampung Contoh`, `Sungai Contoh`): a known name right after one is the place's. Optional. */
  placeNameWords?: readonly string[];
  /**
   * Capitalised nouns of a post's field that name an undertaking, not a body (`Proyek`, `Program`, `Kampanye`): an
   * acronym right after one names the project, programme or campaign (`Manajer Proyek CNTK Rina …`). Optional.
   */
  undertakingWords?: readonly string[];
  /** Words that alone after a head make a generic reference, no name (`Pemerintah Pusat`, `Kerajaan Tempatan`). */
  genericWords?: readonly string[];
  /** Heads that name a country's government with the country alone (`Pemerintah Contohland`). Optional. */
  countryGovernmentHeads?: readonly string[];
  /** Nouns a number counts (`74 orang`): a number before one closes no name (`Puskesmas Contoh 74 orang`). Optional. */
  countNouns?: readonly string[];
  /**
   * Lower-case verbs only an agent takes, not a law, plan or programme (`mengumumkan`, `membantah`, `berencana`; not
   * `menargetkan`, `menyatakan`): after an acronym no rule read that opens a clause (`Tahun ini, CNTK mengumumkan …`),
   * they make it an organisation. Optional.
   */
  actVerbs?: readonly string[];
  /** Lower-case adverbs that may stand between such an acronym and its verb besides the auxiliaries (`CNTK juga melaporkan`). Optional. */
  actAdverbs?: readonly string[];
  /** Lower-case words before people's initials (`tersangka berinisial RWS, DN dan AK`): the capitals after one name people. Optional. */
  initialsWords?: readonly string[];
}
