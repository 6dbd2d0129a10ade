import { findSignOff } from '../../credit/sign-off.js';
import type { LanguageData } from '../../lang/types.js';
import type { BoilerplateKind } from '../../types.js';
import { wholeBlockKind } from './classify.js';
import type { JunkPatterns } from './patterns.js';
import { shapeKind } from './shapes.js';

/**
 * A bracketed mark on its own or after a sentence end, then the rest of the block: `(rin) Editor: …`,
 * `… kata dia. (rin/bud) Artikel ini telah tayang di …`. Bounded, so linear.
 */
const MARK_THEN_REST = /(?:^|[.!?"”’] {0,3})\([^()\n]{1,40}\) {1,3}(?=\S)/g;

/** Only so many bracketed marks are tried in a block (most paragraphs hold none after a sentence end). */
const MAX_MARKS = 8;

/**
 * A sign-off glued to the junk that follows it: the reporter's initials or name in brackets, on the line's
 * start or after the last sentence, then an author, share or syndication line the scraper ran into it
 * (`(rin) Editor: Budi Contoh`, `… kata dia. (rin) Bagikan: Facebook Twitter`). The mark is the credit (the
 * credit stage reads it at the end of what is kept); only what follows it is junk. The rest must be junk
 * as a line of its own, and the mark one the credit stage reads as a sign-off.
 * Returns where the junk starts in `s` and its kind, or null.
 */
export function creditThenJunkAt(s: string, p: JunkPatterns, langs: readonly LanguageData[]): { index: number; kind: BoilerplateKind } | null {
  MARK_THEN_REST.lastIndex = 0;
  let tries = 0;
  for (let m = MARK_THEN_REST.exec(s); m !== null && tries < MAX_MARKS; m = MARK_THEN_REST.exec(s)) {
    tries++;
    const restStart = m.index + m[0].length;
    const rest = s.slice(restStart);
    const kind = wholeBlockKind(rest, p) ?? shapeKind(rest, p);
    if (!kind) continue;
    // The sign-off read from the text up to the mark must be the mark itself, not something before it.
    const open = m.index + m[0].indexOf('(');
    const signOff = findSignOff(s.slice(0, restStart).trimEnd(), langs);
    if (signOff && signOff.index >= open) return { index: restStart, kind };
  }
  return null;
}

/** Longest notice read glued after a block's last sentence: the notice and the headline it gives, no paragraph more. */
const MAX_GLUED_NOTICE = 300;
/** Characters before the tail read for a glued notice: the lookbehind's sentence end and spaces. */
const LOOKBEHIND = 5;

/** A site's address (`Contohwarta.co.id`): a glued notice names where it first ran so; a sentence that says `tayang` does not. */
const SITE = /[\p{L}\d]\.\p{L}{2,}/u;

/**
 * A dot at or after `from` followed by an ASCII letter or any non-ASCII character: every `SITE` match has one, while
 * a sentence's full stop (a space or the end after it) and a number's (`1.000`) have not. A loop of `indexOf`, far
 * cheaper than the pattern on the many blocks that name no site.
 */
function mayHoldSite(s: string, from: number): boolean {
  for (let i = s.indexOf('.', from); i >= 0; i = s.indexOf('.', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next > 0x7f || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)) return true;
  }
  return false;
}

/**
 * A syndication notice run into the end of a block after its last sentence, a bracket or a colon (`… harga gabah naik.
 * (Dewi Lestari) Artikel ini sudah tayang di Contohwarta.co.id dengan judul …`): the notice is junk whatever stands
 * before it, a sign-off the credit stage reads or a byline it does not; the text before stays. Only a notice as such
 * sites write it: the site's address right after the verb's preposition, then the headline or nothing to the block's end.
 * Returns where the notice starts in `s`, or null.
 */
export function gluedSyndicationAt(s: string, p: JunkPatterns): { index: number; kind: BoilerplateKind } | null {
  // Only the block's tail can hold the notice, and most tails name no site: the pattern is not run on them.
  const from = Math.max(0, s.length - MAX_GLUED_NOTICE - LOOKBEHIND);
  if (!mayHoldSite(s, from)) return null;
  const tail = s.slice(from);
  if (!SITE.test(tail)) return null;
  const m = p.gluedSyndication.exec(tail);
  return m !== null && s.length - (from + m.index) <= MAX_GLUED_NOTICE ? { index: from + m.index, kind: 'other' } : null;
}
