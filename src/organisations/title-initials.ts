/**
 * An acronym that opens a person's name is no body, even after a title that heads one (`presiden KH Contoh`,
 * `president BJ Contoh`, `founding president HOS Contoh`): an honorific or a name's abbreviation (`KH`, `Hj`) wherever
 * it stands, and after a person's title initials of two or three letters joined by a space to the rest of the name. A
 * body's short name after a title has its holder's name after it as often (`Ketua CNTK Rina Wulandari`), so initials are
 * read only on short acronyms that the readers of known names did not take. Bounded: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord } from './people.js';
import { capitalised } from '../util/capitalised.js';

/** Most letters of a person's initials before the rest of the name (`HOS`, `BJ`); a body's short name has more as often. */
const MAX_INITIALS = 3;

/** Most words of the name after the initials (`Contoh`, `Rina Contoh`). */
const MAX_NAME_WORDS = 3;

/**
 * The acronym at word `i` is a person's initials: two or three letters joined by a space to one to three words that
 * can be a person's, which end the run of capitalised words there (`BJ Contoh`, `HOS Rina Contoh`).
 */
function initialsBeforeName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  if (tokens[i]!.text.length > MAX_INITIALS) return false;
  let words = 0;
  let m = i + 1;
  while (m < tokens.length && words <= MAX_NAME_WORDS && plainGap(p, m) && isPersonWord(c, tokens[m]!.text)) {
    words++;
    m++;
  }
  if (words === 0 || words > MAX_NAME_WORDS) return false;
  return m >= tokens.length || !plainGap(p, m) || !tokens[m]!.cap;
}

/** `word` is an honorific or a name's abbreviation (`KH`, `Hj`): a person's, wherever it stands. */
function isHonorific(c: CompiledOrganisations, word: string): boolean {
  return c.honorifics.has(word) || c.nameAbbreviations.has(word);
}

/** The acronym at word `i` is an honorific, or a person's initials after the person's title (`president BJ Contoh`). */
export function personAcronym(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  return isHonorific(c, p.tokens[i]!.text) || (titleBefore(c, p, i) && initialsBeforeName(c, p, i));
}

/** The word before word `i` is a person's title, written capitalised or not (`president`, `Presiden`). */
function titleBefore(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  if (i === 0 || !plainGap(p, i)) return false;
  const w = p.tokens[i - 1]!.text;
  return c.roles.has(capitalised(w));
}
