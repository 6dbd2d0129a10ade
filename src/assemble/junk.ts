import type { Junk } from '../stages/types.js';

/**
 * Every stage's junk as one list in text order, each piece marked `continues` merged into the
 * segment before it when only whitespace separates them (a headline under `Baca Juga`, the
 * lines of a contact block). Stages report their own junk; this is the one place it is merged.
 */
export function mergeJunk(text: string, ...lists: readonly (readonly Junk[])[]): Junk[] {
  const sorted = lists.flat().sort((a, b) => a.start - b.start);
  const out: Junk[] = [];
  for (const j of sorted) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && j.continues && prev.end <= j.start && text.slice(prev.end, j.start).trim() === '') {
      out[out.length - 1] = { start: prev.start, end: j.end, kind: prev.kind };
    } else out.push(j);
  }
  return out;
}
