/**
 * Find organisation mentions in normalized paragraphs.
 *
 * One left-to-right pass per paragraph tries, at each word: the lexicon (longest form), a head
 * noun with the name words after it (`Kementerian Keuangan`, `Pengadilan Negeri (PN) Bekasi`,
 * less a person's name that runs on: `Kejari Garut Rudi Hartanto`), a tail word with the name
 * words before it (`Mandiri Sekuritas`), then word shapes (acronyms, CamelCase brands, site domains).
 * Parentheses then link a name to its acronym (`Koalisi … (APTB)`, `APTB (Koalisi …)`), and a
 * second pass finds later uses of forms learnt in this article (a mixed-case acronym defined in
 * parentheses, the core of a `PT … Tbk` name). Every step looks at a bounded window of words,
 * so the whole is linear in the text length.
 *
 * The steps live beside this file: `paragraph.ts` (words, hits, gaps); pass 1 in `scan-paragraph.ts`
 * (with `known-at.ts`, `known-extensions.ts`, `candidate.ts`, and the readers `names.ts`, `shaped-names.ts`,
 * `people.ts`); `parentheses.ts` and `stock-codes.ts` (`Contoh (CNTH)`) per paragraph; `lists.ts`, then the
 * links between hits; pass 2 in `later-mentions.ts`; `sign-off.ts`; `accept.ts` (which mentions are reported,
 * grouped).
 */
import type { LanguageData } from '../lang/types.js';
import { finish } from './accept.js';
import { compileOrganisations } from './compile.js';
import { findLaterMentions } from './later-mentions.js';
import { bridgeLists } from './lists.js';
import { Finder, type FindOrganisationsOptions, type Hit, type OrganisationHit, type ParagraphState, prepare } from './paragraph.js';
import { linkParentheses } from './parentheses.js';
import { linkStockCodes } from './stock-codes.js';
import { markEvents } from './events.js';
import { linkInitials } from './initials.js';
import { linkHeadAcronyms } from './head-acronyms.js';
import { markInitialLists } from './initials-lists.js';
import { countAlone } from './people.js';
import { registerText } from './branches.js';
import { bracketPlaces } from './bracket-places.js';
import { scanParagraph } from './scan-paragraph.js';
import { addSignOff } from './sign-off.js';
import { markAffiliatedAcronyms } from './affiliated-acronyms.js';
import { commonWordSet } from './sources.js';
import type { Scan } from '../tokens/tokenize.js';
import type { Token } from '../tokens/token.js';

/**
 * Find organisation mentions in `paragraphs`, each a slice of normalized text starting at
 * normalized offset `start` (with its `scan` and shared `tokens`, when the caller made them already). Hits carry normalized offsets and a group number that ties the
 * mentions of one organisation together (`APTB` and `Aliansi Petani Tangguh Bersatu`).
 */
export function findOrganisations(
  paragraphs: readonly { text: string; start: number; scan?: Scan; tokens?: readonly Token[] }[],
  data: LanguageData,
  options: FindOrganisationsOptions = {},
): OrganisationHit[] {
  const finder = new Finder(compileOrganisations(data.organisations, data.speech, data.outlets));
  finder.commonWords = commonWordSet(data.markers.common);
  const states: ParagraphState[] = [];
  for (const para of paragraphs) states.push(prepare(finder.c, para.text, para.start, para.scan, para.scan && para.tokens));
  for (const p of states) countAlone(finder.c, p, finder.alone, finder.personRuns);
  finder.bracketPlaces = bracketPlaces(finder.c, states);
  registerText(finder, states);
  for (let index = 0; index < states.length; index++) {
    const first = finder.hits.length;
    scanParagraph(finder, states[index]!, index);
    linkParentheses(finder, states[index]!, index, first);
    linkStockCodes(finder, states[index]!, index, first);
  }
  markAffiliatedAcronyms(finder, states);
  // Each paragraph's hits, gathered once (a paragraph's list members are added to its own list only).
  const byParagraph: Hit[][] = states.map(() => []);
  for (const h of finder.hits) byParagraph[h.paragraph]!.push(h);
  states.forEach((p, index) => bridgeLists(finder, p, index, byParagraph[index]!));
  markEvents(finder, states);
  linkInitials(finder, states);
  linkHeadAcronyms(finder, states);
  // People's initials in a list (`berinisial RWS, DN dan A`) are no body, even a known one's capitals.
  markInitialLists(finder, states);
  // Second pass: later uses of forms learnt above, and of the dateline's outlet, in words no rule claimed.
  findLaterMentions(finder, states, options.outlet);
  if (options.signOff && states.length > 0) addSignOff(finder, states[states.length - 1]!, states.length - 1, options.signOff);
  return finish(finder, states, options.ignore ?? []);
}
