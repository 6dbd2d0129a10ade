/** The lookup sets a language's speech data compiles to (`lexicon` in `speech-words.ts` builds them once per data object). */
import type { ReferenceWords } from './references.js';
import type { ClassTable } from './class-table.js';

/** Lookup sets built once per `SpeechData` object. */
export interface Lexicon {
  post: ReadonlyMap<string, string>;
  pronounVerb: ReadonlyMap<string, string>;
  intro: ReadonlyMap<string, string>;
  according: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** `SpeechData.pluralPronouns`. */
  pluralPronouns: ReadonlySet<string>;
  /** First-person pronouns, lower-case: never a person's name. */
  selfPronouns: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  /** Sentence adverbs that may stand before a subject without a comma (not `meskipun`, `jika`: a clause of its own). */
  openers: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** Roles that are a trade or lot, lower-case (`commuter`): a description by one points back to a person, not a body. */
  callings: ReadonlySet<string>;
  /** Ranks and honorifics as token sequences, longest first, by first token. */
  titles: ReadonlyMap<string, readonly string[][]>;
  /** Title words written with a closing apostrophe in the title lists (`Dato` of `Dato’`): the mark is the title's, not a quote's. */
  apostropheTitles: ReadonlySet<string>;
  /** One-word ranks and honorifics (`Datuk`, not `Tan` of `Tan Sri`). */
  singleTitles: ReadonlySet<string>;
  /** Police and military ranks (`AKBP`, `Kombes Pol`): a rank is the title of someone named with no post. */
  ranks: ReadonlySet<string>;
  /** `SpeechData.rankSuffixes`: parts that only follow a rank (`Pol`, `TNI`), never a rank on their own. */
  rankSuffixes: ReadonlySet<string>;
  /** Royal and honorific titles that open a father's name inside a person's name (`Kamaruddin Sultan Yusri`, `Rahim Tun Karim`). */
  patronymicTitles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  titlePlaces: ReadonlySet<string>;
  /** `SpeechData.bodyLinks`, lower-case. */
  bodyLinks: ReadonlySet<string>;
  postVerbLeads: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  /** `SpeechData.namePrefixes`, lower-case. */
  namePrefixes: ReadonlySet<string>;
  /** `SpeechData.nameAbbreviations`, as written. */
  nameAbbreviations: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  nameStops: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  titleCues: ReadonlySet<string>;
  unnamed: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  /** Month names and their abbreviations (`DateData.months`), lower-case. */
  months: ReadonlySet<string>;
  /** `SpeechData.sceneLinks`, lower-case. */
  sceneLinks: ReadonlySet<string>;
  placeTakers: ReadonlySet<string>;
  places: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  /** Locatives that are prepositions, after which a capitalised run closing its clause is one place (`vocabulary.ts`). */
  placePrepositions: ReadonlySet<string>;
  /** Degrees after a name (`SpGK`), case-sensitive. */
  degrees: ReadonlySet<string>;
  /** Endings of English field words that are never names (`-ing`, `-ion`). */
  roleSuffixes: readonly string[];
  /** Role words in lower case (`chairman` in `PHRI Bali chairman Made Wiratama`). */
  lowerRoles: ReadonlySet<string>;
  /** Titles held for a client (`kuasa hukum`), lower-case. */
  clientTitles: ReadonlySet<string>;
  /** Words that qualify the post before them (`Utama`), as written. */
  postQualifiers: ReadonlySet<string>;
  /** Posts that hold a place and no body (`Ketua Kampung`), as written. */
  seatTitles: ReadonlySet<string>;
  descriptions: ReadonlySet<string>;
  /** `SpeechData.personQuantifiers`, as lower-case word sequences. */
  personQuantifiers: readonly (readonly string[])[];
  /** Words that refer back to someone already named (`references.ts`). */
  references: ReferenceWords;
  /** Lower-case nouns that describe an organisation (`firma`, `perseroan`): such a description is the body named before. */
  organisationNouns: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  /** Organisation aliases, by the alias as written. */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** Words that open reported speech after a verb (`bahwa`, `that`). */
  complementisers: ReadonlySet<string>;
  /** `SpeechData.purposeLinks`, lower-case. */
  purposeLinks: ReadonlySet<string>;
  /** Base forms whose reported speech may follow the verb directly (`kata`, `say`). */
  bareReport: ReadonlySet<string>;
  /** Nouns after `menurut` that name a plan, rule or data, not a speaker. */
  nonSpeakers: ReadonlySet<string>;
  /** Head words closing a law's name, and of a numbered part of one, as written (`SpeechData.laws`, `lawParts`). */
  laws: ReadonlySet<string>;
  lawParts: ReadonlySet<string>;
  /** `according` phrases as lower-case word sequences (`according to` → `['according', 'to']`). */
  accordingSeqs: readonly (readonly string[])[];
  /** Every word of every rank and honorific (`Tan`, `Sri`, `AKBP`), case-sensitive. */
  titleWords: ReadonlySet<string>;
  /** First words of the `according` phrases. */
  accordingFirst: ReadonlySet<string>;
  /** Words between a name and the body the person comes from (`dari`, `of`), lower-case. */
  affiliationLinks: ReadonlySet<string>;
  /** Verbs of a relative clause by which a person heads a body (`who heads`), lower-case. */
  headVerbs: ReadonlySet<string>;
  /** Words between a name and its title (`selaku`), lower-case. */
  roleLinks: ReadonlySet<string>;
  /** Verbs by which a person holds a post (`menjabat`), lower-case. */
  holdingVerbs: ReadonlySet<string>;
  /** Verbs of taking a post (`menjadi`, `became`; `SpeechData.becomingVerbs`), lower-case. */
  becomingVerbs: ReadonlySet<string>;
  /** Copulas (`adalah`, `ialah`, `is`; `lang/definitions.ts`), lower-case: right after a name, they give it a post. */
  copulas: ReadonlySet<string>;
  /** Words closing a title among others of the same post (`lainnya`), lower-case. */
  otherHolders: ReadonlySet<string>;
  /** Words after which a title names a field (`Bidang`), case-sensitive. */
  fieldOpeners: ReadonlySet<string>;
  /** Possessive determiners (`its`), lower-case. */
  possessives: ReadonlySet<string>;
  /** `SpeechData.auxiliaries`, lower-case. */
  auxiliaries: ReadonlySet<string>;
  /** Words before a nickname (`disapa`, `atau`), lower-case. */
  nicknameCues: ReadonlySet<string>;
  /** Two-word roles (`Kepala Sekolah`, and the roles list's two-word posts such as `Rais Aam`), as `first second`. */
  compoundRoles: ReadonlySet<string>;
  /** The first words of `compoundRoles`: a word that is none needs no `first second` key built to ask. */
  compoundRoleFirsts: ReadonlySet<string>;
  /** `SpeechData.namedHeads`, case-sensitive. */
  namedHeads: ReadonlySet<string>;
  /** The organisation a title implies, by its first words (`SpeechData.titleOrganisations`), longest first. */
  titleOrganisations: readonly (readonly [readonly string[], string])[];
  titleOrganisationSuffixes: ReadonlyMap<string, string>;
  titleModifiers: ReadonlySet<string>;
  /** A party's wing words (`OrganisationData.partyWings`): `Ketua Pemuda Contoh` heads the wing, not the party. */
  partyWings: ReadonlySet<string>;
  /** Heads of a body's inner units (`OrganisationData.unitHeads`: `Departemen`, `Biro`): `Kepala Biro Contoh Kementerian X` heads a unit of the ministry. */
  unitHeads: ReadonlySet<string>;
  titleHeads: ReadonlySet<string>;
  /** `SpeechData.titleUnits`: a unit's first word → the words after which it is a board's level. */
  titleUnits: ReadonlyMap<string, ReadonlySet<string>>;
  /** `SpeechData.boards`: boards a post is held on (`Dewan Penasehat`), as `first second`, case-sensitive. */
  boards: ReadonlySet<string>;
  /** Forms of the known organisations, as written; built only for a language with `boards`, which reads them. */
  knownOrganisations: ReadonlySet<string>;
  listJoiners: ReadonlySet<string>;
  /** News agencies, outlets and sign-offs the language data lists (`boilerplate.signOffs`, `outlets.names`), lower-case. */
  agencies: ReadonlySet<string>;
  /** Classes (`W_*` bits and helpers) of the lexicon's lower-case words, by their `signature`. */
  lowerClasses: ClassTable;
  /** Classes of the lexicon's case-sensitive words (roles, organisation and role words, titles), by their `signature`. */
  textClasses: ClassTable;
}
