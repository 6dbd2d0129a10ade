/**
 * Batch figures for `npm run bench` (the built CLI, `dist/cli.js`, as users run it):
 * - `warta parse` throughput with 1 and 2 workers on 100 MB (articles/s, MB/s, the ratio), runs
 *   alternated so machine load hits both alike, medians; the CPU seconds of each thread
 *   (from `--stats`) show whether the main thread holds the workers back;
 * - peak RSS of `warta parse --jobs 2` on 10 MB and 100 MB (with `--big`, also 1 GB): the real
 *   articles repeated, written to a temporary folder and deleted after;
 * - `dedupeArticles` time for 10k and 100k articles (bodies made from the real articles by
 *   seeded word edits, one in ten a near copy of another).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { dedupeArticles, parseArticle } from '../../src/index.js';
import { prng } from '../../test/support/adversarial.js';
import { formatTable, progress } from '../eval/shared.js';

/**
 * Size of the throughput input (the real set repeated, about 42,000 articles). Each worker is
 * its own V8 isolate and compiles warta's code itself (about 5 CPU seconds and 3,000 articles
 * before it runs at full speed): a short input would time that warm-up, paid once per worker,
 * not the throughput a batch of millions gets. The 2-worker runs also give the 100 MB peak RSS.
 */
const THROUGHPUT_BYTES = 100e6;

interface CliRun {
  seconds: number;
  articles: number;
  bytes: number;
  cpu: { main: number; workers: number[]; process: number };
  rssMb: number;
}

/** Run `warta parse --stats` on a file, output to /dev/null; read the summary and stats lines. */
function parseRun(cli: string, file: string, jobs: number): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'parse', '--stats', '--jobs', String(jobs), file, '-o', '/dev/null'], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`warta parse failed (${r.status}): ${r.stderr}`);
  const read = /(\d+) read/.exec(r.stderr);
  const main = /main ([\d.]+) s/.exec(r.stderr);
  const workers = [...r.stderr.matchAll(/worker \d+ ([\d.]+) s/g)].map((m) => Number(m[1]));
  const total = /process ([\d.]+) s/.exec(r.stderr);
  const rss = /peak RSS (\d+) MB/.exec(r.stderr);
  return { seconds, articles: Number(read?.[1]), bytes: statSync(file).size, cpu: { main: Number(main?.[1]), workers, process: Number(total?.[1]) }, rssMb: Number(rss?.[1]) };
}

/** Write `texts` as JSONL lines, repeated until the file holds `bytes`. */
async function writeRepeated(file: string, lines: readonly string[], bytes: number): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  for (let round = 0; written < bytes; round++) {
    for (const line of lines) {
      const chunk = `${line}\n`;
      written += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      if (written >= bytes) break;
    }
  }
  out.end();
  await once(out, 'finish');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function benchBatch(cli: string, texts: readonly string[], options: { runs: number; big: boolean }): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  const lines = texts.map((text, i) => JSON.stringify({ id: `r${i}`, text }));
  const sections: string[] = [];
  try {
    const input = join(dir, 'throughput.jsonl');
    progress('bench: writing the 100 MB input');
    await writeRepeated(input, lines, THROUGHPUT_BYTES);
    const runs: Record<1 | 2, CliRun[]> = { 1: [], 2: [] };
    for (let r = 0; r < options.runs; r++) {
      for (const jobs of [1, 2] as const) {
        progress(`bench: warta parse --jobs ${jobs}, run ${r + 1}/${options.runs}`);
        runs[jobs].push(parseRun(cli, input, jobs));
      }
    }
    const row = (jobs: 1 | 2) => {
      const list = runs[jobs];
      const s = median(list.map((x) => x.seconds));
      const a = list[0]!.articles;
      const mb = list[0]!.bytes / 1e6;
      const cpu = (f: (x: CliRun) => number) => median(list.map(f)).toFixed(2);
      return [`warta parse --jobs ${jobs} (100 MB)`, s.toFixed(2), (a / s).toFixed(0), (mb / s).toFixed(2), cpu((x) => x.cpu.main), list[0]!.cpu.workers.map((_, i) => cpu((x) => x.cpu.workers[i] ?? 0)).join(' + '), cpu((x) => x.cpu.process)];
    };
    const ratio = median(runs[1].map((x) => x.seconds)) / median(runs[2].map((x) => x.seconds));
    // Per-run ratios of adjacent runs: each pair shares the machine's load at that moment.
    const pairRatios = runs[1].map((x, i) => x.seconds / runs[2][i]!.seconds);
    sections.push(
      `${formatTable(['run', 'median s', 'articles/s', 'MB/s', 'main CPU s', 'worker CPU s', 'process CPU s'], [row(1), row(2)], [1, 2, 3, 4, 5, 6])}\n` +
        `2 workers / 1 worker throughput: ${ratio.toFixed(2)}× (median of medians); per adjacent pair: ${pairRatios.map((x) => x.toFixed(2)).join(' ')}`,
    );

    // Peak memory against input size: 10 MB, against the 100 MB throughput runs (their median),
    // or with `--big` against 1 GB (about half an hour). Inputs go to the temporary folder ($TMPDIR).
    const rssRow = (label: string, list: CliRun[]) => [label, String(list[0]!.articles), median(list.map((x) => x.seconds)).toFixed(0), String(median(list.map((x) => x.rssMb)))];
    const extra: [string, number][] = [['10 MB', 10e6], ...(options.big ? ([['1 GB', 1e9]] as [string, number][]) : [])];
    const rssRows: string[][] = [];
    for (const [label, bytes] of extra) {
      const file = join(dir, `rss-${label.replace(' ', '')}.jsonl`);
      progress(`bench: writing the ${label} input`);
      await writeRepeated(file, lines, bytes);
      progress(`bench: warta parse --jobs 2 on ${label}`);
      rssRows.push(rssRow(label, [parseRun(cli, file, 2)]));
      rmSync(file);
    }
    rssRows.splice(1, 0, rssRow('100 MB', runs[2]));
    const largest = rssRows[rssRows.length - 1]!;
    const growth = Number(largest[3]) / Number(rssRows[0]![3]);
    sections.push(
      `${formatTable(['input', 'articles', 'seconds', 'peak RSS MB'], rssRows, [1, 2, 3])}\n` +
        `peak RSS ${largest[0]} / ${rssRows[0]![0]}: ${growth.toFixed(2)}× (within 10 % is flat)${options.big ? '' : '; 1 GB: npm run bench -- --big'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  sections.push(benchDedupe(texts, options.runs));
  return sections.join('\n\n');
}

/** `dedupeArticles` on 10k and 100k parsed bodies: time should grow about 10×. */
export function benchDedupe(texts: readonly string[], runs: number): string {
  progress('bench: preparing dedupe bodies');
  const bodies = texts.map((t) => parseArticle(t, { quotes: false, organisations: false }).paragraphs.map((p) => p.text));
  const vocabulary = bodies.flatMap((b) => b.join(' ').split(' ')).filter((w) => /^\p{Ll}{4,}$/u.test(w));
  const rand = prng(99);
  const make = (count: number) =>
    Array.from({ length: count }, (_, k) => {
      // One in ten is a near copy (2 % of words edited) of an earlier item; the rest differ
      // from their base article in 40 % of words, so they are new stories to MinHash.
      const rate = k % 10 === 9 ? 0.02 : 0.4;
      const base = bodies[k % bodies.length]!;
      const paragraphs = base.map((p) => p.split(' ').map((w) => (rand() < rate ? vocabulary[Math.floor(rand() * vocabulary.length)]! : w)).join(' '));
      return { id: `d${k}`, article: { paragraphs: paragraphs.map((text) => ({ text })) } };
    });
  const rows: string[][] = [];
  const timings: number[] = [];
  for (const count of [10_000, 100_000]) {
    progress(`bench: dedupe ${count} articles`);
    const items = make(count);
    const times: number[] = [];
    let clusters = 0;
    for (let r = 0; r < Math.max(1, Math.min(runs, count >= 100_000 ? 1 : 3)); r++) {
      const t0 = performance.now();
      clusters = dedupeArticles(items).clusters.length;
      times.push(performance.now() - t0);
    }
    timings.push(median(times));
    rows.push([String(count), (median(times) / 1000).toFixed(2), ((count * 1000) / median(times)).toFixed(0), String(clusters)]);
  }
  return `${formatTable(['articles', 'dedupe s', 'articles/s', 'clusters'], rows, [1, 2, 3])}\n100k / 10k time: ${(timings[1]! / timings[0]!).toFixed(2)}× (≤ 12× is linear enough)`;
}
