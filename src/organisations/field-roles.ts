/**
 * A post with its field before a body's short name (`Ketua Bidang Tata Ruang dan Lingkungan ABCD`,
 * `kepala bidang Pendidikan & Pelatihan ABCD`): the field's words run on between the role and the
 * acronym, so the role says the acronym is the body the post belongs to. Bounded window: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { ampersandGap, nameAt, type ParagraphState, plainGap } from './paragraph.js';

/** Most words of a post's field between its opener and the body (`Perdagangan & Perundingan Internasional`). */
const MAX_FIELD_WORDS = 6;

/** The role word at word `k`, written capitalised or not (`Ketua`, `kepala`), heads a unit: a role that is a cue word. */
function unitRoleAt(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const w = p.tokens[k]!.text;
  const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
  return c.roles.has(capitalised) && c.cues.has(w.toLowerCase());
}

/**
 * Word `i` comes after a post's field: capitalised words and joiners back to a field opener
 * (`Bidang`, `bidang`), with a role that heads a unit right before the opener.
 */
export function fieldRoleBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  if (c.fieldOpeners.size === 0) return false;
  const { tokens } = p;
  let k = i - 1;
  let words = 0;
  const joined = (m: number) => plainGap(p, m) || ampersandGap(p, m);
  while (k > 0 && words < MAX_FIELD_WORDS && joined(k + 1) && !c.fieldOpeners.has(tokens[k]!.lower) && (nameAt(p, k) || c.joiners.has(tokens[k]!.text))) {
    words++;
    k--;
  }
  if (words === 0 || !joined(k + 1) || !c.fieldOpeners.has(tokens[k]!.lower)) return false;
  return k > 0 && plainGap(p, k) && unitRoleAt(c, p, k - 1);
}
