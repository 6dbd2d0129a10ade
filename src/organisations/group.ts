import type { Organisation, OrganisationKind, Span } from '../types.js';
import type { OrganisationHit } from './find-organisations.js';
import { isAcronym, isCamel } from './shapes.js';

/** A short form: one word that is an acronym or a syllabic/CamelCase short name (`KRKP`, `Kemenkeu`). */
function isShortForm(text: string): boolean {
  return !text.includes(' ') && (isAcronym(text) || isCamel(text));
}

/**
 * Turn grouped hits into organisations, in order of first mention. `toSpan` maps a hit's
 * normalized offsets to the caller's offsets. The name is the lexicon name, else the longest
 * spelled-out form seen; the acronym is the lexicon acronym, else a short form in brackets inside a
 * mention, else the first short form seen.
 */
export function buildOrganisations(hits: readonly OrganisationHit[], toSpan: (start: number, end: number) => Span): Organisation[] {
  const groups: OrganisationHit[][] = [];
  for (const h of hits) (groups[h.group] ??= []).push(h);
  const out: Organisation[] = [];
  for (const group of groups) {
    if (!group || group.length === 0) continue;
    const known = group.find((h) => h.known)?.known ?? null;
    let name: string | null = known?.name ?? null;
    // A short form written in brackets inside a mention (`Pengadilan Negeri (PN) Bekasi`).
    const inner = group.find((h) => h.acronym)?.acronym ?? null;
    let acronym: string | null = known ? (known.acronym ?? inner) : inner;
    if (!known) {
      for (const h of group) {
        if (isShortForm(h.text)) acronym ??= h.text;
        else if (!name || h.text.length > name.length) name = h.text;
      }
      name ??= group[0]!.text;
    }
    let kind: OrganisationKind | null = known?.kind ?? null;
    for (const h of group) if (!kind && h.kind) kind = h.kind;
    const mentions = group.map((h) => toSpan(h.start, h.end)).sort((a, b) => a.start - b.start);
    out.push({ name: name ?? group[0]!.text, acronym, mentions, id: known?.id ?? null, kind });
  }
  return out;
}
