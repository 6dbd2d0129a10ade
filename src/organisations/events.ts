/**
 * Events named after their organiser or brand (`Contoh Robotics Championship`, `APTB Motor Show`):
 * the name, acronym or brand that runs on into an event word is part of the event's name, which is
 * no organisation. Its group is dropped like a thing's (unless a list of organisations holds it).
 */
import { isNumber } from './shapes.js';
import { type Finder, nameAt, type ParagraphState, plainGap } from './paragraph.js';

/** Most words between a name and the event word that ends its run (`Contoh Robotics Asia Junior Championship`). */
const MAX_EVENT_WORDS = 5;

/**
 * Mark every hit not from the lexicon whose run of capitalised words ends in an event word; a
 * known name there, or right before a venue word (`Contoh Arena`), is only no mention: the
 * organisation it names may be mentioned elsewhere.
 */
export function markEvents(f: Finder, states: readonly ParagraphState[]): void {
  if (f.c.eventWords.size === 0 && f.c.venueWords.size === 0 && f.c.buildingWords.size === 0 && f.c.gatheringWords.size === 0) return;
  for (const h of f.hits) {
    const p = states[h.paragraph]!;
    const before = h.from > 0 && plainGap(p, h.from) ? p.tokens[h.from - 1]!.text : '';
    // A body's name after a building word names the building (`Gedung Contoh`), a known one-word name after a
    // place's first word the place (`Kampung Sungai Contoh`): no mention, though the body stays.
    if (f.c.buildingWords.has(before) || (h.known && h.to - h.from === 1 && f.c.placeNameWords.has(before))) h.inName = true;
    // A known one-word name that the next word makes a common noun's phrase, which the lexicon lists with it (`Contoh
    // lawatan`): the word's own sense, no mention. Only those words: the name also goes on with lower-case ones (`Contoh akan`).
    if (h.known && h.to - h.from === 1 && plainGap(p, h.to) && f.c.notOrganisations.has(`${h.text} ${p.tokens[h.to]!.lower}`)) h.inName = true;
    // A name opened or closed by a word for a body and its meeting alike, with a year after it (or after its short
    // form), is that meeting's edition (`Contoh Investment Forum (CIF) 2025`): a known body's name there is no mention.
    // A post of the body right before it says the body, the year its founding (`Ketua Forum Contoh 1998`; not `Ketua Panitia …`).
    if ((f.c.gatheringWords.has(p.tokens[h.from]!.text) || f.c.gatheringWords.has(p.tokens[h.to - 1]!.text)) && yearAfter(p, h.to) && !postBefore(f, p, h.from)) {
      if (h.known) h.inName = true;
      else h.thing = true;
    }
    const venue = h.to < p.tokens.length && plainGap(p, h.to) && f.c.venueWords.has(p.tokens[h.to]!.text);
    if (h.known) {
      if (venue || (h.to - h.from === 1 && endsInEvent(f, p, h.to))) h.inName = true;
      // A name closed by a tail word, then a venue word, is the venue's (`Contoh Railway Station`).
    } else if (endsInEvent(f, p, h.to) || namesEventBefore(f, p, h) || (venue && h.rule === 'tail')) h.thing = true;
  }
}

/** A one-word post that heads a unit (`Ketua`, `Anggota`: a role and a cue word) right before word `k`. */
function postBefore(f: Finder, p: ParagraphState, k: number): boolean {
  if (k === 0 || !plainGap(p, k)) return false;
  const w = p.tokens[k - 1]!.text;
  return f.c.roles.has(w) && f.c.cues.has(w.toLowerCase());
}

/** An acronym in brackets right after an event's name (`Contoh Rowing Federation Cup (CRFC)`): the event's short form. */
function namesEventBefore(f: Finder, p: ParagraphState, h: { rule: string; from: number; to: number }): boolean {
  if (h.rule !== 'acronym' || h.from < 1 || h.to - h.from !== 1) return false;
  const before = p.tokens[h.from - 1]!;
  return f.c.eventWords.has(before.text) && p.text.slice(before.end, p.tokens[h.from]!.start) === ' (';
}

/** The capitalised words (and years) from word `k` on end with an event word, within a few words. */
function endsInEvent(f: Finder, p: ParagraphState, k: number): boolean {
  for (let m = k; m < p.tokens.length && m - k < MAX_EVENT_WORDS && plainGap(p, m); m++) {
    const word = p.tokens[m]!.text;
    if (f.c.eventWords.has(word)) return true;
    if (!nameAt(p, m) && !p.tokens[m]!.acronym && !isNumber(word)) return false;
  }
  return false;
}

/** A year (`2025`) right after word `k - 1`, or after the short form in brackets that follows it (`(CIF) 2025`). */
const YEAR_AFTER = /^(?: \([^()\s]{2,10}\))? (?:19|20)\d\d(?!\d)/;

/** Most characters looked at after a name for `YEAR_AFTER`. */
const YEAR_WINDOW = 20;

function yearAfter(p: ParagraphState, k: number): boolean {
  const end = p.tokens[k - 1]!.end;
  return YEAR_AFTER.test(p.text.slice(end, end + YEAR_WINDOW));
}
