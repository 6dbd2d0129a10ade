/**
 * One person, one title: a speaker the article quotes several times is sometimes read with a title at one quote
 * (`Budi Santoso, Kepala Kajian Lembaga Contoh, mengatakan …`) and without it at another (`Menurut Budi, …`,
 * `kata Budi`), when that quote's reading path (a nearby name, a later mention) did not reach the title. The person
 * still speaks for the same organisation: quotes of one name with no organisation get the one their other quotes
 * give, and their role when they have none. Only when the article gives the name one organisation: two of them
 * (two posts, or two people with one surname) leave every quote as it is.
 */
import type { QuoteHit } from './quote-hit.js';

type Speaker = NonNullable<QuoteHit['speaker']>;

/** The one role and organisation that the quotes of each speaker name give, where they give exactly one. */
function titlesByName(quotes: readonly QuoteHit[]): Map<string, { role: string | null; organisation: string }> {
  const seen = new Map<string, { role: string | null; organisation: string } | null>();
  for (const q of quotes) {
    const sp = q.speaker;
    // An organisation read as the name (the organisation speaking) is no person's title; one read without a role
    // (`lanjut Budi, Kementerian X yang …`, a rank `berpangkat Komisaris Polisi`) too often is no affiliation.
    if (!sp?.organisation || !sp.role || sp.organisation === sp.name) continue;
    const known = seen.get(sp.name);
    if (known === undefined) seen.set(sp.name, { role: sp.role, organisation: sp.organisation });
    else if (known !== null && known.organisation !== sp.organisation) seen.set(sp.name, null);
    else if (known !== null && known.role !== sp.role) seen.set(sp.name, { role: null, organisation: known.organisation });
  }
  const out = new Map<string, { role: string | null; organisation: string }>();
  for (const [name, title] of seen) if (title) out.set(name, title);
  return out;
}

/** Whether the speaker may take `title`: it has no organisation, and no role or the same one. */
function wants(sp: Speaker, title: { role: string | null; organisation: string }): boolean {
  return sp.organisation === null && (sp.role === null || sp.role === title.role);
}

/** Quotes of a speaker written once with a title and once without it: the title on every one. */
export function sameSpeakerTitles(quotes: readonly QuoteHit[]): QuoteHit[] {
  if (!quotes.some((q) => q.speaker && q.speaker.organisation === null)) return quotes as QuoteHit[];
  const titles = titlesByName(quotes);
  if (titles.size === 0) return quotes as QuoteHit[];
  return quotes.map((q) => {
    const sp = q.speaker;
    const title = sp ? titles.get(sp.name) : undefined;
    if (!sp || !title || !wants(sp, title)) return q;
    return { ...q, speaker: { ...sp, role: sp.role ?? title.role, organisation: title.organisation } };
  });
}
