/**
 * Find organisation mentions in normalized paragraphs.
 *
 * One left-to-right pass per paragraph tries, at each word: the lexicon (longest form), a head
 * noun with the name words after it (`Kementerian Keuangan`, `Pengadilan Negeri (PN) Bekasi`,
 * less a person's name that runs on: `Kejari Garut Rudi Hartanto`), a tail word with the name
 * words before it (`Mandiri Sekuritas`), then word shapes (acronyms, CamelCase brands, site domains).
 * Parentheses then link a name to its acronym (`Koalisi … (APTB)`, `APTB (Koalisi …)`), and a
 * second pass finds later uses of forms learnt in this article (a mixed-case acronym defined in
 * parentheses, the core of a `PT … Tbk` name). Every step looks at a bounded window of words,
 * so the whole is linear in the text length.
 */
import type { LanguageData } from '../lang/types.js';
import type { OrganisationKind, Span } from '../types.js';
import {
  compileOrganisations,
  STARTS_HEAD,
  STARTS_KNOWN,
  STARTS_PLACE_PAIR,
  STARTS_TAIL,
  startSlot,
  type CompiledOrganisations,
  type KnownOrganisation,
} from './compile.js';
import { listedMembers } from './lists.js';
import { isBrandedOutlet, isCodedAmount, quotedTitles, splitGlued } from './context.js';
import { isAcronym, isAllCaps, isAmount, isCamel, isCapitalised, isDomain, isLower, isNumber, isRoman, spellsOut } from './shapes.js';
import { tokenize, type Token } from './tokens.js';

/** Most words in a name after its head noun, or before its tail word. */
const MAX_NAME_WORDS = 10;
/** Longest number kept inside a name (`SMPN 33`, `Densus 88`); longer numbers are years or amounts. */
const MAX_NAME_NUMBER_LENGTH = 3;
/** A run of this many all-capital words is a shouted phrase (`SCROLL TO CONTINUE`), not acronyms. */
const SHOUTED_RUN = 3;
/** A line with at least this many long words, nearly all capitalised, is a Title Case headline. */
const TITLE_MIN_WORDS = 5;
/** Share of capitalised long words that makes a line Title Case. */
const TITLE_CAPITALISED_SHARE = 0.8;
/** Words this long or longer count for the Title Case test (skips `di`, `dan`, `of`). */
const TITLE_WORD_LENGTH = 4;
/** Extra words a spelled-out name may have beyond the letters of its acronym. */
const LONG_FORM_SLACK = 5;
/** A person's name after an organisation (`Kejari Garut Rudi Hartanto`) has this many words, at most… */
const MAX_PERSON_WORDS = 3;
/** …and at least: one word after a place is as often the place's own second word (`Tanjung Priok`). */
const MIN_PERSON_WORDS = 2;

/** How a mention was found; useful to measure what each rule adds. */
export type OrganisationRule =
  | 'known'
  | 'head'
  | 'tail'
  | 'acronym'
  | 'camel'
  | 'domain'
  | 'brand'
  | 'kind-noun'
  | 'long-form'
  | 'listed'
  | 'alias';

/** One organisation mention, with normalized offsets. */
export interface OrganisationHit {
  start: number;
  end: number;
  /** The mention as written (normalized). */
  text: string;
  rule: OrganisationRule;
  /** The lexicon entry, when the mention is a known form. */
  known: KnownOrganisation | null;
  kind: OrganisationKind | null;
  /** Mentions with the same group are one organisation (0, 1, 2, … in order of first mention). */
  group: number;
  /** A short form written in brackets inside the mention (`PN` in `Pengadilan Negeri (PN) Bekasi`). */
  acronym: string | null;
}

export interface FindOrganisationsOptions {
  /** Normalized spans whose mentions are dropped (the article's own dateline outlet). */
  ignore?: readonly Span[];
  /** The outlet of the article's dateline as written (`Contoh.com`): later mentions of it are organisations. */
  outlet?: string | null;
}

/** A mention while the scan runs: the public fields (before grouping), plus where it lies in the words. */
interface Hit extends Omit<OrganisationHit, 'group' | 'acronym'> {
  /** Word indices `[from, to)` within the paragraph. */
  from: number;
  to: number;
  paragraph: number;
  /** A cue word comes right before (`mitra YLKI`). */
  cue?: boolean;
  /** A short form in brackets inside the mention. */
  acronym?: string;
  /** Other texts of the same organisation (`pemkot surabaya` for `Pemerintah Kota (Pemkot) Surabaya`). */
  keys?: string[];
  /** Spelled out before an acronym that names a thing (`Badan Usaha Milik Negara (BUMN)`). */
  thing?: boolean;
}

interface ParagraphState {
  text: string;
  start: number;
  tokens: Token[];
  /** For each token: the `STARTS_*` bits of its start and `NAME_WORD`, computed once. */
  bits: number[];
  /**
   * For each token index `k` (and the length), the first index from `k` on whose word ends a tail
   * phrase (`Sekuritas`), or the length; null when no word does. `tailAhead` need not look where
   * no tail is near.
   */
  nextTail: number[] | null;
  /** For each token: inside a quoted headline (`quotedTitles`); null when the paragraph has none. */
  quoted: boolean[] | null;
}

/** Bit of `ParagraphState.bits`: the word can continue a name (`isNameWord`); above the `STARTS_*` bits. */
const NAME_WORD = 1 << 8;
/** A word with none of these bits and no capital starts nothing: the scan passes over it. */
const STARTS_ANYTHING = STARTS_KNOWN | STARTS_HEAD | STARTS_PLACE_PAIR;

/** The tokens of one paragraph with what every rule asks of them, computed once. */
function prepare(c: CompiledOrganisations, text: string, start: number): ParagraphState {
  const tokens = splitGlued(c, tokenize(text));
  const n = tokens.length;
  const bits: number[] = [];
  let lastTail = -1;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const b = c.starts[startSlot(t.text)]!;
    bits.push(isNameWord(c, t) ? b | NAME_WORD : b);
    if (b & STARTS_TAIL && c.tails.has(t.text)) lastTail = k;
  }
  let nextTail: number[] | null = null;
  if (lastTail >= 0) {
    nextTail = new Array<number>(n + 1).fill(n);
    for (let k = lastTail; k >= 0; k--) nextTail[k] = c.tails.has(tokens[k]!.text) ? k : nextTail[k + 1]!;
  }
  return { text, start, tokens, bits, nextTail, quoted: text.includes('“') || text.includes('"') ? quotedTitles(text, tokens) : null };
}

/** Word `k` can continue a name (`isNameWord`); false past the end. */
function nameAt(p: ParagraphState, k: number): boolean {
  return k < p.bits.length && (p.bits[k]! & NAME_WORD) !== 0;
}

/** Mutable state of one call: the hits so far and which of them are one organisation. */
class Finder {
  readonly hits: Hit[] = [];
  private readonly parent: number[] = [];
  /** Forms learnt in this text (`Amvesindo`, `Lippo Karawaci`) → a hit of their organisation. */
  readonly aliases = new Map<string, { words: string[]; hit: number }[]>();
  /** `startSlot` of every key of `aliases`: most words need no look-up. */
  readonly aliasSlots = new Set<number>();

  /** Capitalised words the text writes on their own, with no capitalised word beside them (`kata Budi.`). */
  readonly alone = new Map<string, number>();

  constructor(readonly c: CompiledOrganisations) {}

  add(hit: Hit): number {
    this.hits.push(hit);
    this.parent.push(this.parent.length);
    return this.hits.length - 1;
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  learn(words: string[], hit: number): void {
    if (words.length === 0) return;
    const key = words[0]!;
    const list = this.aliases.get(key) ?? [];
    if (list.some((a) => a.words.join(' ') === words.join(' '))) return;
    list.push({ words, hit });
    list.sort((a, b) => b.words.length - a.words.length);
    this.aliases.set(key, list);
    this.aliasSlots.add(startSlot(key));
  }
}

/**
 * Find organisation mentions in `paragraphs`, each a slice of normalized text starting at
 * normalized offset `start`. Hits carry normalized offsets and a group number that ties the
 * mentions of one organisation together (`APTB` and `Aliansi Petani Tangguh Bersatu`).
 */
export function findOrganisations(
  paragraphs: readonly { text: string; start: number }[],
  data: LanguageData,
  options: FindOrganisationsOptions = {},
): OrganisationHit[] {
  const finder = new Finder(compileOrganisations(data.organisations, data.speech, data.outlets));
  const states: ParagraphState[] = [];
  for (const para of paragraphs) states.push(prepare(finder.c, para.text, para.start));
  for (const p of states) countAlone(p, finder.alone);
  for (let index = 0; index < states.length; index++) {
    const first = finder.hits.length;
    scanParagraph(finder, states[index]!, index);
    linkParentheses(finder, states[index]!, index, first);
  }
  states.forEach((p, index) => bridgeLists(finder, p, index));
  // Second pass: later uses of forms learnt above, and of the dateline's outlet, in words no rule claimed.
  const outlet = options.outlet ? outletForms(options.outlet) : [];
  if (finder.aliases.size > 0 || outlet.length > 0) {
    const claimed = states.map(() => new Set<number>());
    for (const h of finder.hits) for (let k = h.from; k < h.to; k++) claimed[h.paragraph]!.add(k);
    states.forEach((p, index) => findAliases(finder, p, index, claimed[index]!));
    if (outlet.length > 0) states.forEach((p, index) => findOutlet(finder, p, index, claimed[index]!, outlet));
  }
  return finish(finder, states, options.ignore ?? []);
}

/** One-word members of a list whose neighbours were found (`APTB, Sekarbumi, Walhi`): hits, and learnt for later mentions. */
function bridgeLists(f: Finder, p: ParagraphState, paragraph: number): void {
  const found = f.hits.filter((h) => h.paragraph === paragraph).sort((x, y) => x.from - y.from);
  if (found.length < 2) return;
  const skip = (word: string) => f.c.placeWords.has(word) || f.c.notOrganisations.has(word) || f.c.roles.has(word);
  for (const k of listedMembers(p.text, p.tokens, found, skip)) {
    const t = p.tokens[k]!;
    const hit = f.add({ start: p.start + t.start, end: p.start + t.end, text: t.text, rule: 'listed', known: null, kind: null, from: k, to: k + 1, paragraph });
    f.learn([t.text], hit);
  }
}

// ---------------------------------------------------------------------------
// Pass 1: one paragraph, left to right

function scanParagraph(f: Finder, p: ParagraphState, paragraph: number): void {
  const { tokens, text } = p;
  const n = tokens.length;
  if (n === 0) return;
  const c = f.c;
  const titleCase = isTitleCase(text, tokens);
  let i = 0;
  while (i < n) {
    // Every rule below needs a capital, a lexicon start or a domain (`yang`, `dengan` have none).
    if (!tokens[i]!.cap && !(p.bits[i]! & STARTS_ANYTHING) && !endsLikeDomain(tokens[i]!.text)) {
      i++;
      continue;
    }
    const word = tokens[i]!.text;
    let best: { to: number; rule: OrganisationRule; known: KnownOrganisation | null; kind: OrganisationKind | null } | null = null;

    // A two-word place (`Amerika Serikat`) hides the head noun in it.
    if (i + 1 < n && p.bits[i]! & STARTS_PLACE_PAIR && c.placePairs.get(word)?.has(tokens[i + 1]!.text) && plainGap(p, i + 1)) {
      i += 2;
      continue;
    }
    let bracket = -1;
    let party = -1;
    const known = matchKnown(c, p, i);
    if (known) best = { to: known.to, rule: 'known', known: known.value, kind: known.value.kind };
    // Inside a headline, only known names and word shapes count (`bertajuk “Kerajaan Contoh Tidak Halang …”`).
    const names = !titleCase && !p.quoted?.[i];
    if (names) {
      const head = matchHead(c, p, i, f.alone);
      // A party's faction named by the party names the party too (`Fraksi PAN`, and `PAN` in it).
      if (!best && head && head.kind === 'party' && isKnownParty(c, p, head.start, head.to)) party = head.start;
      // A generic unit of a known organisation is that organisation (`Dewan Komisioner OJK` → `OJK`).
      if (!best && head && isUnitOfKnown(c, p, head.start, head.to)) {
        i = head.start;
        continue;
      }
      // A state committee named by its portfolios is a member's title: skip it whole.
      if (!best && head && c.portfolioHeads.size > 0) {
        const end = portfolioTitleEnd(c, p, i, head.start, head.to);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      // Past a known name, plain words are a person's name (`Kementerian Pertanian Agung Suganda`).
      if (head && (!best || (head.to > best.to && (c.places.has(tokens[best.to]!.text) || !onlyPlainWords(p, best.to, head.to))))) {
        // A known name with its place is still that organisation (`Perum Bulog Jawa Tengah`).
        const keep = best?.known && onlyPlaces(c, p, best.to, head.to, head.bracket) ? best.known : null;
        best = { to: head.to, rule: 'head', known: keep, kind: keep?.kind ?? head.kind };
        bracket = head.bracket;
      }
    }
    // A tail further on swallows this word (`MNC Sekuritas`, `TD Securities`).
    if (names && (!best || best.rule === 'known')) {
      // Past a known name only (`Jawa Pos Grup` stays the known form).
      const tail = tailAhead(c, p, i, best ? best.to + 1 : i + 1);
      if (tail) best = { to: tail.to, rule: 'tail', known: null, kind: tail.kind };
    }
    // A known name with its country: the national branch (`Greenpeace Indonesia`).
    if ((best?.rule === 'known' && best.kind !== 'media') || best?.rule === 'tail') {
      if (best.to < n && plainGap(p, best.to) && c.branchPlaces.has(tokens[best.to]!.text)) best.to++;
    }
    // An outlet with its brand word (`BBC News`).
    if (best?.rule === 'known' && best.kind === 'media' && best.to < n && plainGap(p, best.to) && c.mediaSuffixes.has(tokens[best.to]!.text)) best.to++;
    // A form this text defined with its place (`BPBD Sulawesi Tengah` after `… (BPBD) Sulawesi Tengah`).
    let learnt = -1;
    if (best?.rule === 'known') {
      const alias = matchLearnt(f, p, i, best.to);
      if (alias) {
        const source = f.hits[alias.hit]!;
        best = { to: alias.to, rule: 'alias', known: source.known, kind: source.kind };
        learnt = alias.hit;
      }
    }
    // A name of several words after a noun that says what it is (`firm Contoh Pangan Jaya`).
    if (!best && names) {
      const named = kindNounName(c, p, i);
      if (named) best = { to: named.to, rule: 'kind-noun', known: null, kind: named.kind };
    }
    if (!best && isShapedName(c, p, i) && !isShouted(tokens, i)) {
      const rule: OrganisationRule = isDomain(word) ? 'domain' : isBrandedOutlet(c, word) ? 'brand' : tokens[i]!.acronym ? 'acronym' : 'camel';
      best = { to: i + 1, rule, known: null, kind: rule === 'domain' || rule === 'brand' ? 'media' : null };
    }
    if (!best) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = spanEnd(p, best.to);
    const inner = bracket >= 0 ? innerShortForm(p, bracket, best.to) : null;
    const index = f.add({
      start: p.start + start,
      end: p.start + end,
      text: text.slice(start, end),
      rule: best.rule,
      known: best.known,
      kind: best.kind,
      from: i,
      to: best.to,
      paragraph,
      cue: hasCue(c, p, i),
      ...inner,
    });
    if (inner) learnShortForm(f, p, bracket, best.to, index);
    if (learnt >= 0) f.union(learnt, index);
    if (party >= 0 && best.rule === 'head') {
      const known = matchKnown(c, p, party)!;
      const from = tokens[party]!.start;
      const to = tokens[known.to - 1]!.end;
      f.add({ start: p.start + from, end: p.start + to, text: text.slice(from, to), rule: 'known', known: known.value, kind: known.value.kind, from: party, to: known.to, paragraph });
    }
    if (best.rule === 'head' && best.kind === 'company') {
      learnCompanyCore(f, p, i, best.to, index);
      // `PT Pindad`, `Bank BRI`: a known company under its legal form.
      const core = p.tokens.slice(i + 1, best.to).map((t) => t.text).filter((w) => w !== 'Persero' && w !== 'Tbk');
      const hit = f.hits[index]!;
      hit.known = c.forms.get(core.join(' ')) ?? hit.known;
      if (hit.known) hit.kind = hit.known.kind;
    }
    i = best.to;
  }
}

/** Name words `[start, to)` are one plain word and a known short form (`Komisioner OJK`, not `IX DPR`). */
function isUnitOfKnown(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): boolean {
  if (to - start !== 2) return false;
  const word = p.tokens[start]!.text;
  const last = p.tokens[to - 1]!.text;
  return word.length > 1 && !isRoman(word) && isPersonWord(c, word) && isAcronym(last) && c.forms.get(last)?.acronym === last;
}

/**
 * The end (exclusive) of a portfolio title whose committee head spans words `[from, start)` and
 * whose first portfolio words end at `to`: more portfolios in a list (`, Kebudayaan, Alam Sekitar
 * … dan Komoditi`), then a closing word (`negeri`). -1 when the name is no such title.
 */
function portfolioTitleEnd(c: CompiledOrganisations, p: ParagraphState, from: number, start: number, to: number): number {
  const head = p.tokens.slice(from, start).map((t) => t.text).join(' ');
  if (!c.portfolioHeads.has(head)) return -1;
  const n = p.tokens.length;
  let k = to;
  // More portfolios, each after `, ` or a joiner (`dan`); bounded like any name.
  for (let words = 0; k < n && words < MAX_NAME_WORDS; ) {
    const comma = commaGap(p, k) && nameAt(p, k); // `, Kebudayaan`
    const joined = !comma && plainGap(p, k) && c.joiners.has(p.tokens[k]!.text) && plainGap(p, k + 1) && nameAt(p, k + 1); // `dan Komoditi`
    if (!comma && !joined) break;
    if (joined) k++;
    // A portfolio of one or more words (`Alam Sekitar`).
    do {
      k++;
      words++;
    } while (k < n && words < MAX_NAME_WORDS && plainGap(p, k) && nameAt(p, k));
  }
  return k < n && plainGap(p, k) && c.portfolioAfter.has(p.tokens[k]!.text) ? k + 1 : -1;
}

/** Where a name ending at word `to` ends: after `(Persero)`'s bracket and `Tbk.`'s full stop. */
function spanEnd(p: ParagraphState, to: number): number {
  const last = p.tokens[to - 1]!;
  let end = last.end;
  // A possessive is not part of the name (`PT Contoh Indonesia’s`).
  if (/['’]s$/.test(last.text) && last.text.length > 3) return end - 2;
  if (last.text === 'Persero' && p.text[end] === ')') end++;
  if (last.text === 'Tbk' && p.text[end] === '.') {
    // Keep the stop when the sentence goes on (`Tbk. (BBRI)`, `Tbk. mencatat`), not when it ends.
    const after = p.text.slice(end + 1, end + 3);
    if (/^ ?[(\p{Ll},]/u.test(after)) end++;
  }
  return end;
}

/** Words `[from, to)` are all plain capitalised words: no acronym, number or numeral. */
function onlyPlainWords(p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (p.tokens[k]!.acronym || isRoman(w) || isNumber(w) || w === 'Persero' || w === 'Tbk') return false;
  }
  return true;
}

/**
 * Words `[from, to)` are only place words and the bracketed short form, whose next word is a
 * place too (`(BPBD) Sulawesi Tengah`, `(BPBD) Lebak`).
 */
function onlyPlaces(c: CompiledOrganisations, p: ParagraphState, from: number, to: number, bracket: number): boolean {
  for (let k = from; k < to; k++) if (k !== bracket && k !== bracket + 1 && !c.placeWords.has(p.tokens[k]!.text)) return false;
  return true;
}

/** A form of several words learnt in this text at word `i`, longer than `to` (`BPBD Sulawesi Tengah`). */
function matchLearnt(f: Finder, p: ParagraphState, i: number, to: number): { to: number; hit: number } | null {
  for (const alias of f.aliases.get(p.tokens[i]!.text) ?? []) {
    if (i + alias.words.length > to && matchWords(p, i, alias.words, plainGap)) return { to: i + alias.words.length, hit: alias.hit };
  }
  return null;
}

/** The bracketed short form inside a name and the name's other text (`Pemkot Surabaya`). */
function innerShortForm(p: ParagraphState, bracket: number, to: number): { acronym: string; keys: string[] } {
  const acronym = p.tokens[bracket]!.text;
  const rest = p.tokens.slice(bracket, to).map((t) => t.text);
  return { acronym, keys: [rest.join(' ').toLowerCase()] };
}

/**
 * A short form defined inside a name is that organisation in later mentions, alone (`Pemkot`) or
 * with its place (`BPBD Sulawesi Tengah`); alone only when it is no known form and names no thing (`SDA`).
 */
function learnShortForm(f: Finder, p: ParagraphState, bracket: number, to: number, hit: number): void {
  const acronym = p.tokens[bracket]!.text;
  f.learn(p.tokens.slice(bracket, to).map((t) => t.text), hit);
  if (f.c.known.has(acronym)) return;
  if (f.c.notOrganisations.has(acronym) && !f.c.heads.has(acronym)) return;
  f.learn([acronym], hit);
}

/** Only spaces between word `i - 1` and word `i`. */
function plainGap(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.tokens[i]!.spaced;
}

/** ` & ` between word `i - 1` and word `i`, joining two name words (`Pengairan & Saliran`). */
function ampersandGap(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === ' & ';
}

/** `, ` between word `i - 1` and word `i`. */
function commaGap(p: ParagraphState, i: number): boolean {
  return p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === ', ';
}

/** One space between word `i - 1` and word `i`. */
function singleSpace(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.tokens[i]!.start - p.tokens[i - 1]!.end === 1 && p.text[p.tokens[i - 1]!.end] === ' ';
}

/** Between two words of a lexicon form: spaces, commas, brackets, `&`, `/` or a hyphen. */
function formGap(p: ParagraphState, i: number): boolean {
  const from = p.tokens[i - 1]!.end;
  const to = p.tokens[i]!.start;
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!' ,()&/-'.includes(p.text[k]!)) return false;
  return true;
}

function matchKnown(c: CompiledOrganisations, p: ParagraphState, i: number): { to: number; value: KnownOrganisation } | null {
  if (i >= p.tokens.length) return null;
  if (!(p.bits[i]! & STARTS_KNOWN)) return null;
  const list = c.known.get(p.tokens[i]!.text);
  if (!list) return null;
  for (const phrase of list) {
    if (matchWords(p, i, phrase.words, formGap)) return { to: i + phrase.words.length, value: phrase.value };
  }
  return null;
}

function matchWords(p: ParagraphState, i: number, words: string[], gapOk: (p: ParagraphState, i: number) => boolean): boolean {
  if (i + words.length > p.tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (p.tokens[i + k]!.text !== words[k]) return false;
    if (k > 0 && !gapOk(p, i + k)) return false;
  }
  return true;
}

/** A word that can continue a name: capitalised and not a role, day, amount (`Rp1`) or sentence opener. */
function isNameWord(c: CompiledOrganisations, t: Token): boolean {
  return t.cap && t.text.length > 1 && !c.breakers.has(t.text) && !(isAmount(t.text) && !t.acronym);
}

/**
 * A head noun at word `i` and the name words after it (`Badan Pusat Statistik`), without a
 * person's name that runs on after it. `bracket` is the word index of a short form in brackets
 * inside the name (`Pengadilan Negeri (PN) Bekasi`), or -1.
 */
function matchHead(
  c: CompiledOrganisations,
  p: ParagraphState,
  i: number,
  alone: ReadonlyMap<string, number>,
): { to: number; start: number; kind: OrganisationKind; bracket: number } | null {
  if (!(p.bits[i]! & STARTS_HEAD)) return null;
  const list = c.heads.get(p.tokens[i]!.text);
  if (!list) return null;
  for (const phrase of list) {
    if (!matchWords(p, i, phrase.words, plainGap)) continue;
    const start = i + phrase.words.length;
    // A head that names an event with the next word (`Majlis Perasmian`): no organisation.
    if (start < p.tokens.length && c.notOrganisations.has(`${phrase.words.join(' ')} ${p.tokens[start]!.text}`)) return null;
    const name = extendName(c, p, start, i);
    let to = cutPerson(c, p, i, start, name.to, name.bracket, phrase.value);
    if (to === name.to && phrase.value !== 'company') to = cutRecurring(c, p, start, to, name.bracket, alone);
    if (to > start) return { to, start, kind: phrase.value, bracket: name.bracket < to - 1 ? name.bracket : -1 };
  }
  return null;
}

/**
 * The end (exclusive) of the name words from word `j` on (`j` when there are none), for a name
 * whose head starts at word `from`, and the index of a short form in brackets inside it (or -1).
 */
function extendName(c: CompiledOrganisations, p: ParagraphState, j: number, from: number): { to: number; bracket: number } {
  const { tokens, text } = p;
  let last = j;
  let count = 0;
  let bracket = -1;
  while (j < tokens.length && count < MAX_NAME_WORDS) {
    const word = tokens[j]!.text;
    if (word === 'Persero' && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' (' && text[tokens[j]!.end] === ')') {
      last = ++j;
      continue;
    }
    // `Pengadilan Negeri (PN) Bekasi`: the short form in brackets, then the place the name goes on with.
    if (bracket < 0 && count > 0 && last === j && isInnerBracket(c, p, from, j)) {
      bracket = j++;
      continue;
    }
    if (!plainGap(p, j) && !ampersandGap(p, j) && !(bracket >= 0 && j === bracket + 1)) break;
    // A sentence opener mid-sentence, between name words, is a name word (`PT Dompet Kita Nusantara`).
    const opener = c.openers.has(word) && singleSpace(p, j) && singleSpace(p, j + 1) && nameAt(p, j + 1);
    if (nameAt(p, j) || opener || isRoman(word) || (isNumber(word) && word.length <= MAX_NAME_NUMBER_LENGTH)) {
      last = ++j;
      count++;
      // `Tbk` closes a company name; what follows is a person or the sentence.
      if (word === 'Tbk') break;
      continue;
    }
    // A joiner counts only between name words (`Kementerian Hukum dan HAM`, `Ministry of Finance`),
    // not before a new head or known name (`Kejaksaan Tinggi dan Kejaksaan Negeri`, `… Syariah dan BNI Syariah` are two).
    const next = tokens[j + 1]?.text ?? '';
    // An acronym after a joiner is an organisation of its own (`Kerajaan Contoh dan ABC`), unless it names a thing (`Hukum dan HAM`).
    const ownAcronym = tokens[j + 1]?.acronym === true && !c.notOrganisations.has(next);
    if (c.joiners.has(word) && plainGap(p, j + 1) && nameAt(p, j + 1) && !ownAcronym && !c.heads.has(next) && !matchKnown(c, p, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return { to: last, bracket: bracket >= 0 && bracket < last ? bracket : -1 };
}

/**
 * Word `j` is a short form in brackets inside a name that goes on after it with a place
 * (`Pemerintah Kota (Pemkot) Surabaya`, `Dinas Sumber Daya Air (SDA) DKI Jakarta`): it
 * abbreviates the name so far (or is itself a head, `Polres`), and the next word is a place, or
 * any name word when the short form or the word before it takes a place (`Kota`, `Polres`).
 */
function isInnerBracket(c: CompiledOrganisations, p: ParagraphState, from: number, j: number): boolean {
  const { tokens, text } = p;
  if (j + 1 >= tokens.length) return false;
  const x = tokens[j]!;
  const y = tokens[j + 1]!;
  if (text.slice(tokens[j - 1]!.end, x.start) !== ' (' || text.slice(x.end, y.start) !== ') ') return false;
  const word = x.text;
  if (!isCapitalised(word) || isRoman(word) || c.placeWords.has(word)) return false;
  if (!c.heads.has(word) && !spellsOut(word, text.slice(tokens[from]!.start, tokens[j - 1]!.end))) return false;
  const next = y.text;
  if (c.placeWords.has(next) && !c.breakers.has(next)) return true;
  const takesPlace = c.placeTakers.has(word) || c.placeTakers.has(tokens[j - 1]!.text);
  return takesPlace && nameAt(p, j + 1) && !y.acronym && !c.heads.has(next) && !c.known.has(next);
}

/** A word that can be part of a person's name: capitalised, and no place, organisation or role word. */
function isPersonWord(c: CompiledOrganisations, word: string): boolean {
  // One letter is an initial (`I Made Mudharta`).
  if (!isCapitalised(word) || isAllCaps(word) || isAcronym(word) || /\d/.test(word)) return false;
  return !c.breakers.has(word) && !c.placeWords.has(word) && !c.orgVocabulary.has(word) && !c.known.has(word) && !c.heads.has(word);
}

/**
 * Where a person's name starts in the name words `[start, to)` after a head at word `from`: a
 * last run of 2–3 person words after a place, an acronym or a numeral (`Komisi IX DPR Sri
 * Rejeki Utami`, `Dinas Ketahanan Pangan Jawa Tengah Agus Triyono`, `Kejari Garut Rudi
 * Hartanto`). Returns `to` when there is none.
 */
function cutPerson(
  c: CompiledOrganisations,
  p: ParagraphState,
  from: number,
  start: number,
  to: number,
  bracket: number,
  kind: OrganisationKind,
): number {
  const { tokens } = p;
  if (to - start < MIN_PERSON_WORDS + 1 || tokens[to - 1]!.text.length < 2) return to;
  // A company's name is any words (`PT Kaltim Elektrik Power`): only past a known one (`Perum Bulog Jawa Tengah`).
  if (kind === 'company' && !tokens.slice(start, to).some((t) => c.known.has(t.text))) return to;
  for (let run = MAX_PERSON_WORDS; run >= MIN_PERSON_WORDS; run--) {
    const k = to - run;
    if (k <= start || k - 1 === bracket) continue;
    let person = true;
    for (let m = k; m < to && person; m++) person = m !== bracket && plainGap(p, m) && isPersonWord(c, tokens[m]!.text);
    if (!person) continue;
    const before = tokens[k - 1]!.text;
    // After a place, a known short form (`DPR`, `DPR RI`) or a numeral (`Komisi IX`), not any acronym (`PT Indofood CBP Sukses Makmur`).
    if (c.placeWords.has(before) || (isAcronym(before) && (c.known.has(before) || c.notOrganisations.has(before))) || isRoman(before)) return k;
    // The word after a place taker is a place (`Kejari Cianjur`, `Kota Cianjur`, `Resor (Polres) Cianjur`).
    const taker = k - 2 === bracket ? [tokens[k - 2]!.text, tokens[k - 3]?.text ?? ''] : [tokens[k - 2]!.text];
    if (k - 2 >= from && taker.some((w) => c.placeTakers.has(w))) return k;
  }
  return to;
}

/**
 * Where a person's name starts in the name words `[start, to)`: at the first of the last 1–3
 * words that the text also writes on its own, outside any run of capitalised words (`Universitas
 * Contoh Budi Santoso` … `kata Budi`), when the words from there on can all be a person's.
 * `to` when there is none: a name's own words stand inside the name (`Universitas Gadjah Mada`).
 */
function cutRecurring(c: CompiledOrganisations, p: ParagraphState, start: number, to: number, bracket: number, alone: ReadonlyMap<string, number>): number {
  const { tokens } = p;
  for (let k = Math.max(start + 1, to - MAX_PERSON_WORDS); k < to; k++) {
    if (!alone.has(tokens[k]!.text) || (bracket >= k - 1 && bracket < to)) continue;
    // A name ends on a name word, not a joiner (`… Radio dan Televisi`); one word alone is a person only after a number (`SMPN 9 Budi`).
    const before = tokens[k - 1]!.text;
    if (c.joiners.has(before) || (k === to - 1 && !isNumber(before) && !isRoman(before))) return to;
    let person = true;
    for (let m = k; m < to && person; m++) person = plainGap(p, m) && isPersonWord(c, tokens[m]!.text);
    return person ? k : to;
  }
  return to;
}

/**
 * A tail word within the next few name words from `i` (`Panin Asset Management`), with the
 * name starting at `i`. Only when word `i` starts a name (the previous word is not a name word
 * joined by a space, which an earlier position would have taken).
 */
function tailAhead(c: CompiledOrganisations, p: ParagraphState, i: number, minTo: number): { to: number; kind: OrganisationKind } | null {
  const { tokens } = p;
  // No tail word within reach: nothing to find.
  if (p.nextTail === null || i + 1 >= tokens.length || p.nextTail[i + 1]! >= i + MAX_NAME_WORDS) return null;
  if (!nameAt(p, i) && !tokens[i]!.acronym) return null;
  // A sentence's first word before a known name is capitalised as the opener (`Laba BRI Syariah`).
  if (sentenceStart(p, i) && !tokens[i]!.acronym && !c.known.has(tokens[i]!.text) && matchKnown(c, p, i + 1)) return null;
  let j = i;
  let found: { to: number; kind: OrganisationKind } | null = null;
  for (let count = 0; j < tokens.length && count < MAX_NAME_WORDS; count++) {
    if (j > i && !plainGap(p, j) && !ampersandGap(p, j)) break;
    const word = tokens[j]!.text;
    const list = c.tails.get(word);
    // A head further on starts its own name (`Utama PT Maju Tbk` → `PT Maju Tbk`), unless it is
    // also a tail and ends this one (`Bali Tourism Office.`).
    const endsHere = list !== undefined && !(j + 1 < tokens.length && plainGap(p, j + 1) && nameAt(p, j + 1));
    if (j > i && !endsHere && c.heads.get(word)?.some((ph) => matchWords(p, j, ph.words, plainGap))) break;
    if (list && j > i) {
      // Keep going: the last tail wins (`Lestari Holdings Ltd`).
      for (const phrase of list) {
        const from = j - phrase.words.length + 1;
        // A venue is a place, not its owner (`Contoh Convention Center`).
        const venue = from > i && c.notOrganisations.has(`${tokens[from - 1]!.text} ${phrase.words.join(' ')}`);
        if (!venue && from > i && matchWords(p, from, phrase.words, plainGap) && (!c.unitTails.has(word) || holdsOrganisation(c, p, i, from))) {
          found = { to: j + 1, kind: phrase.value };
          break;
        }
      }
    }
    // A joiner after a whole name joins two names (`Contoh Institute dan Contoh Foundation`).
    if (!(nameAt(p, j) || tokens[j]!.acronym || (j > i && found === null && c.joiners.has(word) && nextIsName(c, p, j)))) break;
    j++;
  }
  return found && found.to >= minTo ? found : null;
}

/** Word `j + 1` is a name word joined by spaces and starts no known form. */
function nextIsName(c: CompiledOrganisations, p: ParagraphState, j: number): boolean {
  return j + 1 < p.tokens.length && plainGap(p, j + 1) && nameAt(p, j + 1) && !matchKnown(c, p, j + 1);
}

/** Words `[from, to)` hold an organisation's own name: an acronym, a known form's first word or a head (`BRI`, `Bank`). */
function holdsOrganisation(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (p.tokens[k]!.acronym || c.known.has(w) || c.heads.has(w)) return true;
  }
  return false;
}

/** Word `i` opens the paragraph or a sentence. */
function sentenceStart(p: ParagraphState, i: number): boolean {
  if (i === 0) return true;
  return /[.!?]["”']?\s+$/.test(p.text.slice(Math.max(0, p.tokens[i - 1]!.end), p.tokens[i]!.start));
}

/** An acronym, CamelCase brand, branded outlet or site domain at word `i` that is not a stop-listed thing, place or amount. */
function isShapedName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const word = t.text;
  // A site named in lower case (`kepada contoh.co.id`), not a web address (`www.…`, `…/path`, `@…`).
  if (!t.cap) return isDomain(word) && !inAddress(p, i);
  // Every shape below starts with a capital; most capitalised words have none of them.
  const camel = !t.acronym && isCamel(word);
  const domain = !t.acronym && !camel && isDomain(word);
  if (!t.acronym && !camel && !domain && !isAllCaps(word)) return false;
  if (c.notOrganisations.has(word) || c.places.has(word) || isRoman(word)) return false;
  if (domain) return !inAddress(p, i);
  if (isBrandedOutlet(c, word)) return true;
  if (t.acronym) {
    const first = word.split('-')[0]!;
    if (c.notOrganisations.has(first) || c.places.has(first) || isCodedAmount(c, word)) return false;
    return !isCredit(p, i);
  }
  return camel;
}

/** A dot three or four characters from the end (`….id`, `….com`): the one look a lower-case word gets for a domain. */
function endsLikeDomain(word: string): boolean {
  return word.charCodeAt(word.length - 3) === 0x2e || word.charCodeAt(word.length - 4) === 0x2e;
}

/** Word `i` is part of a web address or a handle: `www.` or `@` before it, a `/` right after it. */
function inAddress(p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const before = p.text.slice(Math.max(0, t.start - 4), t.start);
  return before.includes('www.') || before.endsWith('/') || before.endsWith('@') || p.text[t.end] === '/';
}

/**
 * A name of two to `MAX_NAME_WORDS` plain capitalised words at word `i`, right after a noun that
 * says what it is (`perusahaan`, `firm`); not a place (`perusahaan Jepang`), a known name or a
 * head, which other rules read.
 */
function kindNounName(c: CompiledOrganisations, p: ParagraphState, i: number): { to: number; kind: OrganisationKind } | null {
  if (i === 0 || !plainGap(p, i) || !nameAt(p, i)) return null;
  const kind = c.kindNouns.get(p.tokens[i - 1]!.text);
  if (kind === undefined) return null;
  let to = i;
  while (to < p.tokens.length && to - i < MAX_NAME_WORDS && (to === i || plainGap(p, to)) && nameAt(p, to) && !p.tokens[to]!.acronym) {
    const w = p.tokens[to]!.text;
    if (c.placeWords.has(w) || c.heads.has(w) || matchKnown(c, p, to)) break;
    to++;
  }
  return to - i >= 2 ? { to, kind } : null;
}

/** Count the capitalised words of `p` that stand alone: no capitalised word joined to them by a space on either side. */
function countAlone(p: ParagraphState, alone: Map<string, number>): void {
  const { tokens } = p;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.acronym) continue;
    // A sentence opener or a title beside it does not make a run (`Menurut Budi,`, `kata Ketua Budi`).
    if (k > 0 && nameAt(p, k - 1) && plainGap(p, k)) continue;
    if (k + 1 < tokens.length && nameAt(p, k + 1) && plainGap(p, k + 1)) continue;
    alone.set(t.text, (alone.get(t.text) ?? 0) + 1);
  }
}

/** Name words `[start, to)` are exactly a known party (`PAN` after `Fraksi`). */
function isKnownParty(c: CompiledOrganisations, p: ParagraphState, start: number, to: number): boolean {
  const known = matchKnown(c, p, start);
  return known !== null && known.to === to && known.value.kind === 'party';
}

/** The word before word `i` is a cue that an organisation follows (`mitra`, `Ketua`). */
function hasCue(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  return i > 0 && plainGap(p, i) && c.cues.has(p.tokens[i - 1]!.text.toLowerCase());
}

/** A role ends right before word `i` (`Direktur Jenderal`, `Kepala`): what follows is the unit it heads. */
function roleBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  // Back to the first word of the role phrase (`Menteri Koordinator Bidang` → `Menteri`).
  let k = i;
  while (k > 0 && plainGap(p, k) && (c.roleWords.has(p.tokens[k - 1]!.text) || c.roles.has(p.tokens[k - 1]!.text))) k--;
  if (k === i) return false;
  // Only roles that head a unit (`direktur`, `kepala`: cue words), not a minister's portfolio (`Menteri PANRB`).
  const role = p.tokens[k]!.text;
  return c.roles.has(role) && c.cues.has(role.toLowerCase());
}

/** `(NP)` closing a paragraph: reporter's initials, not an organisation. */
function isCredit(p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  if (p.text[t.start - 1] !== '(' || p.text[t.end] !== ')') return false;
  return p.text.slice(t.end + 1).trim() === '' || i === 0 || /[.!?"”]\s*\($/.test(p.text.slice(Math.max(0, t.start - 4), t.start));
}

/** Word `k` is all capitals, or one character that is not lower case (`A`, `2`). */
function capsWord(t: Token): boolean {
  return isAllCaps(t.text) || (t.text.length === 1 && !isLower(t.text));
}

/** Word `i` is inside a run of all-capital words joined by spaces (`SCROLL TO CONTINUE WITH CONTENT`). */
function isShouted(tokens: Token[], i: number): boolean {
  if (!capsWord(tokens[i]!)) return false;
  let from = i;
  let to = i + 1;
  while (to - from < SHOUTED_RUN && from > 0 && tokens[from]!.spaced && capsWord(tokens[from - 1]!)) from--;
  while (to - from < SHOUTED_RUN && to < tokens.length && tokens[to]!.spaced && capsWord(tokens[to]!)) to++;
  return to - from >= SHOUTED_RUN;
}

/** A Title Case headline, where capitals say nothing about names. A line with a full stop is prose. */
function isTitleCase(text: string, tokens: Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.text.length < TITLE_WORD_LENGTH || isNumber(t.text)) continue;
    long++;
    if (t.cap) capitalised++;
  }
  // The counts first: few lines pass them, so the full-stop test rarely runs.
  if (long < TITLE_MIN_WORDS || capitalised < long * TITLE_CAPITALISED_SHARE) return false;
  return !/[.!?]["”']?\s*$/.test(text) && !text.includes('. ');
}

/** `PT Lippo Karawaci Tbk` → later `Lippo Karawaci` is the same company. */
function learnCompanyCore(f: Finder, p: ParagraphState, from: number, to: number, hit: number): void {
  const core: string[] = [];
  for (let k = from + 1; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (w !== 'Persero' && w !== 'Tbk' && !f.c.joiners.has(w)) core.push(w);
  }
  const head = p.tokens[from]!.text;
  if (head !== 'PT' && head !== 'CV' && head !== 'Perum') return;
  if (core.length === 0 || (core.length === 1 && (f.c.places.has(core[0]!) || f.c.breakers.has(core[0]!)))) return;
  f.learn(core, hit);
}

// ---------------------------------------------------------------------------
// Parentheses: a name and its acronym

const OPEN = 0x28;
const CLOSE = 0x29;

function linkParentheses(f: Finder, p: ParagraphState, paragraph: number, first: number): void {
  const { tokens, text } = p;
  // Every link below needs an opening bracket.
  if (!text.includes('(')) return;
  // Hits of this paragraph by first and last word.
  const byFrom = new Map<number, number>();
  const covered = new Set<number>();
  for (let h = first; h < f.hits.length; h++) {
    byFrom.set(f.hits[h]!.from, h);
    for (let k = f.hits[h]!.from; k < f.hits[h]!.to; k++) covered.add(k);
  }
  // The latest hit of this paragraph ending before word `t`, hits added below included. Indexed as
  // they come: scanning the hits for each bracket made a paragraph of many `(ABC)` quadratic.
  const byTo = new Map<number, number>();
  let indexed = first;
  const hitEndingAt = (t: number): number | null => {
    for (; indexed < f.hits.length; indexed++) byTo.set(f.hits[indexed]!.to, indexed);
    return byTo.get(t) ?? null;
  };
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    // A single word in brackets: `(APTB)`, `(Amvesindo)`.
    if (text.charCodeAt(tok.start - 1) !== OPEN || text.charCodeAt(tok.end) !== CLOSE || isCredit(p, t)) continue;
    const word = tok.text;
    if (f.c.notOrganisations.has(word) && !f.c.places.has(word)) {
      // A head-noun name spelled out before an acronym of a thing is that thing (`Badan Usaha Milik Negara (BUMN)`).
      const before = hitEndingAt(t);
      if (before !== null && f.hits[before]!.rule === 'head' && initialsOf(p, f.hits[before]!.from, t) === word) f.hits[before]!.thing = true;
      continue;
    }
    if (f.c.places.has(word) || isRoman(word) || !isCapitalised(word)) continue;
    const gap = text.slice(tokens[t - 1]!.end, tok.start);
    if (gap !== ' (' && gap !== '(') continue;
    const before = hitEndingAt(t) ?? extendToAcronym(f, p, t, hitEndingAt);
    if (before !== null) {
      const name = f.hits[before]!;
      if (name.to - name.from < 2) continue;
      if (!isAcronym(word) && !spellsOut(word, name.text)) continue;
      const own = byFrom.get(t);
      const acronymHit = own ?? addWordHit(f, p, paragraph, t, 'acronym', name.kind, name.known);
      f.union(before, acronymHit);
      if (own === undefined) f.learn([word], acronymHit);
      covered.add(t);
      continue;
    }
    if (!isAcronym(word)) continue;
    const long = longFormBefore(f.c, p, t, covered);
    if (!long) continue;
    const longHit = f.add({
      start: p.start + tokens[long.from]!.start,
      end: p.start + tokens[t - 1]!.end,
      text: text.slice(tokens[long.from]!.start, tokens[t - 1]!.end),
      rule: 'long-form',
      known: null,
      kind: null,
      from: long.from,
      to: t,
      paragraph,
      cue: roleBefore(f.c, p, long.from),
    });
    for (let k = long.from; k < t; k++) covered.add(k);
    f.learn(tokens.slice(long.from, t).map((w) => w.text), longHit);
    const own = byFrom.get(t);
    const acronymHit = own ?? addWordHit(f, p, paragraph, t, 'acronym', null, null);
    covered.add(t);
    f.union(longHit, acronymHit);
  }
  // `Pemerintah Provinsi Sulawesi Tengah (Pemprov Sulteng)`: a short name of several words in
  // brackets whose first word abbreviates the name's head.
  for (let h = first; h < f.hits.length; h++) {
    const short = f.hits[h]!;
    if (short.paragraph !== paragraph || short.to - short.from < 2 || short.from < 1) continue;
    if (text.slice(tokens[short.from - 1]!.end, tokens[short.from]!.start) !== ' (' || text[tokens[short.to - 1]!.end] !== ')') continue;
    const before = hitEndingAt(short.from);
    if (before !== null && spellsOut(tokens[short.from]!.text, f.hits[before]!.text)) f.union(before, h);
  }
  // `APTB (Aliansi Petani Tangguh Bersatu)`: the name in brackets after the acronym.
  for (let h = first; h < f.hits.length; h++) {
    const acr = f.hits[h]!;
    if (acr.paragraph !== paragraph || acr.to - acr.from !== 1 || acr.to >= tokens.length) continue;
    if (!isAcronym(acr.text) && !isCamel(acr.text)) continue;
    const open = text.slice(tokens[acr.from]!.end, tokens[acr.to]!.start);
    if (open !== ' (' && open !== '(') continue;
    let close = acr.to;
    while (close < tokens.length && close - acr.to < MAX_NAME_WORDS && text[tokens[close]!.end] !== ')') close++;
    if (close >= tokens.length || close - acr.to < 1) continue;
    const inner = text.slice(tokens[acr.to]!.start, tokens[close]!.end);
    if (!isCapitalised(inner) || !spellsOut(acr.text, inner)) continue;
    const existing = byFrom.get(acr.to);
    if (existing !== undefined && f.hits[existing]!.to === close + 1) {
      f.union(h, existing);
      continue;
    }
    let free = true;
    for (let k = acr.to; k <= close; k++) if (covered.has(k)) free = false;
    if (!free) continue;
    const longHit = f.add({
      start: p.start + tokens[acr.to]!.start,
      end: p.start + tokens[close]!.end,
      text: inner,
      rule: 'long-form',
      known: null,
      kind: acr.kind,
      from: acr.to,
      to: close + 1,
      paragraph,
    });
    for (let k = acr.to; k <= close; k++) covered.add(k);
    f.learn(tokens.slice(acr.to, close + 1).map((w) => w.text), longHit);
    f.union(h, longHit);
  }
}

/** The capitals that open words `[from, to)` (`Majlis Daerah Contoh Baru` → `MDCB`); joiners give none. */
function initialsOf(p: ParagraphState, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) if (p.tokens[k]!.cap) out += p.tokens[k]!.text[0];
  return out;
}

/**
 * A name hit that stopped a few name words before `(ACR)` at word `t`, when the acronym's letters
 * are the initials of the name with those words (`Majlis Daerah Contoh Baru (MDCB)`, where
 * `Contoh Baru` was read as a person): the words belong to the name. Returns the stretched hit.
 */
function extendToAcronym(f: Finder, p: ParagraphState, t: number, hitEndingAt: (t: number) => number | null): number | null {
  const word = p.tokens[t]!.text;
  if (!isAcronym(word)) return null;
  for (let j = 1; j <= MAX_PERSON_WORDS && t - j > 0; j++) {
    const k = t - j;
    if (!plainGap(p, k) || !nameAt(p, k)) return null;
    const h = hitEndingAt(k);
    if (h === null) continue;
    const hit = f.hits[h]!;
    if (hit.rule !== 'head' && hit.rule !== 'tail') return null;
    if (initialsOf(p, hit.from, t) !== word) return null;
    const end = p.tokens[t - 1]!.end;
    hit.to = t;
    hit.end = p.start + end;
    hit.text = p.text.slice(p.tokens[hit.from]!.start, end);
    return h;
  }
  return null;
}

/** The hit of this paragraph (from index `first` on) whose last word is word `t - 1`. */
function addWordHit(
  f: Finder,
  p: ParagraphState,
  paragraph: number,
  t: number,
  rule: OrganisationRule,
  kind: OrganisationKind | null,
  known: KnownOrganisation | null,
): number {
  const tok = p.tokens[t]!;
  return f.add({ start: p.start + tok.start, end: p.start + tok.end, text: tok.text, rule, known, kind, from: t, to: t + 1, paragraph });
}

/**
 * The name spelled out before `(ACR)` at word `t`: the nearest start of capitalised words (and
 * joiners) whose first word begins with the acronym's first letter and which the acronym spells.
 */
function longFormBefore(c: CompiledOrganisations, p: ParagraphState, t: number, covered: Set<number>): { from: number } | null {
  const acronym = p.tokens[t]!.text;
  const maxWords = Math.min(MAX_NAME_WORDS, acronym.length + LONG_FORM_SLACK);
  const firstLetter = acronym[0]!.toLowerCase();
  for (let from = t - 1, words = 1; from >= 0 && words <= maxWords; from--, words++) {
    const word = p.tokens[from]!.text;
    if (covered.has(from)) return null;
    // Commas may list the parts (`Industri Logam, Mesin, … dan Elektronika (ILMATE)`).
    if (from < t - 1 && !plainGap(p, from + 1) && !commaGap(p, from + 1)) return null;
    const nameWord = nameAt(p, from) || p.tokens[from]!.acronym;
    if (!nameWord && !c.joiners.has(word)) return null;
    if (!nameWord || word[0]!.toLowerCase() !== firstLetter || from === t - 1) continue;
    const long = p.text.slice(p.tokens[from]!.start, p.tokens[t - 1]!.end);
    if (spellsOut(acronym, long)) return { from };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Pass 2: forms learnt in this text

function findAliases(f: Finder, p: ParagraphState, paragraph: number, claimed: Set<number>): void {
  const { tokens } = p;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed.has(i)) continue;
    if (!f.aliasSlots.has(startSlot(tokens[i]!.text))) continue;
    const list = f.aliases.get(tokens[i]!.text);
    if (!list) continue;
    for (const alias of list) {
      if (!matchWords(p, i, alias.words, plainGap)) continue;
      // A company's one-word core opening a sentence is as likely the sentence's own first word.
      if (alias.words.length === 1 && f.hits[alias.hit]!.kind === 'company' && sentenceStart(p, i) && !tokens[i]!.acronym) continue;
      let free = true;
      for (let k = i; k < i + alias.words.length; k++) if (claimed.has(k)) free = false;
      if (!free) continue;
      const to = i + alias.words.length;
      const source = f.hits[alias.hit]!;
      const hit = f.add({
        start: p.start + tokens[i]!.start,
        end: p.start + tokens[to - 1]!.end,
        text: p.text.slice(tokens[i]!.start, tokens[to - 1]!.end),
        rule: 'alias',
        known: source.known,
        kind: source.kind,
        from: i,
        to,
        paragraph,
      });
      f.union(alias.hit, hit);
      i = to - 1;
      break;
    }
  }
}

/**
 * The forms the dateline's outlet goes by in the body: as written, and for a site its name
 * without the domain (`Contoh.com` → `Contoh`), which counts only after a cue (`kepada Contoh`).
 */
function outletForms(outlet: string): { words: string[]; cued: boolean }[] {
  const words = tokenize(outlet).map((t) => t.text);
  if (words.length === 0) return [];
  const forms = [{ words, cued: false }];
  const dot = words.length === 1 ? words[0]!.indexOf('.') : -1;
  if (dot > 1) forms.push({ words: [words[0]!.slice(0, dot)], cued: true });
  return forms;
}

/** Mentions of the dateline's outlet in words no rule claimed (`kata Budi kepada Contoh`). */
function findOutlet(f: Finder, p: ParagraphState, paragraph: number, claimed: Set<number>, forms: { words: string[]; cued: boolean }[]): void {
  for (let i = 0; i < p.tokens.length; i++) {
    if (claimed.has(i) || !p.tokens[i]!.cap) continue;
    const form = forms.find((o) => matchWords(p, i, o.words, plainGap) && (!o.cued || hasCue(f.c, p, i)));
    if (!form) continue;
    const to = i + form.words.length;
    const from = p.tokens[i]!.start;
    const end = p.tokens[to - 1]!.end;
    const known = f.c.forms.get(forms[0]!.words.join(' ')) ?? null;
    f.add({ start: p.start + from, end: p.start + end, text: p.text.slice(from, end), rule: 'alias', known, kind: 'media', from: i, to, paragraph });
    i = to - 1;
  }
}

// ---------------------------------------------------------------------------
// Output

function overlapsAny(h: Hit, spans: readonly Span[]): boolean {
  for (const s of spans) if (h.start < s.end && s.start < h.end) return true;
  return false;
}

/** Separators of a list of names: `APTB, Sekarbumi, … dan ICW`. */
const LIST_GAPS: ReadonlySet<string> = new Set([', ', ' dan ', ', dan ', ' and ', ', and ', ' serta ', ' atau ', ' or ', '/', ' / ', ' & ']);
/** Rules whose hits are organisations by themselves. */
const STRONG_RULES: ReadonlySet<OrganisationRule> = new Set(['known', 'head', 'tail', 'domain', 'brand', 'kind-noun', 'alias']);

/** A spelled-out name with an organisation word in it (`Crypto Exchange Rank`), not a thing (`Pendapatan Asli Daerah`). */
function isOrganisationName(c: CompiledOrganisations, text: string): boolean {
  const words = tokenize(text).map((t) => t.text);
  if (words.length === 0) return false;
  return c.heads.has(words[0]!) || c.tails.has(words[words.length - 1]!) || words.some((w) => c.nameWords.has(w));
}

/**
 * Which groups to report. A group is dropped when its acronym was spelled out as a thing
 * (`Pajak Bumi dan Bangunan (PBB)`); a group of bare acronyms not in the lexicon is kept only
 * when one of its mentions has a cue word before it or stands in a list with an organisation.
 */
function acceptedGroups(f: Finder, states: ParagraphState[]): Set<number> {
  const strong = f.hits.map((h) => STRONG_RULES.has(h.rule) || (h.rule === 'long-form' && isOrganisationName(f.c, h.text)));
  const thing = new Set<number>();
  f.hits.forEach((h, i) => {
    if ((h.rule === 'long-form' && !strong[i] && !h.cue) || h.thing) thing.add(f.find(i));
  });
  // A spelled-out name listed with organisations is one (`Contoh Motor dan Sokonindo Indonesia (SI)`).
  const listed = new Set<number>();
  const accepted = new Set<number>();
  f.hits.forEach((h, i) => {
    if (strong[i] || h.cue) accepted.add(f.find(i));
  });
  // Lists: a chain of names joined by commas and `dan` is accepted when any member is.
  const byParagraph = new Map<number, number[]>();
  f.hits.forEach((h, i) => {
    const list = byParagraph.get(h.paragraph) ?? [];
    list.push(i);
    byParagraph.set(h.paragraph, list);
  });
  for (const [paragraph, list] of byParagraph) {
    const text = states[paragraph]!.text;
    const base = states[paragraph]!.start;
    list.sort((a, b) => f.hits[a]!.start - f.hits[b]!.start);
    let chain: number[] = [];
    const close = () => {
      if (chain.length > 1 && chain.some((i) => accepted.has(f.find(i)) && !thing.has(f.find(i)))) {
        for (const i of chain) {
          accepted.add(f.find(i));
          if (!f.hits[i]!.thing) listed.add(f.find(i));
        }
      }
      chain = [];
    };
    for (const i of list) {
      const prev = chain[chain.length - 1];
      if (prev !== undefined && !LIST_GAPS.has(text.slice(f.hits[prev]!.end - base, f.hits[i]!.start - base))) close();
      chain.push(i);
    }
    close();
  }
  for (const g of thing) if (!listed.has(g)) accepted.delete(g);
  return accepted;
}

/** Tie mentions of one organisation together and number the groups in text order. */
function finish(f: Finder, states: ParagraphState[], ignore: readonly Span[]): OrganisationHit[] {
  // Same lexicon entry or same text (case-insensitive) → same organisation.
  const byKey = new Map<string, number>();
  f.hits.forEach((h, i) => {
    const keys = [`t:${h.text.toLowerCase()}`, ...(h.keys ?? []).map((k) => `t:${k}`)];
    if (h.known) keys.push(`k:${h.known.id}`);
    for (const key of keys) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else f.union(other, i);
    }
  });
  const accepted = acceptedGroups(f, states);
  const order = f.hits
    .map((h, i) => i)
    .filter((i) => accepted.has(f.find(i)) && !overlapsAny(f.hits[i]!, ignore))
    .sort((a, b) => f.hits[a]!.start - f.hits[b]!.start || f.hits[b]!.end - f.hits[a]!.end);
  const groupOf = new Map<number, number>();
  const out: OrganisationHit[] = [];
  for (const i of order) {
    const h = f.hits[i]!;
    const root = f.find(i);
    let group = groupOf.get(root);
    if (group === undefined) {
      group = groupOf.size;
      groupOf.set(root, group);
    }
    out.push({ start: h.start, end: h.end, text: h.text, rule: h.rule, known: h.known, kind: h.kind, group, acronym: h.acronym ?? null });
  }
  return out;
}
