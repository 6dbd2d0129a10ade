import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDedupeSet } from '../../scripts/eval/dedupe-set.js';

/**
 * examples/dask/pipeline.py on a real Dask LocalCluster (several worker processes) must give
 * exactly the clusters of a single `warta dedupe` over the same input. The input is the
 * repo's own corpus with republished copies made by the benchmark set's generator.
 * `.ci/run` installs Dask (Debian python3-distributed); elsewhere the test says why it skips.
 */
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

/** A Python that can import Dask's distributed scheduler, or null. */
function findPython(): string | null {
  for (const python of [process.env.WARTA_PYTHON, '/usr/bin/python3', 'python3']) {
    if (!python) continue;
    const r = spawnSync(python, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore' });
    if (r.status === 0) return python;
  }
  return null;
}

const python = findPython();
if (!python) console.warn('dask test skipped: no Python with Dask (apt-get install python3-distributed python3-dask, or set WARTA_PYTHON)');

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

describe.skipIf(!python)('examples/dask', () => {
  it('the Dask pipeline (parse, signatures, group on band keys, dedupe --candidates) equals one warta dedupe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-dask-'));
    const corpus = readdirSync(join(root, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(root, 'corpus', f), 'utf8') }));
    const set = buildDedupeSet(corpus, 7, { sites: 1, articlesPerSite: 4 });
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${set.articles.map((a) => JSON.stringify(a)).join('\n')}\n`);

    const single = spawnSync(process.execPath, [cli, 'dedupe', '--quiet', input], { encoding: 'utf8' });
    expect(single.status).toBe(0);
    expect(single.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3);

    const out = join(dir, 'clusters.jsonl');
    const dask = spawnSync(python!, [join(root, 'examples', 'dask', 'pipeline.py'), '--input', input, '--out', out, '--workers', '2', '--blocksize', '16KB', '--warta', `${process.execPath} ${cli}`], {
      encoding: 'utf8',
    });
    expect(dask.status, dask.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(single.stdout);
    expect(readFileSync(`${out}.errors.jsonl`, 'utf8')).toBe('');
  }, 180_000);
});
