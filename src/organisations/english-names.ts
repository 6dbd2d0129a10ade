/**
 * English names built around `X of Y` (`University of Contoh`, `Bank of Contoh`, `Centre for Contoh
 * Studies`): the capitalised words before the head are the name's too (`Reserve Bank of Contoh`,
 * `National Centre for …`), and a name that ends in such a word goes on with its `of` phrase
 * (`Contoh Centre for Marine Studies`, not `Contoh Centre`). Bounded windows: linear.
 */
import type { CompiledOrganisations } from './compile.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';

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
