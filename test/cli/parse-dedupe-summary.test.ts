import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The command-line tool, run as users run it: the built `dist/cli.js` in a child process. */
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'worker.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'warta-cli-'));
}

const jsonLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
/** The summary line's counts. */
const counts = (stderr: string) => {
  const m = /(\d+) read, (\d+) (?:parsed|signed), (\d+) failed/.exec(stderr);
  return m ? { read: Number(m[1]), good: Number(m[2]), failed: Number(m[3]) } : null;
};

const article = (i: number) => ({ id: `a${i}`, url: `https://example.id/${i}`, text: `Jakarta (ANTARA) - Berita nomor ${i} tentang harga beras yang naik pekan ini.` });
const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify(article(i)));

describe('cli: parse', () => {
  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: one output line per input line, in input order, other fields passed through`, () => {
      const { code, stdout, stderr } = run(['parse', '--jobs', jobs], `${lines.join('\n')}\n`);
      expect(code).toBe(0);
      const out = jsonLines(stdout);
      expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `a${i}`));
      expect(out[7].url).toBe('https://example.id/7');
      expect(out[7].text).toBeUndefined();
      expect(out[7].article.dateline.outletId).toBe('antara');
      expect(out[7].article.paragraphs[0].text).toMatch(/^Berita nomor 7 /);
      expect(counts(stderr)).toEqual({ read: 150, good: 150, failed: 0 });
    });
  }

  it('writes an error record in place of every bad line, goes on, counts add up, exits 1', () => {
    const input = [lines[0], 'not json', '{"id": 5}', '', '{"id": "n", "text": 3}', '[1, 2]', JSON.stringify('Teks tanpa id juga boleh.'), lines[1]].join('\n');
    const { code, stdout, stderr } = run(['parse', '--jobs', '2'], `${input}\n`);
    expect(code).toBe(1);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(8);
    expect(out[0].id).toBe('a0');
    expect(out[1]).toMatchObject({ error: expect.stringMatching(/^not valid JSON/), line: 2, file: '-' });
    expect(out[1].id).toBeUndefined();
    expect(out[2]).toEqual({ error: 'no field "text"', line: 3, file: '-', id: 5 });
    expect(out[3]).toEqual({ error: 'empty line', line: 4, file: '-' });
    expect(out[4]).toEqual({ error: 'field "text" is not a string', line: 5, file: '-', id: 'n' });
    expect(out[5]).toEqual({ error: 'not a JSON object or string', line: 6, file: '-' });
    expect(out[6].article.paragraphs[0].text).toBe('Teks tanpa id juga boleh.');
    expect(out[7].id).toBe('a1');
    expect(counts(stderr)).toEqual({ read: 8, good: 3, failed: 5 });
  });

  it('reads .txt files, .jsonl files and folders in order; ids are paths; error records name the file', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'txt'));
    writeFileSync(join(dir, 'txt', 'b.txt'), 'KUALA LUMPUR: Kerajaan berkata bahawa harga minyak akan turun minggu depan.');
    writeFileSync(join(dir, 'txt', 'a.txt'), 'Jakarta - Harga cabai naik.');
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({ id: 1, body: 'Surabaya - Hujan deras.' })}\nbroken\n`);
    const { code, stdout } = run(['parse', '--quiet', '--field', 'body', join(dir, 'txt'), join(dir, 'in.jsonl')]);
    expect(code).toBe(1);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.id ?? o.error)).toEqual([join(dir, 'txt', 'a.txt'), join(dir, 'txt', 'b.txt'), 1, expect.stringMatching(/^not valid JSON/)]);
    expect(out[1].article.language.code).toBe('zlm');
    expect(out[3]).toMatchObject({ line: 2, file: join(dir, 'in.jsonl') });
  });

  it('-o writes a file; -i still names an input; --fields keeps only those parts; --pretty indents', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), `${lines[3]}\n`);
    const { code, stdout } = run(['parse', '-q', '-i', join(dir, 'in.jsonl'), '-o', join(dir, 'out.jsonl'), '--fields', 'dateline,quotes']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const [out] = jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(Object.keys(out.article).sort()).toEqual(['dateline', 'quotes']);
    const pretty = run(['parse', '-q', '--pretty', join(dir, 'in.jsonl')]);
    expect(pretty.stdout).toMatch(/^\{\n {2}"id": "a3",\n/);
  });

  it('drops a UTF-8 BOM, reads CRLF lines, and takes an empty file as no input', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.jsonl'), `\uFEFF${lines[0]}\r\n${lines[1]}\r\n`);
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFJakarta - Harga cabai naik.\r\nIsi berita.\r\n');
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const { code, stdout, stderr } = run(['parse', join(dir, 'bom.jsonl'), join(dir, 'bom.txt'), join(dir, 'empty.jsonl')]);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.id)).toEqual(['a0', 'a1', join(dir, 'bom.txt')]);
    expect(out[1].article.paragraphs.at(-1).text).not.toMatch(/\r/);
    expect(counts(stderr)).toEqual({ read: 3, good: 3, failed: 0 });
    const empty = run(['parse', join(dir, 'empty.jsonl')]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('');
    expect(counts(empty.stderr)).toEqual({ read: 0, good: 0, failed: 0 });
  });

  it('reads a 50 MB line between two ordinary ones (a scraper that kept the page beside the text)', () => {
    const dir = tmp();
    const paragraph = 'Harga beras di pasar induk naik lagi pekan ini, kata pedagang yang ditemui pada Senin pagi. ';
    const html = `<html>${'<div class="x">Iklan</div>'.repeat(Math.ceil(49e6 / 26))}</html>`;
    const big = JSON.stringify({ id: 'big', html, text: paragraph.repeat(Math.ceil(1e6 / paragraph.length)) });
    expect(big.length).toBeGreaterThan(50e6);
    writeFileSync(join(dir, 'big.jsonl'), `${lines[0]}\n${big}\n${lines[1]}\n`);
    const { code, stdout, stderr } = run(['parse', '--fields', 'warnings', join(dir, 'big.jsonl')]);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.id)).toEqual(['a0', 'big', 'a1']);
    expect(out[1].html).toBe(html);
    expect(out[1].article.warnings.join(' ')).toMatch(/very large input/);
    expect(counts(stderr)).toEqual({ read: 3, good: 3, failed: 0 });
  }, 120_000);

  it('ends quietly with exit 0 when its reader goes away (| head -1)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'many.jsonl'), `${Array.from({ length: 4000 }, (_, i) => JSON.stringify(article(i))).join('\n')}\n`);
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" parse --jobs 2 "${join(dir, 'many.jsonl')}" | head -1; echo "exit $?" >&2`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout).id).toBe('a0');
    expect(r.stderr).toMatch(/exit 0/);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);

  it('on Ctrl-C (SIGINT) stops reading, writes whole lines only, reports counts that add up, exits 130', async () => {
    const child = spawn(process.execPath, [cli, 'parse', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Input keeps coming until the signal (stdin stays open): the tool must not wait for its end.
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify(article(i)));
    child.stdin.write(`${many.join('\n')}\n`);
    await new Promise<void>((resolve) => {
      const check = () => (stdout.length > 0 ? resolve() : setTimeout(check, 10));
      check();
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const out = jsonLines(stdout);
    // Whatever was done is there, in order, from the first line on; the summary counts exactly that.
    expect(out.map((o) => o.id)).toEqual(many.slice(0, out.length).map((l) => JSON.parse(l).id));
    expect(counts(stderr)).toEqual({ read: out.length, good: out.length, failed: 0 });
    expect(stderr).toMatch(/interrupted/);
  }, 60_000);

  it('usage errors are one line on stderr with exit 2', () => {
    for (const args of [['parse', '--language', 'fr'], ['parse', '--bogus'], ['parse', '/no/such/file.jsonl'], ['parse', '--jobs', '0'], ['parse', '--fields', 'nope'], ['frobnicate']]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(/\n\s+at /);
      if (args[0] === 'parse') expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run(['parse', '--language', 'fr']).stderr).toMatch(/--language must be ind, zlm or eng/);
    expect(run(['parse', '/no/such/file.jsonl']).stderr).toMatch(/no such file or folder: \/no\/such\/file.jsonl/);
  });
});

describe('cli: signatures and dedupe', () => {
  const story =
    'Pemerintah menaikkan harga eceran tertinggi beras medium mulai bulan depan untuk menjaga pasokan di pasar tradisional. ' +
    'Menteri Perdagangan mengatakan kenaikan itu sudah dibahas bersama pemerintah daerah dan para pedagang besar. ' +
    'Harga baru berlaku di seluruh provinsi, kecuali wilayah yang masih menerima subsidi angkutan. ' +
    'Pedagang di Pasar Induk Cipinang menyambut keputusan itu karena harga gabah di tingkat petani sudah naik sejak awal tahun.';
  const other =
    'Tim nasional sepak bola putri berangkat ke Hanoi untuk mengikuti turnamen regional pekan depan. ' +
    'Pelatih kepala memanggil dua puluh tiga pemain, empat di antaranya baru pertama kali memperkuat tim senior. ' +
    'Latihan terakhir di Jakarta berlangsung tertutup dan difokuskan pada bola mati serta serangan balik cepat.';
  const input = [
    { id: 'x1', text: `Jakarta (ANTARA) - ${story}` },
    { id: 'y1', text: `Jakarta - ${other}` },
    { id: 'x2', text: `JAKARTA, KOMPAS.com - ${story.replace('bulan depan', 'pekan depan')}\nBaca juga: Harga Cabai Turun` },
    { id: 'x1', text: story },
  ]
    .map((o) => JSON.stringify(o))
    .concat(['oops'])
    .join('\n');

  it('signatures: one line per input with id, band keys and MinHash; error records in place', () => {
    const { code, stdout, stderr } = run(['signatures', '--jobs', '2'], `${input}\n`);
    expect(code).toBe(1);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.id ?? o.error)).toEqual(['x1', 'y1', 'x2', 'x1', expect.stringMatching(/^not valid JSON/)]);
    expect(out[0].bands).toHaveLength(32);
    expect(out[0].bands[0]).toMatch(/^0:[0-9a-f]{16}$/);
    expect(Buffer.from(out[0].minhash, 'base64')).toHaveLength(96 * 4);
    expect(counts(stderr)).toEqual({ read: 5, good: 4, failed: 1 });
  });

  it('dedupe: clusters as JSONL; a repeated id and a bad line get error records; --candidates gives the same clusters', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), `${input}\n`);
    const direct = run(['dedupe', join(dir, 'in.jsonl')]);
    expect(direct.code).toBe(1);
    const out = jsonLines(direct.stdout);
    const errors = out.filter((o) => o.error);
    expect(errors.map((e) => e.line).sort()).toEqual([4, 5]);
    expect(errors.find((e) => e.line === 4)).toMatchObject({ id: 'x1', error: expect.stringMatching(/seen before/) });
    const clusters = out.filter((o) => !o.error);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].id).toBe('x1');
    expect(clusters[0].members.map((m: { id: string }) => m.id)).toEqual(['x1', 'x2']);
    expect(clusters[0].members[1].similarity).toBeGreaterThan(0.5);

    // The engine's way: signatures, grouped on band keys, pairs confirmed.
    const signatures = jsonLines(run(['signatures', '-q', join(dir, 'in.jsonl')]).stdout).filter((s) => !s.error);
    const byBand = new Map<string, typeof signatures>();
    for (const s of signatures.slice(0, 3)) for (const b of s.bands) byBand.set(b, [...(byBand.get(b) ?? []), s]);
    const pairs = [...byBand.values()].filter((g) => g.length > 1).map((g) => JSON.stringify({ a: g[0], b: g[1] }));
    writeFileSync(join(dir, 'pairs.jsonl'), `${pairs.join('\n')}\nnot a pair\n`);
    const confirmed = run(['dedupe', '--candidates', join(dir, 'pairs.jsonl')]);
    expect(confirmed.code).toBe(1);
    const confirmedOut = jsonLines(confirmed.stdout);
    expect(confirmedOut.filter((o) => !o.error)).toEqual(clusters);
    expect(confirmedOut.filter((o) => o.error)).toEqual([expect.objectContaining({ line: pairs.length + 1 })]);
  });

  it('dedupe reads warta parse output and warta signatures output as well as text', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), `${input.split('\n').slice(0, 3).join('\n')}\n`);
    const expected = run(['dedupe', '-q', join(dir, 'in.jsonl')]).stdout;
    writeFileSync(join(dir, 'parsed.jsonl'), run(['parse', '-q', join(dir, 'in.jsonl')]).stdout);
    writeFileSync(join(dir, 'sigs.jsonl'), run(['signatures', '-q', join(dir, 'parsed.jsonl')]).stdout);
    expect(run(['dedupe', '-q', join(dir, 'parsed.jsonl')]).stdout).toBe(expected);
    expect(run(['dedupe', '-q', join(dir, 'sigs.jsonl')]).stdout).toBe(expected);
    expect(run(['dedupe', '--bands', '8', '-q', join(dir, 'sigs.jsonl')]).stdout).toMatch(/expected 24 \(bands × rows\)/);
  });
});

describe('cli: summary', () => {
  it('prints a readable summary of each article, from files and from JSONL', () => {
    const { code, stdout } = run(['summary', join(root, 'corpus', 'seed-shape--body-repeated-twice.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/■ seed-shape--body-repeated-twice/);
    expect(stdout).toMatch(/title\s+.+\[glued twice\]/);
    expect(stdout).toMatch(/1 article\(s\) parsed\./);
    const jsonl = run(['summary'], `${lines[0]}\nbad\n`);
    expect(jsonl.code).toBe(1);
    expect(jsonl.stdout).toMatch(/■ a0\n/);
    expect(jsonl.stdout).toMatch(/■ -:2\n {2}error {7}not valid JSON/);
  });
});
