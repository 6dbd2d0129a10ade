/** Scoring of invented articles by speaker, role and organisation, the way `npm run eval` scores labelled ones. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { agrees, bare } from './lenient-match.js';

/**
 * Expected `[name, role, organisation]` of each direct quote. A null name is an unnamed source; a null or
 * `undefined` role or organisation is left unscored.
 */
export type ExpectedSpeaker = readonly [string | null, string | null | undefined, string | null | undefined];

export interface InventedArticle {
  id: string;
  text: string;
  expect: readonly ExpectedSpeaker[];
  /** The organisations the article names, each `[name, ...other forms]`: two forms of one count as the same, as in the eval. */
  organisations?: readonly (readonly string[])[];
}

/** The eval's organisation match: the words agree, or both are forms of one organisation the article names. */
function sameOrganisation(got: string | null | undefined, want: string, organisations: InventedArticle['organisations'] = []): boolean {
  const key = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
  return agrees(got, want) || (!!got && organisations.some((forms) => forms.some((f) => key(f) === key(got)) && forms.some((f) => key(f) === key(want))));
}

export interface ScoreOptions {
  /** Compare names without the honorifics the evaluation drops (`Datuk`, `Tan Sri`). */
  dropHonorifics?: boolean;
}

/**
 * One test per article, plus a todo per gap. `gaps` lists fields warta still reads wrongly, by shape
 * (`id#quote:field`, field `name`, `role` or `org`); a name gap leaves the whole quote unscored, since a wrong
 * person brings a wrong role and organisation.
 */
export function scoreInventedArticles(
  label: string,
  articles: readonly InventedArticle[],
  gaps: Readonly<Record<string, string>>,
  options: ScoreOptions = {},
): void {
  describe(`${label}: invented articles`, () => {
    for (const article of articles) {
      it(`${label}: ${article.id} gives each quote its speaker, role and organisation`, () => {
        const quotes = parseArticle(article.text).quotes.filter((q) => q.kind === 'direct');
        expect(quotes).toHaveLength(article.expect.length);
        article.expect.forEach(([name, role, organisation], i) => {
          const s = quotes[i]!.speaker;
          const at = `${article.id}#${i}`;
          if (gaps[`${at}:name`]) return;
          // An unnamed source (`a police spokesman`) is no person's name: none, or the description as written.
          if (name === null) expect(s === null || !/^[A-Z]/u.test(s.name) || /^An? /u.test(s.name), `${at} ${s?.name}`).toBe(true);
          else expect(options.dropHonorifics ? bare(s?.name) : s?.name, at).toBe(name);
          if (role != null && !gaps[`${at}:role`]) expect(agrees(s?.role, role), `${at} role ${s?.role}`).toBe(true);
          if (organisation != null && !gaps[`${at}:org`]) expect(sameOrganisation(s?.organisation, organisation, article.organisations), `${at} organisation ${s?.organisation}`).toBe(true);
        });
      });
    }
    for (const [at, shape] of Object.entries(gaps)) it.todo(`${label}: ${at} — ${shape}`);
  });
}

/** Speaker, role and organisation of each direct quote of `text`, read as English. */
export function englishSpeakers(text: string): (readonly [string | null, string | null, string | null])[] {
  return extractQuotes(text, { language: 'eng' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.organisation ?? null] as const);
}

/** One test per article that every organisation it names is reported in some form, plus a todo per gap (`id:name`). */
export function scoreNamedOrganisations(label: string, articles: readonly InventedArticle[], gaps: Readonly<Record<string, string>>): void {
  describe(`${label}: the organisations each article names`, () => {
    for (const article of articles) {
      it(`${label}: ${article.id} reports every organisation it names`, () => {
        const found = parseArticle(article.text).organisations.flatMap((o) => [o.name, o.acronym, ...o.mentions.map((m) => article.text.slice(m.start, m.end))]);
        for (const forms of article.organisations ?? []) {
          if (gaps[`${article.id}:${forms[0]}`]) continue;
          expect(forms.some((f) => found.includes(f)), `${article.id}: ${forms[0]}`).toBe(true);
        }
      });
    }
    for (const [at, shape] of Object.entries(gaps)) it.todo(`${label}: ${at} — ${shape}`);
  });
}
