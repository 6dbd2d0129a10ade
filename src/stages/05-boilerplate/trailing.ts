import type { BoilerplateKind } from '../../types.js';
import { phraseKey } from '../../util/patterns.js';
import { wholeBlockKind } from './classify.js';
import type { JunkPatterns } from './patterns.js';

/** What a trailing label (`… naik 1,25%.Sumber: Dinas Pasar Contoh`) leaves after it at most: a name, a source, a short list. */
const MAX_TAIL = 80;
const MAX_TAIL_WORDS = 10;
/** A bracketed credit line after the last sentence (`(Reporting by Rina Putri; Editing by Budi Santoso)`) is short. */
const MAX_BRACKETED_CREDIT = 120;
/** A sentence goes on after a full stop (`Sumber: pejabat itu. Dia …`): the label opened prose, not a credit. */
const PROSE_AFTER_STOP = /[.!?]["”’]? {1,3}\p{Ll}/u;

/**
 * A credit label glued to the end of a paragraph by the scraper: a table's source after its last figure
 * (`…41.250Sumber: Dinas Pasar Contoh`), an author line after the last sentence (`… kata dia. Penulis: Rina/ab`).
 * The label is one the language data lists as a line opener of an author, caption or source line and
 * ends in a colon; it follows a sentence end or is glued to the word before it (never `kata sumber:` in
 * prose), and what follows it to the paragraph's end is short, unquoted and no sentence.
 * Returns where the junk starts in `s` and its kind, or null.
 */
export function trailingLabelAt(s: string, p: JunkPatterns): { index: number; kind: BoilerplateKind } | null {
  // `… Selasa. (Dikutip dari laman resmi Pemkab Contoh)`: a source note in brackets after the last sentence
  // (after initials, `rin/bud(diolah dari …)`, the credit stage reads both).
  const note = s.endsWith(')') ? p.sourceNote.exec(s) : null;
  if (note && /[.!?"”’)\]] {0,3}$/.test(s.slice(Math.max(0, note.index - 4), note.index))) return { index: note.index, kind: 'other' };
  // `… the district. (Reporting by Rina Putri; Editing by Budi Santoso)`: a wire's credit line in brackets after the last sentence.
  const open = s.endsWith(')') ? s.lastIndexOf('(') : -1;
  if (open > 0 && s.length - open <= MAX_BRACKETED_CREDIT && /[.!?"”’] {0,3}$/.test(s.slice(Math.max(0, open - 4), open)) && wholeBlockKind(s.slice(open + 1, -1).trim(), p) === 'editor') {
    return { index: open, kind: 'editor' };
  }
  // A label's only colon ends it, so each label found is the leftmost one that ends at some colon: search just
  // the stretch before each colon, never the whole paragraph. The long alternation over every letter of a
  // paragraph was the boilerplate stage's largest cost, and some processes compile it into code that runs
  // a hundred times slower on one-byte text (the stage's bimodal cost, issue 12).
  let searched = 0;
  for (let colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
    const from = Math.max(searched, colon + 1 - p.trailingLabelReach);
    searched = colon + 1;
    const m = p.trailingLabel.exec(s.slice(from, searched));
    if (m === null) continue;
    const i = from + m.index;
    if (i === 0) continue;
    const tail = s.slice(searched).trim();
    if (tail.length === 0 || tail.length > MAX_TAIL) continue;
    if (!gluedOrAfterSentence(s, i)) continue;
    if (/["“”«»]/.test(tail) || PROSE_AFTER_STOP.test(tail) || tail.split(' ').length > MAX_TAIL_WORDS) continue;
    return { index: i, kind: p.prefixKinds.get(phraseKey(m[0])) ?? 'other' };
  }
  return null;
}

/** Right after a sentence end (and spaces), or glued to the word or figure before it with no space. */
function gluedOrAfterSentence(s: string, i: number): boolean {
  const before = s.charAt(i - 1);
  if (before !== ' ') return /[\p{L}\p{N}%).!?"”’\]]/u.test(before);
  let j = i - 1;
  while (j > 0 && s.charAt(j - 1) === ' ') j--;
  return /[.!?"”’)\]]/.test(s.charAt(j - 1));
}
