import type { BoilerplateKind, SupportedLanguage } from '../types.js';
import type { OrganisationData } from './organisation-types.js';
import type { SpeechData } from './speech-types.js';

export type { OrganisationData } from './organisation-types.js';
export type { SpeechData } from './speech-types.js';

/**
 * Everything warta knows about one language, as plain data. Stage logic receives a
 * `LanguageData` and never imports a language folder itself, so adding a language is
 * adding a folder under `src/lang/`, not new code.
 */
export interface LanguageData {
  code: SupportedLanguage;
  boilerplate: BoilerplateData;
  /** Abbreviations whose period may not end a sentence, for sentence splitting. */
  abbreviations: AbbreviationData;
  /** Evidence that a text is in this language, used by language detection. */
  markers: MarkerData;
  /** Organisation head nouns, known organisations and non-organisation acronyms. */
  organisations: OrganisationData;
  /** Calendar words, relative-date words, time words and time zones: dates in datelines, publication lines and the body. */
  dates: DateData;
  /** News outlets and agencies as written in datelines, with their canonical ids. */
  outlets: OutletData;
  /** Speech verbs, roles, ranks and honorifics for finding quotes and their speakers. */
  speech: SpeechData;
}

/** A junk pattern: a literal phrase (case-insensitive, whitespace-tolerant) and what kind of junk it is. */
export interface JunkPhrase {
  kind: BoilerplateKind;
  phrase: string;
}

export interface BoilerplateData {
  /** A whole line/segment that is exactly one of these is junk (`ADVERTISEMENT`, `Bagikan:`). */
  lines: JunkPhrase[];
  /** A segment starting with one of these is junk to its end (`Simak juga Video`, `Editor:`). */
  prefixes: JunkPhrase[];
  /**
   * Markers that start junk inside a paragraph (`Baca juga:` followed by a linked headline);
   * the junk runs to where the article resumes.
   */
  inline: JunkPhrase[];
  /**
   * Prompts that point at a link to the rest of a story (`Baca selengkapnya di sini`): after a sentence or a
   * comma inside a paragraph, or glued to the next item of a digest, the prompt alone is junk (`related-link`).
   */
  linkPrompts: string[];
  /** Title suffixes that name the site (` - Utusan Malaysia`), stripped from the title. */
  titleSuffixes: string[];
  /** Words that credit a photo at the end of a caption line (`… seusai final. Foto: PBSI`). */
  photoCredits: string[];
  /** Outlet sign-offs that end an article after a dash (`-- BERNAMA`): the credit. */
  signOffs: string[];
  /**
   * Words a sign-off credits sources with, naming no outlet (`- AGENSI`, `- Agencies`): the credit, never a media
   * organisation the article names.
   */
  unnamedSources: string[];
  /** Lines that open a press-release contact block running to the end (`KONTAK:`). */
  contactOpeners: string[];
  /** Labels that open the site's disclaimer under a story (`Disclaimer:`), running to the end. */
  disclaimerLabels: string[];
  /** Words a Title Case headline leaves lowercase (`di`, `ke`, `of`): they do not end a linked headline. */
  headlineFunctionWords: string[];
  /**
   * Words that open a kicker above a headline (`Jelang`, `Usai`: a time before or after an event): a kicker
   * shaped like a person's name is a kicker only when it opens with one, else it is the writer's name.
   */
  kickerLeads: string[];
  /**
   * Imperatives a page uses to send the reader elsewhere (`Baca`, `Ikuti`, `Follow`), as written at a
   * line's start, with the kind of junk they open: with a `mediumWords` word in a short line they
   * make a prompt, not prose (`Simak Berita Populer Lainnya` opens a related list, `Ikuti kami di …` is other).
   */
  promptVerbs: JunkPhrase[];
  /** Lower-case words that name a medium or a channel in such prompts (`berita`, `edisi`, `instagram`). */
  mediumWords: string[];
  /**
   * The medium words that only point (`sini`, `here`), and the lower-case words that open a clause about them (a negation
   * or a copula: `bukan`, `adalah`, `is`): `Klik di sini untuk …`, `Klik di sini dan …` and `Klik di sini.` send the reader
   * to a link, while `Klik di sini bukan jawapan …` is a sentence about the words.
   */
  linkHere: { words: string[]; clauseWords: string[] };
  /** Lower-case words of share widgets (`facebook`, `whatsapp`, `salin`): a short line of nothing else is a share bar. */
  shareWords: string[];
  /** Words that open a byline before the writer's name (`Oleh`, `By`): `Oleh Rina Kartika` alone on a line is an author line. */
  bylineWords: string[];
  /** Openers of a picture's source alone on a line (`Image via`, `Pic credit:`): with one to four capitalised words after, a caption. */
  creditOpeners: string[];
  /** Words of a page switcher (`Halaman`, `Selanjutnya`, `Page`, `Next`): a line of them and page numbers is navigation. */
  pageWords: string[];
  /** What a page switcher writes for the whole story on one page (`Halaman all`, `Page all`), lower-case. */
  allPagesWords: string[];
  /** Labels of a reader widget's reading time (`Waktu baca: 2 menit`, `Reading time 3 min`). */
  readingTimeLabels: string[];
  /** Words for minutes in such a widget (`menit`, `mins`), lower-case. */
  minuteWords: string[];
  /** Verbs of reading after the minutes (`3 min read`, `2 menit baca`), lower-case. */
  readWords: string[];
  /**
   * Lower-case phrases that address the reader's device (`perangkat Anda`, `your browser`): near the
   * start of a short line they make a player's or page's fallback notice (`Media playback is unsupported
   * on your device`), whatever its wording.
   */
  deviceWords: string[];
  /** Lines that open a syndication notice (`Artikel ini telah tayang di …`), matched with a publication verb after. */
  syndicationOpeners: string[];
  /** Lower-case words of a copyright notice (`hak cipta`, `all rights`): a short line with `©` and one is the notice, else a photo's credit. */
  copyrightWords: string[];
  /**
   * Lower-case words of the rights a copyright notice keeps (`dilindungi`, `terpelihara`, `reserved`, `tanpa izin`): with one,
   * a line opening with a copyright label (`Hak Cipta`) is the notice; without one, it needs `©`, a year or an outlet.
   */
  rightsWords: string[];
  /** Lower-case words that name a copyright notice's owner before the name (`milik`, `oleh`, `by`): `Hak cipta milik Kabar Contoh`. */
  noticeOwnerWords: string[];
  /** Lower-case words of playing media (`video`, `putar`): a fallback notice that holds one is a video promo's. */
  playbackWords: string[];
  /** Ordinals that count people in a photo from one side (`(dua dari kiri)`, `(second from left)`), lower-case. */
  photoOrdinals: string[];
  /** The side an ordinal counts from, as written after it (`dari kiri`, `from right`), lower-case. */
  photoSides: string[];
  /** Where people stand in a photo, alone in brackets (`(kanan)`, `(left)`), lower-case. */
  photoPositions: string[];
  /** The article naming itself with a demonstrative (`artikel ini`, `this story`), lower-case: what a plea to share it names. */
  selfReferences: string[];
  /** Lower-case words that ask the reader right before a share verb (`silakan`, `jangan lupa`, `please`). */
  pleaWords: string[];
  /** Lower-case verbs of publishing in such notices (`tayang`, `terbit`, `published`). */
  publishVerbs: string[];
  /**
   * A syndication notice as the sites that run one into a paragraph's last sentence write it (`… naik lagi. Artikel ini
   * telah tayang di Contoh.co.id dengan judul …`): its openers, the word between the publication verb and the site's
   * address (`di`), and the word that gives the headline after the address, alone or after one word (`berjudul`,
   * `dengan judul`, as a scraper may misspell it). Empty openers: not read glued.
   */
  gluedSyndication: { openers: string[]; sitePrepositions: string[]; headlineWords: string[] };
  /** What opens a source note in brackets at a story's end (`(Dikutip dari …)`, `(Source: …)`), matched in any case. */
  sourceNoteOpeners: string[];
  /** What an opinion page's note under the column says (`are those of the writer`, `pendapat pribadi penulis`), lower-case: see `isOpinionNote`. */
  opinionNotes: string[];
}

/**
 * Evidence for language detection. `common` words tell the language family from other
 * languages; `words`, `phrases` and `patterns` tell this language from a close sibling that
 * trigram detectors confuse it with (Indonesian and Malay).
 */
export interface MarkerData {
  /** Other languages this one is easily confused with; the detector settles between them on `words`/`phrases`/`patterns`. */
  siblings: SupportedLanguage[];
  /** Very frequent function words (lowercase), possibly shared with a sibling: a text with none of them is not in this family. */
  common: string[];
  /** Lowercase words or two-word phrases this language uses and its siblings seldom do, each worth 1. */
  words: string[];
  /** Lowercase single words or two-word phrases that are near-certain evidence, each worth `STRONG_MARKER_WEIGHT`. */
  strong: string[];
  /** Spelling, number-format, currency and dateline patterns (regex source, linear, flags `gu`), with a weight per match. */
  patterns: MarkerPattern[];
}

/** A regex-shaped piece of evidence, e.g. `RM` before a number for Malay. */
export interface MarkerPattern {
  /** Regex source; must be linear on hostile input (bounded repetition only). Compiled with flags `gu`, so match case explicitly. */
  source: string;
  /** Evidence added per match (matches per text are capped by the detector). */
  weight: number;
  /** Why this is evidence, for humans reading the data. */
  why: string;
}

/** Calendar words of one language. Keys are matched case-insensitively as whole words. */
export interface DateData {
  /** Month names and every abbreviation in use → month number 1–12 (`Agt` → 8, `Mac` → 3). */
  months: Readonly<Record<string, number>>;
  /** Day names → weekday, 0 = Sunday (`Senin` → 1, `Ahad` → 0, `Jum'at` → 5). */
  days: Readonly<Record<string, number>>;
  /** Time-zone abbreviations → UTC offset (`WIB` → `+07:00`). */
  timezones: Readonly<Record<string, string>>;
  /** Words that introduce a clock time: `pukul`, `pkl.`, `jam`, `sekitar pukul`. */
  timeWords: readonly string[];
  /** Words that open a publication line: `Diperbarui`, `Updated`. */
  publishedWords: readonly string[];
  /**
   * Words of a page's view counter after the date on a publication line, as a label before the number or a unit
   * after it (`Dibaca: 417 Pengunjung`, `Dilihat 1.204 kali`, `1,024 views`): the line is still the publication line.
   */
  viewCounterWords: readonly string[];
  /** The language writes the month before the day (`October 5`): a month and day without a year are then a date. */
  monthFirst: boolean;
  /**
   * Days named relative to the reference → [days from it, part of the day]:
   * `kemarin` → [-1], `lusa` → [2], `tadi pagi` → [0, 'morning'], `last night` → [-1, 'night'].
   */
  relativeDays: Readonly<Record<string, readonly [number, DayPart?]>>;
  /** Words for "day" that may stand before a day name: `hari` (`hari Senin`). */
  dayWords: readonly string[];
  /** Parts of the day, after a date or a clock hour (`Rabu malam`, `pukul 7 malam`, `09:09 ptg`, `7 pm`). */
  dayParts: Readonly<Record<string, DayPart>>;
  /** Time units of counted offsets and periods: `hari` → day, `pekan` → week, `thn` → year. */
  units: Readonly<Record<string, DateUnit>>;
  /** Number words for counts: `tiga` → 3, `dua belas` → 12, `a` → 1. */
  numbers: Readonly<Record<string, number>>;
  /** Prefixes glued to a unit that mean one of it: `se` (`sehari`, `seminggu`, `setahun`). */
  onePrefixes: readonly string[];
  /** Words after a count and unit that put the date before the reference: `lalu`, `yang lalu`, `silam`, `ago`. */
  ago: readonly string[];
  /** Words after a count and unit that put the date after the reference: `lagi`, `from now`. */
  later: readonly string[];
  /**
   * Words before a count and unit that put the date after the reference: `dalam`, `dlm`, `in`.
   * In running text these are nearly always durations or rates (`dalam sehari`, `dalam tiga
   * tahun`), so `findDates` leaves them out and only `parseDate` reads them.
   */
  within: readonly string[];
  /** Words after a count and unit that make it a stretch of time, not a date: `terakhir`, `ke depan`. */
  durationAfter: readonly string[];
  /** Words before a count, day name or relative day that make it a duration or a repetition: `selama`, `setiap`, `every`. */
  notBefore: readonly string[];
  /** Modifiers written after a day name, month or unit: `Senin lalu`, `bulan depan`, `tahun ini`, `Jumaat lepas`. */
  after: DateModifiers;
  /** Modifiers written before them: `last Friday`, `next week`, `this year`. */
  before: DateModifiers;
  /** Words joining the two ends of a range: `hingga`, `sampai`, `s.d.`, `to`. */
  rangeWords: readonly string[];
}

/** Words that pick an occurrence relative to the reference. */
export interface DateModifiers {
  /** The one before: `lalu`, `lepas`, `kemarin`, `last`. */
  last: readonly string[];
  /** The one after: `depan`, `mendatang`, `next`. */
  next: readonly string[];
  /** The current one: `ini`, `this`. */
  current: readonly string[];
}

/**
 * How a part of the day reads a clock hour: `morning` (`pukul 12 pagi` is midnight), `midday`
 * (`jam 1 siang` is 13:00, `jam 11 siang` 11:00), `afternoon` and `evening` (+12), `night`
 * (`jam 7 malam` is 19:00, `jam 2 malam` 02:00), `early` (`dini hari`: as written).
 */
export type DayPart = 'early' | 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

/** Units of counted offsets and periods. */
export type DateUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Outlet names for dateline parsing. */
export interface OutletData {
  /** An outlet or agency as written (matched case-insensitively) → canonical id: `KOMPAS.com` → `kompas`. */
  names: Readonly<Record<string, string>>;
  /** Capitalised line openers that are labels, not places, before a colon or dash: `Foto`, `Editor`. */
  notPlaces: readonly string[];
  /**
   * Words news outlets build their names from (`Berita`, `Warta`, `Post`, `Times`), lower-case:
   * a capitalised name holding one (`Kabar Priangan`, `WARTAPANTURA`) that opens the story before
   * a dash is read as an outlet the list lacks.
   */
  brandWords: readonly string[];
  /** The language's dailies may end a bare place with a full stop (`Jakarta. Indonesia's …`): read only on a story's first line. */
  placeFullStop?: boolean;
}

/** The part of `LanguageData` the dateline stage reads (the organisation finder's places name known places). */
export type DatelineLanguageData = Pick<LanguageData, 'dates' | 'outlets' | 'organisations'>;

/**
 * Abbreviations for sentence splitting, in sentence-splitter's `Language` shape so the object can
 * be handed to it as is. Entries are whole words with their periods; matching ignores case.
 */
export interface AbbreviationData {
  /** Words whose period ends a sentence only before a capitalised word (`dll.`, `Tbk.`, `S.H.`). */
  ABBREVIATIONS: string[];
  /** Titles, ranks and place words written before a name: their period never ends a sentence (`Dr.`, `Jl.`). */
  PREPOSITIVE_ABBREVIATIONS: string[];
  /** Words whose `!` belongs to the word (`Yahoo!`). */
  EXCLAMATION_WORDS: string[];
}
