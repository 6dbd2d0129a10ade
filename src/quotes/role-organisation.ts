/**
 * What the passes that give a titled speaker the organisation the article names share (`region-government.ts`,
 * `court-organisation.ts`, `company-post.ts`): the article's organisations as they read them, a title's leading
 * qualifying words, and one reading per role.
 */
import type { QuoteHit } from './quote-hit.js';

/** An organisation of the article as these passes need it. */
export interface WrittenOrganisation {
  name: string;
  acronym: string | null;
  mentions: readonly { start: number; end: number }[];
}

/** A bracketed short form (`(Jabar)`, `(Sekda)`, `Contohland (CL)`), its letters captured. */
export const BRACKET_G = /\(([^()]*)\)/gu;

/** One empty set, for a call without a language's lists. */
export const NO_WORDS: ReadonlySet<string> = new Set();

/** Index of a title's first word after its qualifying words (`Wakil`, `Plt`): the last word always stays. */
export function afterModifiers(words: readonly string[], modifiers: ReadonlySet<string>): number {
  let s = 0;
  while (s < words.length - 1 && modifiers.has(words[s]!)) s++;
  return s;
}

type Speaker = NonNullable<QuoteHit['speaker']>;

/**
 * Each speaker with a role, not an organisation speaking for itself, gets the organisation `body` reads from its role
 * and current organisation, when there is one and it differs; `body` runs once per role and organisation, and per
 * value of `detail` when given (what a pass reads at the speaker itself, such as how the attribution is written).
 */
export function withRoleOrganisations(
  quotes: readonly QuoteHit[],
  body: (role: string, organisation: string | null, detail: string) => string | null,
  detail?: (speaker: Speaker) => string,
): QuoteHit[] {
  const read = new Map<string, string | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp?.role || sp.organisation === sp.name) return q;
    const own = detail ? detail(sp) : '';
    const key = `${sp.role}\u0000${sp.organisation ?? ''}\u0000${own}`;
    let org = read.get(key);
    if (org === undefined) read.set(key, (org = body(sp.role, sp.organisation, own)));
    return org && org !== sp.organisation ? { ...q, speaker: { ...sp, organisation: org } } : q;
  });
}
