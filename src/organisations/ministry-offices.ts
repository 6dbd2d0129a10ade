/**
 * A ministry's office named by a head that puts an office word before the ministry's own head (`Kantor Kementerian
 * Contoh`): where the text names no regional office with it (a level word and its place, `… Kota Contoh`) and no
 * post heads it (`Kepala Kantor Kementerian …`), it is the building the ministry works in (`di Kantor Kementerian
 * Contoh`), and the organisation is the ministry itself. Bounded window: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { type ParagraphState, roleBefore } from './paragraph.js';

/**
 * The head at word `i`, whose name ends at word `to`, is an office word before a ministry's head (`Kantor
 * Kementerian`) naming the ministry's building: the ministry's own name starts at word `i + 1`.
 */
export function ministryBuilding(c: CompiledOrganisations, p: ParagraphState, i: number, to: number): boolean {
  const { tokens } = p;
  if (i + 1 >= tokens.length || !c.ministryHeads.has(tokens[i + 1]!.text)) return false;
  if (!c.heads.get(tokens[i]!.text)?.some((h) => h.words.length === 2 && h.words[1] === tokens[i + 1]!.text)) return false;
  if (roleBefore(c, p, i)) return false;
  for (let k = i + 2; k < to; k++) if (c.regionLevels.has(tokens[k]!.text)) return false;
  return true;
}
