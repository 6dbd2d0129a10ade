/**
 * The words after a known name that are still part of it, for pass 1 (`scan-paragraph.ts`): its country
 * (a national branch), a regional office's level and place, a province office, a place the text defined
 * its short form with, a party's division, an outlet's brand word. Kept apart because each is a reading of
 * what follows a name already found, not a way to find one.
 */
import { definedPlaceEnd } from './bracket-places.js';
import { partyPlaceEnd, partyUnitEnd } from './branches.js';
import type { Candidate } from './candidate.js';
import { provinceOfficeEnd, regionalOfficeEnd } from './edges.js';
import { type Finder, type ParagraphState, plainGap } from './paragraph.js';

/** `best`, read at token `i`, with the words after it that its kind takes (a new candidate where it becomes an office's own name). */
export function extendKnown(f: Finder, p: ParagraphState, i: number, best: Candidate | null): Candidate | null {
  const { tokens } = p;
  const n = tokens.length;
  const c = f.c;
  // A known name with its country: the national branch (`Greenpeace Indonesia`).
  if ((best?.rule === 'known' && best.kind !== 'media') || best?.rule === 'tail') {
    if (best.to < n && plainGap(p, best.to) && c.branchPlaces.has(tokens[best.to]!.text)) best.to++;
  }
  // A national body's regional office, named by its level and place (`KPU Kabupaten Contoh`): a body of its own.
  if (best?.rule === 'known' && best.kind === 'government') {
    const to = regionalOfficeEnd(c, p, best.to);
    if (to > 0) best = { to, rule: 'head', known: null, kind: 'government' };
  }
  // ... and its office in a province, named by the province alone (`BPS Jabar`): still that body, as with its place
  // after the head (`Badan Contoh (BC) Jawa Barat`).
  if (best?.rule === 'known' && (best.kind === 'government' || best.kind === 'police-military')) {
    const to = provinceOfficeEnd(c, p, i, best.to);
    if (to > 0) best = { to, rule: 'head', known: best.known, kind: best.kind };
  }
  // A short form the text defined with its place after the brackets, written with that place again (`BC Sukasari`).
  if (best?.rule === 'known' && best.to === i + 1) best.to = Math.max(best.to, definedPlaceEnd(f.bracketPlaces, p, i));
  // A party's division with its place (`Contoh Bahagian Kota Contoh`), or its state's branch (`Contoh Johor`).
  if (best?.rule === 'known' && best.kind === 'party') best.to = Math.max(partyUnitEnd(c, p, best.to), partyPlaceEnd(c, p, best.to));
  // An outlet with its brand word (`BBC News`).
  if (best?.rule === 'known' && best.kind === 'media' && best.to < n && plainGap(p, best.to) && c.mediaSuffixes.has(tokens[best.to]!.text)) best.to++;
  return best;
}
