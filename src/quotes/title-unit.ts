/**
 * A title that names the unit its holder runs, with no body after it (`Direktur Pusat Kajian Pesisir Contoh`): the unit
 * is the organisation, from its first word (`Lexicon.titleUnits`: `Pusat`) on, and the post is what stands before it
 * (`Direktur`). The split may have read the unit's last words as the organisation (`Direktur Pusat Kajian` + `Pesisir
 * Contoh`): they are the rest of its name. A body written after the unit (an organisation word, an acronym:
 * `Kepala Pusat Data` + `Kementerian Contoh`) is the organisation and the unit stays in the post. After a board's word
 * the unit word is only the board's level (`Ketua Pimpinan Pusat`) and stays.
 */
import type { Lexicon } from './speech-words.js';

const CAPITALISED = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** Whether `organisation` is only the rest of a unit's name: capitalised name words and connectors, no body word or acronym. */
function unitRest(organisation: string, lex: Lexicon): boolean {
  return organisation.split(' ').every((w) => (NAME_WORD.test(w) && !lex.orgWords.has(w)) || lex.connectors.has(w));
}

/** `parts` with the unit named inside a role moved to the organisation, when no body follows the unit. */
export function withTitleUnit<P extends { role: string | null; organisation: string | null }>(parts: P, lex: Lexicon): P {
  const { role, organisation } = parts;
  if (!role || lex.titleUnits.size === 0 || (organisation !== null && !unitRest(organisation, lex))) return parts;
  const words = role.split(' ');
  for (let i = 1; i < words.length; i++) {
    const boards = lex.titleUnits.get(words[i]!);
    // The unit's name goes on in the role or, when the unit word closes it, in the organisation (`Direktur Pusat` + `Contoh`).
    const next = i + 1 < words.length ? words[i + 1]! : organisation;
    if (!boards || next === null || !CAPITALISED.test(next)) continue;
    const before = words[i - 1]!;
    const post = before.endsWith(',') ? before.slice(0, -1) : before;
    // The unit follows the post's own words: a role word or the field closed by a comma.
    const postWord = lex.roles.has(post) || lex.lowerRoles.has(post) || lex.roleWords.has(post);
    if (boards.has(post) || !(before.endsWith(',') || postWord)) continue;
    const unit = words.slice(i).join(' ');
    return { ...parts, role: [...words.slice(0, i - 1), post].join(' '), organisation: organisation === null ? unit : `${unit} ${organisation}` };
  }
  return parts;
}
