import type { Organisation, OrganisationKind } from '../types.js';
import { type Normalized, toSourceSpan } from '../util/normalize.js';
import type { OrganisationHit } from './paragraph.js';
import { isAcronym, isCamel } from './shapes.js';

/** A short form: one word that is an acronym or a syllabic/CamelCase short name (`APTB`, `Kemenkeu`). */
function isShortForm(text: string): boolean {
  return !text.includes(' ') && (isAcronym(text) || isCamel(text));
}

/** An organisation as found: mentions are normalized regions `[start, end)`, not yet the caller's offsets. */
export type FoundOrganisation = Omit<Organisation, 'mentions'> & { mentions: { start: number; end: number }[] };

/**
 * Turn grouped hits into organisations, in order of first mention. The name is the lexicon name, else the longest
 * spelled-out form seen; the acronym is the lexicon acronym, else a short form in brackets inside a
 * mention, else the first short form seen.
 */
export function groupOrganisations(hits: readonly OrganisationHit[]): FoundOrganisation[] {
  const groups: OrganisationHit[][] = [];
  for (const h of hits) (groups[h.group] ??= []).push(h);
  const out: FoundOrganisation[] = [];
  for (const group of groups) {
    if (!group || group.length === 0) continue;
    const known = group.find((h) => h.known)?.known ?? null;
    let name: string | null = known?.name ?? null;
    // A short form written in brackets inside a mention (`Pengadilan Negeri (PN) Bekasi`).
    const inner = group.find((h) => h.acronym)?.acronym ?? null;
    let acronym: string | null = known ? (known.acronym ?? inner) : inner;
    if (!known) {
      for (const h of group) {
        // An outlet named by its brand (`CONTOHDAILY`) is its name, not a short form of one.
        if (isShortForm(h.text) && h.rule !== 'brand') acronym ??= h.text;
        else if (!name || h.text.length > name.length) name = h.text;
      }
      name ??= group[0]!.text;
    }
    let kind: OrganisationKind | null = known?.kind ?? null;
    for (const h of group) if (!kind && h.kind) kind = h.kind;
    const mentions = group.map((h) => ({ start: h.start, end: h.end })).sort((a, b) => a.start - b.start);
    out.push({ name: name ?? group[0]!.text, acronym, mentions, id: known?.id ?? null, kind });
  }
  return out;
}

/** A found organisation with its mentions in the caller's offsets. */
export function toOrganisation(norm: Normalized, found: FoundOrganisation): Organisation {
  return { ...found, mentions: found.mentions.map((m) => toSourceSpan(norm, m.start, m.end)) };
}
