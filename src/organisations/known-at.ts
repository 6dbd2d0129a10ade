/**
 * The lexicon's reading at a word for pass 1 (`scan-paragraph.ts`): the longest listed form, unless the
 * words around a one-word form show it names something else here — a legislature's seat, a shouted
 * headline's word, a word of the language, a person's name, a portfolio. Kept apart so that pass 1 reads
 * as its steps and every reason a listed name is set aside stands in one place.
 */
import type { CompiledOrganisations } from './compiled.js';
import { capitalsBeside } from './headlines.js';
import { matchKnown } from './names.js';
import { type Finder, type ParagraphState, plainGap } from './paragraph.js';
import { afterGivenName } from './people.js';
import { inPortfolioList } from './portfolios.js';
import { citedAt, isPlainWordOutlet } from './sources.js';

/** The listed form starting at token `i`, or null where its context says the words name something else. */
export function knownAt(f: Finder, p: ParagraphState, i: number): ReturnType<typeof matchKnown> {
  const { tokens } = p;
  const n = tokens.length;
  const c = f.c;
  const word = tokens[i]!.text;
  let known = matchKnown(c, p, i);
  // A legislature's short name before a name word or a number names something else (`Kongres Contoh`).
  if (known && known.to === i + 1 && c.aloneForms.has(word) && known.to < n && plainGap(p, known.to) && /^[\p{Lu}\d]/u.test(tokens[known.to]!.text)) known = null;
  // ... and beside a word that makes it a seat in it (`kerusi Parlimen`, `di Parlimen tersebut`).
  if (known && known.to === i + 1 && c.aloneForms.has(word) && seatAt(c, p, i)) known = null;
  // A one-word name written in capitals beside other capitals is a shouted line's word (`LAMBANG CONTOHKOM DIPASANG`),
  // unless something cites it (`- CONTOHWARTA ONLINE`).
  if (known && known.to === i + 1 && c.capitalsForms.has(word) && capitalsBeside(tokens, i) && !citedAt(c, p, i)) known = null;
  // An outlet named by a word of the language (`Contohwarta`, between) is the word where nothing cites it.
  if (known?.value.kind === 'media' && known.to === i + 1 && isPlainWordOutlet(f, c, p, i)) known = null;
  // A one-word name after a common given name is the person's (`Rina Mohd. Contoh` beside the brand `Contoh`).
  if (known && known.to === i + 1 && !tokens[i]!.acronym && afterGivenName(c, p, i)) known = null;
  // A one-word name in a post's list of portfolios is the portfolio's word (`Exco Pelancongan dan Contoh negeri`).
  if (known && known.to === i + 1 && inPortfolioList(c, p, i)) known = null;
  return known;
}

/** The alone form at token `i` stands beside a seat word, with plain spaces (`kerusi Parlimen`, `Parlimen tersebut`). */
function seatAt(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before !== undefined && plainGap(p, i) && c.seatBefore.has(before.lower)) || (after !== undefined && plainGap(p, i + 1) && c.seatAfter.has(after.text));
}
