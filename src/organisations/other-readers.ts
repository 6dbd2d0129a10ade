/**
 * Pass 1's narrower readers (`scan-paragraph.ts`), tried in this order where neither the lexicon nor a head
 * or tail word found a name at a word: a kind noun's name, a party's wing, an officer's or a post's company,
 * the body after a person's apposed post (`apposed-posts.ts`), a brand with its country, a foreign name's closer, a cited outlet (which may also outrun a head's or a
 * tail's name), a coined name, and last a word's shape (domain, brand, acronym, CamelCase). Kept apart
 * because each reads one narrow shape, and together they are the fallback after the main readings.
 */
import { isBrandedOutlet } from './context.js';
import { isShouted } from './headlines.js';
import { kindNounName } from './names.js';
import { type Finder, type OrganisationRule, type ParagraphState, plainGap } from './paragraph.js';
import { officerCompany } from './role-names.js';
import { postBodyEnd } from './post-names.js';
import { apposedPostBodyEnd } from './apposed-posts.js';
import { foreignCloserEnd } from './english-names.js';
import { namedPlaceInCapitals } from './capital-places.js';
import { citedSource } from './sources.js';
import { initialsInPost } from './people.js';
import { brandBranchEnd, partyWingEnd } from './branches.js';
import { provinceOfficeEnd } from './edges.js';
import { definedPlaceEnd } from './bracket-places.js';
import { isDomain } from './shapes.js';
import { isCoinedName, isShapedName } from './shaped-names.js';
import type { Candidate } from './candidate.js';

/** Returned where the word starts no name (a person's initials before `selaku` and a post: `RW selaku Direktur …`): go to the next word. */
export const SKIP = 'skip';

/**
 * `best` (the reading at token `i` so far, or null) or the narrower reader's one. `names`: name rules may run
 * here (not in a headline or a quoted title); `common`, `commonOrLower`: the paragraph's tests of a common word.
 */
export function otherReading(
  f: Finder,
  p: ParagraphState,
  i: number,
  best: Candidate | null,
  names: boolean,
  common: (w: string) => boolean,
  commonOrLower: (w: string) => boolean,
): Candidate | null | typeof SKIP {
  const { tokens } = p;
  const n = tokens.length;
  const c = f.c;
  const word = tokens[i]!.text;
  // A name of several words after a noun that says what it is (`firm Contoh Pangan Jaya`).
  if (!best && names) {
    const named = kindNounName(c, p, i, common);
    if (named) best = { to: named.to, rule: 'kind-noun', known: null, kind: named.kind };
  }
  // A party's wing with the party after it (`Pemuda Contoh`): an organisation of its own.
  if (!best && names) {
    const to = partyWingEnd(c, p, i);
    if (to > 0) best = { to, rule: 'head', known: null, kind: 'party' };
  }
  // One word between a company officer's title and name (`CEO Contohpay Rina Wulandari`).
  if (!best && names && officerCompany(c, p, i, f.alone)) best = { to: i + 1, rule: 'officer', known: null, kind: 'company' };
  // Words between a post and its holder's name (`Kepala Riset Contoh Investindo Rina Wulandari` … `kata Rina`); a
  // form this text learnt (`Contoh Jaya` of `PT Contoh Jaya Tbk`) is left to the second pass, which ties it to its name.
  if (!best && names && !f.aliases.has(word)) {
    const to = postBodyEnd(c, p, i, f.alone, commonOrLower);
    if (to > 0) best = { to, rule: 'officer', known: null, kind: null };
  }
  // Words after a person's post set beside the person's name (`Rina Wulandari, analis Contoh Shoji`).
  if (!best && names) {
    const to = apposedPostBodyEnd(c, p, i, commonOrLower);
    if (to > 0) best = { to, rule: 'officer', known: null, kind: null };
  }
  // A brand with its country, the brand no word the text also writes in lower case (`Contohpay Indonesia`).
  if (!best && names) {
    const to = brandBranchEnd(f, c, p, i, f.alone);
    if (to > 0) best = { to, rule: 'branch', known: null, kind: 'company' };
  }
  // A foreign name closed by an English word the language puts first (`Contoh Growth Bank`).
  if (!best && names) {
    const to = foreignCloserEnd(c, p, i, commonOrLower);
    if (to > 0) best = { to, rule: 'tail', known: null, kind: c.foreignClosers.get(tokens[to - 1]!.text)?.kind ?? 'company' };
  }
  // An outlet the text cites (`dilansir Contoh Times`).
  if ((!best || best.rule !== 'known') && names) {
    const to = citedSource(c, p, i, f.alone);
    // A place the text names elsewhere, written in capitals (`dikutip dari CONTOHKOTA`), is no outlet.
    if (to > (best?.to ?? i) && !(to === i + 1 && namedPlaceInCapitals(f, p, word))) best = { to, rule: 'source', known: null, kind: 'media' };
  }
  // A one-word name coined with the country's name (`Contohindo`), with its country (`Contohindo Indonesia`); a form this text
  // defined is left to the second pass.
  if (!best && names && !f.aliases.has(word) && isCoinedName(c, p, i)) {
    const branch = i + 1 < n && plainGap(p, i + 1) && c.branchPlaces.has(tokens[i + 1]!.text);
    best = { to: branch ? i + 2 : i + 1, rule: 'coined', known: null, kind: null };
  }
  if (!best && isShapedName(c, p, i) && !isShouted(tokens, i) && !namedPlaceInCapitals(f, p, word)) {
    const rule: OrganisationRule = isDomain(word) ? 'domain' : isBrandedOutlet(c, word) ? 'brand' : tokens[i]!.acronym ? 'acronym' : 'camel';
    // Capitals the text already named a body by (`Badan Contoh (BC) … BC selaku Ketua …`) stay that body.
    if (rule === 'acronym' && initialsInPost(c, p, i) && !f.aliases.has(word) && !f.hits.some((h) => h.text === word && h.person !== true)) return SKIP;
    best = { to: i + 1, rule, known: null, kind: rule === 'domain' || rule === 'brand' ? 'media' : null };
    // An acronym with a province after it, or the place the text defined it with, names a body's office there (`CNTK
    // Jabar`): one entry with the bare acronym, below.
    if (rule === 'acronym') best.to = Math.max(best.to, provinceOfficeEnd(c, p, i, best.to), definedPlaceEnd(f.bracketPlaces, p, i));
  }
  return best;
}
