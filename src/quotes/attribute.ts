/**
 * Step 2 of quote finding: who said it.
 *
 * Attribution is read from the words around the marks: `"…," ujar Rina Wulandari, Manajer
 * Program APTB.` (verb then speaker), `"…," Roland menambahkan` / `"…," he said` (speaker then
 * verb), `Roland mengatakan, "…"` (speaker, verb, quote), `ujarnya` / `kata dia` (a pronoun,
 * resolved later to an earlier speaker). The speaker phrase is split into name, role and
 * organisation with the language's role words, ranks and honorifics.
 */
import type { SpeechData } from '../lang/types.js';
import { type ReferenceWords, demonstrativeAt, honorificAt, honorificEndingAt, referenceWords } from './references.js';

/** A word or a punctuation character of a paragraph. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters or digits (false for punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Has a lower-case letter (`Budi`, `BoK`; not `APTB`): computed once, tested everywhere. */
  hasLower: boolean;
  /** Starts with a digit. */
  num: boolean;
  /** Lexicon classes of the word (`W_*` bits), looked up once when tokenizing and shared by every pass. */
  cls: number;
}

/** Token class bits (`Token.cls`), from the lexicon the paragraph was tokenized with. */
export const W_POST = 1;
export const W_PRONOUN_VERB = 1 << 1;
export const W_INTRO = 1 << 2;
/** An `according` word (`menurut`, `kata`). */
export const W_ACCORDING = 1 << 3;
/** The first word of an `according` phrase (`according` of `according to`). */
export const W_ACCORDING_FIRST = 1 << 4;
/** An `according` word with the pronoun suffix (`menurutnya`). */
export const W_ACCORDING_NYA = 1 << 5;
export const W_FILLER = 1 << 6;
export const W_ROLE = 1 << 7;
export const W_DOCUMENT = 1 << 8;
export const W_LOCATIVE = 1 << 9;
/** A capitalised word that may be part of a person's name in narrative (see `classOf`). */
export const W_NAME = 1 << 10;
/** A word that may start reported speech (`findIndirect`'s cues). */
export const W_CUE = W_INTRO | W_ACCORDING_FIRST | W_ACCORDING_NYA;

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const ALNUM = /[\p{L}\p{N}]/u;
const STARTS_DIGIT = /^\p{N}/u;

/** Case facts of a word, with an ASCII fast path (the Unicode classes only for other scripts and accents). */
function caseOf(t: string): { cap: boolean; hasLower: boolean; num: boolean } {
  let ascii = true;
  let hasLower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) hasLower = true;
    else if (c >= 128) ascii = false;
  }
  const c0 = t.charCodeAt(0);
  if (ascii) return { cap: c0 >= 65 && c0 <= 90, hasLower, num: c0 >= 48 && c0 <= 57 };
  return { cap: UPPER.test(t), hasLower: hasLower || HAS_LOWER.test(t), num: STARTS_DIGIT.test(t) };
}

/** Non-ASCII code points already classified as letter/digit or not (accents, curly quotes, dashes recur). */
const alnumCache = new Map<number, boolean>();

/** Length of the letter or digit code point at `i` (1 or 2 code units), or 0. ASCII without a regex. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  let known = alnumCache.get(cp);
  if (known === undefined) {
    known = ALNUM.test(String.fromCodePoint(cp));
    if (alnumCache.size < MAX_CACHED_CODE_POINTS) alnumCache.set(cp, known);
  }
  return known ? width : 0;
}

/** JavaScript's `\s`, by code unit. */
function spaceAt(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Joiners inside a word (`Mu’ti`, `kecil-kecilan`). */
function joinerAt(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** Most joiner-separated parts after the first that one word may have (`a-b-c…`), as in a bounded regex. */
const MAX_WORD_PARTS = 8;
/** Bound on the code-point cache (hostile input may hold many distinct characters). */
const MAX_CACHED_CODE_POINTS = 4096;

/**
 * Split a paragraph into tokens, once: words (letters/digits joined by apostrophes or hyphens, at most
 * `MAX_WORD_PARTS` joins) or single non-space characters. A hand-written scanner (linear, no regex for
 * ASCII); every later test reads the flags instead of running a regex. `lex` gives each token its
 * classes (`Token.cls`), so the passes over the tokens test bits instead of probing sets.
 */
export function tokenize(text: string, lex: Lexicon): Token[] {
  return scan(text, lex);
}

/** Size of the signature tables that let most words skip the class maps (a power of two). */
const SIGNATURES = 1 << 12;

/** A cheap hash of a word (length, first and last code unit): words whose signature no lexicon word has are in no class. */
function signature(s: string): number {
  const n = s.length;
  return (n * 977 + s.charCodeAt(0) * 31 + s.charCodeAt(n - 1)) & (SIGNATURES - 1);
}

/** Case-sensitive classes, only used to compute `W_NAME` (never set on a token). */
const T_ORG_WORD = 1 << 20;
const T_ROLE_WORD = 1 << 21;
const T_SINGLE_TITLE = 1 << 22;
const T_WEEKDAY = 1 << 23;
/** Bits that keep a capitalised word out of a name (`isNameToken`). */
const NOT_NAME = W_ROLE | W_FILLER | W_ACCORDING | T_ORG_WORD | T_ROLE_WORD | T_SINGLE_TITLE | T_WEEKDAY;
/** The bits a token carries (the `T_*` helpers stay out). */
const TOKEN_BITS = (1 << 20) - 1;
const NYA = 'nya';

/**
 * The lexicon classes of a token (`W_*` bits): one lookup of the lower-case form and, for a capitalised
 * word, one of the form as written, in small maps built once per lexicon (a cache of every word met
 * would be a big table, slower to probe than these).
 */
function classOf(t: Token, lex: Lexicon): number {
  const lower = t.lower;
  const n = lower.length;
  let c = lex.lowerSignatures[signature(lower)] ? (lex.lowerClasses.get(lower) ?? 0) : 0;
  if (n > NYA.length && lower.charCodeAt(n - 1) === 97 && lower.endsWith(NYA) && lex.according.has(lower.slice(0, -NYA.length))) c |= W_ACCORDING_NYA;
  if (!t.cap) return c & TOKEN_BITS;
  if (lex.textSignatures[signature(t.text)]) c |= lex.textClasses.get(t.text) ?? 0;
  if (t.word && t.hasLower && (c & NOT_NAME) === 0 && !isDegree(t, lex)) c |= W_NAME;
  return c & TOKEN_BITS;
}

/** The tokenizer; with a lexicon every token also gets its classes (`classOf`). */
function scan(text: string, lex: Lexicon | null): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (spaceAt(c)) {
      i++;
      continue;
    }
    let w = alnumAt(text, i);
    if (w === 0) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = text.slice(i, i + width);
      const tok: Token = { text: t, lower: t, start: i, end: i + width, word: false, cap: false, hasLower: false, num: false, cls: 0 };
      if (lex) tok.cls = classOf(tok, lex);
      out.push(tok);
      i += width;
      continue;
    }
    // A word: letters and digits, joiner-separated parts; case facts gathered on the way for ASCII words.
    const start = i;
    let upper = false;
    let lowerSeen = false;
    let ascii = true;
    let parts = 0;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) lowerSeen = true;
        else if (d >= 65 && d <= 90) upper = true;
        else if (d < 48 || (d > 57 && d < 128)) break;
        else if (d >= 128) {
          w = alnumAt(text, i);
          if (w === 0) break;
          ascii = false;
          i += w;
          continue;
        }
        i++;
      }
      if (parts < MAX_WORD_PARTS && i + 1 < n && joinerAt(text.charCodeAt(i)) && alnumAt(text, i + 1) > 0) {
        if (text.charCodeAt(i) >= 128) ascii = false;
        parts++;
        i++;
        continue;
      }
      break;
    }
    const t = text.slice(start, i);
    let tok: Token;
    if (ascii) {
      const c0 = t.charCodeAt(0);
      tok = { text: t, lower: upper ? t.toLowerCase() : t, start, end: i, word: true, cap: c0 >= 65 && c0 <= 90, hasLower: lowerSeen, num: c0 >= 48 && c0 <= 57, cls: 0 };
    } else {
      const k = caseOf(t);
      tok = { text: t, lower: t.toLowerCase(), start, end: i, word: true, cap: k.cap, hasLower: k.hasLower, num: k.num, cls: 0 };
    }
    if (lex) tok.cls = classOf(tok, lex);
    out.push(tok);
  }
  return out;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lookup sets built once per `SpeechData` object. */
export interface Lexicon {
  post: ReadonlyMap<string, string>;
  pronounVerb: ReadonlyMap<string, string>;
  intro: ReadonlyMap<string, string>;
  according: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** Ranks and honorifics as token sequences, longest first, by first token. */
  titles: ReadonlyMap<string, readonly string[][]>;
  /** One-word ranks and honorifics (`Datuk`, not `Tan` of `Tan Sri`). */
  singleTitles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  nameStops: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  titleCues: ReadonlySet<string>;
  unnamed: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  placeTakers: ReadonlySet<string>;
  places: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  /** Degrees after a name (`SpGK`), case-sensitive. */
  degrees: ReadonlySet<string>;
  /** Endings of English field words that are never names (`-ing`, `-ion`). */
  roleSuffixes: readonly string[];
  /** Role words in lower case (`chairman` in `PHRI Bali chairman Made Wiratama`). */
  lowerRoles: ReadonlySet<string>;
  descriptions: ReadonlySet<string>;
  /** Words that refer back to someone already named (`references.ts`). */
  references: ReferenceWords;
  documents: ReadonlySet<string>;
  /** Organisation aliases, by the alias as written. */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** Words that open reported speech after a verb (`bahwa`, `that`). */
  complementisers: ReadonlySet<string>;
  /** Base forms whose reported speech may follow the verb directly (`kata`, `say`). */
  bareReport: ReadonlySet<string>;
  /** Nouns after `menurut` that name a plan, rule or data, not a speaker. */
  nonSpeakers: ReadonlySet<string>;
  /** `according` phrases as lower-case word sequences (`according to` → `['according', 'to']`). */
  accordingSeqs: readonly (readonly string[])[];
  /** Every word of every rank and honorific (`Tan`, `Sri`, `AKBP`), case-sensitive. */
  titleWords: ReadonlySet<string>;
  /** First words of the `according` phrases. */
  accordingFirst: ReadonlySet<string>;
  /** Words between a name and its title (`selaku`), lower-case. */
  roleLinks: ReadonlySet<string>;
  /** Words after which a title names a field (`Bidang`), case-sensitive. */
  fieldOpeners: ReadonlySet<string>;
  /** Possessive determiners (`its`), lower-case. */
  possessives: ReadonlySet<string>;
  /** Words before a nickname (`disapa`, `atau`), lower-case. */
  nicknameCues: ReadonlySet<string>;
  /** Two-word roles whose second word is an organisation word (`Kepala Sekolah`), as `first second`. */
  compoundRoles: ReadonlySet<string>;
  /** The organisation a title implies, by its first words (`SpeechData.titleOrganisations`), longest first. */
  titleOrganisations: readonly (readonly [readonly string[], string])[];
  titleOrganisationSuffixes: ReadonlyMap<string, string>;
  titleModifiers: ReadonlySet<string>;
  /** Classes (`W_*` bits and helpers) of the lexicon's lower-case words. */
  lowerClasses: ReadonlyMap<string, number>;
  /** Classes of the lexicon's case-sensitive words (roles, organisation and role words, titles). */
  textClasses: ReadonlyMap<string, number>;
  /** Non-zero where some key of `lowerClasses` / `textClasses` has that `signature`. */
  lowerSignatures: Uint8Array;
  textSignatures: Uint8Array;
}

const lexicons = new WeakMap<SpeechData, Lexicon>();

/** The lookup sets for `data`, built on first use and memoised. */
export function lexicon(data: SpeechData): Lexicon {
  let lex = lexicons.get(data);
  if (lex) return lex;
  const titles = new Map<string, string[][]>();
  for (const phrase of [...data.ranks, ...data.honorifics]) {
    const parts = scan(phrase, null).filter((t) => t.word).map((t) => t.text);
    if (parts.length === 0) continue;
    const list = titles.get(parts[0]!) ?? [];
    list.push(parts);
    titles.set(parts[0]!, list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);
  const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const accordingSeqs = data.according.map((a) => a.toLowerCase().split(' ').filter((w) => w !== '')).filter((ws) => ws.length > 0);
  lex = {
    post: new Map(Object.entries(data.postVerbs)),
    pronounVerb: new Map(Object.entries(data.pronounVerbs)),
    intro: new Map(Object.entries(data.introVerbs)),
    according: lowerSet(data.according),
    pronouns: lowerSet(data.pronouns),
    fillers: lowerSet(data.fillers),
    roles: new Set(data.roles.map((r) => r.split(' ')[0]!)),
    titles,
    singleTitles: new Set([...titles.values()].flat().filter((parts) => parts.length === 1).map((parts) => parts[0]!)),
    orgWords: new Set(data.orgWords),
    roleWords: new Set(data.roleWords),
    nameStops: lowerSet(data.nameStops),
    connectors: lowerSet(data.connectors),
    titleCues: lowerSet(data.titleCues),
    unnamed: lowerSet(data.unnamed),
    weekdays: lowerSet(data.weekdays),
    placeTakers: new Set(data.placeTakers),
    places: new Set(data.places),
    locatives: lowerSet(data.locatives),
    degrees: new Set(data.degrees ?? []),
    roleSuffixes: data.roleSuffixes ?? [],
    lowerRoles: new Set(data.roles.map((r) => r.split(' ')[0]!.toLowerCase()).filter((r) => !data.fillers.includes(r))),
    descriptions: lowerSet(data.descriptions ?? []),
    references: referenceWords(data),
    documents: lowerSet(data.documents ?? []),
    aliases: new Map(Object.entries(data.organisationAliases ?? {})),
    complementisers: lowerSet(data.complementisers ?? []),
    bareReport: new Set(data.bareReportVerbs ?? []),
    nonSpeakers: lowerSet(data.nonSpeakers ?? []),
    titleWords: new Set([...titles.values()].flat(2)),
    accordingSeqs,
    accordingFirst: new Set(accordingSeqs.map((seq) => seq[0]!)),
    compoundRoles: new Set(data.compoundRoles ?? []),
    nicknameCues: lowerSet(data.nicknameCues ?? []),
    fieldOpeners: new Set(data.fieldOpeners ?? []),
    roleLinks: lowerSet(data.roleLinks ?? []),
    possessives: lowerSet(data.possessives ?? []),
    titleOrganisations: Object.entries(data.titleOrganisations ?? {})
      .map(([k, v]) => [k.split(' '), v] as const)
      .sort((a, b) => b[0].length - a[0].length),
    titleOrganisationSuffixes: new Map(Object.entries(data.titleOrganisationSuffixes ?? {})),
    titleModifiers: new Set(data.titleModifiers ?? []),
    lowerClasses: new Map(),
    textClasses: new Map(),
    lowerSignatures: new Uint8Array(SIGNATURES),
    textSignatures: new Uint8Array(SIGNATURES),
  };
  const lowerClasses = new Map<string, number>();
  const textClasses = new Map<string, number>();
  const mark = (map: Map<string, number>, keys: Iterable<string>, bit: number) => {
    for (const k of keys) map.set(k, (map.get(k) ?? 0) | bit);
  };
  mark(lowerClasses, lex.post.keys(), W_POST);
  mark(lowerClasses, lex.pronounVerb.keys(), W_PRONOUN_VERB);
  mark(lowerClasses, lex.intro.keys(), W_INTRO);
  mark(lowerClasses, lex.according, W_ACCORDING);
  mark(lowerClasses, lex.accordingFirst, W_ACCORDING_FIRST);
  mark(lowerClasses, lex.fillers, W_FILLER);
  mark(lowerClasses, lex.documents, W_DOCUMENT);
  mark(lowerClasses, lex.locatives, W_LOCATIVE);
  mark(lowerClasses, lex.weekdays, T_WEEKDAY);
  mark(textClasses, lex.roles, W_ROLE);
  mark(textClasses, lex.orgWords, T_ORG_WORD);
  mark(textClasses, lex.roleWords, T_ROLE_WORD);
  mark(textClasses, lex.singleTitles, T_SINGLE_TITLE);
  lex.lowerClasses = lowerClasses;
  lex.textClasses = textClasses;
  for (const k of lowerClasses.keys()) if (k !== '') lex.lowerSignatures[signature(k)] = 1;
  for (const k of textClasses.keys()) if (k !== '') lex.textSignatures[signature(k)] = 1;
  lexicons.set(data, lex);
  return lex;
}

/** A speaker as written in one attribution. */
export interface ParsedSpeaker {
  name: string | null;
  role: string | null;
  organisation: string | null;
  /** The whole speaker phrase, in paragraph offsets. */
  start: number;
  end: number;
  /** Offsets of the name itself (or of the phrase when there is no name). */
  nameStart: number;
  nameEnd: number;
  /** A description rather than a name (`seorang warga`). */
  unnamed: boolean;
  /** A document speaking for its issuer (`keterangan BoK`, `bunyi keterangan tersebut`); `organisation` holds the issuer when written. */
  document?: boolean;
  /** The title phrase as written (role and organisation together, `Direktur Utama PT Contoh`), when the phrase has one. */
  title?: string;
}

/** What the words around a quote say about its speaker. */
export interface Attribution {
  /** Base form of the speech verb. */
  verb: string;
  /** The speaker phrase, or null for a pronoun (`ujarnya`, `kata dia`) to resolve from context. */
  speaker: ParsedSpeaker | null;
}

/** The longest speaker phrase, in tokens (a runaway guard). */
const MAX_PHRASE_TOKENS = 30;
/** How many words a speaker may have before a trailing verb (`"…," the finance minister said`). */
const MAX_PRE_VERB_WORDS = 6;
/** How far back a subject may start before `mengatakan`, in tokens. */
const MAX_SUBJECT_TOKENS = 24;
/** Punctuation that ends the search for a subject before a speech verb (sentence ends and quote marks). */
const SUBJECT_BREAK = new Set(['.', '!', '?', '”', '“', '"', ':', ';', '«', '»']);
/** A lower-case description of an unnamed source is at most this many words (`salah seorang warga setempat`). */
const MAX_UNNAMED_WORDS = 8;
/** A parenthesis inside a speaker phrase (`(Dirjen)`, `(KAI Commuter)`) is at most this long. */
const MAX_PAREN_TOKENS = 8;

/** A capitalised word this long ending in `-nya` is a possessive noun (`Ketuanya`), not a name (`Sonya`). */
const MIN_POSSESSIVE_LENGTH = 7;
/** A field word (`Financing`) has at least this many letters; shorter words with those endings may be names (`Gading`). */
const MIN_FIELD_WORD_LENGTH = 7;
/** Initials kept inside a name (`PS`, `MD`) have exactly this many capitals; one capital is an ordinary initial. */
const MAX_INITIALS = 2;

/** A unit number inside a title (`Komisi VI`, `Wilayah V`). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** Abbreviations that keep a name going across their full stop (`Dr.`, `H.`, `Teguh P. Nugroho`). */
export function isInitial(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap && (t.text.length === 1 || /^(?:Dr|Drs|Dra|Ir|Prof|Hj|H|KH|St|Jr|Sr|Mr|Mrs|Ms|Muh|Moh|Mohd|Muhd|Md|Mochd|Abd|Kol|Brig|Gen|Lt|Col|Capt|Sgt)$/.test(t.text));
}

/** Where the speaker phrase that starts at token `j` ends (exclusive token index). */
export function phraseEnd(tokens: readonly Token[], j: number, lex: Lexicon): number {
  const limit = Math.min(tokens.length, j + MAX_PHRASE_TOKENS);
  let k = j;
  let sawCap = false;
  while (k < limit) {
    const t = tokens[k]!;
    if (t.word) {
      if (t.cap || t.num) {
        sawCap ||= t.cap;
        k++;
        continue;
      }
      // A lower-case title before a name (`dr Sethi`).
      if (lex.titles.has(t.text) && tokens[k + 1]?.cap) {
        k++;
        continue;
      }
      // A lower-case title after the name or the organisation (`SWA’s IBDP coordinator`, `…, general manager of …`).
      if (k > j && sawCap && (lex.lowerRoles.has(t.lower) || ((lex.unnamed.has(t.lower) || t.lower === 'the') && lex.lowerRoles.has(tokens[k + 1]?.lower ?? ''))) && !lex.nameStops.has(t.lower)) {
        k++;
        continue;
      }
      // `kata Budi Santoso selaku Ketua Umum …`: the title after a role link.
      if (k > j && sawCap && roleLinkAt(tokens, k, lex)) {
        k++;
        continue;
      }
      // `Ekonom di Contoh Trust`: the organisation a title is held at.
      if (k > j && (t.lower === 'di' || t.lower === 'at') && roleAt(tokens[k - 1]!, lex) && tokens[k + 1]?.cap && !lex.places.has(tokens[k + 1]!.text)) {
        k++;
        continue;
      }
      // Lower-case connectors stay inside a role (`Bea dan Cukai`, `director of the Contoh Institute`) only before a capitalised word.
      const after = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
      if (k > j && sawCap && lex.connectors.has(t.lower) && !lex.nameStops.has(t.lower) && after?.cap) {
        k++;
        continue;
      }
      // A lower-case description before any name: `seorang warga`, `ketua majelis hakim Baslin Sinaga`.
      if (!sawCap && !lex.nameStops.has(t.lower) && k - j < MAX_UNNAMED_WORDS) {
        k++;
        continue;
      }
      break;
    }
    if (t.text === '.' && isInitial(tokens[k - 1]) && tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    if (t.text === '(') {
      const next = tokens[k + 1];
      if (!next || !next.cap) break;
      let close = k + 1;
      while (close < tokens.length && close - k <= MAX_PAREN_TOKENS && tokens[close]!.text !== ')' && tokens[close]!.text !== ',') close++;
      // A comma inside means a citation (`(Kompas, 10/9/2020)`), not an acronym or an affiliation.
      if (tokens[close]?.text !== ')') break;
      k = close + 1;
      continue;
    }
    if (t.text === ',' && k > j) {
      const next = tokens[k + 1];
      // `…, general manager of …`, `…, seorang pakar di …`: a lower-case title after the name.
      const article = next?.lower === 'the' || lex.unnamed.has(next?.lower ?? '');
      const lowerTitle = next !== undefined && !next.cap && (lex.lowerRoles.has(next.lower) || (article && lex.lowerRoles.has(tokens[k + 2]?.lower ?? '')));
      if (lowerTitle && sawCap) {
        k++;
        continue;
      }
      if (!next || !next.cap || lex.weekdays.has(next.lower) || lex.fillers.has(next.lower)) break;
      k++;
      continue;
    }
    if ((t.text === '-' || t.text === '/' || t.text === '&') && k > j && (tokens[k + 1]?.cap || tokens[k + 1]?.num)) {
      k++;
      continue;
    }
    break;
  }
  // Never end on a comma or a connector.
  while (k > j && (!tokens[k - 1]!.word ? tokens[k - 1]!.text !== ')' && tokens[k - 1]!.text !== '.' : sawCap && !tokens[k - 1]!.cap && !tokens[k - 1]!.num && !lex.lowerRoles.has(tokens[k - 1]!.lower))) k--;
  if (k > j && tokens[k - 1]!.text === '.' && !isInitial(tokens[k - 2])) k--;
  return k;
}

/** Where a role-led phrase in narrative (`Menteri Sosial Juliari Batubara menyerahkan …`) ends. */
export function roleIntroEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const end = phraseEnd(tokens, i, lex);
  // `Menteri Sosial Juliari Batubara, Gubernur Banten Wahidin Halim, …`: a list of people, one per role.
  // A rank after the comma (`…, Asisten Komisioner Mohd Hafiz Rahman`) introduces the same person, not the next one.
  for (let c = i + 1; c < end; c++) if (tokens[c]!.text === ',' && lex.roles.has(tokens[c + 1]?.text ?? '') && skipTitles(tokens, c + 1, end, lex) === c + 1) return c;
  return end;
}

/** Skip a rank/honorific sequence starting at token `i`; returns the index after it. */
function skipTitles(tokens: readonly Token[], i: number, to: number, lex: Lexicon): number {
  for (;;) {
    const t = tokens[i];
    if (!t || i >= to) return i;
    const options = lex.titles.get(t.text);
    let matched = 0;
    if (options) {
      for (const parts of options) {
        let k = i;
        let ok = true;
        for (const part of parts) {
          while (k < to && !tokens[k]!.word && tokens[k]!.text !== ')' && tokens[k]!.text !== '(' && tokens[k]!.text === '.') k++;
          if (k >= to || tokens[k]!.text !== part) {
            ok = false;
            break;
          }
          k++;
        }
        if (ok) {
          // Parenthesised suffixes such as `(Pol)`, and the abbreviation's full stop.
          if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && k + 2 < to) k += 3;
          if (tokens[k]?.text === '.') k++;
          matched = k - i;
          break;
        }
      }
    }
    if (matched === 0) return i;
    // A title only counts when a capitalised word follows it (`Ibu Kota` is a place, not `Ibu` + name).
    if (!tokens[i + matched]?.cap && i + matched < to) return i;
    i += matched;
  }
}

/** A word that opens a role: `Kepala`, or a lower-case role noun inside a phrase (`PHRI Bali chairman`). */
export function roleAt(t: Token, lex: Lexicon): boolean {
  return lex.roles.has(t.text) || (t.word && !t.cap && lex.lowerRoles.has(t.lower));
}

/** A role link (`selaku`, `sebagai`) between a name and a capitalised title. */
function roleLinkAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.word && !t.cap && lex.roleLinks.has(t.lower) && next !== undefined && next.cap && roleAt(next, lex) && k > 0 && tokens[k - 1]!.cap;
}

/** Join tokens `[a, b)` back into their source text. */
export function slice(text: string, tokens: readonly Token[], a: number, b: number): string {
  if (b <= a) return '';
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** A capitalised word that can be part of a person's name. */
function nameWord(t: Token, lex: Lexicon): boolean {
  if (!t.word || !t.cap) return false;
  if (lex.roleWords.has(t.text) || lex.orgWords.has(t.text) || lex.roles.has(t.text) || lex.fillers.has(t.lower) || lex.according.has(t.lower) || lex.weekdays.has(t.lower)) return false;
  // `Pengarahnya`, `Ketuanya`: a noun with a possessive suffix refers to a role, not a name.
  if (t.text.length >= MIN_POSSESSIVE_LENGTH && t.lower.endsWith('nya')) return false;
  if (isDegree(t, lex) || fieldWord(t, lex)) return false;
  // Acronyms (`APTB`, `DPR`) are organisations; a single capital letter is an initial.
  return t.text.length === 1 || t.hasLower;
}

/** A field word of an English title (`Financing`, `Supervision`): long and with a field ending. */
export function fieldWord(t: Token, lex: Lexicon): boolean {
  if (t.text.length < MIN_FIELD_WORD_LENGTH) return false;
  for (const suffix of lex.roleSuffixes) if (t.lower.endsWith(suffix)) return true;
  return false;
}

/** A degree after a name (`SpGK`, `SpPD-KEMD`, `PhD`). */
export function isDegree(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !t.word || lex.degrees.size === 0) return false;
  if (lex.degrees.has(t.text)) return true;
  const dash = t.text.indexOf('-');
  return dash > 0 && lex.degrees.has(t.text.slice(0, dash));
}

/**
 * Capital initials that belong to a name (`Bambang PS Brodjonegoro`, `Mahfud MD`, `Nanang Sigit PH`):
 * at most two capitals right after a name word, not an organisation, place, role or degree.
 */
function nameInitials(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !t.word || t.text.length !== MAX_INITIALS || t.hasLower || !t.cap || !UPPER.test(t.text[1]!)) return false;
  if (!prev || !prev.word || !prev.cap || !prev.hasLower) return false;
  return !lex.orgWords.has(t.text) && !lex.roleWords.has(t.text) && !lex.places.has(t.text) && !lex.roles.has(t.text) && !lex.titles.has(t.text) && !isDegree(t, lex);
}

/** The end of segment `[s, k)` without trailing degrees and a parenthesised age (`Maryam (58)`, `Melati SpGK`). */
function trimSuffixes(tokens: readonly Token[], s: number, k: number, lex: Lexicon): number {
  for (;;) {
    if (k - s > 1 && isDegree(tokens[k - 1], lex)) k--;
    else if (k - s > 3 && tokens[k - 1]!.text === ')' && /^\d{1,3}$/.test(tokens[k - 2]!.text) && tokens[k - 3]!.text === '(') k -= 3;
    // A nickname in brackets after a name (`Budi Santoso (Ucok)`, `(Mas Bud)`): the book reads it as an alias.
    else if (k - s > 3 && tokens[k - 1]!.text === ')' && tokens[k - 3]!.text === '(' && tokens[k - 2]!.hasLower && nameWord(tokens[k - 2]!, lex) && nameWord(tokens[k - 4]!, lex)) k -= 3;
    else if (k - s > 4 && tokens[k - 1]!.text === ')' && tokens[k - 4]!.text === '(' && lex.titles.has(tokens[k - 3]!.text) && nameWord(tokens[k - 2]!, lex) && nameWord(tokens[k - 5]!, lex)) k -= 4;
    else return k;
  }
}

/** A name run `[b, e)` inside a role: drop leading places (`Wali Kota Bogor Bima Arya` → `Bima Arya`). */
function trimPlaces(tokens: readonly Token[], b: number, e: number, lex: Lexicon): number {
  while (e - b > 1) {
    const t = tokens[b]!;
    const prev = tokens[b - 1];
    const afterTaker = prev !== undefined && lex.placeTakers.has(prev.text);
    if (lex.places.has(t.text) || (afterTaker && e - b > 2)) b++;
    else break;
  }
  return b;
}

/** Where a name run ends: name words, initials with their full stop, and joiners such as `bin`. */
function nameRunEnd(tokens: readonly Token[], s: number, to: number, lex: Lexicon): number {
  let e = s;
  while (e < to) {
    const t = tokens[e]!;
    if (nameWord(t, lex)) e++;
    else if (e > s && nameInitials(tokens, e, lex)) e++;
    else if (t.text === '.' && isInitial(tokens[e - 1]) && e > s) e++;
    else if (e > s && lex.connectors.has(t.lower) && !lex.nameStops.has(t.lower) && !t.cap && tokens[e + 1]?.cap && nameWord(tokens[e + 1]!, lex)) e++;
    else break;
  }
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.text !== '.') e--;
  return e;
}

/** The name at the end of a role segment `[s, e)`, after any rank; null when the role has no name. */
function tailName(tokens: readonly Token[], s: number, e: number, lex: Lexicon): { name: [number, number]; roleEnd: number } | null {
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.text !== '.') e--;
  e = trimSuffixes(tokens, s, e, lex);
  // A rank inside the role: the name is what follows it (`… Polsek Tamansari AKP Roland Manurung`).
  for (let r = s + 1; r < e; r++) {
    const after = skipTitles(tokens, r, e, lex);
    if (after > r && after < e) {
      // Only a rank followed by a name up to the end counts (`Direktur Jenderal Pajak …` is a role).
      const ne = nameRunEnd(tokens, after, e, lex);
      if (ne > after && ne === e) return { name: [after, ne], roleEnd: r };
    }
  }
  let b = e;
  while (b > s && (nameWord(tokens[b - 1]!, lex) || (tokens[b - 1]!.text === '.' && isInitial(tokens[b - 2])) || (b - 1 > s && nameInitials(tokens, b - 1, lex)))) b--;
  // A unit number ends the title, not starts the name (`… Wilayah V Budi Santoso`); a lone `I` opens Balinese names (`I Made …`).
  if (b < e - 1 && tokens[b]!.text !== 'I' && ROMAN_NUMERAL.test(tokens[b]!.text) && !nameWord(tokens[b - 1]!, lex)) b++;
  // A word in brackets closing the title is a short form (`… Indonesia (Persagi)`), not a name.
  if (b >= e || b <= s || tokens[b - 1]!.text === '(') return null;
  b = trimPlaces(tokens, b, e, lex);
  return { name: [b, e], roleEnd: b };
}

/** A parsed speaker over the phrase `[phraseStart, phraseEnd)` with the name at tokens `name`. */
function makeSpeaker(
  text: string,
  tokens: readonly Token[],
  phraseStart: number,
  phraseEnd: number,
  name: [number, number] | null,
  role: string | null,
  organisation: string | null,
  unnamed: boolean,
): ParsedSpeaker {
  return {
    name: name ? slice(text, tokens, name[0], name[1]) : unnamed ? text.slice(phraseStart, phraseEnd) : null,
    role,
    organisation,
    start: phraseStart,
    end: phraseEnd,
    nameStart: name ? tokens[name[0]]!.start : phraseStart,
    nameEnd: name ? tokens[name[1] - 1]!.end : phraseEnd,
    unnamed,
  };
}

/**
 * Split the speaker phrase `[from, to)` into name, role and organisation.
 * `Rina Wulandari, Manajer Program APTB` → Rina Wulandari / Manajer Program / APTB;
 * `Kepala Unit Reserse Kriminal Polsek Tamansari AKP Roland Manurung` → Roland Manurung / Kepala … .
 */
export function parsePhrase(text: string, tokens: readonly Token[], from: number, to: number, lex: Lexicon): ParsedSpeaker | null {
  while (from < to && !tokens[from]!.word) from++;
  from = skipTitles(tokens, from, to, lex);
  if (from >= to) return null;
  const first = tokens[from]!;
  const phraseStart = first.start;
  const phraseEnd_ = tokens[to - 1]!.end;
  // `Seorang juru bicara …` opening a sentence is capitalised, but still an unnamed source.
  if (!first.cap || lex.unnamed.has(first.lower)) {
    // An unnamed source as written (`seorang warga`), or a lower-case description before a name
    // (`ketua majelis hakim Baslin Sinaga`, `salah satu siswa, Kashaf Zahra`, `warga bernama Budi`).
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k]!;
      if (!t.cap) continue;
      let d = k;
      while (d > from && (!tokens[d - 1]!.word || tokens[d - 1]!.lower === 'bernama')) d--;
      const description = slice(text, tokens, from, d) || null;
      // The capitalised rest is a name, or a role and a name (`juru bicara Satgas Kabupaten Tegal, Joko Wantoro`).
      const inner = parsePhrase(text, tokens, k, to, lex);
      // `seorang juru bicara Asosiasi Contoh Raya`: after an indefinite description the organisation's words are no name
      // (a name there follows a comma: `seorang warga, Budi`); `anggota Komisi IX Budi Santoso` keeps its name.
      const indefinite = lex.unnamed.has(first.lower) && inner?.organisation && !inner.role && !text.slice(tokens[k]!.start, inner.nameStart).includes(',');
      if (inner?.name && !inner.unnamed && !indefinite) {
        return { ...inner, role: inner.role ? `${description ?? ''} ${inner.role}`.trim() : description, start: phraseStart, end: phraseEnd_ };
      }
      break;
    }
    return makeSpeaker(text, tokens, phraseStart, phraseEnd_, null, null, null, true);
  }
  // Comma-separated segments: a name segment and a role segment, in either order.
  let pureName: [number, number] | null = null;
  let roleName: [number, number] | null = null;
  let roleSeg: [number, number] | null = null;
  let segStart = from;
  for (let k = from; k <= to; k++) {
    // `Budi Santoso selaku Ketua Umum …`: a role link separates the name from the title like a comma.
    if (k < to && tokens[k]!.text !== ',' && !roleLinkAt(tokens, k, lex)) continue;
    const s = skipTitles(tokens, segStart, k, lex);
    segStart = k + 1;
    if (s >= k) continue;
    // A segment of degrees only (`Darmae Nasir, PhD`) adds nothing.
    if (isDegree(tokens[s], lex) && k - s === 1) continue;
    const sk = trimSuffixes(tokens, s, k, lex);
    let hasRole = false;
    for (let q = s; q < sk && !hasRole; q++) hasRole = roleAt(tokens[q]!, lex) || lex.orgWords.has(tokens[q]!.text);
    const head = tokens[s]!;
    const acronymHead = head.word && !head.hasLower && head.text.length > 1;
    const ne = nameRunEnd(tokens, s, sk, lex);
    if (!hasRole && !acronymHead && ne === sk) {
      pureName ??= [s, ne];
      continue;
    }
    if (roleSeg) continue;
    // A name already given before the title (`Budi, general manager of Contoh Academy`): the title keeps its capitalised tail.
    const tail = pureName ? null : tailName(tokens, s, sk, lex);
    if (tail) {
      roleName = tail.name;
      roleSeg = [s, tail.roleEnd];
    } else {
      roleSeg = [s, sk];
    }
  }
  // `Ketua Umum Contoh, Budi Santoso`: the name comes after the comma, so the title keeps its capitalised tail.
  if (pureName && roleName && roleSeg) roleSeg = [roleSeg[0], roleName[1]];
  let role: string | null = null;
  let organisation: string | null = null;
  if (roleSeg) {
    const [rs, re] = roleSeg;
    let e = re;
    while (e > rs && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
    // The role runs from its first role word; the organisation from the first organisation word or acronym after it.
    let r = rs;
    while (r < e && !roleAt(tokens[r]!, lex)) r++;
    if (r >= e) {
      organisation = slice(text, tokens, rs, e) || null;
    } else {
      let o = r + 1;
      while (o < e && !(lex.orgWords.has(tokens[o]!.text) || (tokens[o]!.word && !tokens[o]!.hasLower && tokens[o]!.text.length > 1 && !lex.roles.has(tokens[o]!.text)))) o++;
      role = slice(text, tokens, rs, o) || null;
      organisation = o < e ? slice(text, tokens, o, e) : null;
    }
  }
  const name = pureName ?? roleName;
  if (!name && !role && !organisation) return null;
  const speaker = makeSpeaker(text, tokens, phraseStart, phraseEnd_, name, role, organisation, false);
  // The title as written, for reading role and organisation again (`role-phrase.ts`).
  if (roleSeg && role) speaker.title = slice(text, tokens, roleSeg[0], roleSeg[1]);
  return speaker;
}

/**
 * `kata pria yang menjabat sebagai …`, `kata perwira itu`: a description of someone already named,
 * resolved like a pronoun. A description followed by a name (`kata pria bernama Budi`) is not one.
 */
function describes(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  if (t.cap || !lex.descriptions.has(t.lower)) return false;
  const next = tokens[j + 1];
  return next === undefined || (!next.cap && next.lower !== 'bernama' && next.lower !== 'named');
}

/**
 * A document as the speaker (`keterangan BoK`, `keterangan tertulis PT X`, `keterangan tersebut`): the issuer
 * is the capitalised phrase after the noun, or, when none is written, resolved later to the organisation
 * named before it.
 */
export function documentSpeaker(text: string, tokens: readonly Token[], j: number, end: number, lex: Lexicon): ParsedSpeaker {
  let k = j;
  while (k < end && !tokens[k]!.cap) k++;
  let e = k;
  while (e < end && (tokens[e]!.cap || (e > k && lex.connectors.has(tokens[e]!.lower) && tokens[e + 1]?.cap) || tokens[e]!.text === '(' || tokens[e]!.text === ')')) e++;
  while (e > k && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
  const from = tokens[j]!.start;
  const to = tokens[Math.max(j, (e > k ? e : k) - 1)]!.end;
  const organisation = e > k ? slice(text, tokens, k, e) : null;
  return {
    name: null,
    role: null,
    organisation,
    start: from,
    end: to,
    nameStart: e > k ? tokens[k]!.start : from,
    nameEnd: e > k ? tokens[e - 1]!.end : tokens[j]!.end,
    unnamed: false,
    document: true,
  };
}

/** A document noun at token `j` in narrative with its issuer (`keterangan LPKR`). */
export function documentAt(text: string, tokens: readonly Token[], j: number, lex: Lexicon): ParsedSpeaker | null {
  const t = tokens[j];
  if (!t || t.cap || !lex.documents.has(t.lower)) return null;
  return documentSpeaker(text, tokens, j, Math.min(tokens.length, j + MAX_PHRASE_TOKENS), lex);
}

/** The attribution after a closing mark; `k` is the first token after the mark. */
export function attributeAfter(text: string, tokens: readonly Token[], k: number, lex: Lexicon, endsSentence = false): Attribution | null {
  let j = k;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower === 'demikian') j++;
  const w = tokens[j];
  if (!w || !w.word) return null;
  const pv = lex.pronounVerb.get(w.lower);
  if (pv !== undefined) return { verb: pv, speaker: null };
  const verb = lex.post.get(w.lower);
  if (verb !== undefined && (!w.cap || tokens[k]?.text !== ',')) {
    j++;
    while (tokens[j] && lex.fillers.has(tokens[j]!.lower) && !lex.pronouns.has(tokens[j]!.lower)) j++;
    const next = tokens[j];
    if (!next || !next.word || lex.pronouns.has(next.lower) || (!next.cap && lex.nameStops.has(next.lower))) return { verb, speaker: null };
    // `ujar Baginda`, `kata mantan panglima ini`: someone already named, resolved like a pronoun.
    if (describes(tokens, j, lex) || honorificAt(tokens, j, lex.references)) return { verb, speaker: null };
    const end = phraseEnd(tokens, j, lex);
    if (!next.cap && lex.documents.has(next.lower)) return { verb, speaker: documentSpeaker(text, tokens, j, end, lex) };
    const speaker = end > j ? parsePhrase(text, tokens, j, end, lex) : null;
    // `tutur mantan Panglima TNI ini` (a former post) is someone named before; `ujar pengemudi ojek itu` stays an unnamed source.
    if (speaker?.unnamed && demonstrativeAt(tokens, end, lex.references) && tokens.slice(j, end).some((t) => t.cap)) return { verb, speaker: null };
    if (!speaker && next.cap) return null;
    return { verb, speaker };
  }
  // Speaker then verb: `"…," Roland menambahkan.` / `"…," he said.` A quote ending in a full stop
  // is followed by a new sentence (`"…." Ia menambahkan …`), not by its attribution.
  if (endsSentence) return null;
  let words = 0;
  for (let v = j; v < tokens.length && words <= MAX_PRE_VERB_WORDS; v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.text === '.' && isInitial(tokens[v - 1])) continue;
      return null;
    }
    const base = lex.post.get(t.lower) ?? lex.intro.get(t.lower);
    if (base !== undefined && v > j) {
      if ((v === j + 1 && lex.pronouns.has(w.lower)) || honorificAt(tokens, j, lex.references) === v - j) return { verb: base, speaker: null };
      if (!w.cap && !lex.unnamed.has(w.lower) && w.lower !== 'the') return null;
      let e = v;
      while (e > j && lex.fillers.has(tokens[e - 1]!.lower)) e--;
      const speaker = parsePhrase(text, tokens, j, e, lex);
      return speaker ? { verb: base, speaker } : null;
    }
    words++;
  }
  return null;
}

/**
 * The attribution before an opening mark; `k` is the last token before the mark.
 * `Roland mengatakan, "…"`, `Menurut Roland, "…"`, `He said: "…"`.
 * `separated` is false when no comma or colon stands between the verb and the quote.
 */
export function attributeBefore(text: string, tokens: readonly Token[], k: number, lex: Lexicon): (Attribution & { separated: boolean }) | null {
  let j = k;
  const separated = tokens[j]?.text === ',' || tokens[j]?.text === ':';
  if (separated) j--;
  const w = tokens[j];
  if (!w || !w.word) return null;
  const verb = lex.intro.get(w.lower);
  if (verb !== undefined) {
    const subject = subjectBefore(text, tokens, j, lex);
    if (subject === 'pronoun') return { verb, speaker: null, separated };
    return subject ? { verb, speaker: subject, separated } : null;
  }
  // `Menurut Roland, "…"` / `Kata dia, "…"`: the speaker sits between the word and the comma.
  if (!separated) return null;
  for (let a = j; a >= 0 && j - a < MAX_PHRASE_TOKENS; a--) {
    const t = tokens[a]!;
    if (!t.word && t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== ',') return null;
    if (t.text === '.' && !isInitial(tokens[a - 1])) return null;
    if (t.word && lex.according.has(t.lower) && (a === 0 || !tokens[a - 1]!.word)) {
      if (a + 1 <= j && lex.pronouns.has(tokens[a + 1]!.lower)) return { verb: t.lower, speaker: null, separated };
      const speaker = parsePhrase(text, tokens, a + 1, j + 1, lex);
      return speaker ? { verb: t.lower, speaker, separated } : null;
    }
  }
  return null;
}

/** The subject before a verb at token `v`: back to the start of its sentence, skipping adverbials. */
export function subjectBefore(text: string, tokens: readonly Token[], v: number, lex: Lexicon): ParsedSpeaker | 'pronoun' | null {
  let e = v;
  while (e > 0 && lex.fillers.has(tokens[e - 1]!.lower) && !tokens[e - 1]!.cap) e--;
  // `Rina Wulandari, Manajer Program APTB, mengatakan`: the appositive's closing comma.
  if (e > 0 && tokens[e - 1]!.text === ',') e--;
  let s = e;
  while (s > 0 && e - s < MAX_SUBJECT_TOKENS) {
    const t = tokens[s - 1]!;
    if (!t.word && SUBJECT_BREAK.has(t.text) && !(t.text === '.' && isInitial(tokens[s - 2]))) break;
    s--;
  }
  if (s >= e) return null;
  if (e - s === 1 && lex.pronouns.has(tokens[s]!.lower)) return 'pronoun';
  const honorific = honorificEndingAt(tokens, e, lex.references);
  if (honorific >= 0 && (honorific === s || tokens[honorific - 1]!.text === ',')) return 'pronoun';
  // Walk the comma-separated segments back from the verb: skip adverbials right before it
  // (`, saat dihubungi Kamis (4/6),`), then keep the segments that look like a name or a role.
  let start = e;
  let end = e;
  let k = e;
  let skipping = true;
  for (let c = e - 1; c >= s - 1; c--) {
    if (c >= s && tokens[c]!.text !== ',') continue;
    const segFrom = c + 1;
    if (segFrom >= k) {
      k = c;
      continue;
    }
    let head = tokens[segFrom]!;
    // `dr Sethi mengingatkan`: a lower-case title before a name opens the subject.
    if (!head.cap && lex.titles.has(head.text) && tokens[segFrom + 1]?.cap && segFrom + 1 < k) head = tokens[segFrom + 1]!;
    // The subject nearest the verb may trail an adverbial (`Tri Rismaharini di Surabaya, Rabu (16/9), mengatakan`):
    // it ends at the first stop word.
    let segEnd = k;
    if (start === e && head.cap) {
      for (let q = segFrom + 1; q < k; q++) {
        const t = tokens[q]!;
        // `Pengerusi Bersama mesyuarat itu Mohd Azmi`: a demonstrative before a name closes the title, not the subject.
        if (t.word && !t.cap && lex.nameStops.has(t.lower) && !(demonstrativeAt(tokens, q, lex.references) && tokens[q + 1]?.cap)) {
          segEnd = q;
          break;
        }
      }
    }
    let ok = head.cap && !lex.fillers.has(head.lower) && !lex.weekdays.has(head.lower) && !lex.according.has(head.lower);
    // `…, Ahad, Menteri X berkata`: a segment ending in a day name is the date adverbial, where the subject starts after it.
    if (ok && k > segFrom && lex.weekdays.has(tokens[k - 1]!.lower)) ok = false;
    // `Budi Santoso, the general manager of PT Contoh, said`: a lower-case title after the name is part of the subject.
    const lowerTitle = !head.cap && segFrom > s && (lex.lowerRoles.has(head.lower) || ((lex.connectors.has(head.lower) || lex.unnamed.has(head.lower)) && lex.lowerRoles.has(tokens[segFrom + 1]?.lower ?? '')));
    if (lowerTitle) {
      ok = true;
      for (let q = segFrom; q < segEnd; q++) {
        const t = tokens[q]!;
        if (t.word && !t.cap && !t.num && !lex.connectors.has(t.lower) && !lex.unnamed.has(t.lower) && !lex.lowerRoles.has(t.lower) && t.lower !== 'at') ok = false;
        if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '(' && t.text !== ')') ok = false;
      }
    } else if (ok && !lex.roles.has(head.text) && !lex.orgWords.has(head.text)) {
      for (let q = segFrom; q < segEnd; q++) {
        const t = tokens[q]!;
        if (t.word && !t.cap && !lex.connectors.has(t.lower) && !t.num && !lex.titles.has(t.text) && !(q > segFrom && lex.lowerRoles.has(t.lower)) && !roleLinkAt(tokens, q, lex)) ok = false;
        if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '(' && t.text !== ')') ok = false;
      }
    }
    if (!ok) {
      if (lex.pronouns.has(head.lower) && k - segFrom === 1 && start === e) return 'pronoun';
      if (skipping && start === e && (!head.cap || lex.weekdays.has(head.lower))) {
        end = c;
        k = c;
        continue;
      }
      break;
    }
    skipping = false;
    start = segFrom;
    if (segEnd < k) end = segEnd;
    k = c;
  }
  if (start >= end) return null;
  return parsePhrase(text, tokens, start, end, lex);
}
