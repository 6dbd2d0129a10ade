import type { ArchiveInput, ParseOptions } from '../index.js';
import { decodeInput, type InputItem } from './inputs.js';
import { UsageError } from './usage-error.js';

/** An input date field is used when it starts with an ISO date (`2024-03-05`, `2024-03-05T10:00:00Z`). */
const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

/**
 * One input item as an article with what the input says about it (`archive` and `export`
 * read alike): the text, and the `id`, `url`, `title`, `outlet` and ISO `date` (or
 * `published`) fields when present; or why the item cannot be used.
 */
export function toArticleInput(item: InputItem, field: string): ArchiveInput | { error: string; id: unknown } {
  const decoded = decodeInput(item, field);
  if (!decoded.ok) return { error: decoded.error, id: decoded.id };
  const { id, fields } = decoded;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') return { error: 'field "id" is not a string or a number', id: null };
  if (id === '') return { error: 'field "id" is empty', id: null };
  // Scraped metadata comes padded (`"\n   Judul   "`): spaces collapsed, blank is absent.
  const text = (name: string): string | null => {
    const value = fields[name];
    if (typeof value !== 'string') return null;
    const clean = value.replace(/\s+/g, ' ').trim();
    return clean === '' ? null : clean;
  };
  const date = text('date') ?? text('published');
  return {
    text: decoded.text,
    id: id === null ? null : String(id),
    url: text('url'),
    title: text('title'),
    outlet: text('outlet'),
    date: date !== null && ISO_DATE_PREFIX.test(date) ? date.slice(0, 10) : null,
  };
}

/** `--language ind|zlm|eng` as parse options (none given: detect). */
export function languageOption(language: string | undefined): ParseOptions {
  if (language === undefined) return {};
  if (language !== 'ind' && language !== 'zlm' && language !== 'eng') throw new UsageError(`--language must be ind, zlm or eng, got "${language}"`);
  return { language };
}
