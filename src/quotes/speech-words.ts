/**
 * The words of a paragraph as the quote passes see them, and the lexicon that classes them: the
 * paragraph's shared tokens (`tokens/tokenize.ts`) given their lexicon classes (`W_*` bits, looked
 * up once, `tokenize`), and the lookup sets built once per language's speech data (`lexicon`).
 */
import { firstIndex } from '../util/first-index.js';
import { type LexiconSource, speakerOrgWords, speakerPlaces, twoWordPosts } from './speech-lexicon-sources.js';
import { knownForms } from '../lang/word-lists.js';
import { definitionWords } from '../lang/definitions.js';
import { nameAbbreviations, namesakeTitles } from '../lang/names.js';
import { type ReferenceWords, referenceWords } from './references.js';
import type { Lexicon } from './speech-lexicon.js';
import { titleWordsOutOfNames } from './long-titles.js';
import { APOSTROPHES, T_APOSTROPHE as APOSTROPHE_CLASS, T_TITLE_OPENER as TITLE_OPENER_CLASS, TOKEN_BITS as TOKEN_CLASS_BITS, W_LOCATIVE as LOCATIVE_CLASS, W_NAME, classOf, emptyClassTable, isDegreePrefix, markClasses, signature } from './word-classes.js';
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
/** The word classes read per token, as module constants too (`word-classes.ts`). */
const C_TOKEN_BITS = TOKEN_CLASS_BITS;
const C_LOCATIVE = LOCATIVE_CLASS;
const C_APOSTROPHE = APOSTROPHE_CLASS;
const C_TITLE_OPENER = TITLE_OPENER_CLASS;

export const UPPER = /^\p{Lu}/u;

/** What `tokenize` tells the article's vocabulary while it classes each paragraph (`ArticleWords` of `vocabulary.ts`). */
export interface WordSink {
  /** A lower-case word of the paragraph, with its `signature`. */
  add(word: string, sig: number): void;
  /** The paragraph is classed (called once per paragraph, in order): the indices of its words with `W_LOCATIVE` in the list `tokenize` returns, in order. */
  paragraph(locatives: readonly number[]): void;
}

const NO_INDICES: readonly number[] = [];

/**
 * A paragraph's tokens with their lexicon classes, once: the shared tokens of the paragraph
 * (`shared`, when the caller has them; else `text` is tokenized here), each given its classes
 * (`Token.cls`), so the passes over the tokens test bits instead of probing sets. The list is the
 * paragraph's own (its first word may be read in another form, `openingCapitals`); the tokens in
 * it are the shared ones. `lowerWords`: where to add the paragraph's lower-case words and its locatives (the
 * article's `Vocabulary`, gathered by the same pass).
 */
export function tokenize(text: string, lex: Lexicon, shared?: readonly Token[], lowerWords?: WordSink): readonly Token[] {
  let tokens = shared ?? words(scan(text));
  const first = tokens[0];
  // The shared list is copied only when the paragraph's own differs from it.
  const opening = first !== undefined && first.word ? openingCapitals(first, lex) : first;
  if (opening !== first) tokens = [opening!, ...tokens.slice(1)];
  // Every class met, helpers included: the passes below run only on a paragraph where they can change something.
  let met = 0;
  // The article's vocabulary gathers here, while each token is at hand: its lower-case words (with the signature just computed) and where its locatives stand.
  let locatives: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sig = signature(t.lower);
    const c = classOf(t, sig, lex);
    t.cls = c & C_TOKEN_BITS;
    met |= c;
    if (lowerWords === undefined) continue;
    if ((t.facts & LOWER_WORD_FACTS) === LOWER_WORD) lowerWords.add(t.lower, sig);
    if (c & C_LOCATIVE && t.word) (locatives ??= []).push(i);
  }
  if (met & C_APOSTROPHE) {
    const kept = withoutTitleApostrophes(tokens, lex);
    // A mark dropped: the locatives' indices are read again in the shorter list.
    if (kept !== tokens && locatives !== null) locatives = wordsWith(kept, C_LOCATIVE);
    tokens = kept;
  }
  lowerWords?.paragraph(locatives ?? NO_INDICES);
  return met & C_TITLE_OPENER ? titleWordsOutOfNames(tokens, lex.titles, W_NAME) : tokens;
}

/** Indices of the words of `tokens` with class `bit`, in order. */
function wordsWith(tokens: readonly Token[], bit: number): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.cls & bit && t.word) out.push(i);
  });
  return out;
}

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
    holdingVerbs: lowerSet(data.holdingVerbs ?? []),
    becomingVerbs: lowerSet(data.becomingVerbs ?? []),
    // A copula gives a post too (`Budi adalah Ketua …`), as it defines a body (`organisations/paragraph.ts`).
    copulas: lowerSet(definitionWords.copulas), otherHolders: lowerSet(data.otherHolders ?? []),
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
    lowerClasses: emptyClassTable(),
    textClasses: emptyClassTable(),
  };
  markClasses(lex);
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

/** Abbreviations that keep a name going across their full stop (`Dr.`, `H.`, `Daniel P. Hartono`): an initial or `nameAbbreviations`. */
export function isInitial(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && (t.text.length === 1 || lex.nameAbbreviations.has(t.text));
}
