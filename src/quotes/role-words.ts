/**
 * Word-level role tests shared by the speaker-phrase readers: a word that opens a role, a title with the
 * possessive suffix, a role link between a name and a title, a run of title words with no name yet.
 */
import type { Lexicon, Token } from './speech-words.js';
import { MIN_POSSESSIVE_LENGTH } from './name-word.js';
import { NYA } from '../lang/enclitic.js';

/** Tokens `[j, k)` end in a title made of title words only (`Pengamat Ekonomi Politik`): no name yet. */
export function titleBefore(tokens: readonly Token[], j: number, k: number, lex: Lexicon): boolean {
  let b = k;
  while (b > j && tokens[b - 1]!.cap && (lex.roleWords.has(tokens[b - 1]!.text) || lex.roles.has(tokens[b - 1]!.text))) b--;
  return b < k && lex.roles.has(tokens[b]!.text) && (b === j || !tokens[b - 1]!.cap);
}

/** A word that opens a role: `Kepala`, or a lower-case role noun inside a phrase (`PHRI Bali chairman`). */
export function roleAt(t: Token, lex: Lexicon): boolean {
  return lex.roles.has(t.text) || (t.word && !t.cap && lex.lowerRoles.has(t.lower)) || possessiveRole(t, lex);
}

/** `Ketuanya`, `Pengerusinya`: a capitalised title with the possessive suffix (the post of an organisation named before). */
export function possessiveRole(t: Token, lex: Lexicon): boolean {
  return t.word && t.cap && t.text.length >= MIN_POSSESSIVE_LENGTH && t.lower.endsWith(NYA) && lex.roles.has(t.text.slice(0, -NYA.length));
}

/**
 * `Ditemui wartawan, Budi mengatakan`, `Saat dihubungi wartawan, …`: a clause before the name opened by a stop word
 * (a passive verb, a time word) is an adverbial whose noun is its object, not the name's title — unless the word
 * also opens a title (Malay `Yang di-Pertuan Agong`) or links one (`As chief executive of Contoh Bank, Budi said`).
 */
export function adverbialOpener(head: Token, lex: Lexicon): boolean {
  return lex.nameStops.has(head.lower) && !lex.roles.has(head.text) && !lex.roleLinks.has(head.lower);
}

/** A role link (`selaku`, `sebagai`, the `juga` of `yang juga`) between a name and a capitalised title. */
export function roleLinkAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!t.word || t.cap || next === undefined || !next.cap || !roleAt(next, lex) || k === 0) return false;
  if (lex.roleLinks.has(t.lower)) return nameWordAt(tokens, k - 1, lex);
  // `Budi Santoso yang juga Ketua Koperasi Contoh`: a relative and an additive link the name to its title like `selaku`.
  return k > 1 && linkedTitleAt(tokens, k - 1, lex) && nameWordAt(tokens, k - 2, lex);
}

/** The relative opening a linked title (`yang` of `Budi yang juga Ketua …`): the name ends before it, like before a role link. */
export function relativeLinkAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return k > 0 && linkedTitleAt(tokens, k, lex) && nameWordAt(tokens, k - 1, lex);
}

/** `yang juga Ketua …` from token `k`: a relative, an additive, then a capitalised title word. */
export function linkedTitleAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const [rel, add, title] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return rel !== undefined && add !== undefined && title !== undefined && lowerWord(rel) && lex.references.relatives.has(rel.lower) &&
    lowerWord(add) && lex.references.additives.has(add.lower) && title.cap && roleAt(title, lex);
}

function lowerWord(t: Token): boolean {
  return t.word && !t.cap;
}

/** A capitalised word that opens no role: the end of a name before its role link. */
function nameWordAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return tokens[k]!.cap && !roleAt(tokens[k]!, lex);
}
