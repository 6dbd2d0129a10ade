/**
 * A body named after a person's post set beside the person's name (`Rina Wulandari, analis Contoh Shoji, …`,
 * `Budi Santoso, chief analyst ContohTrades memperkirakan`, `…, kepala ekonom di Contoh Markets`): the person is
 * named first, so the capitalised words after the post are not the holder's name but the body the post serves.
 * The post is a house staff's (`analis`, `analyst`: `housePosts`); a unit head's (`kepala Desa Contoh`) or a
 * relative's is none. Bounded look-around: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord } from './people.js';

/** Most lower-case words of the post (`kepala ekonom`, `ahli strategi pasar`). */
const MAX_POST_WORDS = 3;
/** Fewest and most words of the person's name before the post (`Rina Wulandari`, `Budi de Contoh Santoso`). */
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 4;
/** Most words of the body's name. */
const MAX_BODY_WORDS = 3;

/** Word `k` is a post's noun: a post of a house's staff (`analis`, `analyst`). */
function postNoun(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const t = p.tokens[k]!;
  return !t.cap && c.housePosts.has(t.text);
}

/**
 * Where the post before word `i` starts, or -1: a locative (`di`) may stand right before `i`; before it one to three
 * lower-case words with a post's noun among them, after a comma.
 */
function postStart(c: CompiledOrganisations, p: ParagraphState, i: number): number {
  const { tokens } = p;
  let k = i - 1;
  if (k > 0 && plainGap(p, i) && !tokens[k]!.cap && c.locatives.has(tokens[k]!.lower)) k--;
  let noun = false;
  let words = 0;
  while (k >= 0 && words < MAX_POST_WORDS && plainGap(p, k + 1) && !tokens[k]!.cap && /^\p{Ll}+$/u.test(tokens[k]!.text)) {
    noun ||= postNoun(c, p, k);
    words++;
    if (p.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start) === ', ') return noun ? k : -1;
    k--;
  }
  return -1;
}

/** The words right before word `k` (a post after a comma) are a person's name of two to four words (`Rina Wulandari, analis …`). */
function personBefore(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  let words = 0;
  for (let m = k - 1; m >= 0 && words < MAX_PERSON_WORDS && (m === k - 1 || plainGap(p, m + 1)) && isPersonWord(c, p.tokens[m]!.text); m--) words++;
  return words >= MIN_PERSON_WORDS;
}

/**
 * The end (exclusive) of a body's name starting at word `i` after a person's apposed post, or -1: one to three
 * capitalised words, no place, role, title, head (a head's reader has the name) or given name, the first no word of the language
 * (`plainWord`: a frequent word, or one the text writes in lower case), of a post's field or of a place's unit; the
 * run of capitalised words ends there, and no joiner or locative goes on with it.
 */
export function apposedPostBodyEnd(c: CompiledOrganisations, p: ParagraphState, i: number, plainWord: (word: string) => boolean): number {
  const { tokens } = p;
  if (c.housePosts.size === 0 || i <= MIN_PERSON_WORDS || !tokens[i]!.cap || !nameAt(p, i) || !plainGap(p, i)) return -1;
  // The post first: a look at the few words before rules out nearly every word.
  const post = postStart(c, p, i);
  if (post < 0 || !personBefore(c, p, post)) return -1;
  let to = i;
  while (to < tokens.length && to - i < MAX_BODY_WORDS && (to === i || plainGap(p, to)) && nameAt(p, to)) {
    const w = tokens[to]!.text;
    if (c.placeWords.has(w) || c.roles.has(w) || c.breakers.has(w) || c.heads.has(w) || c.personFirstWords.has(w)) return -1;
    to++;
  }
  if (to < tokens.length && plainGap(p, to) && nameAt(p, to)) return -1;
  // One word alone: an acronym is left to the acronym readers (the post before it is their cue).
  if (to - i === 1 && tokens[i]!.acronym) return -1;
  // The first word no word of the language, of a post's field or of a place's unit (`ahli Ilmu Contoh`, `Desa Contoh`).
  const first = tokens[i]!;
  if (plainWord(first.text) || c.roleWords.has(first.text) || c.fieldOpeners.has(first.lower) || c.placeTakers.has(first.text) || c.placeNouns.has(first.text)) return -1;
  // A joiner or a locative after it says the words were the post's field (`analis Pasar Modal dan obligasi`, `… Riset di …`).
  if (to < tokens.length && plainGap(p, to) && (c.joiners.has(tokens[to]!.text) || c.locatives.has(tokens[to]!.lower))) return -1;
  // With no `di`/`at` before, the run may be the holder's beat: regions alone, or a market (`economist Asia Pacific`, `analyst Fixed Income`).
  if (!c.beatLinks.has(tokens[i - 1]!.lower) && beat(c, p, i, to)) return -1;
  return to;
}

/** Words `i` to `to` (exclusive) are what a post covers: world regions only, or with a market's word among them. */
function beat(c: CompiledOrganisations, p: ParagraphState, i: number, to: number): boolean {
  let regions = true;
  for (let k = i; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (c.beatMarkets.has(w)) return true;
    regions &&= c.beatRegions.has(w);
  }
  return regions;
}
