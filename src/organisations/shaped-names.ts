/**
 * Pass 1's last reader: a word whose shape alone may name an organisation (an acronym, a CamelCase
 * brand, a branded outlet, a site's domain), unless it is a stop-listed thing, a place, an amount,
 * a reporter's initials or part of a web address. Whether such a hit is reported is decided later
 * (`accept.ts`: a cue word, a list, a definition).
 */
import type { CompiledOrganisations } from './compile.js';
import { isBrandedOutlet, isCodedAmount } from './context.js';
import { isCredit, type ParagraphState } from './paragraph.js';
import { isAllCaps, isCamel, isDomain, isRoman } from './shapes.js';
import { PLAIN_CAP } from './words.js';

/** An acronym, CamelCase brand, branded outlet or site domain at word `i` that is not a stop-listed thing, place or amount. */
export function isShapedName(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const word = t.text;
  // A site named in lower case (`kepada contoh.co.id`), not a web address (`www.…`, `…/path`, `@…`).
  if (!t.cap) return isDomain(word) && !inAddress(p, i);
  // Every shape below starts with a capital; most capitalised words have none of them, and say so by their bits.
  if (p.bits[i]! & PLAIN_CAP) return false;
  const camel = !t.acronym && isCamel(word);
  const domain = !t.acronym && !camel && isDomain(word);
  if (!t.acronym && !camel && !domain && !isAllCaps(word)) return false;
  if (c.notOrganisations.has(word) || c.places.has(word) || isRoman(word)) return false;
  if (domain) return !inAddress(p, i);
  if (isBrandedOutlet(c, word)) return true;
  if (t.acronym) {
    const hyphen = word.indexOf('-');
    const first = hyphen < 0 ? word : word.slice(0, hyphen);
    if (c.notOrganisations.has(first) || c.places.has(first) || isCodedAmount(c, word)) return false;
    return !isCredit(c, p, i);
  }
  return camel;
}

/** Word `i` is part of a web address or a handle: `www.` or `@` before it, a `/` right after it. */
export function inAddress(p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  const before = p.text.slice(Math.max(0, t.start - 4), t.start);
  return before.includes('www.') || before.endsWith('/') || before.endsWith('@') || p.text[t.end] === '/';
}
