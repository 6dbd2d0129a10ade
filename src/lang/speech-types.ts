/**
 * What the quote finder knows about one language. Word lists are plain strings (matched
 * case-insensitively unless noted); the quote stage builds its lookup sets once, on first use.
 */
export interface SpeechData {
  /** Verbs written after a quote and before the speaker (`kata X`, `said X`, `X said`) → base form. */
  postVerbs: Readonly<Record<string, string>>;
  /** Verbs whose suffix stands for the speaker (`ujarnya` → `ujar`): resolved to an earlier speaker. */
  pronounVerbs: Readonly<Record<string, string>>;
  /** Verbs between a speaker and the quote that follows (`X mengatakan, "…"`) → base form. */
  introVerbs: Readonly<Record<string, string>>;
  /** Words that put the speaker before reported words (`menurut`, `according to`), lower-case. */
  according: readonly string[];
  /** Personal pronouns that stand for an earlier speaker (`dia`, `beliau`, `he`). */
  pronouns: readonly string[];
  /** Plural pronouns among them (`mereka`, `they`): a group speaking, no one person; lower-case. */
  pluralPronouns?: readonly string[];
  /** First-person pronouns (`saya`, `kami`, `I`): the writer speaking, never a person's name; lower-case. */
  selfPronouns: readonly string[];
  /** Words that may sit between a verb and the speaker or end the attribution (`lagi`, `also`). */
  fillers: readonly string[];
  /** Fillers that may open a sentence right before its subject, without a comma (`Terdahulu Budi berkata`); lower-case, each also in `fillers`. */
  openers?: readonly string[];
  /** Words that open a role (`Kepala`, `Menteri`, `Kapolres`, `Minister`); case-sensitive. */
  roles: readonly string[];
  /** Roles that are a trade or lot rather than a post (`Commuter`, `Accountant`); each also in `roles`. */
  callings?: readonly string[];
  /** Police and military ranks, not part of a name (`AKBP`, `Komisaris Besar`); case-sensitive phrases. */
  ranks: readonly string[];
  /** Listed ranks that only follow another rank (`Pol` of `Kombes Pol`, `TNI`): never a rank standing alone. */
  rankSuffixes?: readonly string[];
  /** Honorifics and academic or religious titles, not part of a name (`Bapak`, `Dr.`, `H.`, `Datuk`). */
  honorifics: readonly string[];
  /**
   * Words that open an organisation inside a role beyond the language's one-word organisation heads,
   * which the speech lexicon adds itself (`Kota`, `KPK`, `Hotel`; the heads give `Kementerian`, `Polres`); case-sensitive.
   */
  orgWords: readonly string[];
  /** Articles written before a title or an organisation (`the` of `the mayor`, `director of the Contoh Institute`), lower-case. */
  articles: readonly string[];
  /** Lower-case words that link a title to where it is held (`Ekonom di Contoh Trust`, `analyst at Contoh Bank`). */
  titlePlaces: readonly string[];
  /**
   * Lower-case words that link a title to a body only before an article and a capitalised body with an organisation word
   * (`Minister in the Contoh Department`); before a bare capitalised word they end the title (`Minister in June`).
   */
  bodyLinks?: readonly string[];
  /** Lower-case words between a closing mark and the verb after it (`"…," demikian kata Budi`). */
  postVerbLeads: readonly string[];
  /** Lower-case words that introduce a name after a description (`warga bernama Budi`). */
  namingWords: readonly string[];
  /** One-word organisation heads that are no org word for speakers: inside a title they name its portfolio or level (`Kumpulan`). */
  notOrgWords?: readonly string[];
  /** Capitalised words that continue a role or organisation and are unlikely in a person's name (`Utama`, `Keuangan`). */
  roleWords: readonly string[];
  /** Lower-case words that end the speaker phrase (`dalam`, `saat`, `in`, `when`). */
  nameStops: readonly string[];
  /** First words of names routinely skipped when a person is referred to (`Mohd`, `Sri`, `I Made`), lower-case: alone they refer to nobody. */
  namePrefixes: readonly string[];
  /** Abbreviations whose full stop does not end a name (`Dr.`, `H.`, `Mohd.`), as written; single capitals always count. */
  nameAbbreviations: readonly string[];
  /** Lower-case words allowed inside a role or organisation (`dan`, `untuk`, `of`). */
  connectors: readonly string[];
  /** Words before marks that make them a title, term or nickname, not speech (`film`, `berjudul`, `dubbed`). */
  titleCues: readonly string[];
  /** Words after which the next capitalised word is a place, not a name (`Gubernur`, `Kota`, `Polda`); case-sensitive. */
  placeTakers: readonly string[];
  /**
   * Common places that stand between a role and a name (`Wali Kota Bogor Budi Santoso`) beyond the organisation
   * finder's `places`, which the speech lexicon adds; case-sensitive.
   */
  places: readonly string[];
  /** Lower-case words that open an unnamed source (`seorang warga`, `sources`). */
  unnamed: readonly string[];
  /**
   * Quantifiers of one person (`seorang`, `salah satu`), lower-case: `Salah satu pedagang sayur, Budi …` describes Budi,
   * where a plural or time quantifier (`Beberapa hari kemudian, Budi …`) does not.
   */
  personQuantifiers?: readonly string[];
  /** Weekday names, lower-case: a comma before one ends the speaker phrase (`kata X, Senin (3/1)`). */
  weekdays: readonly string[];
  /** Words after which a capitalised word is a place, not a name (`di Surabaya`, `Kota Bekasi`, `in Jakarta`); matched case-insensitively. */
  locatives: readonly string[];
  /** Locatives that are prepositions (`di`, `ke`): a capitalised run after one that closes its clause is one place; lower-case. */
  placePrepositions?: readonly string[];
  /** Prepositions of a place or a time (`in`, `on`, `at`, `from`), lower-case: a capitalised word right after one says where or when, it opens no minister's portfolio (`in Contoh Trade Minister X`). */
  sceneLinks?: readonly string[];
  /** Academic and professional degrees written after a name (`SpGK`, `SpPD-KEMD`, `MSi`, `PhD`); not part of the name. */
  degrees?: readonly string[];
  /** Endings of capitalised English words that name a field in a title (`Financing`, `Supervision`), never a person's name; lower-case. */
  roleSuffixes?: readonly string[];
  /** Lower-case nouns that describe someone already named (`kata pria yang menjabat …`): resolved like a pronoun. */
  descriptions?: readonly string[];
  /**
   * Openers of a sentence that attributes the paragraph before it (`Hal itu disampaikan Budi …`,
   * `Demikian dikatakan …`, `Perkara itu dinyatakan …`), lower-case: they name the speaker of a
   * paragraph that is all quote.
   */
  backReferences?: readonly string[];
  /**
   * Objects of a speech verb that point back to the paragraph before (`X said this when …`, `X said so at …`), lower-case:
   * the subject of such a verb opening a paragraph names the speaker of a paragraph before it that is all quote.
   */
  statementObjects?: readonly string[];
  /** Demonstratives that close a description of someone already named (`kata mantan kepala dinas ini`), lower-case. */
  demonstratives?: readonly string[];
  /** Relative words that open an appositive after a name (`Budi yang juga Ketua …`, `Budi, who is also …`), lower-case. */
  relatives?: readonly string[];
  /** Words that make a relative clause add a post besides the one the person was introduced with (`yang juga menjabat …`). */
  additives?: readonly string[];
  /**
   * Nouns of a relation to another person (`isteri`, `anak`, `wife`), lower-case: a title reached through one
   * (`yang juga isteri kepada Menteri X`, `who is also the son of Governor X`) is that other person's, not the speaker's.
   */
  relationNouns?: readonly string[];
  /** Words that make the title after them a past post (`mantan`, `bekas`, `former`), lower-case: never the bare title. */
  formerWords?: readonly string[];
  /** Honorific phrases that refer back to a ruler already named (`His Majesty`, `Baginda`), as written. */
  honorificReferences?: readonly string[];
  /** Lower-case nouns for a document that speaks for its issuer (`ujar keterangan APTB`, `bunyi keterangan tersebut`). */
  documents?: readonly string[];
  /** Other names of an organisation (`Wisma Putra` → `Kementerian Luar Negeri`): alias → full names or acronyms it stands for. */
  organisationAliases?: Readonly<Record<string, readonly string[]>>;
  /** Words that open reported speech after a speech verb (`bahwa`, `bahawa`, `that`), lower-case. */
  complementisers?: readonly string[];
  /** Words that open a purpose clause (`untuk`, `agar`): a speech verb right after one is an aim, not a report (`bertemu Menteri X untuk menjelaskan …`), lower-case. */
  purposeLinks?: readonly string[];
  /** Base forms of speech verbs whose reported speech may follow with no `bahwa` or comma (`Ia mengatakan harga naik`, `He said the …`). */
  bareReportVerbs?: readonly string[];
  /** Lower-case nouns after `menurut` / `according to` that name a plan, rule or data, not someone speaking (`rencana`, `data`): no indirect quote. */
  nonSpeakers?: readonly string[];
  /**
   * Head words closing a law's name as written (`Act`, `Constitution`): a law written as the subject of a speech verb
   * before a quotation (`the Contoh Act 1999 says: "…"`) is the quote's speaker, as written.
   */
  laws?: readonly string[];
  /** Head words of a numbered part of a law as written (`Article`, `Section`), before its number (`Article 12 states: "…"`). */
  lawParts?: readonly string[];
  /** Words between a name and the body the person comes from (`dari`, `of`), lower-case. */
  affiliationLinks?: readonly string[];
  /** Verbs of a relative clause by which a person heads a body (`X, who heads the Contoh Institute`), lower-case: that body is the person's organisation. */
  headVerbs?: readonly string[];
  /** Words between a name and its title (`Budi Santoso selaku Ketua Umum …`), lower-case. */
  roleLinks?: readonly string[];
  /** Verbs by which a person named before holds a post (`Budi yang kini menjabat sebagai Ketua …`, `Budi merupakan Ketua …`), lower-case. */
  holdingVerbs?: readonly string[];
  /** Verbs by which a person takes or took a post (`Budi pernah menjadi Ketua …`, `became`), lower-case: the title after them names no one else. */
  becomingVerbs?: readonly string[];
  /** Words closing a title that set its holder among others of the same post (`anggota Komisi Contoh lainnya, Budi`), lower-case. */
  otherHolders?: readonly string[];
  /** Words in a title after which capitalised words name the post's field, not an organisation (`Kepala Bidang Pembinaan dan Prestasi`). */
  fieldOpeners?: readonly string[];
  /** Auxiliaries and modals (`would`, `akan`), lower-case: after a speech verb they open a clause of its own. */
  auxiliaries?: readonly string[];
  /** Possessive determiners that may open a title (`Its general manager`), lower-case: never an organisation. */
  possessives?: readonly string[];
  /** Of `possessives`, those that point back to an organisation (`its`, `their`), lower-case. */
  organisationPossessives?: readonly string[];
  /** Subject pronouns that only an organisation takes (`it` in `“…,” it said`), lower-case. */
  organisationPronouns?: readonly string[];
  /**
   * Pronouns after a speech verb that stand for a person only (`imbuh dia`), lower-case. Given where writers keep
   * these and the `-nya` verbs for people: a quote so attributed that was resolved to a body named only in the
   * narrative goes to the person quoted just before (`person-after-organisation.ts`); left out, no quote moves.
   */
  personPronouns?: readonly string[];
  /** Nouns that describe an organisation speaking (`perseroan`, `firma`, `the airline`), lower-case: it is the one the article is about. */
  organisationNouns?: readonly string[];
  /** Words after a full name that introduce a nickname (`Budi Santoso atau Bud`, `akrab disapa Bud`), lower-case. */
  nicknameCues?: readonly string[];
  /**
   * Roles whose second word is an organisation word but which name a post, not an organisation
   * (`Kepala Sekolah`, `Sekretaris Perusahaan`); case-sensitive.
   */
  compoundRoles?: readonly string[];
  /** Organisation heads never written without their proper name right after them (`Partai`, `Bank`): that word is no person's. */
  namedHeads?: readonly string[];
  /**
   * The organisation a title implies, by the title's first words (`Menteri` → `Kementerian`, so `Menteri
   * Keuangan` → `Kementerian Keuangan`; `Kapolri` → `Polri`): the rest of the title follows the organisation
   * word. An empty value means the title implies none (`Menteri Besar`). Case-sensitive, longest first.
   */
  titleOrganisations?: Readonly<Record<string, string>>;
  /** The same by the title's last word, for English word order (`Finance Minister` → `Finance Ministry`). */
  titleOrganisationSuffixes?: Readonly<Record<string, string>>;
  /** Words before a title that do not change its organisation (`Wakil`, `Plt`, `Deputy`); case-sensitive. */
  titleModifiers?: readonly string[];
  /**
   * English head nouns that close a title in English order (`Credit Analyst`, `Operating Officer`): capitalised
   * words before one, after a title word, are the post's field, not its organisation. Case-sensitive.
   */
  titleHeads?: readonly string[];
  /**
   * Words that open the name of a unit held inside a title (`Direktur Pusat Kajian Contoh` → `Pusat Kajian Contoh`)
   * → the words after which they are only a board's level (`Pimpinan Pusat`). Case-sensitive.
   */
  titleUnits?: Readonly<Record<string, readonly string[]>>;
  /**
   * Boards of two words that a post is held on inside a body (`Dewan Penasehat`, `Dewan Komisioner`): written between
   * the post and the body, they are part of the post (`Ketua Dewan Penasehat` of `Ikatan Petani Contoh`). Case-sensitive.
   */
  boards?: readonly string[];
  /**
   * Posts held only at a company (`Direktur Utama`, `Ketua Pegawai Eksekutif`), by their first words: written with no
   * organisation, the company is the one the article is about. Case-insensitive.
   */
  companyPosts?: readonly string[];
  /**
   * Titles that head a region's government (`Bupati`, `Menteri Besar`) → the organisation heads that government is
   * written with (`Pemkab`, `Kerajaan Negeri`): the title names only a place, the article may name the government.
   */
  regionGovernments?: Readonly<Record<string, readonly string[]>>;
  /**
   * Judges' and prosecutors' titles, lower-case (`hakim`, `ketua majelis hakim`, `jaksa`) → the heads their body is
   * written with (`Pengadilan`, `Kejari`): the title names no body, a court report names the one it is about.
   */
  courtTitles?: Readonly<Record<string, readonly string[]>>;
  /**
   * Units numbered by a Roman numeral that belong to one body (`Komisi` → `DPR`, `Dewan Perwakilan Rakyat`): a unit
   * word → the heads that body is written with. A speaker whose organisation is only such a unit (`Komisi IV`) speaks
   * for the body the article names; the unit is part of the post.
   */
  numberedUnits?: Readonly<Record<string, readonly string[]>>;
  /** Countries among `places` (`Malaysia`): a country's government (`Kerajaan Malaysia`) is no region head's. */
  nations?: readonly string[];
  /**
   * Titles held for a client, not a body (`pengacara`, `kuasa hukum`, `juru bicara keluarga`), lower-case: a person's name
   * written after one is the client, no organisation.
   */
  clientTitles?: readonly string[];
  /** Words that qualify the post right before them (`Direktur Utama`), and after any other word end a body's name (`Jasa Utama`). */
  postQualifiers?: readonly string[];
  /** Two-word posts that hold the place they serve and speak for no body (`Ketua Kampung Contoh`), as written. */
  seatTitles?: readonly string[];
  /** Words that join the last item of a list (`dan`, `and`): a title's field may be one (`Bidang Politik, Hukum, dan Keamanan`); lower-case. */
  listJoiners?: readonly string[];
}
