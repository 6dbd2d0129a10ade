import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusInputs } from '../archive/fixtures.js';

/** `warta archive`, `search`, `quotes` and `export`, run as users run them: the built CLI in a child process. */
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const corpus = join(root, 'corpus');

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

function run(args: string[], options: { input?: string; uid?: number } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { input: options.input ?? '', encoding: 'utf8', ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'warta-cli-archive-'));
const jsonLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

/** The corpus `times` over with fresh ids, as one JSONL file: enough articles for a run that takes a while. */
function repeatedCorpus(dir: string, times: number): { path: string; count: number } {
  const inputs = corpusInputs();
  const lines: string[] = [];
  for (let t = 0; t < times; t++) for (const a of inputs) lines.push(JSON.stringify({ id: `${a.id}#${t}`, text: a.text }));
  const path = join(dir, `corpus-x${times}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, count: lines.length };
}

function countIn(db: string): { articles: number; ids: number } {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT count(*) AS articles, count(DISTINCT id) AS ids FROM articles').get() as { articles: number; ids: number };
  } finally {
    handle.close();
  }
}

describe('cli: archive, search, quotes', () => {
  const dir = tempDir();
  const db = join(dir, 'news.sqlite');
  const total = corpusInputs().length;

  it('archives a folder, and re-archiving it changes nothing', () => {
    const first = run(['archive', '--db', db, corpus]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(new RegExp(`^warta archive: ${total} read, ${total} added, 0 updated, 0 unchanged, 0 failed`));
    const second = run(['archive', '--db', db, corpus]);
    expect(second.stderr).toMatch(new RegExp(`${total} read, 0 added, 0 updated, ${total} unchanged, 0 failed`));
    expect(countIn(db)).toEqual({ articles: total, ids: total });
  });

  it('search prints JSON lines, best first, with the match marked', () => {
    const { code, stdout, stderr } = run(['search', '--db', db, 'pertemuan']);
    expect([code, stderr]).toEqual([0, '']);
    const hits = jsonLines(stdout);
    expect(hits.length).toBeGreaterThan(1);
    expect(Object.keys(hits[0]!)).toEqual(['id', 'score', 'title', 'date', 'outlet', 'language', 'url', 'snippet']);
    expect(hits.every((h, i) => i === 0 || (h.score as number) <= (hits[i - 1]!.score as number))).toBe(true);
    expect(hits.every((h) => /\*\*[^*]+\*\*/.test(h.snippet as string))).toBe(true);
    const filtered = jsonLines(run(['search', '--db', db, 'harga', '--lang', 'zlm', '--limit', '2']).stdout);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((h) => h.language === 'zlm')).toBe(true);
  });

  it('quotes lists what a speaker or an organisation’s people said', () => {
    const bySpeaker = jsonLines(run(['quotes', '--db', db, '--speaker', 'Hendra Gunawan']).stdout);
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((q) => (q.speaker as { name: string }).name === 'Hendra Gunawan')).toBe(true);
    const byOrg = jsonLines(run(['quotes', '--db', db, '--org', 'OJK']).stdout);
    expect(byOrg.length).toBeGreaterThan(0);
  });

  it('hostile queries: searched as words, or answered in one line with exit 2', () => {
    for (const query of ['"banjir', 'NEAR(banjir', 'title:banjir', "'; DROP TABLE articles; --", 'banjir*']) {
      const r = run(['search', '--db', db, query]);
      expect([r.code, r.stderr], query).toEqual([0, '']);
    }
    const cases: [string[], RegExp][] = [
      [['search', '--db', db, ''], /^warta search: the query has no words to search for\n$/],
      [['search', '--db', db, '***'], /^warta search: the query has no words to search for\n$/],
      // 1 MB of query, in arguments of 100 kB (one argument may not exceed 128 kB).
      [['search', '--db', db, ...Array.from({ length: 10 }, () => 'banjir '.repeat(15_000))], /^warta search: the query is \d+ characters long; at most 1000 are searched\n$/],
      [['search', '--db', db], /^warta search: what to search for\?/],
      [['search', 'banjir'], /^warta search: which archive\? give --db <file> or --postgres <url>\n$/],
      [['search', '--db', db, '--postgres', 'postgres://x', 'banjir'], /^warta search: give --db or --postgres, not both\n$/],
      [['search', '--db', db, 'banjir', '--from', '2024-02-30'], /^warta search: from must be a date written YYYY-MM-DD/],
      [['search', '--db', db, 'banjir', '--limit', 'ten'], /^warta search: --limit must be a whole number/],
      [['quotes', '--db', db], /^warta quotes: whose quotes\? give --speaker <name> or --org <name>\n$/],
      [['search', '--db', join(dir, 'absent.sqlite'), 'banjir'], /^warta search: cannot open .*absent\.sqlite/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.stderr, args.join(' ').slice(0, 80)).toMatch(message);
      expect(r.stderr.trim().split('\n'), args.join(' ').slice(0, 80)).toHaveLength(1);
      expect(r.code).toBe(args[2] === join(dir, 'absent.sqlite') ? 1 : 2);
    }
    expect(countIn(db).articles).toBe(total);
  });

  it('bad input lines become error records with their line numbers; the rest is archived and the counts add up', () => {
    const input = [JSON.stringify({ id: 'ok-1', text: 'Jakarta - Harga cabai naik lagi pekan ini.' }), 'not json', '{"id": "x"}', '', JSON.stringify({ id: ['a'], text: 'x' }), JSON.stringify('Teks tanpa id juga diarsipkan.')].join('\n');
    const r = run(['archive', '--db', db, '-'], { input: `${input}\n` });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { error: expect.stringMatching(/^not valid JSON/), line: 2, file: '-' },
      { error: 'no field "text"', line: 3, file: '-', id: 'x' },
      { error: 'empty line', line: 4, file: '-' },
      { error: 'field "id" is not a string or a number', line: 5, file: '-' },
    ]);
    expect(r.stderr).toMatch(/6 read, 2 added, 0 updated, 0 unchanged, 4 failed/);
  });

  it('a file that is not SQLite: exit 1, one line, the file untouched', () => {
    const notDb = join(dir, 'notes.sqlite');
    writeFileSync(notDb, 'hanya catatan\n'.repeat(100));
    const before = readFileSync(notDb, 'utf8');
    for (const args of [['archive', '--db', notDb, corpus], ['search', '--db', notDb, 'banjir']]) {
      const r = run(args);
      expect([r.code, r.stderr]).toEqual([1, `warta ${args[0]}: ${notDb} is not an SQLite database (nothing was written to it)\n`]);
    }
    expect(readFileSync(notDb, 'utf8')).toBe(before);
  });

  it('a read-only archive: archiving is refused in one line, search still reads it, nothing changes', () => {
    const roDir = tempDir();
    const ro = join(roDir, 'ro.sqlite');
    expect(run(['archive', '--db', ro, corpus]).code).toBe(0);
    const before = readFileSync(ro);
    chmodSync(ro, 0o444);
    const refused = run(['archive', '--db', ro, corpus]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`warta archive: ${ro} is read-only: make it writable to archive into it (search and quotes can read it as it is)\n`);
    expect(jsonLines(run(['search', '--db', ro, 'banjir']).stdout).length).toBeGreaterThan(0);
    expect(readFileSync(ro).equals(before)).toBe(true);
  });

  // Run as another user (`nobody`), which needs root and a checkout that user may read (a clone in a
  // private temporary folder is not): checked by running node as that user on the built CLI.
  const NOBODY = 65534;
  const asNobody =
    process.getuid?.() === 0 && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(cli)})`], { uid: NOBODY, gid: NOBODY }).status === 0;
  if (process.getuid?.() === 0 && !asNobody) console.warn(`read-only archive test as another user skipped: user nobody cannot read ${cli}`);

  it.runIf(asNobody)('a user who may not write the file or its folder: one line, nothing changes', () => {
    const roDir = tempDir();
    chmodSync(roDir, 0o755);
    const ro = join(roDir, 'theirs.sqlite');
    expect(run(['archive', '--db', ro, corpus]).code).toBe(0);
    chownSync(ro, 0, 0);
    chmodSync(ro, 0o644);
    const before = readFileSync(ro);
    const refused = run(['archive', '--db', ro, corpus], { uid: NOBODY });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^warta archive: ${ro} cannot be written \\(read-only file or folder\\)`));
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const read = run(['search', '--db', ro, 'banjir'], { uid: NOBODY });
    expect(read.stderr).toBe('');
    expect(jsonLines(read.stdout).length).toBeGreaterThan(0);
    expect(readFileSync(ro).equals(before)).toBe(true);
  });
});

describe('cli: archive runs that stop or overlap', () => {
  it('an archive killed mid-run (kill -9) and restarted holds every article once', async () => {
    const dir = tempDir();
    const db = join(dir, 'killed.sqlite');
    const { path, count } = repeatedCorpus(dir, 40);
    const child = spawn(process.execPath, [cli, 'archive', '--db', db, '--chunk', '20', '--quiet', path], { stdio: 'ignore' });
    let committed = 0;
    // Generous budgets: on a loaded machine the child can take a minute to commit three chunks; the test
    // checks what a kill leaves behind, not how fast the archive runs.
    for (let waited = 0; committed < 60 && waited < 150_000; waited += 25) {
      await new Promise((r) => setTimeout(r, 25));
      if (existsSync(db)) committed = (() => { try { return countIn(db).articles; } catch { return 0; } })();
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const atKill = countIn(db);
    expect(atKill.articles).toBeGreaterThan(0);
    expect(atKill.articles).toBeLessThan(count); // it was stopped mid-run
    expect(atKill.articles % 20).toBe(0); // whole chunks only: each is one transaction
    const resumed = run(['archive', '--db', db, path]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`${count} read, ${count - atKill.articles} added, 0 updated, ${atKill.articles} unchanged, 0 failed`));
    expect(countIn(db)).toEqual({ articles: count, ids: count });
  }, 300_000);

  it('two processes archiving into one file at once both finish, each article once', async () => {
    const dir = tempDir();
    const db = join(dir, 'shared.sqlite');
    const { path, count } = repeatedCorpus(dir, 12);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    // Overlapping halves, in opposite orders.
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${lines.slice(0, Math.ceil(count * 0.7)).join('\n')}\n`);
    writeFileSync(b, `${lines.slice(Math.floor(count * 0.3)).reverse().join('\n')}\n`);
    const runAsync = (file: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, 'archive', '--db', db, '--chunk', '10', file], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const [ra, rb] = await Promise.all([runAsync(a), runAsync(b)]);
    // The whole record on failure: a non-zero exit shows the process's own account of it.
    expect({ code: ra.code, stderr: ra.code === 0 ? '' : ra.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: rb.code, stderr: rb.code === 0 ? '' : rb.stderr }).toEqual({ code: 0, stderr: '' });
    expect(ra.stderr + rb.stderr).not.toMatch(/busy|locked/i);
    expect(countIn(db)).toEqual({ articles: count, ids: count });
  });
});

describe('cli: export', () => {
  it('--format opensearch-bulk writes an action and a document per article', () => {
    const r = run(['export', '--format', 'opensearch-bulk', '--index', 'berita', corpus]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(2 * corpusInputs().length);
    expect(lines[0]).toEqual({ index: { _index: 'berita', _id: join(corpus, corpusInputs()[0]!.id + '.txt') } });
    expect(lines[1]).toMatchObject({ id: join(corpus, `${corpusInputs()[0]!.id}.txt`), terms: { body: expect.any(String) } });
  });

  it('--mapping prints the index mapping as JSON', () => {
    const r = run(['export', '--mapping']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mappings: { properties: { outlet: { type: 'keyword' }, date: { type: 'date' } } } });
  });

  it('jsonl: a bad line gets an error record in its place; the reader going away ends it quietly', () => {
    const input = [JSON.stringify({ id: 1, text: 'Jakarta - Satu.' }), '{bad', JSON.stringify({ id: 3, text: 'Jakarta - Tiga.' })].join('\n');
    const r = run(['export', '--format', 'jsonl', '-'], { input });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((d) => d.id ?? d.line)).toEqual(['1', 2, '3']);
    const dir = tempDir();
    const { path } = repeatedCorpus(dir, 20);
    const piped = spawnSync('bash', ['-c', `node ${JSON.stringify(cli)} export --format jsonl ${JSON.stringify(path)} | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.stdout.trim()).toBe('0');
  });

  it('usage errors are one line with exit 2', () => {
    for (const [args, message] of [
      [['export', corpus], /^warta export: --format must be opensearch-bulk or jsonl\n$/],
      [['export', '--format', 'csv', corpus], /^warta export: --format must be opensearch-bulk or jsonl, got "csv"\n$/],
      [['export', '--mapping', corpus], /^warta export: --mapping takes no inputs and no --format\n$/],
    ] as const) {
      const r = run([...args]);
      expect([r.code, r.stderr.match(message) !== null]).toEqual([2, true]);
    }
  });
});
