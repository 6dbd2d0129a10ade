/**
 * `npm run bench -- [--data ../shared/eval] [--runs 7] [--archive 2000] [--only parse|archive|batch|dedupe] [--big] [--no-batch]`
 *
 * Parse throughput of the built package (`dist/index.js`, built first: what users run; the sources
 * through tsx ran some stages up to twice as slow) on the real articles (`<data>/real/*.jsonl`), side by side with
 * `sentence-splitter` splitting the same texts with its default options and with a floor (one
 * pass of a simple regular expression over each text); then a cold `import('warta')` of the
 * built package and the heap a parse result holds, each in fresh processes. All texts are loaded
 * once; then, in the same process, each run times every variant once in turn (so drift in
 * machine load hits all of them alike), after one warm-up run. Reports the median run (and the
 * fastest, which suffers least from other processes on a shared machine).
 * Then the archive (scripts/bench-archive.ts): the same articles repeated with fresh ids up to
 * `--archive` articles (default 2000; 100000 for the README's figures) into SQLite.
 * Then the batch figures (`scripts/bench/batch.ts`): `warta parse` with 1 and 2 workers, peak
 * memory on 10 MB and 100 MB (with `--big`, 1 GB) inputs, dedupe time for 10k and 100k articles;
 * `--no-batch` skips them. The tables go to stdout; progress and notes go to stderr.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { split } from 'sentence-splitter';
import type { Article, ParseOptions } from '../src/types.js';
import { benchArchive } from './bench-archive.js';
import { benchBatch, benchDedupe } from './bench/batch.js';
import { formatTable, loadRealArticles, progress } from './eval/shared.js';
import { benchDates } from './bench/dates.js';
import { coldImportMs, heapPerArticle } from './bench/footprint.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `parseArticle` of the built package, loaded by `main` after the build. */
let parseArticle: typeof import('../src/index.js').parseArticle;
const DEFAULT_DATA = resolve(REPO_ROOT, '..', 'shared', 'eval');
/** Enough runs for a stable median on a shared 2-core machine without taking minutes. */
const DEFAULT_RUNS = 7;

interface Variant {
  name: string;
  run: (texts: readonly string[]) => void;
}

/** The floor's simple regular expression: runs of non-space. */
const WORDS_G = /\S+/g;

/** Keep results reachable so the engine cannot skip the work. */
let sink = 0;

function parseAll(options?: ParseOptions): (texts: readonly string[]) => void {
  return (texts) => {
    for (const t of texts) sink += parseArticle(t, options).paragraphs.length;
  };
}

/** Articles archived by default: quick; `--archive 100000` for the published figures. */
const DEFAULT_ARCHIVE = 2000;

type Part = 'parse' | 'archive' | 'batch' | 'dedupe';
const PARTS: readonly string[] = ['parse', 'archive', 'batch', 'dedupe'];

interface Options {
  data: string;
  runs: number;
  archive: number;
  only: Part | null;
  big: boolean;
  batch: boolean;
}

function parseArgs(argv: string[]): Options {
  let data = DEFAULT_DATA;
  let runs = DEFAULT_RUNS;
  let archive = DEFAULT_ARCHIVE;
  let only: Part | null = null;
  let big = false;
  let batch = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? '';
    if (flag === '--data') data = resolve(value());
    else if (flag === '--runs') runs = Number(value());
    else if (flag === '--archive') archive = Number(value());
    else if (flag === '--only' && PARTS.includes(inline ?? argv[i + 1] ?? '')) only = value() as Part;
    else if (flag === '--big') big = true;
    else if (flag === '--no-batch') batch = false;
    else {
      process.stderr.write(`bench: unknown argument ${arg}\nusage: npm run bench -- [--data <dir>] [--runs 7] [--archive 2000] [--only parse|archive|batch|dedupe] [--big] [--no-batch]\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(archive) || archive < 1) {
    process.stderr.write('bench: --runs and --archive must be positive integers\n');
    process.exit(2);
  }
  return { data, runs, archive, only, big, batch };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation: a spread measure that one disturbed run cannot inflate. */
function mad(xs: number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

/** One stage timing as a trace might report it; accepts `{stage|name, ms|duration}`. */
function traceEntries(article: Article): { stage: string; ms: number }[] | null {
  const trace = (article as unknown as { trace?: unknown }).trace;
  if (!Array.isArray(trace)) return null;
  const out: { stage: string; ms: number }[] = [];
  for (const e of trace as Record<string, unknown>[]) {
    const stage = e?.stage ?? e?.name;
    const ms = e?.ms ?? e?.duration;
    if (typeof stage !== 'string' || typeof ms !== 'number') return null;
    out.push({ stage, ms });
  }
  return out;
}

async function main(): Promise<void> {
  const { data, runs, archive, only, big, batch } = parseArgs(process.argv.slice(2));
  // Dates need no evaluation data: the sentences of the date table, warta and chrono side by side.
  const dates = only === null || only === 'parse' ? benchDates(runs, median) : null;
  if (dates) process.stdout.write(`${formatTable(['date expressions', 'median µs', ''], dates.rows, [1])}\n\n`);
  if (!existsSync(data)) {
    process.stderr.write(`bench: no eval data at ${data}: nothing to measure (pass --data <dir>)\n`);
    return;
  }
  const real = [...(await loadRealArticles(data)).values()];
  const texts = real.map((a) => a.text);
  if (texts.length === 0) {
    process.stderr.write(`bench: no real/*.jsonl under ${data}\n`);
    return;
  }
  // The dedupe section of the batch bench alone (10k and 100k articles), without the CLI runs.
  if (only === 'dedupe') {
    process.stdout.write(`${benchDedupe(texts, Math.min(runs, BATCH_RUNS))}\n`);
    return;
  }
  if (only === null || only === 'archive') {
    progress(`bench: archive, ${archive} articles in SQLite`);
    process.stdout.write(`${await benchArchive(real, archive)}\n\n`);
    if (only === 'archive') return;
  }
  // Time the package as users get it: build it now so the figures never come from a stale dist/.
  progress('bench: building dist/');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  ({ parseArticle } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js'));
  if (only !== 'batch') benchParse(texts, runs);
  if (batch && only !== 'parse') {
    const cli = join(REPO_ROOT, 'dist', 'cli.js');
    // Whole-command runs take seconds each: three alternated runs per variant are enough.
    process.stdout.write(`\n${await benchBatch(cli, texts, { runs: Math.min(runs, BATCH_RUNS), big })}\n`);
  }
}

/** parseArticle side by side with sentence-splitter, and the per-stage breakdown. */
function benchParse(texts: readonly string[], runs: number): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  progress(`bench: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${runs} runs + 1 warm-up`);

  const variants: Variant[] = [
    { name: 'parseArticle', run: parseAll() },
    {
      // The floor: the texts are in memory; one pass of a simple regular expression over each.
      name: 'floor (one /\\S+/g pass)',
      run: (ts) => {
        for (const t of ts) sink += t.match(WORDS_G)?.length ?? 0;
      },
    },
    {
      name: 'sentence-splitter split',
      run: (ts) => {
        for (const t of ts) sink += split(t).length;
      },
    },
    { name: 'parseArticle quotes:false', run: parseAll({ quotes: false }) },
    { name: 'parseArticle organisations:false', run: parseAll({ organisations: false }) },
    { name: 'parseArticle quotes+organisations:false', run: parseAll({ quotes: false, organisations: false }) },
  ];

  const times = variants.map(() => [] as number[]);
  for (let r = 0; r <= runs; r++) {
    progress(r === 0 ? 'bench: warm-up' : `bench: run ${r}/${runs}`);
    variants.forEach((v, i) => {
      const t0 = performance.now();
      v.run(texts);
      const ms = performance.now() - t0;
      if (r > 0) times[i]!.push(ms);
    });
  }

  const medians = times.map(median);
  const splitMs = medians[2]!;
  const floorMs = medians[1]!;
  const rows = variants.map((v, i) => {
    const ms = medians[i]!;
    return [
      v.name,
      ms.toFixed(1),
      Math.min(...times[i]!).toFixed(1),
      ((texts.length * 1000) / ms).toFixed(0),
      ((bytes / 1e6) * (1000 / ms)).toFixed(2),
      (ms / splitMs).toFixed(2),
      (ms / floorMs).toFixed(1),
    ];
  });
  // What switching a stage off saves is its cost in the full parse; the median absolute
  // deviation of the two variants says how much of that difference is noise (shared CPUs).
  const cost = (i: number): string => {
    const noise = Math.max(mad(times[0]!), mad(times[i]!));
    return `${(medians[0]! - medians[i]!).toFixed(1)} ± ${noise.toFixed(1)}`;
  };
  rows.push(['  cost of quotes stage', cost(3), '', '', '', '', ''], ['  cost of organisations stage', cost(4), '', '', '', '', '']);

  // Per-stage cost from `options.trace`: each stage's summed time over all texts, median of
  // the runs, and its share of the whole parse (the dateline issue asks for under 2 %).
  const stageRuns = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    const sums = new Map<string, number>();
    const trace = (stage: string, ms: number) => sums.set(stage, (sums.get(stage) ?? 0) + ms);
    for (const t of texts) parseArticle(t, { trace });
    for (const [stage, ms] of sums) (stageRuns.get(stage) ?? stageRuns.set(stage, []).get(stage)!).push(ms);
  }
  const stageMedians = [...stageRuns].map(([stage, list]) => [stage, median(list)] as const);
  const traced = stageMedians.reduce((sum, [, ms]) => sum + ms, 0);
  for (const [stage, ms] of stageMedians) {
    rows.push([`  stage ${stage} (${((100 * ms) / traced).toFixed(1)} % of parse)`, ms.toFixed(1), '', '', '', '', '']);
  }
  // The body-date pass: the dates issue asks for at most 5 % of a parse.
  const datesShare = (100 * (stageMedians.find(([stage]) => stage === 'dates')?.[1] ?? NaN)) / traced;

  process.stdout.write(`${formatTable(['variant', 'median ms', 'min ms', 'articles/s', 'MB/s', 'time / split', 'time / floor'], rows, [1, 2, 3, 4, 5, 6])}\n`);
  process.stdout.write(`\nbody dates: the dates stage is ${datesShare.toFixed(1)} % of a parse\n`);
  const dist = join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(dist)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
  progress('bench: cold import and heap per article (fresh processes)');
  const heap = heapPerArticle(dist, texts);
  process.stdout.write(
    `cold import('warta') of dist/index.js: ${coldImportMs(dist, runs, median).toFixed(1)} ms (median of ${runs} fresh processes)\n` +
      `heap held by parse results: ${heap.heldPerArticleKb.toFixed(1)} kB per article, ${heap.heldPerTextKb.toFixed(1)} kB per kB of text\n`,
  );
  if (sink < 0) process.stderr.write('unreachable\n');
}

/** Alternated runs per variant of the batch figures (each run is a whole CLI run). */
const BATCH_RUNS = 3;

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
