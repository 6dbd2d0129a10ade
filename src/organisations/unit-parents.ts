/**
 * A ministry's unit named on its own, then the ministry (`Badan Contoh Fiskal Kementerian Keuangan`,
 * `Ditjen Contoh Anggaran Kemenkeu`): the news names such a unit alone too, so the ministry is a
 * second body rather than the unit's last words. A unit with no name of its own keeps its ministry
 * (`Sekretariat Jenderal Kementerian Contoh`, `Komisi XI DPR`).
 */
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import { type ParagraphState, plainGap } from './paragraph.js';
import { isAcronym, isCapitalised, isNumber, isRoman } from './shapes.js';

/**
 * A government head whose name may be a ministry's unit's own (`Badan`, `Ditjen`): not a country's government
 * (`Pemerintah`, read by `ministryAfterCountry`) and not a bureau-style head that names its body instead (`Biro`).
 */
export function headNamesOwnUnit(c: CompiledOrganisations, headWords: readonly string[]): boolean {
  const head = headWords.join(' ');
  return !c.countryGovernmentHeads.has(head) && !c.unitHeads.has(head);
}

/**
 * Where a ministry that closes the name words `[start, to)` of a government head begins (its
 * head word, `Kementerian Contoh`, or a known form of it, `Kemenkeu`), when the words before it
 * name the unit; else `to`. `known(m)` is the lexicon's match at word `m`.
 */
export function ministryAtEnd(
  c: CompiledOrganisations,
  p: ParagraphState,
  from: number,
  start: number,
  to: number,
  known: (m: number) => { to: number; value: KnownOrganisation } | null,
): number {
  // A unit the lexicon knows (`Direktorat Jenderal Contoh`) has its entry already: written with its ministry, it stays whole.
  if (c.ministryHeads.size === 0 || known(from) !== null) return to;
  for (let m = start + 1; m < to; m++) {
    if (!plainGap(p, m)) return to;
    const word = p.tokens[m]!.text;
    const form = c.ministryHeads.has(word) ? null : known(m);
    const ministry = c.ministryHeads.has(word) || (form !== null && form.to === to && c.ministryHeads.has(form.value.name.split(' ')[0]!));
    if (ministry) return ownName(c, p, start, m) ? m : to;
  }
  return to;
}

/**
 * Words `[start, m)` hold a name of their own, in words: a capitalised word that is no title or rank (`Jenderal`), and
 * no numeral or acronym at all (`Komisi XI`; `Pemerintah Undang IMF`, a headline's words, is no unit's name).
 */
function ownName(c: CompiledOrganisations, p: ParagraphState, start: number, m: number): boolean {
  let named = false;
  for (let k = start; k < m; k++) {
    const w = p.tokens[k]!.text;
    if (isAcronym(w) || isRoman(w) || isNumber(w)) return false;
    named ||= isCapitalised(w) && !c.roles.has(w) && !c.ranks.has(w);
  }
  return named;
}
