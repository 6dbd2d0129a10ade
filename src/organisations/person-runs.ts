/**
 * A person's whole name glued after an organisation's name that the text also writes on its own
 * elsewhere (`Direktur PT Contoh Sejahtera Rina Wulan dicopot …` then `Rina Wulan digantikan …`):
 * the run of words is the person's, not the end of the name. Runs standing alone are gathered once
 * per text, in the pass that counts words standing alone (`countAlone`), so the whole is linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { type Finder, nameAt, type ParagraphState, plainGap, roleBefore } from './paragraph.js';
import { isPersonWord, MAX_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';

/**
 * Where a person's name starts in the name `[from, to)`: at the last 2–3 person words when the text
 * writes them alone elsewhere and at least two words of the name stay before them; `to` when none.
 */
export function cutAtPersonRun(f: Finder, c: CompiledOrganisations, p: ParagraphState, from: number, to: number): number {
  const alone = f.personRuns;
  // Without an officer's role before the name, the last words written alone are as often the name's own
  // short form (`PT Contoh Tirta Jaya` … `Tirta Jaya mencatat`): a role says whose name follows (as `cutRecurring` asks of companies).
  if (alone.size === 0 || !roleBefore(c, p, from)) return to;
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
