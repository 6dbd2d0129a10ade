import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Importing warta must print nothing, read no `.env`, open no socket and load no database
 * client (natural's main entry does all of these; better-sqlite3 and pg load only when an
 * archive is opened). Checked on the built package, in a fresh process, the way users load it,
 * after parsing and building a search document (which loads the stemmer).
 */
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

beforeAll(() => {
  if (!existsSync(join(dist, 'index.cjs')) || !existsSync(join(dist, 'index.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

/** Runs in the child: load warta, parse one article, report what the process holds. */
const probe = (load: string) => `
${load}
const before = Object.keys(process.env).length;
warta.parseArticle('JAKARTA, KOMPAS.com - “Kami siap,” ujar Budi Santoso, Ketua KPK. Harga naik.');
warta.detectLanguage('The minister said the plan would go ahead next week.');
warta.toSearchDocument(warta.parseArticle('Pertemuan para petani dengan mitra.'), { id: 'x' });
const loaded = typeof require === 'function' ? Object.keys(require.cache) : [];
process.stdout.write('REPORT' + JSON.stringify({
  dbClients: loaded.filter((k) => /node_modules\\/(mongoose|mongodb|pg|redis|memjs|dotenv|better-sqlite3)\\//.test(k)),
  sockets: process.getActiveResourcesInfo().filter((r) => /TCP|UDP|GetAddrInfo|TLS|PipeConnect|PipeServer/i.test(r)),
  dotenv: process.env.WARTA_DOTENV_PROBE ?? null,
  envGrew: Object.keys(process.env).length !== before,
}));
`;

function run(args: string[]): { stdout: string; stderr: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'warta-import-'));
  // A .env the library must not read.
  writeFileSync(join(cwd, '.env'), 'WARTA_DOTENV_PROBE=read\n');
  const stdout = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout, stderr: '' };
}

describe('importing warta', () => {
  for (const [format, args] of [
    ['CommonJS', ['-e', probe(`const warta = require(${JSON.stringify(join(dist, 'index.cjs'))});`)]],
    ['ES module', ['--input-type=module', '-e', probe(`const warta = await import(${JSON.stringify(join(dist, 'index.js'))});`)]],
  ] as const) {
    it(`${format}: prints nothing, reads no .env, holds no socket or database client`, () => {
      const { stdout } = run([...args]);
      expect(stdout.startsWith('REPORT'), `printed before the report: ${stdout.slice(0, 200)}`).toBe(true);
      const report = JSON.parse(stdout.slice('REPORT'.length));
      expect(report).toEqual({ dbClients: [], sockets: [], dotenv: null, envGrew: false });
    });
  }
});
