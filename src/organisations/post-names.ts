/**
 * A body named between a post and the name of the person who holds it, with no head or tail word to
 * say so (`Kepala Riset Contoh Investindo Rina Wulandari`, `Head of Research Contoh Utama Budi
 * Santoso`): the post is a company officer's or a research house's, the person's name
 * is the last two or three words of the run, and the text writes its first word alone elsewhere (`kata
 * Rina`), as it does a speaker it goes on quoting; the words between the post and the person are the
 * body's. Bounded look-around: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord } from './people.js';
import { titleEndingAt } from './role-names.js';

/** Most words of a post before the body (`Head of Investment Research`, `Analis sekaligus Kepala Riset`). */
const MAX_POST_WORDS = 5;
/** Fewest and most words of the body's name: one word there is as often a person's first name (`Deputy Speaker Rina Wulan Sari`). */
const MIN_BODY_WORDS = 2;
const MAX_BODY_WORDS = 3;
/** Fewest and most words of the person's name after it (`Budi Santoso`, `Rina W Wulandari`). */
const MIN_HOLDER_WORDS = 2;
const MAX_HOLDER_WORDS = 3;

/** Word `k` is a word of a post: a role, a role's word or a post's field (`Kepala`, `Riset`, `Research`). */
function postWord(c: CompiledOrganisations, w: string): boolean {
  return c.roles.has(w) || c.roleWords.has(w) || c.fieldTails.has(w);
}

/**
 * A post ends right before word `i`: a company officer's title (`Presiden Direktur`, `CEO`), or a post's word there
 * and, back over post words, `of` and the capitalised words of its field, a role, with a research house's word on the
 * way (`bodyPosts`: `Kepala Riset`, `Head of Investment Research`, `Senior Research Analyst`). Not a region's or a
 * seat's title (`Bupati Contoh Hulu …`), nor a post whose own field follows it (`Direktur Contoh Banking …`).
 */
function postBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  if (titleEndingAt(c, p, i) >= 0) return true;
  // A capitalised post word: after `for` or `of` the words are the post's field (`Minister for Contoh Affairs`).
  if (c.bodyPosts.size === 0 || i === 0 || !plainGap(p, i) || !p.tokens[i - 1]!.cap || !postWord(c, p.tokens[i - 1]!.text)) return false;
  let researchHouse = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_POST_WORDS; k--) {
    const w = p.tokens[k]!.text;
    researchHouse ||= c.bodyPosts.has(w);
    if (c.roles.has(w) && researchHouse) return true;
    // A post's field may hold a title's word (`Equity`, a breaker of names).
    if (!(postWord(c, w) || w === 'of' || nameAt(p, k) || c.breakers.has(w)) || (k > 0 && !plainGap(p, k))) return false;
  }
  return false;
}

/** Word `k` is one of a person's: a person word or a one-letter initial (`C`). */
function holderWord(c: CompiledOrganisations, w: string): boolean {
  return isPersonWord(c, w) || (w.length === 1 && w >= 'A' && w <= 'Z');
}

/**
 * The end (exclusive) of a body's name starting at word `i` right after a post, with the holder's name after it, or -1:
 * two or three capitalised words that are no post's, place's or person's first name, the first no word of the
 * language (`plainWord`: a frequent word, or one the text writes in lower case), then two or three words of a person
 * whose first word the text writes alone (`alone`), and the run of capitalised words ends there.
 */
export function postBodyEnd(c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>, plainWord: (word: string) => boolean): number {
  const { tokens } = p;
  const t = tokens[i]!;
  if (!t.cap || t.acronym || !nameAt(p, i) || !postBefore(c, p, i)) return -1;
  // A word of the language there opens the post's own field (`Kepala Riset Pasar Contoh …`, `pasar` in lower case), not a name.
  if (plainWord(t.text) || c.fieldOpeners.has(t.lower)) return -1;
  // The run of capitalised words from `i`.
  let run = i + 1;
  while (run < tokens.length && run - i < MAX_BODY_WORDS + MAX_HOLDER_WORDS && plainGap(p, run) && (nameAt(p, run) || holderWord(c, tokens[run]!.text))) run++;
  if (run < tokens.length && plainGap(p, run) && nameAt(p, run)) return -1;
  for (let holder = MAX_HOLDER_WORDS; holder >= MIN_HOLDER_WORDS; holder--) {
    const k = run - holder;
    if (k - i < MIN_BODY_WORDS || k - i > MAX_BODY_WORDS || !alone.has(tokens[k]!.text) || tokens[k]!.text.length < 2) continue;
    let person = true;
    for (let m = k; m < run && person; m++) person = holderWord(c, tokens[m]!.text);
    let body = person;
    for (let m = i; m < k && body; m++) {
      const w = tokens[m]!.text;
      // A post's word goes on the post where it comes first; later it is the body's (`Contoh Utama`).
      body = !tokens[m]!.acronym && !(m === i ? postWord(c, w) : c.roles.has(w)) && !c.placeWords.has(w) && !c.personFirstWords.has(w) && !c.breakers.has(w) && !alone.has(w) && w.length > 1;
    }
    if (body) return k;
  }
  return -1;
}
