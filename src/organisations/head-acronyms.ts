/**
 * A head noun with an acronym (`Kementerian KCS`) is the organisation the text spelled out under
 * the same head with that acronym in brackets (`Kementerian Kelautan dan Cuaca Sejahtera (KCS)`):
 * the acronym abbreviates the name after the head. One map of acronyms, one of each group's first
 * words, one look-up per hit: linear.
 */
import type { Finder, Hit, ParagraphState } from './paragraph.js';

/** Union every two-word `<head> <ACRONYM>` hit with the group of that acronym when the group has a name under the same head. */
export function linkHeadAcronyms(f: Finder, states: readonly ParagraphState[]): void {
  // Most texts have no `<head> <ACRONYM>` hit at all: then there is nothing to link, and no map to build.
  if (!f.hits.some((h) => headWithAcronym(h, states))) return;
  // The first one-word acronym hit of each text, and of each short form inside a name (`(PN)`).
  const byAcronym = new Map<string, number>();
  f.hits.forEach((h, i) => {
    if (h.acronym && !byAcronym.has(h.acronym)) byAcronym.set(h.acronym, i);
    if (h.to - h.from === 1 && states[h.paragraph]!.tokens[h.from]!.acronym && !byAcronym.has(h.text)) byAcronym.set(h.text, i);
  });
  if (byAcronym.size === 0) return;
  const pairs: { hit: number; head: string; other: number }[] = [];
  f.hits.forEach((h, i) => {
    if (!headWithAcronym(h, states)) return;
    const tokens = states[h.paragraph]!.tokens;
    const other = byAcronym.get(tokens[h.from + 1]!.text);
    if (other !== undefined && f.find(other) !== f.find(i)) pairs.push({ hit: i, head: tokens[h.from]!.text, other });
  });
  if (pairs.length === 0) return;
  // The first words of each group's names of two words or more.
  const heads = new Map<number, Set<string>>();
  f.hits.forEach((h, i) => {
    if (h.to - h.from < 2) return;
    const root = f.find(i);
    const set = heads.get(root) ?? new Set<string>();
    set.add(states[h.paragraph]!.tokens[h.from]!.text);
    heads.set(root, set);
  });
  for (const { hit, head, other } of pairs) if (heads.get(f.find(other))?.has(head)) f.union(hit, other);
}

/** A hit of two words, a head noun and an acronym (`Kementerian KCS`). */
function headWithAcronym(h: Hit, states: readonly ParagraphState[]): boolean {
  return h.rule === 'head' && h.to - h.from === 2 && states[h.paragraph]!.tokens[h.from + 1]!.acronym;
}
