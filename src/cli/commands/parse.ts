import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../../types.js';
import { processLine, type LineResult } from '../jsonl.js';

/** Lines sent to a worker at once: large enough to amortise messaging, small enough to keep order cheap. */
const BATCH_LINES = 64;
/** Progress is redrawn at most this often. */
const PROGRESS_MS = 500;

const USAGE = `Usage: warta parse [options]

  -i, --input <file>     read JSONL from a file (default: standard input)
  -o, --output <file>    write JSONL to a file (default: standard output)
  --field <name>         the input field holding the text (default: text)
  -j, --jobs <n>         worker threads (default: all cores)
  --language <code>      ind | zlm | eng: skip language detection
  --quiet                no progress on standard error

Input lines are {"id": …, "text": "…"} (or bare JSON strings). Output lines are
{"id": …, "article": {…}}. A bad input line is reported on standard error with its line
number and skipped; the batch goes on, and the final counts add up.`;

/** `warta parse`: JSONL in → JSONL out, one article per line. */
export async function runParse(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', short: 'i' },
      output: { type: 'string', short: 'o' },
      field: { type: 'string', default: 'text' },
      jobs: { type: 'string', short: 'j' },
      language: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const language = values.language;
  if (language !== undefined && language !== 'ind' && language !== 'zlm' && language !== 'eng') {
    process.stderr.write(`warta: --language must be ind, zlm or eng, got "${language}"\n`);
    return 2;
  }
  const options: ParseOptions = language ? { language } : {};
  const jobs = Math.max(1, Number.parseInt(values.jobs ?? String(availableParallelism()), 10) || 1);
  const input = values.input ? createReadStream(values.input) : process.stdin;
  const output = values.output ? createWriteStream(values.output) : process.stdout;
  const field = values.field ?? 'text';

  const counts = { read: 0, ok: 0, failed: 0 };
  const started = Date.now();
  let lastProgress = 0;
  const progress = (final = false) => {
    if (values.quiet) return;
    const now = Date.now();
    if (!final && now - lastProgress < PROGRESS_MS) return;
    lastProgress = now;
    const rate = counts.read / Math.max(0.001, (now - started) / 1000);
    process.stderr.write(`\rwarta: ${counts.read} read, ${counts.ok} parsed, ${counts.failed} failed (${rate.toFixed(0)}/s)${final ? '\n' : ''}`);
  };
  const report = (lineNo: number, r: LineResult) => {
    if (r.ok) {
      counts.ok++;
      output.write(`${r.output}\n`);
    } else {
      counts.failed++;
      process.stderr.write(`\nwarta: line ${lineNo}: ${r.error}; skipped\n`);
    }
    progress();
  };

  const lines = createInterface({ input, crlfDelay: Infinity });
  if (jobs === 1) {
    for await (const line of lines) {
      counts.read++;
      if (line.trim() === '') {
        report(counts.read, { ok: false, error: 'empty line' });
        continue;
      }
      report(counts.read, processLine(line, field, options));
    }
  } else {
    await parseInPool(lines, jobs, field, options, counts, report);
  }
  progress(true);
  await new Promise<void>((resolve) => (output === process.stdout ? resolve() : output.end(resolve)));
  return counts.failed > 0 && counts.ok === 0 && counts.read > 0 ? 1 : 0;
}

/** Fan batches out to worker threads and write results back in input order. */
async function parseInPool(
  lines: AsyncIterable<string>,
  jobs: number,
  field: string,
  options: ParseOptions,
  counts: { read: number },
  report: (lineNo: number, r: LineResult) => void,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { field, options } }));
  const pending = new Map<number, (results: LineResult[]) => void>();
  for (const w of workers) {
    w.on('message', (m: { id: number; results: LineResult[] }) => {
      const resolve = pending.get(m.id);
      pending.delete(m.id);
      resolve?.(m.results);
    });
  }
  // Results are written strictly in order: a queue of promises, drained from the front.
  const queue: { first: number; empties: Set<number>; done: Promise<LineResult[]> }[] = [];
  let batchId = 0;
  let next = 0;
  let batch: string[] = [];
  let empties = new Set<number>();
  let first = 1;
  const flush = () => {
    if (batch.length === 0 && empties.size === 0) return;
    const id = batchId++;
    const toSend = batch;
    const done = new Promise<LineResult[]>((resolve) => pending.set(id, resolve));
    workers[next++ % jobs]!.postMessage({ id, lines: toSend });
    queue.push({ first, empties, done });
    batch = [];
    empties = new Set();
    first = counts.read + 1;
  };
  const drain = async (keep: number) => {
    while (queue.length > keep) {
      const head = queue.shift()!;
      const results = await head.done;
      let lineNo = head.first;
      let k = 0;
      const total = results.length + head.empties.size;
      for (let n = 0; n < total; n++, lineNo++) {
        if (head.empties.has(lineNo)) report(lineNo, { ok: false, error: 'empty line' });
        else report(lineNo, results[k++]!);
      }
    }
  };
  for await (const line of lines) {
    counts.read++;
    if (line.trim() === '') empties.add(counts.read);
    else batch.push(line);
    if (batch.length >= BATCH_LINES) {
      flush();
      // Keep a bounded number of batches in flight so memory stays flat on huge inputs.
      await drain(jobs * 4);
    }
  }
  flush();
  await drain(0);
  await Promise.all(workers.map((w) => w.terminate()));
}

