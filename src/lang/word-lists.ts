/**
 * How one word list is derived from another, shared by the language data (a language that reads a
 * sibling's words) and the lexicon builders, so a derived list never becomes a second copy.
 */
import type { OrganisationData } from './types.js';

/** The one-word organisation heads (`Kementerian`, `Polda`), not the phrases (`Rumah Sakit`, `University of`). */
export function oneWordHeads(heads: OrganisationData['heads']): string[] {
  return Object.keys(heads).filter((h) => !h.includes(' '));
}
