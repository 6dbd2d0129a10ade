/**
 * The words of a paragraph as the quote passes see them, and the lexicon that classes them: the
 * paragraph's shared tokens (`tokens/tokenize.ts`) given their lexicon classes (`W_*` bits, looked
 * up once, `tokenize`), and the lookup sets built once per language's speech data (`lexicon`).
 */
import { firstIndex } from '../util/first-index.js';
import { type LexiconSource, speakerOrgWords, speakerPlaces, twoWordPosts } from './speech-lexicon-sources.js';
import { NYA } from '../lang/enclitic.js';
import { knownForms } from '../lang/word-lists.js';
import { nameAbbreviations, namesakeTitles } from '../lang/names.js';
import { type ReferenceWords, referenceWords } from './references.js';
import type { Lexicon } from './speech-lexicon.js';
import { titleWordsOutOfNames } from './long-titles.js';
import { F_CAP as CAP_FACT, F_HAS_LOWER as HAS_LOWER_FACT, F_WORD as WORD_FACT, Token } from '../tokens/token.js';
import { scan, words } from '../tokens/tokenize.js';

export type { Lexicon };

/** A word or a punctuation character of a paragraph: the shared token (`tokens/token.ts`). */
export type { Token };

/** Imported bindings as module constants: they may be read through a getter (CommonJS output, tsx), too slow per token. */
const F_HAS_LOWER = HAS_LOWER_FACT;
/** The facts that decide whether a token goes in the article vocabulary's lower-case words (`LOWER_WORD`: a word, not capitalised, with a lower-case letter). */
const LOWER_WORD_FACTS = WORD_FACT | CAP_FACT | HAS_LOWER_FACT;
const LOWER_WORD = WORD_FACT | HAS_LOWER_FACT;

/** Token class bits (`Token.cls`), from the lexicon the paragraph was tokenized with. */
export const W_POST = 1;

const W_PRONOUN_VERB = 1 << 1;

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

/** A lower-case role word (`Lexicon.lowerRoles`; meaningful on a word that is not capitalised). */
export const W_LOWER_ROLE = 1 << 11;

/** A word before a nickname (`Lexicon.nicknameCues`: `disapa`, `atau`). */
export const W_NICKNAME_CUE = 1 << 12;

/** A word that may start reported speech (`findIndirect`'s cues). */
export const W_CUE = W_INTRO | W_ACCORDING_FIRST | W_ACCORDING_NYA;

export const UPPER = /^\p{Lu}/u;

/** Where `tokenize` adds the lower-case words it meets, each with its `signature` (the article vocabulary's `WordIndex`). */
export interface WordSink {
  add(word: string, sig: number): void;
}

/**
 * A paragraph's tokens with their lexicon classes, once: the shared tokens of the paragraph
 * (`shared`, when the caller has them; else `text` is tokenized here), each given its classes
 * (`Token.cls`), so the passes over the tokens test bits instead of probing sets. The list is the
 * paragraph's own (its first word may be read in another form, `openingCapitals`); the tokens in
 * it are the shared ones. `lowerWords`: where to add the paragraph's lower-case words (the article's
 * `Vocabulary.lower`, filled by the same pass).
 */
export function tokenize(text: string, lex: Lexicon, shared?: readonly Token[], lowerWords?: WordSink): readonly Token[] {
  let tokens = shared ?? words(scan(text));
  const first = tokens[0];
  // The shared list is copied only when the paragraph's own differs from it.
  const opening = first !== undefined && first.word ? openingCapitals(first, lex) : first;
  if (opening !== first) tokens = [opening!, ...tokens.slice(1)];
  for (const t of tokens) {
    const sig = signature(t.lower);
    t.cls = classOf(t, sig, lex);
    // The article's lower-case words (`Vocabulary.lower`) gathered here, with the signature just computed, while the token is at hand.
    if (lowerWords !== undefined && (t.facts & LOWER_WORD_FACTS) === LOWER_WORD) lowerWords.add(t.lower, sig);
  }
  return titleWordsOutOfNames(withoutTitleApostrophes(tokens, lex), lex.titles, W_NAME);
}

/** The apostrophes a title may close with (`Dato’`, `Dato'`). */
const APOSTROPHES: ReadonlySet<string> = new Set(['’', "'"]);

/**
 * `Dato’ Razali`: the apostrophe closing a title word written with one in the title lists, glued to it and before
 * a capitalised word, is part of the title; it leaves the list so that every reader of a title run before a name
 * reads it as the unapostrophised spelling (`Dato Razali`). Offsets stay those of the text, so a phrase sliced over
 * it keeps the mark. `tokens` is left as it is: a list without those marks is returned (`tokens` itself when it has none).
 */
function withoutTitleApostrophes(tokens: readonly Token[], lex: Lexicon): readonly Token[] {
  // The tokens kept, once a mark is dropped (null: none dropped yet).
  let kept: Token[] | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    if (!t.word && APOSTROPHES.has(t.text) && before.end === t.start && lex.apostropheTitles.has(before.text) && tokens[k + 1]?.cap) {
      kept ??= tokens.slice(0, k);
      continue;
    }
    kept?.push(t);
  }
  return kept ?? tokens;
}

/**
 * Size of the signature tables that let most words skip the class maps (a power of two): large
 * enough that a word in no class rarely shares a signature with a lexicon word.
 */
const SIGNATURES = 1 << 16;

/** A cheap hash of a word (first two code units, length, middle and last code units): words whose signature no lexicon word has are in no class. */
export function signature(s: string): number {
  const n = s.length;
  const h = Math.imul(Math.imul(Math.imul((s.charCodeAt(0) << 16) ^ (s.charCodeAt(1) | 0), 31) ^ n, 0x9e3779b1) ^ s.charCodeAt(n >> 1), 0x85ebca6b) ^ s.charCodeAt(n - 1);
  return (h ^ (h >>> 16)) & (SIGNATURES - 1);
}

/** Case-sensitive classes, only used to compute `W_NAME` (never set on a token). */
const T_ORG_WORD = 1 << 20;

const T_ROLE_WORD = 1 << 21;

const T_SINGLE_TITLE = 1 << 22;

const T_WEEKDAY = 1 << 23;

/** A degree as written (`lex.degrees`): classed with the case-sensitive words, so `isDegree` needs no set lookup while tokenizing. */
const T_DEGREE = 1 << 24;

/** Bits that keep a capitalised word out of a name (`nameToken` in narrative.ts). */
const NOT_NAME = W_ROLE | W_FILLER | W_ACCORDING | T_ORG_WORD | T_ROLE_WORD | T_SINGLE_TITLE | T_WEEKDAY;

/** The bits a token carries (the `T_*` helpers stay out). */
const TOKEN_BITS = (1 << 20) - 1;

/**
 * The lexicon classes of a token (`W_*` bits): one lookup of the lower-case form and, for a capitalised
 * word, one of the form as written, in small maps built once per lexicon (a cache of every word met
 * would be a big table, slower to probe than these). `lowerSignature`: the `signature` of `t.lower`.
 */
function classOf(t: Token, lowerSignature: number, lex: Lexicon): number {
  const lower = t.lower;
  const n = lower.length;
  let c = lex.lowerSignatures[lowerSignature] ? (lex.lowerClasses.get(lower) ?? 0) : 0;
  if (n > NYA.length && lower.charCodeAt(n - 1) === 97 && lower.endsWith(NYA) && lex.according.has(lower.slice(0, -NYA.length))) c |= W_ACCORDING_NYA;
  if (!t.cap) return c & TOKEN_BITS;
  if (lex.textSignatures[signature(t.text)]) c |= lex.textClasses.get(t.text) ?? 0;
  if (t.word && t.hasLower && (c & NOT_NAME) === 0 && (c & T_DEGREE) === 0 && !isDegreePrefix(t.text, lex)) c |= W_NAME;
  return c & TOKEN_BITS;
}

/** Shortest word in capitals read as a title (`DATUK`, `PRESIDEN`); shorter ones are acronyms. */
const MIN_CAPITALS_TITLE = 4;

/**
 * `DATUK Seri …`, `PRESIDEN Contoh …`: outlets set a story's first word in capitals. A paragraph's first word so
 * written that is a title, a role or a role word in its usual form is read in that form.
 */
function openingCapitals(tok: Token, lex: Lexicon): Token {
  if (!tok.cap || tok.hasLower || tok.text.length < MIN_CAPITALS_TITLE) return tok;
  const usual = tok.text[0] + tok.lower.slice(1);
  if (!lex.titles.has(usual) && !lex.roles.has(usual) && !lex.roleWords.has(usual) && !lex.titleModifiers.has(usual)) return tok;
  return new Token(usual, tok.lower, tok.start, tok.end, tok.facts | F_HAS_LOWER, tok.cls);
}

/** The tokens without lexicon classes (`cls` stays 0): for the lexicon's own phrases. */
export function scanWords(text: string): Token[] {
  return words(scan(text));
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i]!.start >= offset);
}

export type { LexiconSource };

const lexicons = new WeakMap<LexiconSource, Lexicon>();

/** The lookup sets for `language`, built on first use and memoised. */
export function lexicon(language: LexiconSource): Lexicon {
  let lex = lexicons.get(language);
  if (lex) return lex;
  const data = language.speech;
  const titles = new Map<string, string[][]>();
  const apostropheTitles = new Set<string>();
  for (const phrase of [...data.ranks, ...data.honorifics]) {
    const scanned = scanWords(phrase);
    scanned.forEach((t, k) => {
      if (k > 0 && APOSTROPHES.has(t.text) && scanned[k - 1]!.word) apostropheTitles.add(scanned[k - 1]!.text);
    });
    const parts = scanned.filter((t) => t.word).map((t) => t.text);
    if (parts.length === 0) continue;
    const list = titles.get(parts[0]!) ?? [];
    list.push(parts);
    titles.set(parts[0]!, list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);
  const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const orgWords = speakerOrgWords(language);
  const roleFirsts = new Set(data.roles.map((r) => r.split(' ')[0]!));
  const titleWords = new Set([...titles.values()].flat(2));
  const roleWords = new Set(data.roleWords);
  const compoundRoles = [...(data.compoundRoles ?? []), ...twoWordPosts(data.roles, [orgWords, roleFirsts, roleWords, titleWords])];
  const accordingSeqs = data.according.map((a) => a.toLowerCase().split(' ').filter((w) => w !== '')).filter((ws) => ws.length > 0);
  lex = {
    post: new Map(Object.entries(data.postVerbs)),
    pronounVerb: new Map(Object.entries(data.pronounVerbs)),
    intro: new Map(Object.entries(data.introVerbs)),
    according: lowerSet(data.according),
    pronouns: lowerSet(data.pronouns),
    pluralPronouns: lowerSet(data.pluralPronouns ?? []),
    selfPronouns: lowerSet(data.selfPronouns),
    fillers: lowerSet(data.fillers),
    openers: lowerSet(data.openers ?? []),
    roles: roleFirsts,
    callings: lowerSet(data.callings ?? []),
    titles,
    apostropheTitles,
    singleTitles: new Set([...titles.values()].flat().filter((parts) => parts.length === 1).map((parts) => parts[0]!)),
    ranks: new Set(data.ranks),
    rankSuffixes: new Set(data.rankSuffixes ?? []),
    patronymicTitles: new Set(namesakeTitles.filter((t) => !nameAbbreviations.includes(t))),
    orgWords,
    namePrefixes: lowerSet(data.namePrefixes),
    articles: lowerSet(data.articles),
    titlePlaces: lowerSet(data.titlePlaces),
    bodyLinks: lowerSet(data.bodyLinks ?? []),
    postVerbLeads: lowerSet(data.postVerbLeads),
    namingWords: lowerSet(data.namingWords),
    nameAbbreviations: new Set(data.nameAbbreviations),
    roleWords,
    nameStops: lowerSet(data.nameStops),
    connectors: lowerSet(data.connectors),
    titleCues: lowerSet(data.titleCues),
    unnamed: lowerSet(data.unnamed),
    personQuantifiers: (data.personQuantifiers ?? []).map((q) => q.toLowerCase().split(' ')),
    weekdays: lowerSet(data.weekdays),
    months: lowerSet(Object.keys(language.dates.months)),
    sceneLinks: lowerSet(data.sceneLinks ?? []),
    placeTakers: new Set(data.placeTakers),
    places: speakerPlaces(language),
    locatives: lowerSet(data.locatives),
    placePrepositions: lowerSet(data.placePrepositions ?? []),
    degrees: new Set(data.degrees ?? []),
    roleSuffixes: data.roleSuffixes ?? [],
    lowerRoles: new Set(data.roles.map((r) => r.split(' ')[0]!.toLowerCase()).filter((r) => !data.fillers.includes(r) && !(data.relatives ?? []).includes(r))),
    descriptions: lowerSet(data.descriptions ?? []),
    references: referenceWords(data),
    documents: lowerSet(data.documents ?? []),
    organisationNouns: lowerSet(data.organisationNouns ?? []),
    aliases: new Map(Object.entries(data.organisationAliases ?? {})),
    complementisers: lowerSet(data.complementisers ?? []),
    purposeLinks: lowerSet(data.purposeLinks ?? []),
    bareReport: new Set(data.bareReportVerbs ?? []),
    nonSpeakers: lowerSet(data.nonSpeakers ?? []),
    laws: new Set(data.laws ?? []),
    lawParts: new Set(data.lawParts ?? []),
    titleWords,
    accordingSeqs,
    accordingFirst: new Set(accordingSeqs.map((seq) => seq[0]!)),
    compoundRoles: new Set(compoundRoles),
    compoundRoleFirsts: new Set(compoundRoles.filter((r) => r.includes(' ')).map((r) => r.slice(0, r.indexOf(' ')))),
    namedHeads: new Set(data.namedHeads ?? []),
    nicknameCues: lowerSet(data.nicknameCues ?? []),
    fieldOpeners: new Set(data.fieldOpeners ?? []),
    roleLinks: lowerSet(data.roleLinks ?? []),
    holdingVerbs: lowerSet(data.holdingVerbs ?? []), otherHolders: lowerSet(data.otherHolders ?? []),
    affiliationLinks: lowerSet(data.affiliationLinks ?? []),
    headVerbs: lowerSet(data.headVerbs ?? []),
    possessives: lowerSet(data.possessives ?? []),
    auxiliaries: lowerSet(data.auxiliaries ?? []),
    titleOrganisations: Object.entries(data.titleOrganisations ?? {})
      .map(([k, v]) => [k.split(' '), v] as const)
      .sort((a, b) => b[0].length - a[0].length),
    titleOrganisationSuffixes: new Map(Object.entries(data.titleOrganisationSuffixes ?? {})),
    titleModifiers: new Set(data.titleModifiers ?? []),
    partyWings: new Set(language.organisations.partyWings ?? []),
    unitHeads: new Set(language.organisations.unitHeads ?? []),
    titleHeads: new Set(data.titleHeads ?? []),
    titleUnits: new Map(Object.entries(data.titleUnits ?? {}).map(([k, v]) => [k, new Set(v)])),
    boards: new Set(data.boards ?? []),
    knownOrganisations: new Set(data.boards ? knownForms(language.organisations.known) : []),
    listJoiners: lowerSet(data.listJoiners ?? []),
    clientTitles: lowerSet(data.clientTitles ?? []),
    seatTitles: new Set(data.seatTitles ?? []),
    postQualifiers: new Set(data.postQualifiers ?? []),
    agencies: lowerSet([...language.boilerplate.signOffs, ...Object.keys(language.outlets.names)]),
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
  mark(lowerClasses, lex.lowerRoles, W_LOWER_ROLE);
  mark(lowerClasses, lex.nicknameCues, W_NICKNAME_CUE);
  mark(textClasses, lex.roles, W_ROLE);
  mark(textClasses, lex.orgWords, T_ORG_WORD);
  mark(textClasses, lex.roleWords, T_ROLE_WORD);
  mark(textClasses, lex.singleTitles, T_SINGLE_TITLE);
  mark(textClasses, lex.degrees, T_DEGREE);
  lex.lowerClasses = lowerClasses;
  lex.textClasses = textClasses;
  for (const k of lowerClasses.keys()) if (k !== '') lex.lowerSignatures[signature(k)] = 1;
  for (const k of textClasses.keys()) if (k !== '') lex.textSignatures[signature(k)] = 1;
  lexicons.set(language, lex);
  return lex;
}

/** Join tokens `[a, b)` back into their source text. */
export function slice(text: string, tokens: readonly Token[], a: number, b: number): string {
  if (b <= a) return '';
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/**
 * `first second` is a two-word role (`Lexicon.compoundRoles`). `first` holds no space (a token's text): only a
 * compound role's first word can open one, so other words skip building the key.
 */
export function isCompoundRole(lex: Lexicon, first: string, second: string): boolean {
  return lex.compoundRoleFirsts.has(first) && lex.compoundRoles.has(`${first} ${second}`);
}

/** A degree after a name (`SpGK`, `SpPD-KEMD`, `PhD`). */
export function isDegree(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !t.word || lex.degrees.size === 0) return false;
  return lex.degrees.has(t.text) || isDegreePrefix(t.text, lex);
}

/** A degree before a dash (`SpPD-KEMD`): `isDegree` of a word that is not a degree as written. */
function isDegreePrefix(text: string, lex: Lexicon): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && lex.degrees.has(text.slice(0, dash));
}

/** Abbreviations that keep a name going across their full stop (`Dr.`, `H.`, `Daniel P. Hartono`): an initial or `nameAbbreviations`. */
export function isInitial(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && (t.text.length === 1 || lex.nameAbbreviations.has(t.text));
}
