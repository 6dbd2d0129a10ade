import type pg from 'pg';
import { loadDriver } from '../drivers.js';
import { ArchiveError } from '../errors.js';
import { pending, SCHEMA_VERSION, type Migration } from '../migrations.js';
import type { FilterPlan } from '../plan.js';
import { articleColumns, nameKeysOf, type ArticleRecord } from '../records.js';
import type { ArticleRows, QuoteRow, SearchRow, Stamp, Store } from '../store.js';
import type { AddStatus } from '../types.js';
import { ARTICLE_COLUMNS, QUERIES } from './queries.js';
import { POSTGRES_MIGRATIONS } from './schema.js';
import { tsqueryLiteral, tsvectorLiteral } from './tsvector.js';

/** A schema name warta will create and use: a plain SQL identifier, so it can be quoted safely. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Serialises the schema migrations of every process on the database. */
const MIGRATION_LOCK = 0x77617274;
export const DEFAULT_SCHEMA = 'warta';
/** Tries of a write transaction that PostgreSQL broke off as a deadlock victim. */
const WRITE_ATTEMPTS = 4;

export interface PostgresOptions {
  readonly: boolean;
  schema: string;
  migrations?: readonly Migration[];
}

/** Connect to PostgreSQL and open (creating when writable and absent) the warta archive in `schema`. */
export async function openPostgresStore(url: string, options: PostgresOptions): Promise<Store> {
  if (!SCHEMA_NAME.test(options.schema)) {
    throw new TypeError(`openArchive: \`schema\` must be a plain identifier (letters, digits, _), got ${JSON.stringify(options.schema.slice(0, 70))}`);
  }
  const { Client } = await loadDriver<typeof pg>('pg', 'npm install pg');
  const client = new Client({ connectionString: url });
  // An idle connection dropped by the server must not crash the process: the next query reports it.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new ArchiveError('cannot-open', `cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    await prepareDatabase(client, options);
    return new PostgresStore(client, redact(url));
  } catch (error) {
    await client.end().catch(() => {});
    throw translate(error, redact(url));
  }
}

/** The URL without its password, fit for a message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

async function prepareDatabase(client: pg.Client, options: PostgresOptions): Promise<void> {
  const schema = options.schema;
  await client.query(`SELECT set_config('search_path', $1, false)`, [`"${schema}"`]);
  if (options.readonly) {
    await client.query('SET default_transaction_read_only = on');
    const version = await readVersion(client, schema);
    if (version === null) throw new ArchiveError('not-an-archive', `schema "${schema}" holds no warta archive`);
    checkVersion(version, schema, SCHEMA_VERSION);
    return;
  }
  await migrate(client, schema, options.migrations ?? POSTGRES_MIGRATIONS);
}

async function readVersion(client: pg.Client, schema: string): Promise<number | null> {
  const exists = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'warta_meta'`, [schema]);
  if (exists.rowCount === 0) return null;
  const row = await client.query<{ value: string }>(`SELECT value FROM warta_meta WHERE key = 'schema_version'`);
  return row.rows[0] ? Number(row.rows[0].value) : 0;
}

function checkVersion(version: number, schema: string, latest: number): void {
  if (version > latest) {
    throw new ArchiveError('newer-schema', `schema "${schema}" was written by a newer warta (schema ${version}; this one knows up to ${latest}): upgrade warta`);
  }
}

/** Bring the archive to the latest version in one transaction, holding an advisory lock so concurrent openers wait. */
export async function migrate(client: pg.Client, schema: string, migrations: readonly Migration[]): Promise<void> {
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const tables = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [schema]);
    const names = tables.rows.map((r) => r.table_name);
    if (names.length > 0 && !names.includes('warta_meta')) {
      throw new ArchiveError('not-an-archive', `schema "${schema}" holds tables that are not a warta archive's (${names.slice(0, 3).join(', ')}): choose another schema`);
    }
    // The name was checked against SCHEMA_NAME: DDL cannot take it as a parameter.
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS warta_meta (key text PRIMARY KEY, value text NOT NULL)`);
    const version = (await readVersion(client, schema)) ?? 0;
    checkVersion(version, schema, latest);
    for (const m of pending(migrations, version)) {
      for (const sql of m.statements) await client.query(sql);
      await client.query(`INSERT INTO warta_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(m.version)]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

function translate(error: unknown, where: string): unknown {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '25006') return new ArchiveError('read-only', `the archive at ${where} was opened read-only`, { cause: error });
  if (code === '42501') return new ArchiveError('read-only', `the PostgreSQL user may not write here (${message})`, { cause: error });
  if (typeof code === 'string' && code.startsWith('08')) return new ArchiveError('cannot-open', `lost the connection to PostgreSQL at ${where}: ${message}`, { cause: error });
  return error;
}

class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly #client: pg.Client;
  readonly #where: string;
  /** One connection runs one thing at a time: calls queue here, so transactions never interleave. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(client: pg.Client, where: string) {
    this.#client = client;
    this.#where = where;
  }

  #run<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const next = this.#queue.then(
      () => work(this.#client),
      () => work(this.#client),
    );
    this.#queue = next.catch(() => {});
    return next.catch((error: unknown) => {
      throw translate(error, this.#where);
    });
  }

  existing(ids: readonly string[]): Promise<Map<string, Stamp>> {
    return this.#run(async (c) => {
      const { rows } = await c.query<{ id: string; text_hash: string; parser: string }>(QUERIES.existing, [ids]);
      return new Map(rows.map((r) => [r.id, { textHash: r.text_hash, parser: r.parser }]));
    });
  }

  /**
   * Records are written in key order (the same key keeps its order), so two processes writing
   * overlapping batches take their row locks in the same order and wait instead of deadlocking;
   * a deadlock or serialisation failure all the same is retried.
   */
  write(records: readonly ArticleRecord[]): Promise<AddStatus[]> {
    const order = records.map((_, i) => i).sort((a, b) => (records[a]!.id < records[b]!.id ? -1 : records[a]!.id > records[b]!.id ? 1 : a - b));
    return this.#run(async (c) => {
      for (let attempt = 1; ; attempt++) {
        await c.query('BEGIN');
        try {
          const statuses: AddStatus[] = new Array(records.length);
          for (const i of order) statuses[i] = await writeOne(c, records[i]!);
          await c.query('COMMIT');
          return statuses;
        } catch (error) {
          await c.query('ROLLBACK').catch(() => {});
          const code = (error as { code?: unknown }).code;
          if (!(attempt < WRITE_ATTEMPTS && (code === '40P01' || code === '40001'))) throw error;
        }
      }
    });
  }

  search(words: readonly (readonly string[])[], filters: FilterPlan): Promise<SearchRow[]> {
    return this.#run(async (c) => {
      const { rows } = await c.query<SearchRow>(QUERIES.search, [...bindFilters(filters), tsqueryLiteral(words)]);
      return rows;
    });
  }

  quotes(filters: FilterPlan): Promise<QuoteRow[]> {
    const sql = filters.speakerKey === null ? QUERIES.quotesByOrganisation : QUERIES.quotesBySpeaker;
    return this.#run(async (c) => (await c.query<QuoteRow>(sql, bindFilters(filters))).rows);
  }

  get(id: string): Promise<ArticleRows | null> {
    return this.#run(async (c) => {
      const found = await c.query<ArticleRows['article'] & { pk: string }>(QUERIES.getArticle, [id]);
      const article = found.rows[0];
      if (!article) return null;
      const child = async <T extends object>(sql: string) => (await c.query<T>(sql, [article.pk])).rows;
      return {
        article,
        paragraphs: await child(QUERIES.getParagraphs),
        speakers: await child(QUERIES.getSpeakers),
        quotes: await child(QUERIES.getQuotes),
        organisations: await child(QUERIES.getOrganisations),
        mentions: await child(QUERIES.getMentions),
        duplicates: await child(QUERIES.getDuplicates),
        boilerplate: await child(QUERIES.getBoilerplate),
      };
    });
  }

  remove(ids: readonly string[]): Promise<number> {
    return this.#run(async (c) => (await c.query(QUERIES.remove, [ids])).rowCount ?? 0);
  }

  count(): Promise<number> {
    return this.#run(async (c) => (await c.query<{ n: number }>(QUERIES.count)).rows[0]!.n);
  }

  close(): Promise<void> {
    return this.#run((c) => c.end());
  }
}

async function writeOne(c: pg.Client, r: ArticleRecord): Promise<AddStatus> {
  const values: Record<string, unknown> = { ...articleColumns(r), terms: tsvectorLiteral(r.document.terms) };
  const params = ARTICLE_COLUMNS.map((column) => values[column]);
  let found = (await c.query<{ pk: string; text_hash: string; parser: string }>(QUERIES.findForUpdate, [r.id])).rows[0];
  let pk: string;
  if (!found) {
    const inserted = (await c.query<{ pk: string }>(QUERIES.insertArticle, params)).rows[0];
    if (inserted) pk = inserted.pk;
    else {
      // Another process inserted it since the lookup: lock its row and update that.
      found = (await c.query<{ pk: string; text_hash: string; parser: string }>(QUERIES.findForUpdate, [r.id])).rows[0]!;
    }
  }
  if (found) {
    if (found.text_hash === r.textHash && found.parser === r.parser) return 'unchanged';
    pk = found.pk;
    await c.query(QUERIES.updateArticle, [...params, pk]);
    for (const sql of QUERIES.deleteChildren) await c.query(sql, [pk]);
  }
  const article = pk!;
  const insert = async (sql: string, rows: readonly object[], columns: unknown[][]) => {
    if (rows.length > 0) await c.query(sql, [article, ...columns]);
  };
  const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);
  await insert(QUERIES.insertParagraphs, r.paragraphs, (['n', 'text', 'start', 'end'] as const).map((k) => column(r.paragraphs, k)));
  await insert(QUERIES.insertSpeakers, r.speakers, (['n', 'name', 'nameKey', 'role', 'organisation', 'organisationKey', 'organisationN'] as const).map((k) => column(r.speakers, k)));
  await insert(
    QUERIES.insertQuotes,
    r.quotes,
    (['n', 'text', 'kind', 'verb', 'paragraph', 'start', 'end', 'speakerN', 'speakerStart', 'speakerEnd', 'resolved'] as const).map((k) => column(r.quotes, k)),
  );
  await insert(QUERIES.insertOrganisations, r.organisations, (['n', 'name', 'nameKey', 'acronym', 'acronymKey', 'orgId', 'kind'] as const).map((k) => column(r.organisations, k)));
  await insert(QUERIES.insertMentions, r.mentions, (['organisationN', 'n', 'start', 'end'] as const).map((k) => column(r.mentions, k)));
  await insert(QUERIES.insertDuplicates, r.duplicates, (['n', 'kind', 'similarity', 'start', 'end', 'ofStart', 'ofEnd'] as const).map((k) => column(r.duplicates, k)));
  await insert(QUERIES.insertBoilerplate, r.boilerplate, (['n', 'kind', 'text', 'start', 'end'] as const).map((k) => column(r.boilerplate, k)));
  const keys = nameKeysOf(r);
  if (keys.length > 0) await c.query(QUERIES.insertNameKeys, [keys]);
  return found ? 'updated' : 'added';
}

function bindFilters(f: FilterPlan): unknown[] {
  return [f.outletKey, f.from, f.to, f.language, f.speakerKey, f.organisationKey, f.limit, f.offset];
}
