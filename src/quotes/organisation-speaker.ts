/**
 * A speaker that is one of the article's organisations (`Kadin Contoh mengusulkan …`, `According to Contoh Telecom, …`)
 * speaks for itself: its organisation is its own name, as for the organisations the quote finder reads as speakers
 * itself. The quote finder, which does not know the article's organisations, may have read such a name as a person's;
 * read after quotes and organisations are both found.
 */
import type { QuoteHit } from './find-quotes.js';
import { namesOrganisation } from './to-quote.js';

/** Speakers with no title whose name is a form of an organisation the article names get it as their organisation. */
export function organisationSpeakers(quotes: readonly QuoteHit[], index: ReadonlyMap<string, string> | undefined): QuoteHit[] {
  if (!index || index.size === 0) return quotes as QuoteHit[];
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp || sp.organisation || sp.role || !namesOrganisation(index, sp.name)) return q;
    return { ...q, speaker: { ...sp, organisation: sp.name } };
  });
}
