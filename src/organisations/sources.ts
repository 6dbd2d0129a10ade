/**
 * News sources the text cites (`dilansir Contoh Times`, `reported by Contoh News`): the name after
 * a citing phrase is an outlet even when the outlet list does not hold it.
 */
import type { CompiledOrganisations } from './compile.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isDomain } from './shapes.js';

/** Most words in a cited outlet's name (`South China Morning Post`). */
const MAX_SOURCE_WORDS = 4;

/** Words `[i - words.length, i)` are the lower-case phrase `words`, joined by spaces. */
function cueBefore(p: ParagraphState, i: number, words: readonly string[]): boolean {
  const from = i - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) {
    const t = p.tokens[from + k]!;
    // Only the first word may be capitalised, opening the sentence (`Dilansir dari …`, not `Kantor Berita …`).
    if (t.text.toLowerCase() !== words[k] || (k > 0 && (t.cap || !plainGap(p, from + k)))) return false;
  }
  return true;
}

/** The end (exclusive) of an outlet's name at word `i` right after a citing phrase, or -1 (also for a person's name). */
export function citedSource(c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>): number {
  if (i === 0 || !plainGap(p, i) || c.sourceCues.size === 0) return -1;
  const cues = c.sourceCues.get(p.tokens[i - 1]!.text);
  if (!cues || !cues.some((words) => cueBefore(p, i, words))) return -1;
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
  return to;
}
