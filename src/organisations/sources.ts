/**
 * News sources the text cites (`dilansir Contoh Times`, `reported by Contoh News`): the name after
 * a citing phrase is an outlet even when the outlet list does not hold it.
 */
import { writtenLower } from './branches.js';
import type { CompiledOrganisations } from './compiled.js';
import { type Finder, nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isAllCaps, isDomain } from './shapes.js';

/** Most words in a cited outlet's name (`South China Morning Post`). */
const MAX_SOURCE_WORDS = 4;

/** Words `[i - words.length, i)` are the lower-case phrase `words`, joined by spaces. */
function cueBefore(p: ParagraphState, i: number, words: readonly string[]): boolean {
  const from = i - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) {
    const t = p.tokens[from + k]!;
    // Only the first word may be capitalised, opening the sentence (`Dilansir dari …`, not `Kantor Berita …`).
    if (t.lower !== words[k] || (k > 0 && (t.cap || !plainGap(p, from + k)))) return false;
  }
  return true;
}

/** One of the phrases `cues` (none: undefined) ends right before word `i` (`cueBefore`). */
function anyCueBefore(p: ParagraphState, i: number, cues: readonly (readonly string[])[] | undefined): boolean {
  if (cues === undefined) return false;
  for (const words of cues) if (cueBefore(p, i, words)) return true;
  return false;
}

/** The end (exclusive) of an outlet's name at word `i` right after a citing phrase, or -1 (also for a person's name). */
export function citedSource(c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>): number {
  if (i === 0 || !plainGap(p, i) || (c.sourceCues.size === 0 && c.looseSourceCues.size === 0)) return -1;
  const before = p.tokens[i - 1]!.text;
  const strict = anyCueBefore(p, i, c.sourceCues.get(before));
  if (!strict && !anyCueBefore(p, i, c.looseSourceCues.get(before))) return -1;
  if (isDomain(p.tokens[i]!.text)) return i + 1;
  let to = i;
  while (to < p.tokens.length && to - i < MAX_SOURCE_WORDS && (to === i || plainGap(p, to)) && nameAt(p, to)) {
    const w = p.tokens[to]!.text;
    if (c.placeWords.has(w) && to === i) return -1;
    to++;
  }
  if (to === i) return -1;
  // A person cited (`dikutip Budi Santoso`): a given name first, or a later word the text writes alone (`kata Santoso`).
  if (c.personFirstWords.has(p.tokens[i]!.text)) return -1;
  for (let k = i + 1; k < to; k++) if (alone.has(p.tokens[k]!.text)) return -1;
  // An English outlet's own `of` phrase (`Contoh Times of Tarsen`, `Voice of Contoh`): its place or its people, no person's name.
  if (to + 1 < p.tokens.length && p.tokens[to]!.text === 'of' && plainGap(p, to) && plainGap(p, to + 1) && nameAt(p, to + 1)) {
    to += 2;
    while (to < p.tokens.length && to - i < MAX_SOURCE_WORDS && plainGap(p, to) && nameAt(p, to)) to++;
  }
  // After a loose cue, several words name an outlet only by its brand word or country (`Contoh Daily`, not `Rina Wulan`).
  const last = p.tokens[to - 1]!.text;
  if (!strict && to - i > 1 && !c.mediaSuffixes.has(last) && !c.branchPlaces.has(last)) return -1;
  return to;
}

/**
 * An outlet known by one word that the text also writes in lower case, or that is one of the language's
 * most frequent words (`Contohwarta`, `contohwarta` = between), at word `i` where nothing says an outlet: no citing or
 * cue word right before it (`dari`, `kepada`), no sign-off dash or bracket (`- Contohwarta`,
 * `(Contohwarta)`). There the capital opens a sentence or a name (`Contohwarta lain …`), and the word is the language's.
 */
export function isPlainWordOutlet(owner: Finder, c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  if (!t.cap || isAllCaps(t.text) || !(owner.commonWords.has(t.lower) || writtenLower(owner, p, t.text))) return false;
  return !citedAt(c, p, i);
}

/**
 * Something right before word `i` says a name follows: a citing or cue word (`dari`, `kepada`),
 * or a sign-off dash or bracket (`- Contohwarta`, `(Contohwarta)`).
 */
export function citedAt(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const before = i > 0 ? p.tokens[i - 1]!.lower : '';
  if (c.sourceCues.has(before) || c.cues.has(before)) return true;
  const start = p.tokens[i]!.start;
  return /[-–—(]\s*$/u.test(p.text.slice(Math.max(0, start - 3), start));
}

/** The language's most frequent words as a set, built once per list. */
const COMMON = new WeakMap<readonly string[], ReadonlySet<string>>();
export function commonWordSet(words: readonly string[]): ReadonlySet<string> {
  let set = COMMON.get(words);
  if (!set) COMMON.set(words, (set = new Set(words)));
  return set;
}
