import type { ArchiveErrorCode, ArchiveFilters, ArchiveTarget, LanguageCode, OpenArchiveOptions } from '../index.js';
import { UsageError } from './usage-error.js';

/**
 * Flags shared by `archive`, `search` and `quotes`: where the archive is, and the filters.
 * A PostgreSQL password is better given in `PGPASSWORD` than in the URL (pg reads libpq's
 * environment variables for whatever the URL leaves out).
 */
export const TARGET_FLAGS = {
  db: { type: 'string' },
  postgres: { type: 'string' },
  schema: { type: 'string' },
} as const;

export const TARGET_USAGE = `  --db <file>            the SQLite archive file
  --postgres <url>       or a PostgreSQL database (postgres://user@host/db)
  --schema <name>        PostgreSQL schema holding the archive (default: warta)`;

export const FILTER_FLAGS = {
  outlet: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  lang: { type: 'string' },
  speaker: { type: 'string' },
  org: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
} as const;

export const FILTER_USAGE = `  --outlet <id>          only this outlet (kompas, detik, …)
  --from <YYYY-MM-DD>    only articles dated on or after this day
  --to <YYYY-MM-DD>      only articles dated on or before this day
  --lang <code>          only this language: ind | zlm | eng | und
  --speaker <name>       only articles quoting this person (whole words of the name)
  --org <name>           only this organisation (acronym, or whole words of the name)
  --limit <n>            at most n results (default 20, at most 1000)
  --offset <n>           skip the first n results`;

interface TargetValues {
  db?: string;
  postgres?: string;
  schema?: string;
}

/** `--db` or `--postgres`, exactly one. */
export function archiveTarget(values: TargetValues): { target: ArchiveTarget; options: OpenArchiveOptions } {
  if (values.db !== undefined && values.postgres !== undefined) throw new UsageError('give --db or --postgres, not both');
  if (values.db !== undefined) {
    if (values.schema !== undefined) throw new UsageError('--schema is for --postgres');
    return { target: values.db, options: {} };
  }
  if (values.postgres !== undefined) return { target: { postgres: values.postgres }, options: values.schema === undefined ? {} : { schema: values.schema } };
  throw new UsageError('which archive? give --db <file> or --postgres <url>');
}

interface FilterValues {
  outlet?: string;
  from?: string;
  to?: string;
  lang?: string;
  speaker?: string;
  org?: string;
  limit?: string;
  offset?: string;
}

export function archiveFilters(values: FilterValues): ArchiveFilters {
  const filters: ArchiveFilters = {};
  if (values.outlet !== undefined) filters.outlet = values.outlet;
  if (values.from !== undefined) filters.from = values.from;
  if (values.to !== undefined) filters.to = values.to;
  if (values.lang !== undefined) filters.language = values.lang as LanguageCode;
  if (values.speaker !== undefined) filters.speaker = values.speaker;
  if (values.org !== undefined) filters.organisation = values.org;
  if (values.limit !== undefined) filters.limit = wholeNumber(values.limit, '--limit');
  if (values.offset !== undefined) filters.offset = wholeNumber(values.offset, '--offset');
  return filters;
}

function wholeNumber(value: string, flag: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${flag} must be a whole number, got "${value.slice(0, 40)}"`);
  return Number(value);
}

/** Archive errors the user fixes by changing the command line (exit 2); the others are the database's (exit 1). */
export function isUsageProblem(code: ArchiveErrorCode): boolean {
  return code === 'empty-query' || code === 'query-too-long' || code === 'bad-filter';
}
