/**
 * Robustness: warta must return an Article for any string, never throw, never report a crashed
 * stage, and finish in time linear in the input.
 *
 * Figures:
 * - robustness.real.ok: share of the real articles (`<data>/real/*.jsonl`) that parse without an
 *   exception and without a warning containing `crashed`.
 * - robustness.real.spans: share whose paragraphs are in bounds, in order and disjoint (a cheap
 *   invariant; the corpus test checks the texts themselves).
 * - robustness.hostile.ok: share of generated hostile inputs (empty, whitespace, a 5 MB line,
 *   binary garbage, an HTML page, 100k quote marks, 100k `(`, …) that return an Article without
 *   a crashed stage within their time budget, plus non-string input throwing a TypeError that
 *   names the argument. Each hostile input runs in a child process so a catastrophic regex is
 *   killed at the deadline instead of hanging the evaluation.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { MAX_EXAMPLES, clip, loadRealArticles, progress, ratio, realFiles } from './shared.js';
import type { Evaluator, Figure } from './types.js';
import { prng } from '../../test/support/adversarial.js';

/**
 * Every hostile input gets this much parse time regardless of size. The time is the child's CPU
 * time (user + system, all threads), not wall time: on a shared, loaded machine wall time doubles or
 * triples while the work done stays the same, and a budget must catch a blow-up, not the neighbours.
 * A megabyte line also pays a fixed cost CPU time counts in full (optimising compiles of the hot
 * loops, the heap growing, parallel collector threads): the same code read 3.2 to 4.5 s for the 1 MB
 * line on one machine in one afternoon, so the base leaves room for that; a quadratic blow-up is
 * still tens of times over.
 */
const BASE_BUDGET_MS = 4000;
/** Plus this much per million UTF-16 code units: ≥ 0.5 MB/s, far below normal speed, far above a quadratic blow-up. */
const BUDGET_MS_PER_MILLION_CHARS = 2000;
/** Extra wall time for a child process to start and load warta before the deadline kills it. */
const STARTUP_ALLOWANCE_MS = 20_000;
/** The kill deadline in wall time allows this many times the CPU budget (a loaded machine). */
const WALL_PER_CPU = 4;
/** A warning with this word means a stage threw and the pipeline caught it. */
const CRASH_WORD = 'crashed';

const INDEX_URL = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'index.ts')).href;

/** A big single line of Indonesian-looking words with sentence ends but no newline. */
function hugeLine(chars: number): string {
  const words = ['Pemerintah', 'kota', 'Jakarta,', 'mengatakan', '"kami', 'siap,"', 'ujarnya.', '(ANTARA)', 'Rp', '1.500', 'Baca', 'juga:', 'KPK', 'pada', '2019.', 'Tahun'];
  const rand = prng(7);
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = words[Math.floor(rand() * words.length)]!;
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

/** Random UTF-16 code units, lone surrogates and control characters included. */
function garbage(units: number): string {
  const rand = prng(42);
  const codes = new Array<number>(units);
  for (let i = 0; i < units; i++) codes[i] = Math.floor(rand() * 0x10000);
  let out = '';
  for (let i = 0; i < units; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** A whole HTML page as a careless scraper might hand it over: tags, scripts, entities, nesting. */
function htmlPage(): string {
  const para = '<p>Menurut Kepala Dinas, &ldquo;program ini <b>berjalan</b> baik,&rdquo; katanya. Baca juga: <a href="/x">Judul Lain</a></p>\n';
  const nest = '<div>'.repeat(2000) + 'isi' + '</div>'.repeat(2000);
  return `<!DOCTYPE html><html><head><title>Judul &amp; Berita</title><script>var a = "<p>" + '"'.repeat(3);</script><style>p{color:red}</style></head><body>\n${para.repeat(500)}${nest}\n<!-- komentar -->&#8211;&#x2013;&nbsp;&bogus;</body></html>`;
}

interface HostileCase {
  name: string;
  make: () => string;
}

/** The hostile inputs, built on demand (the big ones are megabytes). */
const HOSTILE: HostileCase[] = [
  { name: 'empty', make: () => '' },
  { name: 'whitespace only', make: () => ' \n\t\r\n\u00a0\u200b\ufeff  \n\n   ' },
  // The 1 MB line beside the 5 MB one shows whether time grows linearly.
  { name: '1 MB single line', make: () => hugeLine(1_000_000) },
  { name: '5 MB single line', make: () => hugeLine(5_000_000) },
  { name: 'binary garbage (1M code units)', make: () => garbage(1_000_000) },
  { name: 'HTML page', make: htmlPage },
  { name: '100k straight quote marks', make: () => '"'.repeat(100_000) },
  { name: '100k curly quote marks', make: () => '“”'.repeat(50_000) },
  { name: '100k (', make: () => '('.repeat(100_000) },
  { name: '100k newlines', make: () => '\n'.repeat(100_000) },
  { name: '100k dots and dashes', make: () => '. - '.repeat(25_000) },
  { name: '20k short repeated lines', make: () => 'Baca juga: Judul\n'.repeat(20_000) },
];

/** Code the child runs: read `{ text }` as JSON from stdin (lone surrogates survive JSON), parse, report. */
const CHILD_CODE = `
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const { parseArticle } = await import(process.env.WARTA_INDEX_URL);
// A short article first: patterns and lexicons are built at first use, and that one-off cost
// belongs to no input, so the budget measures only the work the input itself causes.
parseArticle('Jakarta (Antara) - Warga menunggu bus. "Kami sudah lama di sini," kata Budi, warga setempat.');
const c0 = process.cpuUsage();
const cpuMs = () => { const d = process.cpuUsage(c0); return (d.user + d.system) / 1000; };
let out;
try {
  const a = parseArticle(text);
  const shaped = a !== null && typeof a === 'object' && Array.isArray(a.paragraphs) && Array.isArray(a.warnings);
  out = { ok: true, ms: cpuMs(), shaped, warnings: shaped ? a.warnings.map(String) : [] };
} catch (e) {
  out = { ok: false, ms: cpuMs(), error: String(e && e.stack || e).slice(0, 500) };
}
process.stdout.write(JSON.stringify(out));
`;

interface ChildResult {
  ok: boolean;
  /** CPU milliseconds the parse took (user + system, all threads). */
  ms: number;
  shaped?: boolean;
  warnings?: string[];
  error?: string;
}

/** Parse `text` in a fresh process, killed after `deadlineMs`. */
function parseInChild(text: string, deadlineMs: number): Promise<ChildResult | { timeout: true } | { failed: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, '--input-type=module', '-e', CHILD_CODE], {
      env: { ...process.env, WARTA_INDEX_URL: INDEX_URL },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ failed: err.message });
    });
    child.on('close', () => {
      clearTimeout(timer);
      if (timedOut) return resolve({ timeout: true });
      try {
        resolve(JSON.parse(stdout) as ChildResult);
      } catch {
        resolve({ failed: `no result (stderr: ${clip(stderr, 300)})` });
      }
    });
    child.stdin.on('error', () => undefined); // the child may die before reading everything
    child.stdin.end(JSON.stringify({ text }));
  });
}

/** True when paragraphs lie inside the input, in order, without overlapping. */
function spansSound(art: Article, length: number): boolean {
  let prev = 0;
  for (const p of art.paragraphs) {
    if (p.span.start < prev || p.span.end < p.span.start || p.span.end > length) return false;
    prev = p.span.end;
  }
  return true;
}

function crashWarnings(warnings: readonly string[]): string[] {
  return warnings.filter((w) => w.toLowerCase().includes(CRASH_WORD));
}

/** Run warta over every real article and over generated hostile inputs. */
export const evaluateRobustness: Evaluator = async (dataDir) => {
  const figures: Figure[] = [];

  if (realFiles(dataDir).length > 0) {
    const real = [...(await loadRealArticles(dataDir)).values()];
    progress(`robustness: ${real.length} real articles`);
    let ok = 0;
    let sound = 0;
    const failures: string[] = [];
    const timings: { id: string; ms: number; chars: number }[] = [];
    for (const row of real) {
      const t0 = performance.now();
      try {
        const art = parseArticle(row.text);
        const crashed = crashWarnings(art.warnings);
        if (crashed.length === 0) ok++;
        else if (failures.length < MAX_EXAMPLES) failures.push(`${row.id}: ${clip(crashed[0]!, 120)}`);
        if (spansSound(art, row.text.length)) sound++;
        else if (failures.length < MAX_EXAMPLES) failures.push(`${row.id}: paragraph spans out of order or out of bounds`);
      } catch (err) {
        if (failures.length < MAX_EXAMPLES) failures.push(`${row.id}: threw ${clip(String(err), 120)}`);
      }
      timings.push({ id: row.id, ms: performance.now() - t0, chars: row.text.length });
    }
    const slowest = timings
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((t) => `${t.id} ${t.ms.toFixed(1)} ms (${t.chars} chars)`)
      .join(', ');
    figures.push(
      {
        key: 'robustness.real.ok',
        label: 'robustness: real articles parsed, no crash',
        value: ratio(ok, real.length),
        detail: [`${ok}/${real.length} ok; slowest: ${slowest}`, ...failures].join('\n    '),
      },
      {
        key: 'robustness.real.spans',
        label: 'robustness: paragraph spans ordered, in bounds',
        value: ratio(sound, real.length),
      },
    );
  }

  // Hostile inputs need no data folder.
  let passed = 0;
  const lines: string[] = [];
  for (const c of HOSTILE) {
    const text = c.make();
    const budget = BASE_BUDGET_MS + (BUDGET_MS_PER_MILLION_CHARS * text.length) / 1e6;
    progress(`robustness: hostile input "${c.name}" (${text.length} chars, budget ${budget.toFixed(0)} ms)`);
    const deadline = WALL_PER_CPU * budget + STARTUP_ALLOWANCE_MS;
    const r = await parseInChild(text, deadline);
    let verdict: string;
    if ('timeout' in r) verdict = `FAIL killed after ${deadline / 1000} s`;
    else if ('failed' in r) verdict = `FAIL ${r.failed}`;
    else if (!r.ok) verdict = `FAIL threw ${clip(r.error ?? '', 200)}`;
    else if (!r.shaped) verdict = 'FAIL did not return an Article';
    else if (crashWarnings(r.warnings ?? []).length) verdict = `FAIL ${clip(crashWarnings(r.warnings ?? [])[0]!, 120)}`;
    else if (r.ms > budget) verdict = `FAIL ${r.ms.toFixed(0)} CPU ms > budget ${budget.toFixed(0)} ms`;
    else verdict = `ok ${r.ms.toFixed(0)} CPU ms`;
    if (verdict.startsWith('ok')) passed++;
    lines.push(`${c.name}: ${verdict}`);
  }
  // Non-string input must throw a TypeError that names the argument.
  let typeErrors = 0;
  const bad: unknown[] = [null, undefined, 42, {}, ['text']];
  for (const value of bad) {
    try {
      (parseArticle as (t: unknown) => Article)(value);
    } catch (err) {
      if (err instanceof TypeError && /\btext\b/.test(err.message)) typeErrors++;
    }
  }
  const typeOk = typeErrors === bad.length;
  if (typeOk) passed++;
  lines.push(`non-string input → TypeError naming "text": ${typeOk ? 'ok' : `FAIL ${typeErrors}/${bad.length}`}`);
  figures.push({
    key: 'robustness.hostile.ok',
    label: 'robustness: hostile inputs handled in budget',
    value: passed / (HOSTILE.length + 1),
    detail: lines.join('\n    '),
  });
  return figures;
};
