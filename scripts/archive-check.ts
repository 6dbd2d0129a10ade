/**
 * `npm run archive:check -- [--data ../shared/eval] [--postgres URL]`
 *
 * The archive's done-when checks on the real articles (`<data>/real/{id-news,ms-news,en-id-news}.jsonl`),
 * through the built CLI as users run it:
 * 1. `warta archive` twice into SQLite and into PostgreSQL (a throwaway server unless --postgres):
 *    each holds every article once;
 * 2. 20 fixed queries (scripts/bench-archive.ts) return the same articles from both;
 * 3. an archive killed with SIGKILL mid-run and run again holds every article once.
 * Prints a table; exits 1 when a check fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../src/index.js';
import { BENCH_QUERIES } from './bench-archive.js';
import { formatTable, progress } from './eval/shared.js';
import { startPostgres } from './postgres-server.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FILES = ['id-news.jsonl', 'ms-news.jsonl', 'en-id-news.jsonl'];

function args(): { data: string; postgres: string | null } {
  const argv = process.argv.slice(2);
  let data = resolve(ROOT, '..', 'shared', 'eval');
  let postgres: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') data = resolve(argv[++i] ?? '');
    else if (argv[i] === '--postgres') postgres = argv[++i] ?? null;
    else {
      process.stderr.write('usage: npm run archive:check -- [--data <dir>] [--postgres <url>]\n');
      process.exit(2);
    }
  }
  return { data, postgres };
}

function archive(target: string[], files: string[]): string {
  const r = spawnSync(process.execPath, [CLI, 'archive', ...target, ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`warta archive failed (${r.status}): ${r.stderr}`);
  return r.stderr.trim();
}

async function main(): Promise<void> {
  const { data, postgres } = args();
  const files = FILES.map((f) => join(data, 'real', f));
  if (!files.every(existsSync)) {
    process.stderr.write(`archive:check: the real articles are not under ${data}/real\n`);
    return;
  }
  if (!existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const expected = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id))).size;
  const dir = mkdtempSync(join(tmpdir(), 'warta-archive-check-'));
  const server = postgres ? { url: postgres, stop: () => {} } : startPostgres();
  if ('skip' in server) throw new Error(`no PostgreSQL: ${server.skip}`);
  const rows: string[][] = [];
  let failed = false;
  const check = (what: string, ok: boolean, detail: string) => {
    rows.push([what, ok ? 'ok' : 'FAILED', detail]);
    failed ||= !ok;
  };
  try {
    const db = join(dir, 'news.sqlite');
    const targets: [string, string[]][] = [
      ['SQLite', ['--db', db]],
      ['PostgreSQL', ['--postgres', server.url, '--schema', 'archive_check']],
    ];
    for (const [name, target] of targets) {
      progress(`archive:check: ${name}, twice`);
      const first = archive(target, files);
      const second = archive(target, files);
      const opened = await openArchive(name === 'SQLite' ? db : { postgres: server.url }, name === 'SQLite' ? { readonly: true } : { schema: 'archive_check', readonly: true });
      const count = await opened.count();
      await opened.close();
      check(`${name}: archived twice, each article once`, count === expected, `${count} articles; 1st run: ${first.replace(/^warta archive: /, '')}; 2nd: ${second.replace(/^warta archive: /, '').replace(/ \(\d+\/s\)$/, '')}`);
    }

    progress('archive:check: 20 queries on both');
    const sqlite = await openArchive(db, { readonly: true });
    const pg = await openArchive({ postgres: server.url }, { schema: 'archive_check', readonly: true });
    let agree = 0;
    let hits = 0;
    const differ: string[] = [];
    for (const query of BENCH_QUERIES) {
      const [a, b] = await Promise.all([sqlite.search(query, { limit: 1000 }), pg.search(query, { limit: 1000 })]);
      const ids = (h: { id: string }[]) => h.map((x) => x.id).sort().join(' ');
      if (ids(a) === ids(b)) agree++;
      else differ.push(query);
      hits += a.length;
    }
    await sqlite.close();
    await pg.close();
    check(`${BENCH_QUERIES.length} fixed queries, same articles from both`, agree === BENCH_QUERIES.length, `${agree}/${BENCH_QUERIES.length} agree, ${hits} hits in all${differ.length ? `; differ: ${differ.join(', ')}` : ''}`);

    progress('archive:check: kill -9 mid-run, then resume');
    const killed = join(dir, 'killed.sqlite');
    const child = spawn(process.execPath, [CLI, 'archive', '--db', killed, '--chunk', '25', '--quiet', ...files], { stdio: 'ignore' });
    let committed = 0;
    for (let waited = 0; committed < 100 && waited < 120_000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
      if (!existsSync(killed)) continue;
      try {
        const peek = await openArchive(killed, { readonly: true });
        committed = await peek.count();
        await peek.close();
      } catch {
        // not created yet
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const peek = await openArchive(killed, { readonly: true });
    const atKill = await peek.count();
    await peek.close();
    const resumed = archive(['--db', killed], files);
    const after = await openArchive(killed, { readonly: true });
    const total = await after.count();
    await after.close();
    check('killed mid-run (SIGKILL) and restarted: each article once', total === expected && atKill > 0 && atKill < expected, `${atKill} committed at the kill; resumed: ${resumed.replace(/^warta archive: /, '')}; ${total} after`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${formatTable(['check', 'result', 'detail'], rows)}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`archive:check: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
