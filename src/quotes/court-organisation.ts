/**
 * The body a judge or a prosecutor speaks for (`kata Ketua Majelis Hakim Budi Santoso` → the court, `ujar Jaksa Rina`
 * → the prosecutor's office): such a title names no organisation by itself, and a court report names the one court or
 * office it is about (`Pengadilan Negeri Contoh`, `Kejari Contoh`). The title's body is that one, by the heads it is
 * written with (`SpeechData.courtTitles`); with two bodies of the kind (a district court and the appeal court) the
 * speaker could sit at either, and none is given. Read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import { collapseWhitespace } from '../util/normalize.js';
import { afterModifiers, BRACKET_G, NO_WORDS, withRoleOrganisations, type WrittenOrganisation } from './role-organisation.js';

/** The title as compared: lower-case, brackets (`Jaksa Penuntut Umum (JPU)`) out, qualifying words (`Wakil`, `Plt`) out, spaces collapsed. */
function titleKey(title: string, modifiers: ReadonlySet<string>): string {
  const words = collapseWhitespace(title.replace(BRACKET_G, ' ')).split(' ');
  return words.slice(afterModifiers(words, modifiers)).join(' ').toLowerCase();
}

/** The one organisation of the article written with one of `heads` first (`Pengadilan …`, `PN …`), else null. */
export function onlyBody(text: string, organisations: readonly WrittenOrganisation[], heads: readonly string[]): string | null {
  const opens = (form: string) => heads.some((h) => form === h || form.startsWith(`${h} `));
  let found: string | null = null;
  for (const o of organisations) {
    const written = opens(o.name) || o.mentions.some((m) => opens(collapseWhitespace(text.slice(m.start, m.end))));
    if (!written) continue;
    if (found !== null) return null;
    found = o.name;
  }
  return found;
}

/**
 * Speakers whose role is a judge's or a prosecutor's title (one of `titles`, lower-case → the heads of the body) with
 * no organisation, or with the bench read as one (`Ketua` + `Majelis Hakim`), get the one such body the article names.
 */
export function courtOrganisations(
  text: string,
  quotes: readonly QuoteHit[],
  organisations: readonly WrittenOrganisation[],
  titles: Readonly<Record<string, readonly string[]>> | undefined,
  modifiers: ReadonlySet<string> = NO_WORDS,
): QuoteHit[] {
  if (!titles || organisations.length === 0 || !quotes.some((q) => q.speaker?.role)) return quotes as QuoteHit[];
  return withRoleOrganisations(quotes, (role, organisation) => {
    // `Ketua` + `Majelis Hakim`: the bench is part of the title, no body.
    const key = titleKey(organisation ? `${role} ${organisation}` : role, modifiers);
    // Own keys only: a role written `constructor` is no title.
    return Object.hasOwn(titles, key) ? onlyBody(text, organisations, titles[key]!) : null;
  });
}
