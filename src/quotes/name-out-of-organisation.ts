/**
 * `Sekretaris Perusahaan Bursa Contoh Rina Wulan Sari`: with no comma between the body and the name, a reading of
 * the title phrase may end the organisation one word late and the name one word short (`Bursa Contoh Rina` +
 * `Wulan Sari`), while the quote's own attribution wrote the whole name. Where the name as written at a quote ends
 * with the speaker's name, the word before it closes the speaker's organisation, and the organisation without that word
 * is one the article names (and with it is not), the word belongs to the name, unless the article also writes it
 * inside a body's name elsewhere: every quote of that speaker gets the whole name and the organisation without it.
 */
import type { QuoteHit } from './quote-hit.js';
import { namesOrganisation, splitShortForm } from './to-quote.js';
import { collapseWhitespace } from '../util/normalize.js';

/** Whether the article names an organisation in the form. */
type Named = (form: string) => boolean;
/** The word moved back to the name: one capitalised word with lower-case letters (a first name, `Abdullah`). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** The whole name and the organisation without its last word, by the speaker's name and organisation as read. */
function readBack(text: string, quotes: readonly QuoteHit[], named: Named): Map<string, { name: string; organisation: string }> {
  const out = new Map<string, { name: string; organisation: string }>();
  // `namesBody` scans the text: once per word and name, however often the speaker is quoted.
  const inBody = new Map<string, boolean>();
  const namesBodyOnce = (word: string, name: string): boolean => {
    const key = `${word}\u0000${name}`;
    let known = inBody.get(key);
    if (known === undefined) inBody.set(key, (known = namesBody(text, word, name)));
    return known;
  };
  for (const q of quotes) {
    const sp = q.speaker;
    // A person with a title (`CEO`), not a body speaking (`Contoh Health Publishing`).
    const led = sp?.role && sp.start !== null ? bodyBeforeName(sp.name, sp.organisation, named) : null;
    if (sp && led) out.set(`${sp.name}\u0000${sp.organisation ?? ''}`, led);
    if (!sp?.organisation || sp.start === null || sp.end === null) continue;
    const written = collapseWhitespace(text.slice(sp.start, sp.end));
    if (!written.endsWith(` ${sp.name}`)) continue;
    const lead = written.slice(0, written.length - sp.name.length - 1);
    const organisation = collapseWhitespace(sp.organisation);
    if (!NAME_WORD.test(lead) || !organisation.endsWith(` ${lead}`) || named(organisation)) continue;
    const body = organisation.slice(0, -lead.length - 1).trim();
    if ((!named(body) && !named(splitShortForm(body)?.name ?? body)) || namesBodyOnce(lead, sp.name)) continue;
    out.set(`${sp.name}\u0000${sp.organisation}`, { name: written, organisation: body });
  }
  return out;
}

/** Words of a name read after a body, at most. */
const MAX_NAME_WORDS = 4;

/**
 * `kata CEO Tokocontoh Rina Wulandari`: with no comma after the body, a name the reader does not know may open with the
 * body's name. A speaker's name that opens with a body the article names, followed by two to four name words, is
 * those words; the body is the organisation (when the speaker has none or the same).
 */
function bodyBeforeName(name: string, organisation: string | null, named: Named): { name: string; organisation: string } | null {
  const words = collapseWhitespace(name).split(' ');
  for (let n = 2; n <= MAX_NAME_WORDS && n < words.length; n++) {
    const person = words.slice(-n);
    if (!person.every((w) => NAME_WORD.test(w) && !named(w))) return null;
    const body = words.slice(0, -n).join(' ');
    if (named(body) && (organisation === null || organisation === body)) return { name: person.join(' '), organisation: body };
  }
  return null;
}

/** Speakers whose first name was read into their organisation, read again from the name written at a quote. */
export function namesOutOfOrganisations(text: string, quotes: readonly QuoteHit[], index: ReadonlyMap<string, string> | undefined): QuoteHit[] {
  if (!index || index.size === 0 || !quotes.some((q) => q.speaker && q.speaker.start !== null)) return quotes as QuoteHit[];
  const back = readBack(text, quotes, (form) => namesOrganisation(index, form));
  if (back.size === 0) return quotes as QuoteHit[];
  return quotes.map((q) => {
    const sp = q.speaker;
    const whole = sp ? back.get(`${sp.name}\u0000${sp.organisation ?? ''}`) : undefined;
    return sp && whole ? { ...q, speaker: { ...sp, ...whole } } : q;
  });
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** What `trimStart` skips: any white space or line break. */
const SPACE = /\s/u;

/** The word before `at` (past spaces) opens with a capital. */
function capitalBefore(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e === at) return false;
  let s = e;
  while (s > 0 && (LETTER.test(text[s - 1]!) || text[s - 1] === '.')) s--;
  return s < e && UPPER.test(text[s]!);
}

/**
 * The word is also written after another capitalised word and not before the name (`… Kantor Wilayah Contohsel.`):
 * it is part of a body's name there (a region, a unit), not a first name.
 */
function namesBody(text: string, word: string, name: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    // Spaces skipped by index: no copy of the rest of the text per occurrence.
    let j = end;
    while (j < text.length && SPACE.test(text[j]!)) j++;
    if (text.startsWith(name, j)) continue;
    if (capitalBefore(text, at)) return true;
  }
  return false;
}

