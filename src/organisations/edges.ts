/**
 * Where a name found by pass 1 may not start: after a role that heads it (`CEO Contoh Holdings`),
 * or inside brackets it then runs out of (`(DCR) RI`). Each looks at a word or two.
 */
import type { CompiledOrganisations } from './compile.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';

/**
 * Words `[from, to)` hold a closing bracket before any opening one: the form starts inside brackets
 * and goes on past them (`Dewan Contoh (DCR) RI` is no `DCR RI`).
 */
export function closesFirst(p: ParagraphState, from: number, to: number): boolean {
  // Only the gaps between the form's words are read: a few characters each (`formGap`).
  for (let k = from + 1; k < to; k++) {
    const gap = p.text.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start);
    if (gap.includes('(')) return false;
    if (gap.includes(')')) return true;
  }
  return false;
}

/**
 * Word `i` is a role written as an acronym (`CEO`) or one that heads a unit (`Direktur`, a cue word),
 * and a name word or an acronym follows: the name starts after it. Not a known form's first word
 * (`General Motors`).
 */
export function startsWithRole(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const word = p.tokens[i]!.text;
  if (!c.roles.has(word) || c.known.has(word)) return false;
  if (!p.tokens[i]!.acronym && !c.cues.has(word.toLowerCase())) return false;
  return i + 1 < p.tokens.length && plainGap(p, i + 1) && (nameAt(p, i + 1) || p.tokens[i + 1]!.acronym);
}
