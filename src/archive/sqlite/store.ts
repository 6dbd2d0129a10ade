import { statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { pending, SCHEMA_VERSION, type Migration } from '../migrations.js';
import type { FilterPlan } from '../plan.js';
import { articleColumns, nameKeysOf, type ArticleRecord } from '../records.js';
import type { ArticleRows, QuoteRow, SearchRow, Stamp, Store } from '../store.js';
import type { AddStatus } from '../types.js';
import { loadDriver } from '../drivers.js';
import { SQLITE_MIGRATIONS } from './schema.js';
import { QUERIES } from './queries.js';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** How long a write waits for another process's transaction before giving up. */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

export interface SqliteOptions {
  readonly: boolean;
  busyTimeout: number;
  /** Migrations to apply (tests pass more than the released ones). */
  migrations?: readonly Migration[];
}

/** Open (creating when writable and absent) a warta archive in an SQLite file. */
export async function openSqliteStore(path: string, options: SqliteOptions): Promise<Store> {
  const Database = await loadDriver<typeof BetterSqlite3>('better-sqlite3', 'npm install better-sqlite3@12');
  if (!options.readonly) refuseReadOnlyFile(path);
  let db: Database;
  try {
    db = new Database(path, { readonly: options.readonly, fileMustExist: options.readonly, timeout: options.busyTimeout });
  } catch (error) {
    throw translate(error, path);
  }
  try {
    // Switching to WAL and migrating answer busy without waiting while another process opens the same file.
    await retryBusy(() => prepareDatabase(db, path, options), options.busyTimeout);
    return new SqliteStore(db, path, options.readonly, options.busyTimeout);
  } catch (error) {
    db.close();
    throw translate(error, path);
  }
}

/**
 * Run `work` (one statement, one immediate transaction, or steps safe to repeat), retrying a busy answer after
 * short pauses until `busyTimeout` ms are spent. SQLite answers busy without calling its busy handler where waiting
 * could deadlock (another process switching the journal mode or resetting the log under this one: two writers on one
 * file, one opening or closing). The last error is thrown as it is.
 */
async function retryBusy<T>(work: () => T, busyTimeout: number): Promise<T> {
  const deadline = Date.now() + busyTimeout;
  for (let pause = 5; ; pause = Math.min(2 * pause, 250)) {
    try {
      return work();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (!(typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * A file with no write permission for anyone is one its owner meant to keep as it is: refuse to
 * write even where the process could (root ignores permissions).
 */
function refuseReadOnlyFile(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return; // absent: it will be created
  }
  if ((mode & 0o222) === 0) {
    throw new ArchiveError('read-only', `${path} is read-only: make it writable to archive into it (search and quotes can read it as it is)`);
  }
}

function prepareDatabase(db: Database, path: string, options: SqliteOptions): void {
  // The first read: fails with SQLITE_NOTADB on a file that is not SQLite, before anything is written.
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  const isWarta = tables.includes('warta_meta');
  if (!isWarta && tables.length > 0) {
    throw new ArchiveError('not-an-archive', `${path} is an SQLite database but not a warta archive (it has other tables: ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''})`);
  }
  if (options.readonly) {
    if (!isWarta) throw new ArchiveError('not-an-archive', `${path} is empty: no warta archive to read`);
    checkVersion(readVersion(db), path);
    return;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, path, options.migrations ?? SQLITE_MIGRATIONS);
}

function readVersion(db: Database): number {
  const value = db.prepare(`SELECT value FROM warta_meta WHERE key = 'schema_version'`).pluck().get() as string | undefined;
  return value === undefined ? 0 : Number(value);
}

function checkVersion(version: number, path: string, latest = SCHEMA_VERSION): void {
  if (version > latest) {
    throw new ArchiveError('newer-schema', `${path} was written by a newer warta (schema ${version}; this one knows up to ${latest}): upgrade warta`);
  }
}

/** Bring the archive to the latest version in one immediate transaction (a second process waits, then finds it done). */
export function migrate(db: Database, path: string, migrations: readonly Migration[]): void {
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  db.transaction(() => {
    const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'warta_meta'`).get() !== undefined;
    const version = hasMeta ? readVersion(db) : 0;
    checkVersion(version, path, latest);
    for (const m of pending(migrations, version)) {
      for (const sql of m.statements) db.exec(sql);
      db.prepare(`INSERT INTO warta_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(String(m.version));
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

/** SQLite error codes → what a person can act on. */
function translate(error: unknown, path: string): unknown {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (/Could not locate the bindings file|NODE_MODULE_VERSION|ERR_DLOPEN_FAILED/.test(message) || code === 'ERR_DLOPEN_FAILED') {
    return new ArchiveError('driver-missing', `better-sqlite3's native module is missing or built for another Node.js (${message.split('\n')[0]}): npm rebuild better-sqlite3`, { cause: error });
  }
  if (code === 'SQLITE_NOTADB') return new ArchiveError('not-an-archive', `${path} is not an SQLite database (nothing was written to it)`, { cause: error });
  if (code === 'SQLITE_CORRUPT') return new ArchiveError('not-an-archive', `${path} is a damaged SQLite database: ${message}`, { cause: error });
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return new ArchiveError('read-only', `${path} cannot be written (read-only file or folder): ${message}`, { cause: error });
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return new ArchiveError('busy', `${path} stayed locked by another process past the busy timeout`, { cause: error });
  }
  if ((typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN')) || message.startsWith('Cannot open database because')) {
    return new ArchiveError('cannot-open', `cannot open ${path}: ${message} (does its folder exist, and may it be read?)`, { cause: error });
  }
  return error;
}

class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly #db: Database;
  readonly #path: string;
  readonly #statements = new Map<string, Statement>();
  readonly #readonly: boolean;
  readonly #busyTimeout: number;

  constructor(db: Database, path: string, readonly: boolean, busyTimeout: number) {
    this.#db = db;
    this.#path = path;
    this.#readonly = readonly;
    this.#busyTimeout = busyTimeout;
  }

  /** Run one statement or one immediate transaction, a busy answer retried until the busy timeout is spent (`retryBusy`). */
  async #run<T>(work: () => T): Promise<T> {
    try {
      return await retryBusy(work, this.#busyTimeout);
    } catch (error) {
      throw translate(error, this.#path);
    }
  }

  /** Prepared once per connection, by name: every statement is fixed SQL with bound values. */
  #statement(name: keyof typeof QUERIES): Statement {
    let s = this.#statements.get(name);
    if (!s) {
      s = this.#db.prepare(QUERIES[name]);
      this.#statements.set(name, s);
    }
    return s;
  }

  existing(ids: readonly string[]): Promise<Map<string, Stamp>> {
    return this.#run(() => {
      const rows = this.#statement('existing').all(JSON.stringify(ids)) as { id: string; text_hash: string; parser: string }[];
      return new Map(rows.map((r) => [r.id, { textHash: r.text_hash, parser: r.parser }]));
    });
  }

  write(records: readonly ArticleRecord[]): Promise<AddStatus[]> {
    return this.#run(() => this.#db.transaction(() => records.map((r) => this.#writeOne(r))).immediate());
  }

  #writeOne(r: ArticleRecord): AddStatus {
    const found = this.#statement('find').get(r.id) as { pk: number; text_hash: string; parser: string } | undefined;
    if (found && found.text_hash === r.textHash && found.parser === r.parser) return 'unchanged';
    const values = articleColumns(r);
    let pk: number;
    if (found) {
      pk = found.pk;
      this.#statement('updateArticle').run({ ...values, pk });
      for (const name of CHILD_DELETES) this.#statement(name).run(pk);
      this.#statement('deleteTerms').run(pk);
    } else {
      pk = Number(this.#statement('insertArticle').run(values).lastInsertRowid);
    }
    this.#statement('insertTerms').run(pk, r.document.terms.title, r.document.terms.body, r.document.terms.quotes);
    const paragraph = this.#statement('insertParagraph');
    for (const p of r.paragraphs) paragraph.run(pk, p.n, p.text, p.start, p.end);
    const speaker = this.#statement('insertSpeaker');
    for (const s of r.speakers) speaker.run(pk, s.n, s.name, s.nameKey, s.role, s.organisation, s.organisationKey, s.organisationN);
    const quote = this.#statement('insertQuote');
    for (const q of r.quotes) {
      quote.run(pk, q.n, q.text, q.kind, q.verb, q.paragraph, q.start, q.end, q.speakerN, q.speakerStart, q.speakerEnd, q.resolved === null ? null : Number(q.resolved));
    }
    const organisation = this.#statement('insertOrganisation');
    for (const o of r.organisations) organisation.run(pk, o.n, o.name, o.nameKey, o.acronym, o.acronymKey, o.orgId, o.kind);
    const mention = this.#statement('insertMention');
    for (const m of r.mentions) mention.run(pk, m.organisationN, m.n, m.start, m.end);
    const duplicate = this.#statement('insertDuplicate');
    for (const d of r.duplicates) duplicate.run(pk, d.n, d.kind, d.similarity, d.start, d.end, d.ofStart, d.ofEnd);
    const nameKey = this.#statement('insertNameKey');
    for (const key of nameKeysOf(r)) nameKey.run(key);
    const boilerplate = this.#statement('insertBoilerplate');
    for (const b of r.boilerplate) boilerplate.run(pk, b.n, b.kind, b.text, b.start, b.end);
    return found ? 'updated' : 'added';
  }

  search(words: readonly (readonly string[])[], filters: FilterPlan): Promise<SearchRow[]> {
    return this.#run(() => this.#statement('search').all({ match: matchExpression(words), ...bindFilters(filters) }) as SearchRow[]);
  }

  quotes(filters: FilterPlan): Promise<QuoteRow[]> {
    const statement = filters.speakerKey === null ? 'quotesByOrganisation' : 'quotesBySpeaker';
    return this.#run(() => this.#statement(statement).all(bindFilters(filters)) as QuoteRow[]);
  }

  get(id: string): Promise<ArticleRows | null> {
    return this.#run(() => {
      const article = this.#statement('getArticle').get(id) as (ArticleRows['article'] & { pk: number }) | undefined;
      if (!article) return null;
      const child = <T>(name: keyof typeof QUERIES) => this.#statement(name).all(article.pk) as T[];
      return {
        article,
        paragraphs: child('getParagraphs'),
        speakers: child('getSpeakers'),
        quotes: child('getQuotes'),
        organisations: child('getOrganisations'),
        mentions: child('getMentions'),
        duplicates: child('getDuplicates'),
        boilerplate: child('getBoilerplate'),
      };
    });
  }

  remove(ids: readonly string[]): Promise<number> {
    return this.#run(() => this.#db.transaction(() => this.#statement('remove').run(JSON.stringify(ids)).changes).immediate());
  }

  count(): Promise<number> {
    return this.#run(() => Number(this.#statement('count').pluck().get()));
  }

  /**
   * A writer leaves the file in rollback-journal mode when it is the last one out (SQLite
   * refuses the switch while others are connected, and WAL stays): an archive at rest is one
   * self-contained file, which a user who may not write beside it can still read.
   */
  close(): Promise<void> {
    return this.#run(() => {
      if (!this.#db.open) return;
      if (!this.#readonly) {
        try {
          // Without waiting: a long-lived reader elsewhere must not hold up every writer's close.
          this.#db.pragma('busy_timeout = 0');
          this.#db.pragma('journal_mode = DELETE');
        } catch {
          // Busy with another connection: it stays in WAL mode, which is as safe.
        }
      }
      this.#db.close();
    });
  }
}

const CHILD_DELETES = ['deleteParagraphs', 'deleteSpeakers', 'deleteQuotes', 'deleteOrganisations', 'deleteMentions', 'deleteDuplicates', 'deleteBoilerplate'] as const;

/**
 * An FTS5 query from planned words: every word must match, through any of its terms. Terms hold
 * only letters and digits (`wordTerms`), and each is quoted, so nothing in a query can act as
 * FTS5 syntax (operators, `NEAR`, column filters, `*`).
 */
export function matchExpression(words: readonly (readonly string[])[]): string {
  const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
  return words.map((terms) => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`)).join(' AND ');
}

function bindFilters(f: FilterPlan): Record<string, string | number | null> {
  return {
    outlet: f.outletKey,
    from: f.from,
    to: f.to,
    language: f.language,
    speaker: f.speakerKey,
    organisation: f.organisationKey,
    limit: f.limit,
    offset: f.offset,
  };
}
