import { StoreArchive } from './archive.js';
import type { Archive, ArchiveTarget, OpenArchiveOptions } from './types.js';

/**
 * Open a warta archive: an SQLite file (created when absent) or, given `{ postgres: url }`, a
 * schema in a PostgreSQL database (created when absent). The database client (better-sqlite3,
 * pg: optional dependencies) is loaded here, never when warta is imported.
 *
 * @example
 * const archive = await openArchive('news.sqlite');
 * await archive.add([{ id: 'kompas-1', text }]);
 * const hits = await archive.search('pertemuan mitra', { outlet: 'kompas' });
 * await archive.close();
 */
export async function openArchive(target: ArchiveTarget, options: OpenArchiveOptions = {}): Promise<Archive> {
  checkOptions(options);
  const readonly = options.readonly ?? false;
  if (typeof target === 'string') {
    if (target === '') throw new TypeError('openArchive: `target` is an empty path');
    const { DEFAULT_BUSY_TIMEOUT_MS, openSqliteStore } = await import('./sqlite/store.js');
    const store = await openSqliteStore(target, { readonly, busyTimeout: options.busyTimeout ?? DEFAULT_BUSY_TIMEOUT_MS });
    return new StoreArchive(store, readonly);
  }
  if (target !== null && typeof target === 'object' && typeof (target as { postgres?: unknown }).postgres === 'string') {
    const { DEFAULT_SCHEMA, openPostgresStore } = await import('./postgres/store.js');
    const store = await openPostgresStore(target.postgres, { readonly, schema: options.schema ?? DEFAULT_SCHEMA });
    return new StoreArchive(store, readonly);
  }
  throw new TypeError('openArchive: `target` must be an SQLite file path or { postgres: "postgres://…" }');
}

function checkOptions(options: unknown): asserts options is OpenArchiveOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('openArchive: `options` must be an object');
  const o = options as Record<string, unknown>;
  if (o.readonly !== undefined && typeof o.readonly !== 'boolean') throw new TypeError('openArchive: `readonly` must be a boolean');
  if (o.busyTimeout !== undefined && !(typeof o.busyTimeout === 'number' && Number.isInteger(o.busyTimeout) && o.busyTimeout >= 0)) {
    throw new TypeError('openArchive: `busyTimeout` must be a whole number of milliseconds');
  }
  if (o.schema !== undefined && typeof o.schema !== 'string') throw new TypeError('openArchive: `schema` must be a string');
}
