import type { Article } from '../types.js';
import { contentKey } from '../util/hash.js';
import { stemsLanguage, textTerms } from './terms.js';
import type { SearchDocument, SearchDocumentOptions, SearchSpeaker } from './types.js';

/** An ISO date, possibly followed by a time: only its first ten characters are kept. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

/**
 * Flatten a parsed article into a search document (see `SearchDocument`) any engine can index:
 * its text fields, its facets (outlet, language, organisations, speakers) and its stemmed
 * terms. What the caller knows (`options`: id, url, title, date, outlet) wins over what the
 * parse found. Loads the Indonesian stemmer on first use.
 *
 * @example
 * const doc = toSearchDocument(parseArticle(text), { id: 'kompas-123', url });
 * doc.terms.body; // 'temu mitra tani …'
 */
export function toSearchDocument(article: Article, options: SearchDocumentOptions = {}): SearchDocument {
  checkArticle(article);
  checkOptions(options);
  const body = article.paragraphs.map((p) => p.text).join('\n\n');
  const title = options.title ?? article.title?.text ?? null;
  const quotes = article.quotes.map((q) => q.text);
  const stem = stemsLanguage(article.language.code);
  const organisations = unique(article.organisations.map((o) => o.name));
  const acronyms = unique(article.organisations.flatMap((o) => (o.acronym ? [o.acronym] : [])));
  return {
    id: options.id ?? contentKey(`${title ?? ''}\n${body}`),
    url: options.url ?? null,
    title,
    body,
    date: options.date?.slice(0, 10) ?? article.dateline?.date ?? article.published?.date ?? null,
    place: article.dateline?.place ?? null,
    outlet: options.outlet ?? article.dateline?.outletId ?? article.dateline?.outlet ?? null,
    language: article.language.code,
    organisations,
    acronyms,
    speakers: speakersOf(article),
    quotes,
    terms: {
      title: title === null ? '' : textTerms(title, stem).join(' '),
      body: textTerms(body, stem).join(' '),
      quotes: textTerms(quotes.join('\n'), stem).join(' '),
    },
    stemmed: stem,
  };
}

/** Each speaker once (by name), with the first role and organisation the article gives them. */
function speakersOf(article: Article): SearchSpeaker[] {
  const byName = new Map<string, SearchSpeaker>();
  for (const q of article.quotes) {
    const s = q.speaker;
    if (!s) continue;
    const known = byName.get(s.name);
    if (!known) byName.set(s.name, { name: s.name, role: s.role, organisation: s.organisation });
    else {
      known.role ??= s.role;
      known.organisation ??= s.organisation;
    }
  }
  return [...byName.values()];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function checkArticle(article: unknown): asserts article is Article {
  const a = article as Partial<Article> | null;
  if (a === null || typeof a !== 'object' || !Array.isArray(a.paragraphs) || !Array.isArray(a.quotes) || !Array.isArray(a.organisations) || typeof a.language !== 'object') {
    throw new TypeError('toSearchDocument: `article` must be an Article (the result of parseArticle)');
  }
}

function checkOptions(options: unknown): asserts options is SearchDocumentOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('toSearchDocument: `options` must be an object');
  const o = options as Record<string, unknown>;
  if (o.id !== undefined && typeof o.id !== 'string') throw new TypeError('toSearchDocument: `options.id` must be a string');
  for (const key of ['url', 'title', 'outlet', 'date'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      throw new TypeError(`toSearchDocument: \`options.${key}\` must be a string or null`);
    }
  }
  if (typeof o.date === 'string' && !ISO_DATE.test(o.date)) {
    throw new TypeError(`toSearchDocument: \`options.date\` must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(o.date.slice(0, 40))}`);
  }
}
