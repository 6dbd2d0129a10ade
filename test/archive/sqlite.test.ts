import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER } from '../../src/archive/archive.js';
import { SCHEMA_VERSION, type Migration } from '../../src/archive/migrations.js';
import { SQLITE_MIGRATIONS } from '../../src/archive/sqlite/schema.js';
import { openSqliteStore } from '../../src/archive/sqlite/store.js';
import { ArchiveError, openArchive } from '../../src/index.js';
import { archiveContract } from './contract.js';
import { ARTICLES } from './fixtures.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'warta-archive-')), 'news.sqlite');

archiveContract('SQLite', async () => {
  const path = fresh();
  return { archive: await openArchive(path), reopen: (readonly) => openArchive(path, { readonly }) };
});

describe('SQLite archive: files that are not what they seem', () => {
  const snapshot = (path: string) => readFileSync(path).toString('base64');

  async function openError(path: string, options = {}): Promise<ArchiveError> {
    const error = await openArchive(path, options).then(
      async (a) => {
        await a.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArchiveError);
    return error as ArchiveError;
  }

  it('a file that is not SQLite: one clear message, and the file untouched', async () => {
    const path = fresh();
    writeFileSync(path, 'Ini catatan biasa, bukan basis data.\n'.repeat(200));
    const before = snapshot(path);
    const error = await openError(path);
    expect(error.code).toBe('not-an-archive');
    expect(error.message).toBe(`${path} is not an SQLite database (nothing was written to it)`);
    expect((await openError(path, { readonly: true })).code).toBe('not-an-archive');
    expect(snapshot(path)).toBe(before);
  });

  it('an SQLite database of something else is not taken over', async () => {
    const path = fresh();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)');
    db.close();
    const error = await openError(path);
    expect(error.code).toBe('not-an-archive');
    expect(error.message).toMatch(/not a warta archive \(it has other tables: invoices\)/);
  });

  it('a read-only file: archiving into it is refused in one line, reading it works, nothing changes', async () => {
    const path = fresh();
    const writer = await openArchive(path);
    await writer.add([...ARTICLES]);
    await writer.close();
    chmodSync(path, 0o444);
    const before = snapshot(path);
    const error = await openError(path);
    expect(error.code).toBe('read-only');
    expect(error.message).toMatch(/is read-only: make it writable/);
    const reader = await openArchive(path, { readonly: true });
    expect(await reader.count()).toBe(ARTICLES.length);
    expect((await reader.search('pertemuan')).length).toBe(3);
    await reader.close();
    expect(snapshot(path)).toBe(before);
  });

  it('an empty or absent file opened for reading is no archive to read', async () => {
    expect((await openError(fresh(), { readonly: true })).code).toBe('cannot-open');
    const empty = fresh();
    writeFileSync(empty, '');
    expect((await openError(empty, { readonly: true })).code).toBe('not-an-archive');
  });

  it('a folder that does not exist: cannot open, said plainly', async () => {
    const error = await openError('/nonexistent-folder/news.sqlite');
    expect(error.code).toBe('cannot-open');
    expect(error.message).toMatch(/does its folder exist/);
  });
});

describe('SQLite archive: schema versions', () => {
  const NEXT: Migration = { version: SCHEMA_VERSION + 1, description: 'a note per article (test only)', statements: ['ALTER TABLE articles ADD COLUMN note TEXT'] };

  it('records its version, migrates an older archive forward keeping its articles, and refuses a newer one', async () => {
    const path = fresh();
    const archive = await openArchive(path);
    await archive.add([...ARTICLES]);
    await archive.close();
    const Database = (await import('better-sqlite3')).default;
    const version = (p: string) => new Database(p, { readonly: true }).prepare(`SELECT value FROM warta_meta WHERE key = 'schema_version'`).pluck().get();
    expect(version(path)).toBe(String(SCHEMA_VERSION));

    // A warta with one more version opens it: the migration runs once, the articles stay.
    const store = await openSqliteStore(path, { readonly: false, busyTimeout: 1000, migrations: [...SQLITE_MIGRATIONS, NEXT] });
    expect(await store.count()).toBe(ARTICLES.length);
    await store.close();
    expect(version(path)).toBe(String(SCHEMA_VERSION + 1));
    const again = await openSqliteStore(path, { readonly: false, busyTimeout: 1000, migrations: [...SQLITE_MIGRATIONS, NEXT] });
    await again.close();

    // This warta knows only the released versions: it will not write over a newer archive.
    const error = await openArchive(path).catch((e: unknown) => e);
    expect((error as ArchiveError).code).toBe('newer-schema');
    expect((error as ArchiveError).message).toMatch(/written by a newer warta \(schema 2; this one knows up to 1\)/);
    expect((await openArchive(path, { readonly: true }).catch((e: unknown) => e)) as ArchiveError).toMatchObject({ code: 'newer-schema' });
  });
});

describe('SQLite archive: parser version', () => {
  it('records the package version beside each article', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(PARSER).toBe(`warta@${pkg.version}`);
  });
});

describe('SQLite archive: at rest and in use', () => {
  it('a closed archive is one self-contained file; a writer closing beside a reader does not wait', async () => {
    const path = fresh();
    const writer = await openArchive(path);
    await writer.add([...ARTICLES]);
    await writer.close();
    expect(readFileSync(path).subarray(18, 20)).toEqual(Buffer.from([1, 1])); // rollback journal, not WAL
    const reader = await openArchive(path, { readonly: true });
    const second = await openArchive(path, { busyTimeout: 5000 });
    await second.add([{ id: 'beside-a-reader', text: 'Jakarta - Berita yang ditulis saat arsip sedang dibaca.' }]);
    const started = performance.now();
    await second.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await reader.count()).toBe(ARTICLES.length + 1);
    await reader.close();
  });
});

describe('SQLite archive: from the built package', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  const probe = (load: string, path: string) => `${load}
const a = await w.openArchive(${JSON.stringify(path)});
await a.add([{ id: 'x', text: 'Jakarta - Para petani bertemu mitra penggilingan.' }]);
const hits = await a.search('pertemuan');
await a.close();
process.stdout.write(JSON.stringify(hits.map((h) => h.id)));`;

  for (const [format, load, args] of [
    ['CommonJS', `const w = require(${JSON.stringify(join(dist, 'index.cjs'))}); (async () => {`, []],
    ['ES module', `const w = await import(${JSON.stringify(join(dist, 'index.js'))});`, ['--input-type=module']],
  ] as const) {
    it(`${format}: opens, writes and searches an archive (the driver loads on open)`, () => {
      const code = probe(load, fresh()) + (format === 'CommonJS' ? '})();' : '');
      expect(execFileSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' })).toBe('["x"]');
    });
  }
});
