/**
 * A person's whole name glued after an organisation's name that the text also writes on its own
 * elsewhere (`Direktur PT Contoh Sejahtera Rina Wulan dicopot …` then `Rina Wulan digantikan …`):
 * the run of words is the person's, not the end of the name. Runs standing alone are gathered once
 * per text, so the whole is linear.
 */
import type { CompiledOrganisations } from './compile.js';
import { type Finder, nameAt, type ParagraphState, plainGap, roleBefore } from './paragraph.js';
import { isPersonWord, MAX_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';

/** The runs of capitalised words that stand alone in each finder's text: no capitalised word joined to them by a space. */
const runs = new WeakMap<Finder, Set<string>>();

/** Record the runs of 2–3 capitalised words of `states` that stand alone: after a lower-case word that names no place (not `di Contoh Baru`) or a mark. */
export function gatherPersonRuns(f: Finder, states: readonly ParagraphState[]): void {
  const out = new Set<string>();
  for (const p of states) {
    const n = p.tokens.length;
    for (let k = 0; k < n; ) {
      if (!nameAt(p, k)) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < n && plainGap(p, end) && nameAt(p, end)) end++;
      // After a title, a short form or a place taker (`Bupati Contoh Baru`, `DPRD Contoh Baru`) the words are a place.
      const prev = k > 0 && plainGap(p, k) ? p.tokens[k - 1]! : null;
      const place = prev !== null && (prev.cap || f.c.locatives.has(prev.text.toLowerCase()));
      if (!place && end - k >= MIN_PERSON_WORDS && end - k <= MAX_PERSON_WORDS) out.add(p.text.slice(p.tokens[k]!.start, p.tokens[end - 1]!.end));
      k = end;
    }
  }
  runs.set(f, out);
}

/**
 * Where a person's name starts in the name `[from, to)`: at the last 2–3 person words when the text
 * writes them alone elsewhere and at least two words of the name stay before them; `to` when none.
 */
export function cutAtPersonRun(f: Finder, c: CompiledOrganisations, p: ParagraphState, from: number, to: number): number {
  const alone = runs.get(f);
  // Without an officer's role before the name, the last words written alone are as often the name's own
  // short form (`PT Contoh Tirta Jaya` … `Tirta Jaya mencatat`): a role says whose name follows (as `cutRecurring` asks of companies).
  if (!alone || alone.size === 0 || !roleBefore(c, p, from)) return to;
  for (let run = MAX_PERSON_WORDS; run >= MIN_PERSON_WORDS; run--) {
    const k = to - run;
    // After a joiner the words go on with the name (`Kementerian Contoh dan Kawasan Makmur`).
    if (k - from < 2 || !plainGap(p, k) || !nameAt(p, k - 1) || c.joiners.has(p.tokens[k - 1]!.text)) continue;
    let person = true;
    for (let m = k; m < to && person; m++) person = plainGap(p, m) && isPersonWord(c, p.tokens[m]!.text);
    if (person && alone.has(p.text.slice(p.tokens[k]!.start, p.tokens[to - 1]!.end))) return k;
  }
  return to;
}
