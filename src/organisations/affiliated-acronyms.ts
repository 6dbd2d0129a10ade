/**
 * An acronym no rule read, named as the body a person belongs to: after the person's name and a word
 * for `from` (`Rina Wulandari dari CNTK`, `Ahmad Zaki daripada CNTK`, `Ahmad Zaki of CNTK`); between a
 * post with its field and the holder's name (`Direktur Layanan Nasabah CNTK Rina Wulandari`, `Vice President
 * Riset & Inovasi CNTK Rina Wulandari`), the way reports introduce a speaker; or before a post that heads a
 * body and the holder's name, as English writes it (`CNTK chairman Ahmad Zaki`). A person does not come
 * from a law, a plan or a product, and nobody chairs one: in these places an acronym names a body.
 * Things come from a fund or a place written after a lower-case word (`dana dari APBN`), and a post's
 * portfolio follows its role with no field between (`Menteri CNTK`): the words around the acronym must
 * read as a person's name and a post. Bounded windows: linear.
 */
import { crossLanguageSpeech } from '../lang/cross-language-speech.js';
import type { CompiledOrganisations } from './compiled.js';
import type { Finder, ParagraphState } from './paragraph.js';
import { ampersandGap, plainGap } from './paragraph.js';
import { isPersonWord, MAX_NAMED_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';
import { capitalised } from '../util/capitalised.js';

/** Words that tie a person to the body they come from (`dari`, `daripada`, `of`, `from`). */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(crossLanguageSpeech.affiliationLinks);

/** Fewest letters of the acronym: two capitals are as often a person's initials or a place (`AS`, `KL`). */
const MIN_LETTERS = 3;

/** Most lower-case words of a post written after the acronym (`deputy secretary general`). */
const MAX_POST_WORDS = 3;

/**
 * Marks every acronym hit of pass 1 that no cue accepted but that names the body a person belongs to
 * (`Rina Wulandari dari CNTK`, `Direktur Riset CNTK Rina Wulandari`, `CNTK chairman Ahmad Zaki`): such a
 * hit is a cue for its group.
 */
export function markAffiliatedAcronyms(f: Finder, states: readonly ParagraphState[]): void {
  for (const h of f.hits) {
    if (h.rule !== 'acronym' || h.cue || h.person) continue;
    const p = states[h.paragraph]!;
    if (letters(p.tokens[h.from]!.text) < MIN_LETTERS) continue;
    if (personBefore(f, p, h.from) || (!nameBefore(f, p, h.from) && postAfter(f.c, p, h.to)) || (postBefore(f.c, p, h.from) && nameAfter(f, p, h.to))) h.cue = true;
  }
}

/**
 * Word `i` follows a person's name and a word for `from` (`Rina Wulandari dari`, `Rina Wulandari, dari`): two to four
 * words that can be a person's, the whole run of capitalised words there, with something that says a person: a role
 * or an honorific right before it (`Wakil Ketua Rina …`, `Datuk Seri Ahmad …`), a common given name, or a word the
 * text writes on its own (`kata Rina`).
 */
function personBefore(f: Finder, p: ParagraphState, i: number): boolean {
  const { tokens, text } = p;
  const c = f.c;
  const link = i - 1;
  if (link < 1 || !plainGap(p, i) || !AFFILIATION_LINKS.has(tokens[link]!.lower)) return false;
  const gap = text.slice(tokens[link - 1]!.end, tokens[link]!.start);
  if (gap !== ' ' && gap !== ', ') return false;
  let from = link;
  let evidence = false;
  while (from > 0 && link - from < MAX_NAMED_PERSON_WORDS && (from === link || plainGap(p, from)) && isPersonWord(c, tokens[from - 1]!.text)) {
    from--;
    const word = tokens[from]!.text;
    evidence ||= c.personFirstWords.has(word) || f.alone.has(word);
  }
  if (link - from < MIN_PERSON_WORDS) return false;
  if (from === 0 || !plainGap(p, from)) return evidence;
  // A capitalised word joined before the run is a title (`Datuk Seri`, `Ketua`) or the run is no whole name.
  const before = tokens[from - 1]!.text;
  const title = c.roles.has(before) || c.roleWords.has(before) || c.honorifics.has(before) || c.personTitles.has(before) || c.honorificLaterWords.has(before);
  if (title) return true;
  return evidence && !tokens[from - 1]!.cap;
}

/** Most capitalised words of a post's field between its role and the acronym (`Direktur Layanan Nasabah Wilayah Timur`). */
const MAX_FIELD_WORDS = 6;

/**
 * Word `i` ends a post written in capitals: a role, then words of its field up to the acronym (`Direktur Layanan
 * Nasabah CNTK`, `Vice President Riset & Inovasi CNTK`), the role opening the phrase
 * (after a lower-case word, a mark, or nothing). Not a post that governs a place (`Bupati`, `Gubernur`): its acronym is
 * the place; nor roles alone (`Menteri CNTK`: a minister's portfolio). The holder's name must follow (`nameAfter`): a post's own portfolio in capitals has none after it as often.
 */
function postBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  let k = i;
  let role = -1;
  let field = false;
  while (k > 0 && i - k < MAX_FIELD_WORDS && (plainGap(p, k) || ampersandGap(p, k))) {
    const w = tokens[k - 1]!.text;
    if (!tokens[k - 1]!.cap && !c.joiners.has(w)) break;
    k--;
    if (c.roles.has(w)) role = k;
    else if (!c.joiners.has(w)) field = true;
  }
  // Roles alone before the acronym are `roleBefore`'s (a minister's portfolio among them: `Menteri CNTK`); here a field runs between.
  if (role < 0 || !field || c.placeTakers.has(tokens[role]!.text)) return false;
  // A field word that names an undertaking right before it: the acronym is the project's or the campaign's (`Manajer Proyek CNTK`).
  if (c.undertakingWords.has(tokens[i - 1]!.text)) return false;
  // The phrase opens with a role: back to the first role word of the run, nothing capitalised before it.
  const first = tokens[k]!.text;
  if (!c.roles.has(first) && !c.roleWords.has(first)) return false;
  return k === 0 || !plainGap(p, k) || !tokens[k - 1]!.cap;
}

/**
 * A person's name starts at word `k`: two to four words that can be a person's (an initial among them: `Rina W
 * Hartono`), ending the run of capitalised words there, or one such word the text writes on its own (`kata Rina`).
 */
function nameAfter(f: Finder, p: ParagraphState, k: number): boolean {
  const { tokens } = p;
  let m = k;
  while (m < tokens.length && m - k < MAX_NAMED_PERSON_WORDS && plainGap(p, m) && isPersonWord(f.c, tokens[m]!.text)) m++;
  if (m < tokens.length && plainGap(p, m) && tokens[m]!.cap) return false;
  return m - k >= MIN_PERSON_WORDS || (m - k === 1 && f.alone.has(tokens[k]!.text));
}

/**
 * A capitalised word joined by a space comes right before word `i`, no most frequent word (`The`): the acronym ends a
 * longer name (`Contoh CNT president …`), whose body that is.
 */
function nameBefore(f: Finder, p: ParagraphState, i: number): boolean {
  return i > 0 && plainGap(p, i) && p.tokens[i - 1]!.cap && !f.commonWords.has(p.tokens[i - 1]!.lower);
}

/**
 * Words from `k` on are a post that heads a body, in lower case, then a capitalised word (the holder's name or
 * title): `chairman Ahmad`, `deputy chairman Dr …`, `managing director Rina …`. Every word of the post is a role
 * or a role's word; the last heads a body (a role that is a cue word, as before a body's name: `roleBefore`).
 */
function postAfter(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const { tokens } = p;
  let m = k;
  while (m < tokens.length && m - k < MAX_POST_WORDS && plainGap(p, m) && !tokens[m]!.cap && roleWord(c, tokens[m]!.text)) m++;
  if (m === k || m >= tokens.length || !plainGap(p, m) || !tokens[m]!.cap) return false;
  const last = tokens[m - 1]!.text;
  return c.roles.has(capitalised(last)) && c.cues.has(last);
}

/** `word`, in lower case, is a role or a word of one when capitalised (`deputy`, `chairman`). */
function roleWord(c: CompiledOrganisations, word: string): boolean {
  const title = capitalised(word);
  return c.roles.has(title) || c.roleWords.has(title);
}

/** Letters in `word` (digits and hyphens are not counted). */
function letters(word: string): number {
  let n = 0;
  for (const ch of word) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}
