/**
 * The shared state of one organisation search: the mention types, a paragraph's words with
 * what every rule asks of them (computed once), the hits found so far with their grouping, and
 * the word-gap tests every pass uses.
 */
import { definitionWords } from '../lang/definitions.js';
import { dottedLegalForms } from '../lang/legal-forms.js';
import type { OrganisationKind, Span } from '../types.js';
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import { STARTS_HEAD, STARTS_KNOWN, STARTS_PLACE_PAIR, startSlot } from './slots.js';
import { quotedTitles } from './context.js';
import { titleCaseLine } from './headlines.js';
import { isCapitalised } from './shapes.js';
import type { Token } from './tokens.js';
import { CAP_WORD, DOMAIN_END, isTail, NAME_WORD, paragraphWords } from './words.js';
import type { Scan } from '../tokens/tokenize.js';
import { literalGroup } from '../util/patterns.js';
import { UnionFind } from '../util/union-find.js';

const DOTTED_LEGAL_FORMS: ReadonlySet<string> = new Set(dottedLegalForms);

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
  | 'officer'
  | 'branch'
  | 'source'
  | 'long-form'
  | 'listed'
  | 'alias'
  | 'coined';

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
  /** Normalized span of the outlet a sign-off names (`- K! ONLINE`), in the last paragraph: a media mention when no rule read it. */
  signOff?: Span | null;
}


/** A mention while the scan runs: the public fields (before grouping), plus where it lies in the words. */
export interface Hit extends Omit<OrganisationHit, 'group' | 'acronym'> {
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
  /** A person's initials (`RWS` after `Rina Wulan Sari`): its organisation is never reported, listed or not. */
  person?: boolean;
  /**
   * Spelled out after a minister's title (`Menteri Contoh dan Sejahtera (KCS)`): the ministry's
   * portfolio, no thing; it ties its acronym to the ministry but is no mention of its own.
   */
  portfolio?: boolean;
  /**
   * A known name inside an event's or a venue's name (`ASEAN Games`, `Contoh Arena`), or a person's initials in a list
   * sharing a body's acronym (`berinisial MA` beside `Mahkamah Agung (MA)`): no mention, though its organisation stays.
   */
  inName?: boolean;
}

export interface ParagraphState {
  text: string;
  start: number;
  tokens: Token[];
  /** For each token: the `STARTS_*` bits of its start and the word bits of `words.ts` (`NAME_WORD`, `CAP_WORD`, …), computed once. */
  bits: number[];
  /**
   * For each token index `k` (and the length), the first index from `k` on whose word ends a tail
   * phrase (`Sekuritas`), or the length; null when no word does. `tailAhead` need not look where
   * no tail is near.
   */
  nextTail: number[] | null;
  /** For each token: inside a quoted headline (`quotedTitles`); null when the paragraph has none. */
  quoted: boolean[] | null;
  /** The paragraph is a Title Case headline (`titleCaseLine`). */
  titleCase: boolean;
}

export { HEAD_WORD, isNameWord, KNOWN_WORD, NAME_WORD } from './words.js';
/** A word with none of these bits starts nothing: the scan passes over it (every rule needs a capital, a lexicon start or a domain). */
export const STARTS_ANYTHING = STARTS_KNOWN | STARTS_HEAD | STARTS_PLACE_PAIR | CAP_WORD | DOMAIN_END;

/** The tokens of one paragraph with what every rule asks of them, computed once (`shared`: the paragraph's shared tokens, made from `scanned`). */
export function prepare(c: CompiledOrganisations, text: string, start: number, scanned?: Scan, shared?: readonly Token[]): ParagraphState {
  const { tokens, bits, lastTail, long, capitalised, quoteMark } = paragraphWords(c, text, scanned, shared);
  const n = tokens.length;
  let nextTail: number[] | null = null;
  if (lastTail >= 0) {
    nextTail = new Array<number>(n + 1).fill(n);
    for (let k = lastTail; k >= 0; k--) nextTail[k] = isTail(c, bits[k]!, tokens[k]!.text) ? k : nextTail[k + 1]!;
  }
  // Single curly quotes mark titles too (`anugerah ‘Contoh Terbaik Sedunia Tahun Ini’`).
  const quoted = quoteMark ? quotedTitles(text, tokens) : null;
  return { text, start, tokens, bits, nextTail, quoted, titleCase: titleCaseLine(text, long, capitalised) };
}

/** Word `k` can continue a name (`isNameWord`); false past the end. */
export function nameAt(p: ParagraphState, k: number): boolean {
  return k < p.bits.length && (p.bits[k]! & NAME_WORD) !== 0;
}

/** Mutable state of one call: the hits so far and which of them are one organisation. */
export class Finder {
  readonly hits: Hit[] = [];
  private readonly sets = new UnionFind();
  /** Forms learnt in this text (`Aptebi`, `Sinar Contoh`) → a hit of their organisation. */
  readonly aliases = new Map<string, { words: string[]; hit: number }[]>();
  /** `startSlot` of every key of `aliases`: most words need no look-up. */
  readonly aliasSlots = new Set<number>();
  /** Every key of `aliases` is capitalised: a word that is not (`CAP_WORD`) is none of them. */
  aliasesCapitalised = true;

  /** Capitalised words the text writes on their own, with no capitalised word beside them (`kata Budi.`). */
  readonly alone = new Map<string, number>();

  /** Runs of 2–3 name words the text writes on their own, not as a place (`Rina Wulan digantikan`). */
  readonly personRuns = new Set<string>();

  /** Short forms the text defines in brackets with place words after them (`(BC) Sukasari`): `bracket-places.ts`. */
  bracketPlaces: ReadonlyMap<string, string[][]> = new Map();

  /** The language's most frequent words, lower-cased (`antara`): capitalised, one opens a sentence or a phrase, not a name. */
  commonWords: ReadonlySet<string> = new Set();

  /** The paragraphs of the text this finder reads, and their lower-case words and named places once a rule asks (`branches.ts`, `capital-places.ts`). */
  readText: { states: readonly ParagraphState[]; lower: Set<string> | null; places?: Set<string> } | null = null;

  constructor(readonly c: CompiledOrganisations) {}

  add(hit: Hit): number {
    this.hits.push(hit);
    return this.sets.add();
  }

  /** The first hit of the organisation hit `i` belongs to. */
  find(i: number): number {
    return this.sets.find(i);
  }

  union(a: number, b: number): void {
    this.sets.union(a, b);
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
    if (!isCapitalised(key)) this.aliasesCapitalised = false;
  }
}

/** Only spaces between word `i - 1` and word `i`. */
export function plainGap(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.tokens[i]!.spaced;
}

/** ` & ` between word `i - 1` and word `i`, joining two name words (`Pengairan & Saliran`). */
export function ampersandGap(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === ' & ';
}

/** `. ` after a legal form's first word, before its second (`Sdn. Bhd`, `Pte. Ltd`): one name goes on. */
export function legalDotGap(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && DOTTED_LEGAL_FORMS.has(p.tokens[i - 1]!.text) && p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === '. ';
}

/** Only spaces, or a legal form's abbreviation dot (`legalDotGap`), between word `i - 1` and word `i`. */
export function nameGap(p: ParagraphState, i: number): boolean {
  return plainGap(p, i) || legalDotGap(p, i);
}

/** `, ` between word `i - 1` and word `i`. */
export function commaGap(p: ParagraphState, i: number): boolean {
  return p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === ', ';
}

/** One space between word `i - 1` and word `i`. */
export function singleSpace(p: ParagraphState, i: number): boolean {
  return i > 0 && i < p.tokens.length && p.tokens[i]!.start - p.tokens[i - 1]!.end === 1 && p.text[p.tokens[i - 1]!.end] === ' ';
}

/** Between two words of a lexicon form: spaces, commas, brackets, `&`, `/` or a hyphen. */
export function formGap(p: ParagraphState, i: number): boolean {
  const from = p.tokens[i - 1]!.end;
  const to = p.tokens[i]!.start;
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!' ,()&/-'.includes(p.text[k]!)) return false;
  return true;
}

export function matchWords(p: ParagraphState, i: number, words: string[], gapOk: (p: ParagraphState, i: number) => boolean): boolean {
  if (i + words.length > p.tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (p.tokens[i + k]!.text !== words[k]) return false;
    if (k > 0 && !gapOk(p, i + k)) return false;
  }
  return true;
}

/** Word `i` opens the paragraph or a sentence. */
export function sentenceStart(p: ParagraphState, i: number): boolean {
  if (i === 0) return true;
  return /[.!?]["”']?\s+$/.test(p.text.slice(Math.max(0, p.tokens[i - 1]!.end), p.tokens[i]!.start));
}

/** The word before word `i` is a cue that an organisation follows (`mitra`, `Ketua`). */
export function hasCue(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  return i > 0 && plainGap(p, i) && c.cues.has(p.tokens[i - 1]!.lower);
}

/** After a name: ` (sendiri) adalah|merupakan|ialah|is (sebuah|salah satu|a|an) <kind noun>`, the sentence that defines it. */
const DEFINED_AS = new RegExp(
  `^(?: ${literalGroup(definitionWords.itself)})? ${literalGroup(definitionWords.copulas)}(?: ${literalGroup(definitionWords.indefinites)})? (\\p{Ll}+)`,
  'u',
);

/** The words after word `i` say what it is (`APTB adalah organisasi petani`, `APTB is a firm`). */
export function definedAfter(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const end = p.tokens[i]!.end;
  // The pattern opens with a space: a word not followed by one needs no slice and no match.
  if (p.text.charCodeAt(end) !== 0x20) return false;
  const m = DEFINED_AS.exec(p.text.slice(end, end + 40));
  return m !== null && c.kindNouns.has(m[1]!);
}

/** A role ends right before word `i` (`Direktur Jenderal`, `Kepala`): what follows is the unit it heads. */
export function roleBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  // Back to the first word of the role phrase (`Menteri Koordinator Bidang` → `Menteri`).
  let k = i;
  while (k > 0 && plainGap(p, k) && (c.roleWords.has(p.tokens[k - 1]!.text) || c.roles.has(p.tokens[k - 1]!.text))) k--;
  if (k === i) return false;
  // Only roles that head a unit (`direktur`, `kepala`: cue words), not a minister's portfolio (`Menteri PANRB`).
  const role = p.tokens[k]!.text;
  return c.roles.has(role) && c.cues.has(role.toLowerCase());
}

/** `(NP)` closing a paragraph or a sentence: reporter's initials, not an organisation. */
export function isCredit(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  if (p.text[t.start - 1] !== '(' || p.text[t.end] !== ')') return false;
  if (p.text.slice(t.end + 1).trim() === '' || i === 0) return true;
  return /[.!?"”]\s*\($/.test(p.text.slice(Math.max(0, t.start - 4), t.start)) && !afterLegalStop(c, p, i);
}

/**
 * Bracket word `i` follows the abbreviation stop of a legal form written after a name (`… Tbk. (ABCD)`):
 * the sentence goes on, the bracket holds the company's code. A form written before a name (`PT`) never ends one.
 */
export function afterLegalStop(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  return i > 0 && c.legalSuffixes.has(p.tokens[i - 1]!.text) && p.text.slice(p.tokens[i - 1]!.end, p.tokens[i]!.start) === '. (';
}
