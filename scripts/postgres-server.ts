/**
 * A throwaway PostgreSQL server for tests, benchmarks and measurements: a fresh cluster in a
 * temporary folder, listening only on a Unix socket there (no TCP port to collide with), with
 * trust authentication for user `warta`. As root it runs as the `postgres` system user (the
 * server refuses to run as root). Uses the server of Debian's `postgresql` package, which
 * `.ci/run` installs.
 *
 * `WARTA_TEST_POSTGRES_URL` names an existing server to use instead.
 *
 * Run alone, it starts a server and prints its URL until stopped:
 *   npx tsx scripts/postgres-server.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PostgresServer {
  url: string;
  stop(): void;
}

/** Why no server could be started, for a test to print when it skips. */
export interface NoPostgres {
  skip: string;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? join(found, '..') : null;
}

function systemUserId(name: string): number | null {
  const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

export function startPostgres(): PostgresServer | NoPostgres {
  const given = process.env.WARTA_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  const bin = binDir();
  if (!bin) return { skip: 'no PostgreSQL server installed (apt-get install postgresql, or set WARTA_TEST_POSTGRES_URL)' };
  const asRoot = process.getuid?.() === 0;
  const postgresUid = asRoot ? systemUserId('postgres') : null;
  if (asRoot && postgresUid === null) return { skip: 'running as root and there is no postgres user to run the server as' };
  const dir = mkdtempSync(join(tmpdir(), 'warta-pg-'));
  if (asRoot) chownSync(dir, postgresUid!, -1);
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  };
  const data = join(dir, 'data');
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'warta', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // fsync off: a test server's data need not survive a power cut.
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-k ${dir} -c listen_addresses= -c fsync=off -c max_connections=50`, 'start']);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').pop() ?? '';
    rmSync(dir, { recursive: true, force: true });
    return { skip: `could not start a PostgreSQL server (${stderr || (error as Error).message})` };
  }
  return {
    url: `postgresql://warta@/postgres?host=${encodeURIComponent(dir)}`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = startPostgres();
  if ('skip' in server) {
    process.stderr.write(`postgres-server: ${server.skip}\n`);
    process.exit(1);
  }
  process.stdout.write(`${server.url}\n`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
