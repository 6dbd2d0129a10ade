/**
 * A minister's portfolio inside a title (`Menteri Hukum dan HAM`, `Trade, Crafts and Tourism Minister`): where
 * its words run and where the title that names the ministry after it ends, for `role-phrase.ts`, which reads the
 * portfolio's whole wording as the body the title names.
 */
import type { Lexicon, Token } from './speech-words.js';
import { listComma } from './field-list.js';
import { impliedHead, titleOrganisation } from './implied-organisation.js';

/** An acronym of two letters or more that opens no implied body (`HAM`, `UKM`; not `DPR` as `Polda` would be). */
function portfolioAcronym(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && !t.hasLower && t.text.length > 1 && !impliedHead(t.text, lex);
}

/**
 * `Menteri Hukum dan HAM`, `Menteri Koperasi dan UKM`: inside a portfolio, `dan` before an acronym, the acronym after
 * it, and an organisation word before `dan` and another part (`Koperasi dan …`) all belong to the portfolio, whose
 * whole wording names the body.
 */
export function portfolioJoin(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const joiner = (x: Token | undefined) => x !== undefined && x.word && !x.cap && lex.listJoiners.has(x.lower);
  if (joiner(t)) return portfolioAcronym(next, lex);
  if (portfolioAcronym(t, lex)) return joiner(tokens[k - 1]);
  return t.word && t.cap && t.hasLower && lex.orgWords.has(t.text) && !impliedHead(t.text, lex) && joiner(next) && (portfolioAcronym(tokens[k + 2], lex) || tokens[k + 2]?.hasLower === true && tokens[k + 2]!.cap);
}

/**
 * `Trade, Crafts and Tourism Minister`: a portfolio word that could be a title (`Trade`) opening a list
 * whose title names its ministry after the list is part of that title's portfolio: the title is the word after the list.
 */
export function listedPortfolioTitle(tokens: readonly Token[], r: number, lex: Lexicon): number {
  if (!lex.roleWords.has(tokens[r]!.text)) return r;
  let listed = false;
  for (let m = r + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.word && t.cap && lex.titleOrganisationSuffixes.has(t.text)) return listed ? m : r;
    if (t.text === ',' && listComma(tokens, m, lex)) listed = true;
    else if (!t.word || !(t.cap || lex.listJoiners.has(t.lower))) return r;
  }
  return r;
}

/**
 * `Trade and Industry (TI) Minister`: the portfolio's bracketed short form at token `i`, between the portfolio and the
 * title that names its ministry by a suffix. The title reads on past it; the role is written without it.
 */
export function portfolioShortForm(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const close = tokens[i + 2];
  const head = tokens[i + 3];
  return tokens[i]?.text === '(' && tokens[i + 1]?.word === true && close?.text === ')' && head !== undefined && head.cap && lex.titleOrganisationSuffixes.has(head.text);
}

/** Past the word naming a ministry by a suffix in the capitalised run from `r` (`Trade Minister` → after `Minister`), else `r + 1`. */
export function suffixTitleEnd(tokens: readonly Token[], r: number, lex: Lexicon): number {
  for (let j = r; j < tokens.length && tokens[j]!.word && tokens[j]!.cap; j++) {
    if (!lex.titleOrganisationSuffixes.has(tokens[j]!.text)) continue;
    // `Chief Minister`: a title the language says heads no ministry has no portfolio before it (`Contoh Chief Minister`).
    return j === r || titleOrganisation(tokens.slice(r, j + 1).map((t) => t.text).join(' '), lex) !== null ? j + 1 : r + 1;
  }
  return r + 1;
}
