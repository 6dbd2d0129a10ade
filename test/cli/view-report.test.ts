import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** `warta view` and `warta report`, run as users run them: the built CLI in a child process. */
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const seedShape = join(root, 'corpus', 'seed-shape--body-repeated-twice.txt');

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (...records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('cli: view', () => {
  it('prints its help for --help, and warta --help lists view and report', () => {
    expect(run(['view', '--help']).stdout).toMatch(/^Usage: warta view \[options\]/);
    expect(run(['report', '-h']).stdout).toMatch(/^Usage: warta report \[options\]/);
    expect(run(['--help']).stdout).toMatch(/warta view [\s\S]*warta report /);
  });

  it('writes one HTML page for a .txt article to standard output', () => {
    const { code, stdout, stderr } = run(['view', seedShape]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('seed-shape--body-repeated-twice.txt');
    expect(stdout).toContain('data-kind="title-repeat"');
  });

  it('writes to --output, and picks a JSONL line by --id or --line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-view-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, jsonl({ id: 'a', text: 'Jakarta (ANTARA) - Harga beras naik.' }, { id: 7, body: 'x', text: 'KUALA LUMPUR: Kerajaan berkata bahawa harga minyak akan turun.' }));
    expect(run(['view', input, '--id', '7', '-o', join(dir, 'b.html')]).code).toBe(0);
    const page = readFileSync(join(dir, 'b.html'), 'utf8');
    expect(page).toContain('in.jsonl, line 2, id 7');
    expect(page).toContain('<p class="article" lang="ms">');
    const byLine = run(['view', input, '--line', '1']);
    expect(byLine.stdout).toContain('data-kind="dateline" data-span="0-18"');
    expect(run(['view', input, '--id', 'a', '--field', 'body']).code).toBe(1);
  });

  it('reads one article from standard input', () => {
    const { code, stdout } = run(['view'], jsonl({ id: 's', text: 'Jakarta (ANTARA) - Harga beras naik.' }));
    expect(code).toBe(0);
    expect(stdout).toContain('stdin, line 1, id s');
  });

  it('answers usage errors in one line with exit 2', () => {
    const many = jsonl({ id: 1, text: 'a' }, { id: 2, text: 'b' });
    const cases: [string[], string, RegExp][] = [
      [['view'], many, /more than one article in the input: pick one with --id or --line/],
      [['view', '--id', '3'], many, /no article with id "3"/],
      [['view', '--line', '0'], many, /--line must be a line number/],
      [['view', 'missing.txt'], '', /no such file or folder: missing.txt/],
      [['view', '--language', 'fr', seedShape], '', /--language must be ind, zlm or eng/],
      [['view', '--bogus', seedShape], '', /Unknown option '--bogus'/],
      [['view'], '', /the input is empty/],
    ];
    for (const [args, input, message] of cases) {
      const { code, stderr } = run(args, input);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('reports an unusable picked line with its place, exit 1', () => {
    const { code, stderr } = run(['view', '--line', '2'], 'null\nnot json\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^warta view: -:2: not valid JSON/);
  });

  it('ends quietly when its reader goes away', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(cli)} view ${JSON.stringify(seedShape)} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });
});

describe('cli: report', () => {
  it('turns parse output (with its error records) into one page, from a file or standard input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-report-'));
    const articles = [
      { id: 'a', text: readFileSync(seedShape, 'utf8') },
      { id: 'b', text: 'Jakarta (ANTARA) - Kementerian Keuangan (Kemenkeu) menyampaikan laporan.' },
    ];
    const input = `${jsonl(...articles)}{"id": "c"}\n`;
    const parse = spawnSync(process.execPath, [cli, 'parse', '--quiet'], { input, encoding: 'utf8' });
    // Whatever parse does with a bad line (an error record in place, or a note on stderr), the report reads its output.
    const parsed = `${parse.stdout}{"error":"no field \\"text\\"","line":3,"file":"-","id":"c"}\nnot json\n`;
    writeFileSync(join(dir, 'parsed.jsonl'), parsed);
    const fromFile = run(['report', join(dir, 'parsed.jsonl'), '-o', join(dir, 'report.html'), '--title', 'Corpus <batch>']);
    expect(fromFile.code).toBe(0);
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('<h1>Corpus &lt;batch&gt;</h1>');
    expect(page).toMatch(/<span class="n">2<\/span><span class="w">articles parsed/);
    expect(page).toContain('Failed lines (');
    expect(page).toContain('no field &quot;text&quot;');
    expect(page).toContain('Unreadable lines in the report&apos;s input (1)');
    expect(page).toContain('antara');
    const fromStdin = run(['report'], parsed);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toContain('from standard input');
  });

  it('rejects a missing file in one line with exit 2', () => {
    const { code, stderr } = run(['report', 'nope.jsonl']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('warta report: no such file or folder: nope.jsonl');
  });
});
