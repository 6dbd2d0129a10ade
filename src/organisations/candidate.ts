/**
 * Pass 1's candidate (`scan-paragraph.ts`): the reading a rule found at a word, and how it becomes a hit —
 * the last cuts at a person's name or a level word, the words before an English head, the hit itself with
 * its cue, and what it teaches the later passes (short forms, a company's core, an alias's group). Kept
 * apart from the rules that find a candidate, which only choose the longest reading.
 */
import type { OrganisationKind } from '../types.js';
import type { KnownOrganisation } from './compiled.js';
import { actsAsSubject } from './acting-acronyms.js';
import { cutAtEarlierName } from './earlier-names.js';
import { glossesTerm, regionalOfficeEnd } from './edges.js';
import { ofPhraseEnd, startBeforeOfHead } from './english-names.js';
import { fieldRoleBefore } from './field-roles.js';
import { learnLegalCore } from './later-mentions.js';
import { innerShortForm, learnCompanyCore, learnShortForm, matchHead, matchKnown, spanEnd } from './names.js';
import { definedAfter, type Finder, hasCue, type OrganisationRule, type ParagraphState, roleBefore } from './paragraph.js';
import { cutAtPersonRun } from './person-runs.js';
import { personAcronym } from './title-initials.js';

/** The reading found at a word: its words end before token `to`; `known` is the lexicon's entry it is. */
export interface Candidate {
  to: number;
  rule: OrganisationRule;
  known: KnownOrganisation | null;
  kind: OrganisationKind | null;
}

/**
 * What the steps before the candidate noted beside it: the head's bracket (`-1` when none), the start of a
 * known party inside a faction's name (`Fraksi PAN`, else `-1`), the hit a learnt form came from (else `-1`).
 */
export interface CandidateLinks {
  bracket: number;
  party: number;
  learnt: number;
}

/**
 * Adds the candidate read at token `i` as a hit of `paragraph`, with the hits and forms it implies.
 * `names`: name rules ran at `i` (not in a headline or a quoted title); `floor`: the end of the last hit.
 * Returns the token where the next name may start.
 */
export function addCandidate(
  f: Finder,
  p: ParagraphState,
  paragraph: number,
  i: number,
  best: Candidate,
  { bracket, party, learnt }: CandidateLinks,
  names: boolean,
  floor: number,
  commonOrLower: (w: string) => boolean,
): number {
  const { tokens, text } = p;
  const c = f.c;
  const word = tokens[i]!.text;
  // An earlier name with a person's name after it (`PT Contoh Energi Rina Wulandari`).
  if (best.rule === 'head' && bracket < 0) best.to = cutAtEarlierName(f, p, i, best.to);
  // A person's name the text writes alone elsewhere (`PT Contoh Sejahtera Rina Wulan` … `Rina Wulan digantikan`).
  if (best.rule === 'head' && bracket < 0) best.to = cutAtPersonRun(f, c, p, i, best.to);
  // No name ends on a level word: a cut there keeps the place after it (`Dinas Contoh Kota Contoh`, not `Dinas Contoh Kota`).
  if (best.rule === 'head' && best.to - i >= 2 && c.regionLevels.has(tokens[best.to - 1]!.text)) {
    const to = regionalOfficeEnd(c, p, best.to - 1);
    if (to > 0) best.to = to;
  }
  // English `X of` names: the words before the head (`Reserve Bank of …`), the `of` phrase after a tail (`Contoh Centre for …`).
  const from = best.rule === 'head' && names ? startBeforeOfHead(c, p, i, floor, commonOrLower) : i;
  if (best.rule === 'tail' && names) best.to = ofPhraseEnd(c, p, best.to, (at) => matchHead(c, p, at, f.alone)?.to ?? at);
  const start = tokens[from]!.start;
  const end = spanEnd(c, p, best.to);
  const inner = bracket >= 0 ? innerShortForm(p, bracket, best.to) : null;
  const index = f.add({
    start: p.start + start,
    end: p.start + end,
    text: text.slice(start, end),
    rule: best.rule,
    known: best.known,
    kind: best.kind,
    from,
    to: best.to,
    paragraph,
    // A cue word or a role phrase that heads a unit (`Ketua Umum APTB`) before it, an agent's act after it (`CNTK mengumumkan`), or a definition after it.
    // An acronym that opens a person's name after the person's title (`presiden KH Contoh`, `president BJ Contoh`) takes no cue from the title.
    cue: (!(best.rule === 'acronym' && personAcronym(c, p, i)) && (hasCue(c, p, i) || (best.rule === 'acronym' && (roleBefore(c, p, i) || fieldRoleBefore(c, p, i) || actsAsSubject(f, p, i))))) || definedAfter(c, p, best.to - 1),
    ...inner,
  });
  if (inner) learnShortForm(f, p, bracket, best.to, index);
  if (best.rule === 'acronym' && best.to > i + 1) f.hits[index]!.keys = [...(f.hits[index]!.keys ?? []), word.toLowerCase()];
  // The company's other mentions are written alone, as the rule asked (`Contohpay` after `Contohpay Indonesia`).
  if (best.rule === 'officer' || best.rule === 'branch') f.learn(best.rule === 'officer' ? tokens.slice(i, best.to).map((t) => t.text) : [word], index);
  if (best.rule === 'tail' || best.rule === 'head') learnLegalCore(f, p, from, best.to, index);
  // A name built on an English tail after a lower-case term and `atau` is the term's English name.
  if (best.rule === 'tail' && glossesTerm(c, p, from)) f.hits[index]!.thing = true;
  if (learnt >= 0) f.union(learnt, index);
  if (party >= 0 && best.rule === 'head') {
    const known = matchKnown(c, p, party)!;
    const from = tokens[party]!.start;
    const to = tokens[known.to - 1]!.end;
    f.add({ start: p.start + from, end: p.start + to, text: text.slice(from, to), rule: 'known', known: known.value, kind: known.value.kind, from: party, to: known.to, paragraph });
  }
  if (best.rule === 'head' && best.kind === 'company') {
    learnCompanyCore(f, p, i, best.to, index);
    // `PT Pindad`, `Bank BRI`: a known company under its legal form.
    const core = p.tokens.slice(i + 1, best.to).map((t) => t.text).filter((w) => w !== 'Persero' && w !== 'Tbk');
    const hit = f.hits[index]!;
    hit.known = c.forms.get(core.join(' ')) ?? hit.known;
    if (hit.known) hit.kind = hit.known.kind;
  }
  return best.to;
}
