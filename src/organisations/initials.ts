/**
 * An acronym whose letters are the initials of a name the same text spells out elsewhere, with no
 * brackets to link them (`PT Sinar Contoh Abadi (Persero)` … `Direktur SCA`), is that organisation.
 * One map of initials over the text's names, one look-up per acronym: linear.
 */
import type { Finder, ParagraphState } from './paragraph.js';

/** Shortest acronym linked this way: two letters are too often someone else's (`SC`). */
const MIN_INITIALS = 3;

/** Union every acronym hit with the name hit of this text whose initials it is (first name wins). */
export function linkInitials(f: Finder, states: readonly ParagraphState[]): void {
  const byInitials = new Map<string, number>();
  f.hits.forEach((h, i) => {
    if (h.to - h.from < MIN_INITIALS - 1 || h.rule === 'acronym' || h.rule === 'listed') return;
    const p = states[h.paragraph]!;
    for (const key of initialsOf(f, p, h.from, h.to)) if (key.length >= MIN_INITIALS && !byInitials.has(key)) byInitials.set(key, i);
  });
  if (byInitials.size === 0) return;
  f.hits.forEach((h, i) => {
    if (h.rule !== 'acronym' || h.to - h.from !== 1) return;
    const name = byInitials.get(h.text);
    if (name !== undefined && f.find(name) !== f.find(i)) f.union(name, i);
  });
}

/** The initials of words `[from, to)`: of every capitalised word, and without the legal form's words. */
function initialsOf(f: Finder, p: ParagraphState, from: number, to: number): string[] {
  let all = '';
  let core = '';
  for (let k = from; k < to; k++) {
    const t = p.tokens[k]!;
    if (!t.cap || f.c.joiners.has(t.text)) continue;
    // An acronym inside a name gives its letters (`Bank BRI` is no `BB`): such names are left out.
    if (t.acronym && !f.c.legalForms.has(t.text)) return [];
    all += t.text[0];
    if (!f.c.legalForms.has(t.text)) core += t.text[0];
  }
  return core === all ? [all] : [all, core];
}
