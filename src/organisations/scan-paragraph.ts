/**
 * Pass 1 of the organisation finder: one paragraph, left to right. At each word that can start a name it
 * steps over a two-word place or a body's country, then keeps the longest reading of: the lexicon
 * (`known-at.ts`), a channel of a listed outlet, a head noun with its name words, a tail word ahead; a known
 * name takes the words after it that are still its own (`known-extensions.ts`) or becomes a form this text
 * defined; failing those, the narrower readers of `other-readers.ts` (a kind noun's name, a post's company, a
 * cited outlet, a word's shape …). The reading becomes a hit in `candidate.ts`. Every reader looks at a
 * bounded window of words.
 */
import type { CompiledOrganisations } from './compiled.js';
import { STARTS_PLACE_PAIR } from './slots.js';
import { isKnownParty, isUnitOfKnown, matchHead, matchKnown, matchLearnt, onlyPlaces, onlyPlainWords } from './names.js';
import { tailAhead } from './tail-names.js';
import { type Finder, type ParagraphState, plainGap, STARTS_ANYTHING } from './paragraph.js';
import { ministryBuilding } from './ministry-offices.js';
import { portfolioListEnd, portfolioTitleEnd } from './portfolios.js';
import { kindNoun, nationalityEnd } from './nationality.js';
import { holdsNameWord } from './people.js';
import { writtenLower } from './branches.js';
import { channelOutlet } from './channels.js';
import { addCandidate, type Candidate, type CandidateLinks } from './candidate.js';
import { knownAt } from './known-at.js';
import { extendKnown } from './known-extensions.js';
import { otherReading, SKIP } from './other-readers.js';

/** Adds the organisation names pass 1 reads in paragraph `p` (number `paragraph`) to the finder's hits. */
export function scanParagraph(f: Finder, p: ParagraphState, paragraph: number): void {
  const { tokens } = p;
  const n = tokens.length;
  if (n === 0) return;
  const c = f.c;
  let i = 0;
  // The end of the last hit: an English name's words before its head are looked for no further back.
  let floor = 0;
  // The tests of a common word that rules below take, made once per paragraph rather than once per word.
  const common = (w: string) => f.commonWords.has(w);
  const commonOrLower = (w: string) => {
    const lower = w.toLowerCase();
    return f.commonWords.has(lower) || writtenLower(f, p, w, lower);
  };
  while (i < n) {
    // Every rule below needs a capital, a lexicon start or a domain (`yang`, `dengan` have none).
    if (!(p.bits[i]! & STARTS_ANYTHING)) {
      i++;
      continue;
    }
    const word = tokens[i]!.text;
    let best: Candidate | null = null;

    // A two-word place (`Amerika Serikat`) hides the head noun in it.
    if (i + 1 < n && p.bits[i]! & STARTS_PLACE_PAIR && c.placePairs.get(word)?.has(tokens[i + 1]!.text) && plainGap(p, i + 1)) {
      i += 2;
      continue;
    }
    // A body's country after its kind noun (`perusahaan Contohland Contoh Energy`): the name starts after it.
    // Also the noun itself when a sentence starts with it (`Syarikat Contohland …`), lest a name start there.
    const country = Math.max(nationalityEnd(c, p, i), kindNoun(c, word, tokens[i]!.lower) ? nationalityEnd(c, p, i + 1) : -1);
    if (country > 0) {
      i = country;
      continue;
    }
    const links: CandidateLinks = { bracket: -1, party: -1, learnt: -1 };
    const known = knownAt(f, p, i);
    if (known) best = { to: known.to, rule: 'known', known: known.value, kind: known.value.kind };
    // A channel of a listed outlet the lexicon lacks (`contohBali` beside the listed `contohNews`); in a headline it names a programme.
    if (!best && !tokens[i]!.cap && !p.titleCase) {
      const outlet = channelOutlet(c, p, i);
      if (outlet) best = { to: i + 1, rule: 'known', known: outlet, kind: outlet.kind };
    }
    // Inside a headline, only known names and word shapes count (`bertajuk “Kerajaan Contoh Tidak Halang …”`).
    const names = !p.titleCase && !p.quoted?.[i];
    if (names) {
      const head = matchHead(c, p, i, f.alone);
      // A ministry's office building (`di Kantor Kementerian Contoh`): the ministry's name starts at the next word.
      if (!best && head && ministryBuilding(c, p, i, head.to)) {
        i++;
        continue;
      }
      // A party's faction named by the party names the party too (`Fraksi PAN`, and `PAN` in it).
      if (!best && head && head.kind === 'party' && isKnownParty(c, p, head.start, head.to)) links.party = head.start;
      // A generic unit of a known organisation is that organisation (`Dewan Komisioner OJK` → `OJK`).
      if (!best && head && (isUnitOfKnown(c, p, head.start, head.to) || unitOfBody(c, p, i, head.start, head.to, f.alone))) {
        i = head.start;
        continue;
      }
      // A state committee named by its portfolios is a member's title: skip it whole.
      if (!best && head && c.portfolioHeads.size > 0) {
        const end = portfolioTitleEnd(c, p, i, head.start, head.to);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      // Past a known name, plain words are a person's name (`Kementerian Pertanian Jumantoro Wiradikarta`), unless one is no person's (`… Awam`).
      if (head && (!best || (head.to > best.to && (c.places.has(tokens[best.to]!.text) || !onlyPlainWords(p, best.to, head.to) || holdsNameWord(c, p, best.to, head.to))))) {
        // A known name with its place is still that organisation (`Perum Bulog Jawa Tengah`).
        const keep = best?.known && onlyPlaces(c, p, best.to, head.to, head.bracket) ? best.known : null;
        best = { to: head.bracket < 0 ? portfolioListEnd(c, p, i, head.to, head.kind === 'government') : head.to, rule: 'head', known: keep, kind: keep?.kind ?? head.kind };
        links.bracket = head.bracket;
      }
    }
    // A tail further on swallows this word (`Contoh Sekuritas`, `Contoh Securities`).
    if (names && (!best || best.rule === 'known')) {
      // Past a known name only (`Harian Contoh Grup` stays the known form).
      const tail = tailAhead(c, p, i, best ? best.to + 1 : i + 1);
      if (tail) best = { to: tail.to, rule: 'tail', known: null, kind: tail.kind };
    }
    best = extendKnown(f, p, i, best);
    // A form this text defined with its place (`BPBD Sulawesi Tengah` after `… (BPBD) Sulawesi Tengah`).
    if (best?.rule === 'known') {
      const alias = matchLearnt(f, p, i, best.to);
      if (alias) {
        const source = f.hits[alias.hit]!;
        best = { to: alias.to, rule: 'alias', known: source.known, kind: source.kind };
        links.learnt = alias.hit;
      }
    }
    // The narrower readers where those found nothing (a cited outlet may also outrun a head's or a tail's name).
    const chosen = otherReading(f, p, i, best, names, common, commonOrLower);
    if (chosen === SKIP || !chosen) {
      i++;
      continue;
    }
    // The next name starts after this one, and an English name's words before its head are looked for no further back.
    i = addCandidate(f, p, paragraph, i, chosen, links, names, floor, commonOrLower);
    floor = i;
  }
}

/** A unit head's name runs into its parent body's name (`Departemen Riset Bank Contoh`, `… BI`), not a bare head (`… Pemerintah`): the parent is the organisation. */
function unitOfBody(c: CompiledOrganisations, p: ParagraphState, i: number, start: number, to: number, alone: ReadonlyMap<string, number>): boolean {
  if (!c.unitHeads.has(p.tokens[i]!.text)) return false;
  for (let k = start; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (c.places.has(w)) continue;
    if (matchHead(c, p, k, alone) || matchKnown(c, p, k) || p.tokens[k]!.acronym) return true;
  }
  return false;
}
