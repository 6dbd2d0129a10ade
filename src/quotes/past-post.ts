/**
 * A past post (`mantan Menteri Contoh`, `former chairman of Contoh Berhad`) names a body the speaker held a post at
 * once, not one they speak for now: such a speaker has no organisation.
 */
import type { QuoteHit } from './quote-hit.js';
import type { ReferenceWords } from './references.js';

/** The first word of a role, lower-case. */
const FIRST_WORD = /^\S+/u;

/** The former word a role opens with (`mantan` of `mantan Kadis`), or null when the role is a current post. */
export function formerWordOf(role: string, refs: ReferenceWords): string | null {
  const first = role.match(FIRST_WORD)?.[0];
  return first !== undefined && refs.formers.has(first.toLowerCase()) ? first : null;
}

/** `quotes` with no organisation for each speaker whose role opens with a former word (`refs.formers`). */
export function pastPostsUnaffiliated(quotes: readonly QuoteHit[], refs: ReferenceWords): QuoteHit[] {
  const past = (role: string | null) => role !== null && formerWordOf(role, refs) !== null;
  if (!quotes.some((q) => q.speaker?.organisation && past(q.speaker.role))) return quotes as QuoteHit[];
  return quotes.map((q) => (q.speaker?.organisation && past(q.speaker.role) ? { ...q, speaker: { ...q.speaker, organisation: null } } : q));
}
