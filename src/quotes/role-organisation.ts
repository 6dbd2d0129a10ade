/**
 * What the passes that give a titled speaker the organisation the article names share (`region-government.ts`,
 * `court-organisation.ts`, `company-post.ts`): the article's organisations as they read them, a title's leading
 * qualifying words, and one reading per role.
 */
import type { QuoteHit } from './find-quotes.js';

/** An organisation of the article as these passes need it. */
export interface WrittenOrganisation {
  name: string;
  acronym: string | null;
  mentions: readonly { start: number; end: number }[];
}

/** One empty set, for a call without a language's lists. */
export const NO_WORDS: ReadonlySet<string> = new Set();

/** Index of a title's first word after its qualifying words (`Wakil`, `Plt`): the last word always stays. */
export function afterModifiers(words: readonly string[], modifiers: ReadonlySet<string>): number {
  let s = 0;
  while (s < words.length - 1 && modifiers.has(words[s]!)) s++;
  return s;
}

/**
 * Each speaker with a role, not an organisation speaking for itself, gets the organisation `body` reads from its role
 * and current organisation, when there is one and it differs; `body` runs once per role and organisation.
 */
export function withRoleOrganisations(quotes: readonly QuoteHit[], body: (role: string, organisation: string | null) => string | null): QuoteHit[] {
  const read = new Map<string, string | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp?.role || sp.organisation === sp.name) return q;
    const key = `${sp.role}\u0000${sp.organisation ?? ''}`;
    let org = read.get(key);
    if (org === undefined) read.set(key, (org = body(sp.role, sp.organisation)));
    return org && org !== sp.organisation ? { ...q, speaker: { ...sp, organisation: org } } : q;
  });
}
