/**
 * `kata Menteri Keuangan Contohland Budi Santoso`: a title that names its body by itself, written with the place the
 * body serves (a country, a province), is read as a title and a place, and the place alone stands as the speaker's
 * organisation. A place is no organisation: the body is the one the whole title names (`Kementerian Keuangan
 * Contohland`, `Dinas Pertanian Contoh Barat`), from the language's title table (`SpeechData.titleOrganisations`).
 * A title that names no body (`Presiden`, `Duta Besar`) keeps its place. Likewise `kata Menteri CONTOH Budi`: a title
 * that names its body only with a portfolio (`Menteri`), written straight before what was read as its organisation, has
 * that as its portfolio (`Kementerian CONTOH`), unless an organisation word opens it (`Menteri di Jabatan …`, `Direktur
 * Jenderal Organisasi …` are posts at a body). Read after the region and court passes, which give a region head's or a
 * judge's place its government or court.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Lexicon } from './speech-words.js';
import { takesPortfolio, titleOrganisation } from './implied-organisation.js';
import { formerWordOf } from './past-post.js';
import { BRACKET_G, withRoleOrganisations } from './role-organisation.js';
import { namesOrganisation } from './to-quote.js';
import { isAcronym } from '../organisations/shapes.js';
import { collapseWhitespace } from '../util/normalize.js';

/** Whether the organisation is only a place (a bracketed short form after it left out): one known place, or known places word by word. */
function onlyPlace(organisation: string, lex: Lexicon): boolean {
  const plain = collapseWhitespace(organisation.replace(BRACKET_G, ' '));
  if (plain === '') return false;
  return lex.places.has(plain) || plain.split(' ').every((w) => lex.places.has(w));
}

type Speaker = NonNullable<QuoteHit['speaker']>;

/** How far from the speaker's name its title may be written (honorifics, a comma, a few words between). */
const TITLE_REACH = 48;
const WORD_G = /[\p{L}\p{N}]+/gu;

/**
 * Whether the speaker's title and organisation are written together as one phrase (`Menteri CONTOH`) at the speaker's
 * own name: the text read is a window around the name, as long as the phrase and a few words, so each quote costs the
 * length of its attribution, not of the article.
 */
function writtenAtSpeaker(text: string, speaker: Speaker, phrase: string): boolean {
  if (speaker.start === null || speaker.end === null) return false;
  const reach = phrase.length + TITLE_REACH;
  return text.slice(Math.max(0, speaker.start - reach), Math.min(text.length, speaker.end + reach)).includes(phrase);
}

/**
 * A speaker known from another mention (`kata Budi` after `Menteri CONTOH Budi Santoso …`) had the title read there:
 * every place where a candidate title and portfolio are written together, with each word that follows it within reach
 * (the holder's name), as `phrase\u0000word`. One scan of the text per title word (a few per language); at each of its
 * places only the portfolios' lengths are compared, so the cost stays linear in the text.
 */
function writtenBeforeNames(text: string, candidates: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const out = new Set<string>();
  for (const [role, organisations] of candidates) {
    const lengths = [...new Set([...organisations].map((o) => o.length))];
    for (let p = text.indexOf(`${role} `); p >= 0; p = text.indexOf(`${role} `, p + role.length)) {
      const from = p + role.length + 1;
      for (const n of lengths) {
        const organisation = text.slice(from, from + n);
        if (!organisations.has(organisation)) continue;
        for (const w of text.slice(from + n, from + n + TITLE_REACH).match(WORD_G) ?? []) out.add(`${role} ${organisation}\u0000${w}`);
      }
    }
  }
  return out;
}

/**
 * Whether `organisation` is the portfolio of `role`: written right after it at the speaker (`written`), opened by no
 * organisation word, not a form of one of the article's organisations (`Menteri` + `ESDM`, an acronym the article
 * spells out, is linked as written), and not an acronym of the body itself (`Kadis DLH`: `D` as in `Dinas`).
 */
function portfolio(written: boolean, post: string, organisation: string, lex: Lexicon, named: (form: string) => boolean): boolean {
  const role = currentPost(post, lex);
  const first = organisation.split(' ')[0]!;
  if (!written || role.includes(' ') || !takesPortfolio(role, lex) || lex.orgWords.has(first) || named(organisation)) return false;
  return !(isAcronym(first) && titleOrganisation(`${role} ${organisation}`, lex)?.charAt(0) === first.charAt(0));
}

/** `mantan Kadis` → `Kadis`: the post a past post was, for reading the body it names. */
function currentPost(role: string, lex: Lexicon): string {
  const former = formerWordOf(role, lex.references);
  return former !== null && role.charAt(former.length) === ' ' ? role.slice(former.length + 1) : role;
}

/**
 * Speakers whose organisation is a place written after a title that names its body get that body, place and all; a
 * portfolio read as the organisation of a title that takes one (`portfolio`) gets the body the whole title names.
 */
export function placeOrganisations(text: string, quotes: readonly QuoteHit[], lex: Lexicon, index?: ReadonlyMap<string, string>): QuoteHit[] {
  if (!quotes.some((q) => q.speaker?.role && q.speaker.organisation)) return quotes as QuoteHit[];
  const named = (form: string) => index !== undefined && namesOrganisation(index, form);
  // Titles that may take a portfolio, each with the organisations read after it: only these are looked up in the text.
  const candidates = new Map<string, Set<string>>();
  for (const q of quotes) {
    const { role, organisation } = q.speaker ?? {};
    if (!role || !organisation || currentPost(role, lex).includes(' ') || !takesPortfolio(currentPost(role, lex), lex)) continue;
    let organisations = candidates.get(role);
    if (!organisations) candidates.set(role, (organisations = new Set()));
    organisations.add(organisation);
  }
  let before: Set<string> | null = null;
  const at = (speaker: Speaker) => {
    if (!speaker.role || !speaker.organisation || !candidates.get(speaker.role)?.has(speaker.organisation)) return '';
    const phrase = `${speaker.role} ${speaker.organisation}`;
    if (writtenAtSpeaker(text, speaker, phrase)) return 'written';
    before ??= writtenBeforeNames(text, candidates);
    return speaker.name.split(' ').some((w) => before!.has(`${phrase}\u0000${w}`)) ? 'written' : '';
  };
  return withRoleOrganisations(quotes, (role, organisation, written) => {
    if (!organisation) return null;
    if (portfolio(written !== '', role, organisation, lex, named)) return titleOrganisation(`${currentPost(role, lex)} ${organisation}`, lex);
    if (!onlyPlace(organisation, lex)) return null;
    const place = collapseWhitespace(organisation.replace(BRACKET_G, ' '));
    return titleOrganisation(`${role} ${place}`, lex);
  }, at);
}
