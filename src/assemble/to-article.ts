import { toFoundDate } from '../dates/find-dates.js';
import type { PipelineResults } from '../pipeline.js';
import { type FoundOrganisation, toOrganisation } from '../organisations/group.js';
import { organisationIndex, toQuote } from '../quotes/to-quote.js';
import { possessiveOrganisations } from '../quotes/possessive-organisation.js';
import { companyPostOrganisations } from '../quotes/company-post.js';
import { organisationPronouns } from '../quotes/organisation-pronoun.js';
import { sameSpeakerTitles } from '../quotes/same-speaker.js';
import { fieldOrganisations } from '../quotes/field-organisation.js';
import { workplaceOrganisations } from '../quotes/workplace.js';
import { organisationSpeakers } from '../quotes/organisation-speaker.js';
import { regionGovernments } from '../quotes/region-government.js';
import { courtOrganisations } from '../quotes/court-organisation.js';
import { numberedUnitBodies } from '../quotes/numbered-unit.js';
import { placeOrganisations } from '../quotes/place-organisation.js';
import { namesOutOfOrganisations } from '../quotes/name-out-of-organisation.js';
import { personsAfterOrganisations } from '../quotes/person-after-organisation.js';
import { pastPostsUnaffiliated } from '../quotes/past-post.js';
import { lexicon } from '../quotes/speech-words.js';
import { toParagraph } from '../segment.js';
import type { Region } from '../stages/types.js';
import type { SpeechData } from '../lang/speech-types.js';
import type { Article, Boilerplate, Span } from '../types.js';
import { collapseWhitespace, type Normalized, toSourceSpan } from '../util/normalize.js';
import { memoByObject } from '../util/patterns.js';

/**
 * The final assembly: the stages' results (normalized offsets) as the public `Article`
 * (offsets into the caller's input). The one place regions become spans, and where the
 * stages' reports are merged.
 */
export function toArticle(norm: Normalized, r: PipelineResults, warnings: string[]): Article {
  const span = (region: Region): Span => toSourceSpan(norm, region.start, region.end);
  const raw = (region: Region) => {
    const s = span(region);
    return norm.source.slice(s.start, s.end);
  };
  const shown = (region: Region) => collapseWhitespace(norm.text.slice(region.start, region.end));
  const { title } = r.title;
  const { dateline, published } = r.dateline;
  const { credit } = r.credit;
  // `Naib Presidennya, X`: the possessive title's organisation is the one the sentence before is about.
  const mentions = allMentions(r.organisations.organisations);
  const { speech } = r.language.data;
  // `“…,” it said`: the organisation the article is about.
  const spoken = organisationPronouns(norm.text, possessiveOrganisations(norm.text, r.quotes.quotes, mentions, speech.organisationPossessives, speech.organisationNouns), mentions, speech.organisationPronouns, postVerbList(speech), speech.organisationNouns);
  // `… Bursa Contoh Rina Wulan Sari`: a first name read into the organisation goes back to the name written at the quote.
  // The article's organisations by every form they are written in: for these passes and for naming each organisation.
  const { organisations } = r.organisations;
  const orgIndex = organisations.length > 0 && spoken.some((q) => q.speaker) ? organisationIndex(norm.text, organisations) : undefined;
  const named = namesOutOfOrganisations(norm.text, spoken, orgIndex);
  // A person quoted with a title once and without it elsewhere speaks for the same organisation at every quote;
  // `kata Direktur Utama X`, `Brand Manager X`: a company post with no company named is held at the company the article is about.
  // `Rina Wulandari, seorang peneliti di Lembaga Contoh`: the body a person works at, named after the name.
  const lex = lexicon(r.language.data);
  const placed = workplaceOrganisations(norm.text, named, mentions, lex);
  const company = companyPostOrganisations(sameSpeakerTitles(placed), r.organisations.organisations, speech.companyPosts, speech.titleModifiers, speech.titleHeads);
  // `Wakil Ketua Komisi IV`: a unit written with only its number speaks for the one body the article names it under.
  const posted = numberedUnitBodies(norm.text, company, organisations, speech.numberedUnits);
  // `Bupati Contoh`, `kata Hakim Budi`: a region head or a judge speaks for the government or court the article names.
  const regional = regionGovernments(norm.text, posted, organisations, speech.regionGovernments, lex.titleModifiers, lex.places, speech.nations, r.language.data.organisations.portfolioCommittees);
  // `Menteri Keuangan Contohland`: a place read as the organisation of a title that names its body is that body's place.
  const titled = placeOrganisations(norm.text, courtOrganisations(norm.text, regional, organisations, speech.courtTitles, lex.titleModifiers), lex, orgIndex);
  // `Direktur Pengembangan Usaha Bank Contoh`: a field written before a body the article names belongs to the role.
  // `Kadin Contoh mengusulkan …`: an organisation the article names, read as the speaker, speaks for itself.
  const bodies = organisationSpeakers(fieldOrganisations(titled, orgIndex, lex), orgIndex, norm.text, {
    titles: lex.singleTitles,
    kinds: lex.organisationNouns,
    pronouns: new Set(speech.organisationPronouns ?? []),
  });
  // `“…,” ujarnya` after a body named in the narrative: the person quoted just before.
  const persons = personsAfterOrganisations(norm.text, bodies, r.paragraphs.paragraphs, orgIndex, lex, speech.personPronouns);
  // `mantan Menteri Contoh`: a past post names no body the speaker speaks for now.
  const hits = pastPostsUnaffiliated(persons, lex.references);
  return {
    title: title ? { text: shown(title), span: span(title), repeated: title.repeated } : null,
    language: r.language.language,
    dateline: dateline
      ? {
          raw: raw(dateline),
          span: span(dateline),
          place: dateline.place,
          outlet: dateline.outlet,
          outletId: dateline.outletId,
          date: dateline.date,
          time: dateline.time,
          timezone: dateline.timezone,
        }
      : null,
    published: published
      ? { raw: raw(published), span: span(published), date: published.date, time: published.time, timezone: published.timezone }
      : null,
    paragraphs: r.paragraphs.paragraphs.map((p) => toParagraph(norm, p)),
    dates: r.dates.dates.map((d) => toFoundDate({ text: norm.text, norm }, d)),
    // A speaker's organisation named as the article's organisations entry names it (one organisation, one name).
    quotes: hits.map((q) => toQuote(norm, q, orgIndex)),
    organisations: r.organisations.organisations.map((o) => toOrganisation(norm, o)),
    duplicates: r.duplicates.duplicates.map((d) => ({ span: span(d), of: span(d.of), kind: d.kind, similarity: round(d.similarity) })),
    boilerplate: boilerplate(r, shown, span),
    credit: credit ? { text: credit.text, span: span(credit) } : null,
    warnings,
  };
}

/**
 * Every stage's junk, except junk lines the duplicates stage reported as copies: a copy is
 * listed once, as a duplicate of its first occurrence, which already says what it is.
 */
function boilerplate(r: PipelineResults, shown: (region: Region) => string, span: (region: Region) => Span): Boilerplate[] {
  const key = (region: Region) => `${region.start}:${region.end}`;
  const copies = new Set(r.duplicates.duplicates.map(key));
  return r.junk.filter((j) => !copies.has(key(j))).map((j) => ({ text: shown(j), span: span(j), kind: j.kind }));
}

/** Every organisation's mentions in one list (a plain loop: `flatMap` is slower, and this runs once per article). */
function allMentions(organisations: readonly FoundOrganisation[]): FoundOrganisation['mentions'] {
  const mentions: FoundOrganisation['mentions'] = [];
  for (const o of organisations) for (const m of o.mentions) mentions.push(m);
  return mentions;
}

/** A language's post-verbs as a list, made once per language rather than once per article. */
const postVerbList = memoByObject((speech: SpeechData) => Object.keys(speech.postVerbs));

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
