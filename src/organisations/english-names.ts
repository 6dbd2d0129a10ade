/**
 * English names built around `X of Y` (`University of Contoh`, `Bank of Contoh`, `Centre for Contoh
 * Studies`): the capitalised words before the head are the name's too (`Reserve Bank of Contoh`,
 * `National Centre for …`), and a name that ends in such a word goes on with its `of` phrase
 * (`Contoh Centre for Marine Studies`, not `Contoh Centre`). Bounded windows: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { nameAt, type ParagraphState, plainGap, sentenceStart } from './paragraph.js';

/** Most capitalised words before an `X of` head. */
const MAX_WORDS_BEFORE = 3;

/** The head at word `i` is an English `X of` / `X for` phrase (`Bank of`). */
function ofHeadAt(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const next = p.tokens[i + 1]?.text;
  if (next !== 'of' && next !== 'for') return false;
  return c.heads.get(p.tokens[i]!.text)?.some((ph) => ph.words.length === 2 && ph.words[1] === next) ?? false;
}

/**
 * Where a name whose English `X of` head is word `i` starts: back over up to three capitalised
 * name words no earlier than word `floor` (the end of the last hit), not a role, a sentence opener,
 * a title or a place word (`Menurut`, `Presiden`, `Indonesia` stay out), nor a word of the text's
 * own language (`plainWord`: one the text also writes in lower case, `Laporan` before `Bureau of …`).
 */
export function startBeforeOfHead(c: CompiledOrganisations, p: ParagraphState, i: number, floor: number, plainWord: (word: string) => boolean = () => false): number {
  if (!ofHeadAt(c, p, i)) return i;
  let k = i;
  while (k - 1 >= floor && i - (k - 1) <= MAX_WORDS_BEFORE && plainGap(p, k) && nameAt(p, k - 1)) {
    const t = p.tokens[k - 1]!;
    const w = t.text;
    if (t.acronym || c.breakers.has(w) || c.openers.has(w) || c.roles.has(w) || c.roleWords.has(w) || c.placeWords.has(w) || c.known.has(w) || c.heads.has(w) || plainWord(w)) break;
    k--;
  }
  return k;
}

/** A name ending at word `to` whose last word heads an English `X of` phrase goes on with it: the end of that phrase's name, or `to`. */
export function ofPhraseEnd(c: CompiledOrganisations, p: ParagraphState, to: number, headEnd: (at: number) => number): number {
  if (to < 1 || !ofHeadAt(c, p, to - 1)) return to;
  return Math.max(to, headEnd(to - 1));
}

/** Most words of a name's own phrase after its closer (`for Ocean and Climate Studies`). */
const MAX_OWN_PHRASE_WORDS = 5;

/**
 * The end of `for`/`of` and the capitalised words (joined by `and`) after closer `k` (`Contoh Center for
 * Ocean Studies`), or -1. Bounded window: linear.
 */
function ownPhraseEnd(c: CompiledOrganisations, p: ParagraphState, k: number): number {
  const { tokens } = p;
  const lead = tokens[k + 1];
  if (lead === undefined || !plainGap(p, k + 1) || (lead.text !== 'for' && lead.text !== 'of')) return -1;
  let end = -1;
  for (let m = k + 2; m < tokens.length && m - k - 1 <= MAX_OWN_PHRASE_WORDS && plainGap(p, m); m++) {
    if (nameAt(p, m)) end = m + 1;
    else if (!c.andWords.has(tokens[m]!.text) || end < 0) break;
  }
  return end;
}

/** Most capitalised words before an English closing word (`Contoh Growth Bank`). */
const MAX_WORDS_BEFORE_CLOSER = 3;

/**
 * Where the closer stands that a name starting at word `i` reaches over name words alone, or -1: without
 * one no name is closed, so the word tests (set look-ups, the text's lower-case words) need not run for
 * nearly every capitalised word.
 */
function closerAhead(c: CompiledOrganisations, p: ParagraphState, i: number): number {
  const { tokens } = p;
  let k = i;
  while (k < tokens.length && k - i < MAX_WORDS_BEFORE_CLOSER && (k === i || plainGap(p, k)) && nameAt(p, k) && !c.foreignClosers.has(tokens[k]!.text)) k++;
  return k > i && k < tokens.length && plainGap(p, k) && c.foreignClosers.has(tokens[k]!.text) ? k : -1;
}

/**
 * A foreign name starting at word `i` and closed by an English word that the text's language puts
 * first in its own names (`Contoh Growth Bank` beside `Bank Contoh`): one to three capitalised words,
 * the first starting the name, none of them a word of the text's language (`plainWord`: a most
 * frequent word or one the text also writes in lower case; a word of the language's own
 * organisation names, `Terminal` in `Terminal Setor Tunai Bank`; one of its words for documents and
 * cited sources, `Laporan`), a role, a head or a known name, not all
 * places, and no name word after the closer (`Saham Bank Contoh` is the bank's own name, read by its
 * head). The end (exclusive), or -1. Bounded window: linear.
 */
export function foreignCloserEnd(c: CompiledOrganisations, p: ParagraphState, i: number, plainWord: (word: string) => boolean): number {
  const { tokens } = p;
  if (c.foreignClosers.size === 0 || !nameAt(p, i) || tokens[i]!.acronym) return -1;
  const closer = closerAhead(c, p, i);
  if (closer < 0) return -1;
  // The name starts here: no name word joined to it before, nor a sentence opener mid-sentence, which
  // is a word of a name of the language's own there (`di Sumber Contoh Bank`).
  if (i > 0 && plainGap(p, i) && (nameAt(p, i - 1) || (c.openers.has(tokens[i - 1]!.text) && !sentenceStart(p, i - 1)))) return -1;
  // Nor does it start after a joiner between name words: the longer name goes on before it (`Contoh Grain and Oils Center`).
  if (i > 1 && plainGap(p, i) && plainGap(p, i - 1) && c.joiners.has(tokens[i - 1]!.text) && nameAt(p, i - 2)) return -1;
  let onlyPlaces = true;
  for (let k = i; k < closer; k++) {
    const t = tokens[k]!;
    const w = t.text;
    if (t.acronym || c.breakers.has(w) || c.openers.has(w) || c.roles.has(w) || c.roleWords.has(w) || c.heads.has(w) || c.known.has(w) || c.orgVocabulary.has(w) || c.documentWords.has(w.toLowerCase()) || plainWord(w)) return -1;
    if (!c.placeWords.has(w)) onlyPlaces = false;
  }
  if (onlyPlaces) return -1;
  const k = closer;
  if (k - i < (c.foreignClosers.get(tokens[k]!.text)?.minWords ?? 1)) return -1;
  // A facility named so is a place (`Contoh Convention Center`).
  if (c.notOrganisations.has(`${tokens[k - 1]!.text} ${tokens[k]!.text}`)) return -1;
  const fields = c.foreignClosers.get(tokens[k]!.text)?.fields;
  if (fields) {
    // A body's centre: its field before the closer, or its own phrase after it (`Contoh Center for Ocean Studies`).
    const on = ownPhraseEnd(c, p, k);
    if (on > 0) return on;
    if (!fields.includes(tokens[k - 1]!.text)) return -1;
  }
  // A name word after the closer: the language's own order (`… Bank Contoh`), or an English `Bank of`.
  if (k + 1 < tokens.length && plainGap(p, k + 1) && (nameAt(p, k + 1) || tokens[k + 1]!.text === 'of')) return -1;
  return k + 1;
}
