/** The name a bracketed acronym inside a speaker's title stands for (`PT Contoh Maju Group (CMG)`). */
import type { Lexicon, Token } from './speech-words.js';
import { legalFormSet } from '../lang/legal-forms.js';

/** Legal forms of company names (`PT`, `Tbk`), which may open the name before its acronym. */
const LEGAL_FORMS = legalFormSet;

/**
 * `Kasir PT Contoh Maju Group (CMG)`: an organisation never starts inside a bracket pair. The acronym at `o` stands for
 * the capitalised words before its bracket, a title word never among them (`Kuasa Usaha Ad Interim (KUAI)`: the title's
 * own short form stays in the title). They open the organisation with the legal form or organisation word before them
 * (`PT …`), else when their initials spell the acronym (`Contoh Maju Group (CMG)`); the role ends before them. Right
 * after a title word the acronym is the title's own (`o` as found); otherwise the bracket opens the organisation. `rs` is
 * where the title starts.
 */
export function acronymNameStart(tokens: readonly Token[], rs: number, o: number, lex: Lexicon): number {
  const open = o - 1;
  let start = open;
  while (start > rs + 1 && nameWord(tokens[start - 1]!, lex)) start--;
  const head = tokens[start - 1];
  if (start < open && start > rs + 1 && head !== undefined && (lex.orgWords.has(head.text) || LEGAL_FORMS.has(head.text))) return start - 1;
  const acronym = tokens[o]!.text;
  const initials = open - acronym.length;
  if (initials > rs && initials >= start && tokens.slice(initials, open).every((t, i) => t.text[0] === acronym[i])) return initials;
  // `Staf Ahli Bupati (SAB)`: right after a title word the acronym is the title's own short form, read with the title.
  const before = tokens[open - 1];
  if (start === open && before !== undefined && (lex.roles.has(before.text) || lex.roleWords.has(before.text))) return o;
  return open;
}

/**
 * `Kasir PT Contoh Group (CG)`: a role word that also names a body, right before a bracketed acronym, closes a body's
 * name (a role read from it would cut the phrase inside the bracket pair); it opens no title.
 */
export function closesBodyName(tokens: readonly Token[], r: number, lex: Lexicon): boolean {
  return lex.orgWords.has(tokens[r]!.text) && tokens[r + 1]?.text === '(';
}

/** A capitalised word of a body's name: no title word, unless it names a body too (`Group`). */
function nameWord(t: Token, lex: Lexicon): boolean {
  return t.word && t.cap && t.hasLower && (lex.orgWords.has(t.text) || (!lex.roles.has(t.text) && !lex.roleWords.has(t.text)));
}
