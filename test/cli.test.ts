import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The command-line tool, run as users run it: the built `dist/cli.js` in a child process. */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'worker.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const article = (i: number) => ({ id: `a${i}`, text: `Jakarta (ANTARA) - Berita nomor ${i} tentang harga beras yang naik pekan ini.` });
const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify(article(i)));

describe('cli: parse', () => {
  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: one output line per good input line, in input order`, () => {
      const { code, stdout } = run(['parse', '--quiet', '--jobs', jobs], `${lines.join('\n')}\n`);
      expect(code).toBe(0);
      const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `a${i}`));
      expect(out[7].article.dateline.outletId).toBe('antara');
      expect(out[7].article.paragraphs[0].text).toMatch(/^Berita nomor 7 /);
    });
  }

  it('reports bad lines with their line number, goes on, and the counts add up', () => {
    const input = [lines[0], 'not json', '{"id": 5}', '', JSON.stringify('Teks tanpa id juga boleh.'), lines[1]].join('\n');
    const { code, stdout, stderr } = run(['parse', '--jobs', '2'], `${input}\n`);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: no string field "text"/);
    expect(stderr).toMatch(/line 4: empty line/);
    expect(stderr).toMatch(/6 read, 3 parsed, 3 failed/);
  });

  it('reads and writes files, with another text field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({ id: 1, body: 'KUALA LUMPUR: Kerajaan berkata bahawa harga minyak akan turun.' })}\n`);
    const { code } = run(['parse', '-i', join(dir, 'in.jsonl'), '-o', join(dir, 'out.jsonl'), '--field', 'body', '--quiet'], '');
    expect(code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(out.article.language.code).toBe('zlm');
  });

  it('rejects an unknown language with a clear message', () => {
    const { code, stderr } = run(['parse', '--language', 'fr'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--language must be ind, zlm or eng/);
  });
});

describe('cli: summary', () => {
  it('prints a readable summary of each corpus article', () => {
    const { code, stdout } = run(['summary', join(root, 'corpus', 'seed-shape--body-repeated-twice.txt')], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/■ seed-shape--body-repeated-twice/);
    expect(stdout).toMatch(/title\s+.+\[glued twice\]/);
    expect(stdout).toMatch(/1 article\(s\) parsed\./);
  });
});
