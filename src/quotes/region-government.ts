/**
 * The government a region head speaks for (`Bupati Contoh Barat` → `Pemkab Contoh Barat`, `Menteri Besar` → `Kerajaan
 * Contoh`): such a title names no organisation by itself (`Gubernur` also heads a central bank), only a place, so the
 * organisation is the region's government when the article names it, under a head the title takes
 * (`SpeechData.regionGovernments`) and for the title's place (its words, its bracketed short form, or the place the
 * phrase parser read as the organisation). A title written with no place takes the one region government of its kind the
 * article names, if its place is a known place. Read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import { collapseWhitespace } from '../util/normalize.js';
import { afterModifiers, BRACKET_G, NO_WORDS, withRoleOrganisations, type WrittenOrganisation } from './role-organisation.js';
import { isAcronym } from '../organisations/shapes.js';
import type { OrganisationData } from '../lang/types.js';

/** A region government the article names: its place (lower-case words) and the form written for it. */
interface Government {
  heads: string;
  place: string;
  form: string;
}

/** Words of a title's place that give its level, not its name (`Kota`, `Kabupaten`): left out when places are compared. */
const LEVEL_WORDS = new Set(['kota', 'kabupaten', 'provinsi', 'negeri']);
const WORD_G = /[\p{L}\p{N}-]+/gu;

const SPACE = 0x20;

/** A place as compared: lower-case words, level words and brackets out. */
function placeKey(place: string): string {
  const words = (place.replace(/\([^()]*\)/gu, ' ').toLowerCase().match(WORD_G) ?? []).filter((w) => !LEVEL_WORDS.has(w));
  return words.join(' ');
}

/** Every region government the article writes (one entry per form), by the head it is written with. */
function governments(text: string, organisations: readonly WrittenOrganisation[], heads: readonly string[]): Government[] {
  const out: Government[] = [];
  for (const o of organisations) {
    const forms = new Set([o.name, ...o.mentions.map((m) => collapseWhitespace(text.slice(m.start, m.end)))]);
    for (const form of forms) {
      const head = heads.find((h) => form.startsWith(`${h} `));
      if (head === undefined) continue;
      const place = placeKey(form.slice(head.length));
      if (place !== '') out.push({ heads: head, place, form });
    }
  }
  return out;
}

/**
 * The title's own words and the places after them in the role (`Gubernur Contoh Barat (CB)` → `Gubernur`, `contoh
 * barat`, `cb`); brackets are read apart, so a short form of the title itself (`Sekretaris Daerah (Sekda) Kabupaten X`)
 * does not hide it.
 */
function titleParts(
  role: string,
  titles: readonly string[],
  modifiers: ReadonlySet<string>,
  committees: Committees,
): { title: string; places: string[] } | null {
  const words = collapseWhitespace(role).split(' ');
  const rest = words.slice(afterModifiers(words, modifiers)).join(' ');
  const plain = collapseWhitespace(rest.replace(BRACKET_G, ' '));
  // Longest title first (`Wali Kota` before `Wali`); of two as long, the first listed. One pass, no string per title.
  let title: string | undefined;
  for (const t of titles) if ((title === undefined || t.length > title.length) && plain.startsWith(t) && (plain.length === t.length || plain.charCodeAt(t.length) === SPACE)) title = t;
  if (title === undefined) return null;
  let tail = plain.slice(title.length);
  if (committees.heads.some((h) => title === h || title.endsWith(` ${h}`))) {
    const place = committeeTail(tail, committees.after);
    if (place === null) return null;
    tail = place;
  }
  const places = [placeKey(tail), ...[...rest.matchAll(BRACKET_G)].map((m) => placeKey(m[1]!))];
  return { title, places: places.filter((p) => p !== '') };
}

/** A language's committees of a government's portfolio (`OrganisationData.portfolioCommittees`). */
type Committees = OrganisationData['portfolioCommittees'];
const NO_COMMITTEES: Committees = { heads: [], after: [] };

/**
 * `Kerja Raya Negeri Contoh` after a committee chairman's title (`Pengerusi Jawatankuasa`): a portfolio, then the word
 * that makes it a government's committee (`after`: `negeri`), then the place; the place is what follows the last such
 * word (nothing when it closes the tail: `… negeri`, the state the article is about). Null when no such word follows
 * the portfolio, or the portfolio holds an acronym: the committee of a village, a mosque, an event, a party or a body,
 * which speaks for no government.
 */
function committeeTail(tail: string, after: readonly string[]): string | null {
  const words = tail.trim().split(' ');
  let last = -1;
  for (let i = 1; i < words.length; i++) if (after.includes(words[i]!.toLowerCase())) last = i;
  if (last < 0 || words.slice(0, last).some((w) => isAcronym(w.replace(/[,.]/gu, '')))) return null;
  return words.slice(last + 1).join(' ');
}

/** Occurrences of a committee's name read before the word that may follow it, at most. */
const MAX_COMMITTEE_MENTIONS = 4;
const LETTER = /\p{L}/u;

/**
 * `Pengerusi Jawatankuasa Kebajikan negeri, X berkata`: the phrase parser keeps the committee's capitalised name as
 * the organisation and leaves the lower-case word that makes it a government's (`after`: `negeri`, the state the
 * article is about). When the text writes that word right after the name, `read` gets it; else null.
 */
function committeeWordAfter<T>(text: string, organisation: string, after: readonly string[], read: (word: string) => T | null): T | null {
  if (after.length === 0) return null;
  let seen = 0;
  for (let p = text.indexOf(organisation); p >= 0 && seen < MAX_COMMITTEE_MENTIONS; p = text.indexOf(organisation, p + 1), seen++) {
    const from = p + organisation.length;
    if (text[from] !== ' ') continue;
    const word = after.find((w) => text.startsWith(w, from + 1) && !LETTER.test(text[from + 1 + w.length] ?? ''));
    if (word !== undefined) return read(word);
  }
  return null;
}

/** A language's region titles and every government head, longest first: built once per language's table. */
const compiledRegions = new WeakMap<object, { titles: readonly string[]; heads: readonly string[] }>();

function compiled(regions: Readonly<Record<string, readonly string[]>>): { titles: readonly string[]; heads: readonly string[] } {
  let built = compiledRegions.get(regions);
  if (!built) {
    built = { titles: Object.keys(regions), heads: [...new Set(Object.values(regions).flat())].sort((a, b) => b.length - a.length) };
    compiledRegions.set(regions, built);
  }
  return built;
}

/**
 * Speakers whose role is a region head (after qualifying words: `Wakil`, `Plt`) and whose organisation is missing or
 * only the title's place get the region government the article names for that place. `regions` maps each title to the
 * organisation heads of the government it leads; `places` are the language's known places (capitalised), `nations`
 * the countries among them: a country's government (`Kerajaan Malaysia`) is no region's. A committee chairman's title
 * speaks for a government only with the word that makes the committee one (`committees`, the organisation pass's data).
 */
export function regionGovernments(
  text: string,
  quotes: readonly QuoteHit[],
  organisations: readonly WrittenOrganisation[],
  regions: Readonly<Record<string, readonly string[]>> | undefined,
  modifiers: ReadonlySet<string> = NO_WORDS,
  places: ReadonlySet<string> = NO_WORDS,
  nations: readonly string[] = [],
  committees: Committees = NO_COMMITTEES,
): QuoteHit[] {
  if (!regions || organisations.length === 0 || !quotes.some((q) => q.speaker?.role)) return quotes as QuoteHit[];
  const { titles, heads: allHeads } = compiled(regions);
  let known: Government[] | null = null;
  return withRoleOrganisations(quotes, (role, organisation) => {
    // `Sekda` + `Kabupaten Contoh`, `Pengerusi` + `Jawatankuasa … Negeri Contoh`: the phrase parser may read the
    // title's level and place, or a committee's portfolio, as its organisation; the title is then read whole.
    const own = titleParts(role, titles, modifiers, committees);
    const parts =
      own ??
      (organisation
        ? (titleParts(`${role} ${organisation}`, titles, modifiers, committees) ??
          committeeWordAfter(text, organisation, committees.after, (word) => titleParts(`${role} ${organisation} ${word}`, titles, modifiers, committees)))
        : null);
    if (!parts) return null;
    const heads = regions[parts.title]!;
    known ??= governments(text, organisations, allHeads);
    const ofKind = known.filter((g) => heads.includes(g.heads));
    const orgPlace = organisation && own ? placeKey(organisation) : '';
    // An organisation read from the title is its place (`Kota Contoh`); any other is the body and stays.
    if (orgPlace !== '' && !parts.places.includes(orgPlace) && !ofKind.some((g) => g.place === orgPlace)) return null;
    const wanted = orgPlace !== '' ? [...parts.places, orgPlace] : parts.places;
    if (wanted.length > 0) return ofKind.find((g) => wanted.includes(g.place))?.form ?? null;
    // No place written: the one region government of its kind the article names, for a known place that is no country.
    const distinct = [...new Set(ofKind.map((g) => g.place))];
    if (distinct.length !== 1) return null;
    const placeWords = ofKind[0]!.form.slice(ofKind[0]!.heads.length).trim().split(' ');
    return placeWords.every((w) => places.has(w)) && !placeWords.some((w) => nations.includes(w)) ? ofKind[0]!.form : null;
  });
}
