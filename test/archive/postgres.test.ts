import { afterAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../../scripts/postgres-server.js';
import { ArchiveError, openArchive, type Archive } from '../../src/index.js';
import { archiveContract } from './contract.js';
import { corpusInputs } from './fixtures.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The PostgreSQL archive against a real server: a throwaway cluster started here
 * (scripts/postgres-server.ts; `.ci/run` installs Debian's postgresql), or the server named by
 * WARTA_TEST_POSTGRES_URL. Skipped, saying why, only where none can be started.
 */
const server = startPostgres();
const url = 'url' in server ? server.url : null;
const skipped = 'skip' in server ? server.skip : '';
// CI installs PostgreSQL and sets WARTA_REQUIRE_POSTGRES: there, no server is a failure, not a skip.
if (skipped && process.env.WARTA_REQUIRE_POSTGRES) throw new Error(`PostgreSQL is required here (WARTA_REQUIRE_POSTGRES) but ${skipped}`);
if (skipped) process.stderr.write(`test/archive/postgres.test.ts: PostgreSQL tests skipped: ${skipped}\n`);
afterAll(() => {
  if ('stop' in server) server.stop();
});

let schemas = 0;
/** Each suite gets a schema of its own on the one server. */
const freshSchema = () => `test_${process.pid}_${++schemas}`;

archiveContract(
  'PostgreSQL',
  url === null
    ? null
    : async () => {
        const schema = freshSchema();
        return { archive: await openArchive({ postgres: url }, { schema }), reopen: (readonly) => openArchive({ postgres: url }, { schema, readonly }) };
      },
  skipped,
);

/** Twenty fixed queries over the corpus, plain, filtered and with search syntax; each finds something. */
const QUERIES: { query: string; filters?: Parameters<Archive['search']>[1] }[] = [
  { query: 'banjir' },
  { query: 'harga beras' },
  { query: 'pertemuan' },
  { query: 'pemerintah' },
  { query: 'kepala dinas' },
  { query: 'sampah' },
  { query: 'sekolah' },
  { query: 'kebakaran' },
  { query: 'investor' },
  { query: 'menteri' },
  { query: 'kerajaan' },
  { query: 'polis' },
  { query: 'listrik' },
  { query: 'tourism' },
  { query: 'jakarta', filters: { language: 'ind' } },
  { query: 'harga', filters: { outlet: 'kompas' } },
  { query: 'kata', filters: { organisation: 'BPBD' } },
  { query: 'air', filters: { speaker: 'Hendra Gunawan' } },
  { query: '"Pengadilan Negeri" hakim*' },
  { query: 'warga', filters: { limit: 1000 } },
];

describe.skipIf(url === null)('PostgreSQL and SQLite archives agree', () => {
  it('archive the corpus twice and return the same articles for 20 fixed queries', async () => {
    const inputs = corpusInputs();
    const sqlite = await openArchive(join(mkdtempSync(join(tmpdir(), 'warta-agree-')), 'corpus.sqlite'));
    const postgres = await openArchive({ postgres: url! }, { schema: freshSchema() });
    try {
      for (const archive of [sqlite, postgres]) {
        expect((await archive.add(inputs)).added).toBe(inputs.length);
        expect((await archive.add(inputs)).unchanged).toBe(inputs.length);
        expect(await archive.count()).toBe(inputs.length);
      }
      let nonEmpty = 0;
      for (const { query, filters } of QUERIES) {
        const options = { limit: 1000, ...filters };
        const [a, b] = await Promise.all([sqlite.search(query, options), postgres.search(query, options)]);
        const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();
        expect(ids(b), query).toEqual(ids(a));
        if (a.length > 0) nonEmpty++;
        // The same snippets too: cut by warta from the same body.
        const snippets = new Map(a.map((h) => [h.id, h.snippet]));
        for (const hit of b) expect(hit.snippet, query).toBe(snippets.get(hit.id));
      }
      expect(nonEmpty).toBe(QUERIES.length);
      const quoted = (q: { id: string; text: string }[]) => q.map((x) => `${x.id} ${x.text}`).sort();
      for (const query of [{ speaker: 'Hendra Gunawan' }, { organisation: 'OJK' }, { organisation: 'Kejaksaan Negeri' }]) {
        expect(quoted(await postgres.quotes(query))).toEqual(quoted(await sqlite.quotes(query)));
      }
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

describe.skipIf(url === null)('PostgreSQL and SQLite archives: one schema', () => {
  it('have the same tables with the same columns, in the same order', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warta-schema-')), 'schema.sqlite');
    const schema = freshSchema();
    for (const archive of [await openArchive(file), await openArchive({ postgres: url! }, { schema })]) await archive.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file, { readonly: true });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' ORDER BY name`).pluck().all() as string[]);
    const sqlite = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[])]));
    db.close();
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url! });
    await client.connect();
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    await client.end();
    const postgres: Record<string, string[]> = {};
    for (const r of rows) (postgres[r.table_name] ??= []).push(r.column_name);
    // PostgreSQL keeps the full-text index in a column; SQLite in the articles_fts table.
    postgres.articles = postgres.articles!.filter((c) => c !== 'terms');
    expect(postgres).toEqual(sqlite);
    expect(Object.keys(sqlite)).toHaveLength(10);
  });
});

describe.skipIf(url === null)('PostgreSQL archive: opening', () => {
  it('names an unreachable server in one line', async () => {
    const error = await openArchive({ postgres: 'postgresql://warta@/postgres?host=/nonexistent-socket-dir' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('cannot-open');
    expect((error as ArchiveError).message).toMatch(/cannot connect to PostgreSQL/);
  });

  it('refuses a schema name that is not a plain identifier, and a schema of other tables', async () => {
    await expect(openArchive({ postgres: url! }, { schema: 'x"; DROP SCHEMA public; --' })).rejects.toThrow(TypeError);
    const other = freshSchema();
    const admin = await openArchive({ postgres: url! }, { schema: other });
    await admin.close();
    // A schema holding someone else's tables is not taken over.
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url! });
    await client.connect();
    const foreign = freshSchema();
    await client.query(`CREATE SCHEMA ${foreign}; CREATE TABLE ${foreign}.invoices (id int)`);
    await client.end();
    const error = await openArchive({ postgres: url! }, { schema: foreign }).catch((e: unknown) => e);
    expect((error as ArchiveError).code).toBe('not-an-archive');
  });

  it('two archives writing the same articles at once end with each article once', async () => {
    const schema = freshSchema();
    const inputs = corpusInputs();
    const [a, b] = await Promise.all([openArchive({ postgres: url! }, { schema }), openArchive({ postgres: url! }, { schema })]);
    try {
      const [ra, rb] = await Promise.all([a.add(inputs), b.add([...inputs].reverse())]);
      expect(ra.added + rb.added).toBe(inputs.length);
      expect(await a.count()).toBe(inputs.length);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
