/**
 * A person named right after an organisation's name and before a speech verb (`Pusat Kajian Contoh
 * Muhammad Rizal mengatakan`, `Perum Contoh Sari Dewi menyebut`): the verb says the last words are
 * the speaker, so they leave the name when they can be a person's and the text says so too.
 * A middle initial after the name says the same (`cutInitialled`).
 */
import type { CompiledOrganisations } from './compiled.js';
import { type ParagraphState, plainGap, roleBefore } from './paragraph.js';
import { isCapitalised } from './shapes.js';
import { isPersonWord, MAX_NAMED_PERSON_WORDS, MAX_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';

/**
 * Where the speaker starts in the name words `[start, to)` when a speech verb follows them: at the
 * shortest run of 2–3 person words (up to 4 when a common given name opens it) one of which the
 * text also writes on its own (`kata Dewi`). `to` when there is none, or no speech verb: a body speaks
 * too (`Universitas Contoh Ahmad Dahlan mengatakan`), and one word is as often a place (`Contoh Belgia`).
 */
export function cutSpeaker(c: CompiledOrganisations, p: ParagraphState, start: number, to: number, bracket: number, alone: ReadonlyMap<string, number>): number {
  const { tokens } = p;
  if (to >= tokens.length || !plainGap(p, to) || !c.speechVerbs.has(tokens[to]!.text)) return to;
  // The person words at the end of the name: `[first, to)`.
  let first = to;
  while (first - 1 > start && first - 1 > bracket && to - first < MAX_NAMED_PERSON_WORDS && plainGap(p, first) && isPersonWord(c, tokens[first - 1]!.text)) first--;
  for (let k = to - MIN_PERSON_WORDS; k >= first; k--) {
    // A name's own words after a joiner are no person (`Pusat Kajian Laut dan Peradaban`).
    if (c.joiners.has(tokens[k - 1]!.text)) continue;
    if (to - k > MAX_PERSON_WORDS && !c.personFirstWords.has(tokens[k]!.text)) continue;
    // A title before the name says a person follows, and a common given name says where (`Direktur Pusat Kajian Contoh Muhammad Rizal mengatakan`).
    if (c.personFirstWords.has(tokens[k]!.text) && to - k <= MAX_PERSON_WORDS && roleBefore(c, p, start)) return k;
    for (let m = k; m < to; m++) if (alone.has(tokens[m]!.text)) return k;
  }
  return to;
}

/** A one-letter initial, with or without its dot (`L`, `C.`): a person's middle name. */
function isInitial(p: ParagraphState, k: number): boolean {
  const w = p.tokens[k]!.text;
  return w.length === 1 && isCapitalised(w);
}

/**
 * Where a person's first name starts at the end of the name words `[start, to)` when the words
 * after them go on with a middle initial and a surname (`Satgas Contoh Waspada Rina L. Wulandari`):
 * an organisation's name has no initial in it, so the word before the initial is the person's.
 * `to` when there is none.
 */
export function cutInitialled(c: CompiledOrganisations, p: ParagraphState, start: number, to: number, bracket: number): number {
  const { tokens } = p;
  if (to + 1 >= tokens.length || to - 1 <= start || to - 1 <= bracket || !plainGap(p, to) || !isInitial(p, to)) return to;
  const gap = p.text.slice(tokens[to]!.end, tokens[to + 1]!.start);
  if (gap !== ' ' && gap !== '. ') return to;
  if (c.joiners.has(tokens[to - 2]!.text) || !isPersonWord(c, tokens[to - 1]!.text) || !isPersonWord(c, tokens[to + 1]!.text)) return to;
  return to - 1;
}
