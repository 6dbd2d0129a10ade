/**
 * A speaker that is one of the article's organisations (`Kadin Contoh mengusulkan …`, `According to Contoh Telecom, …`)
 * speaks for itself: its organisation is its own name, as for the organisations the quote finder reads as speakers
 * itself. The quote finder, which does not know the article's organisations, may have read such a name as a person's;
 * read after quotes and organisations are both found.
 */
import type { QuoteHit } from './find-quotes.js';
import { namesOrganisation } from './to-quote.js';

type HitSpeaker = NonNullable<QuoteHit['speaker']>;

/**
 * Speakers with no title whose name is a form of an organisation the article names get it as their organisation;
 * `text` is the normalized article the speakers' offsets point into.
 */
export function organisationSpeakers(quotes: readonly QuoteHit[], index: ReadonlyMap<string, string> | undefined, text: string): QuoteHit[] {
  if (!index || index.size === 0) return quotes as QuoteHit[];
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp) return q;
    if (!sp.role && !sp.organisation && namesOrganisation(index, sp.name)) return { ...q, speaker: { ...sp, organisation: sp.name } };
    const whole = headAndName(sp, index, text);
    return whole ? { ...q, speaker: whole } : q;
  });
}

/**
 * `Federasi Contoh Bola menegaskan …`: the quote finder may read an organisation's head word as the speaker's
 * organisation and the rest of its name as a person's name; when the head and that name, written together, are a form
 * of an organisation the article names, the speaker is that organisation. Null otherwise: a body's head word and the
 * name of one of its members, which the article never names together, stay a person of that body.
 */
function headAndName(sp: HitSpeaker, index: ReadonlyMap<string, string>, text: string): HitSpeaker | null {
  const head = sp.organisation;
  // A title read from the name's own words (`Kementerian Koordinator Bidang …`: the role is the name) is no title.
  if (head === null || head.includes(' ') || (sp.role !== null && sp.role !== sp.name)) return null;
  const whole = `${head} ${sp.name}`;
  if (!namesOrganisation(index, whole)) return null;
  // A speaker resolved from an earlier sentence has no offsets; one named here gets the head into its offsets (unless
  // they hold it already: the offsets of a name read from a title phrase cover the phrase).
  if (sp.start === null || text.startsWith(`${head} `, sp.start)) return { ...sp, name: whole, role: null, organisation: whole };
  const at = sp.start - head.length - 1;
  return at >= 0 && text.startsWith(`${head} `, at) ? { ...sp, name: whole, role: null, organisation: whole, start: at } : null;
}
