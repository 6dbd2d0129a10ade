import { statSync } from 'node:fs';
import { inputSpares, readBatches, STDIN } from './batches.js';
import { placeCompilerWork } from './compiler-threads.js';
import { Output } from './output.js';
import { WorkerPool, type BatchOutput, type ThreadCpu } from './pool.js';
import { Progress, type Counts } from './progress.js';
import type { Task } from './tasks.js';

/** A batch command's run: what it reads, how it works, where its lines go. */
export interface BatchRun {
  /** `warta <command>`, for the summary line. */
  command: string;
  /** What the summary calls a good item: `parsed`, `signed`. */
  verb: string;
  files: string[];
  jobs: number;
  task: Task;
  quiet: boolean;
  stats: boolean;
  /**
   * Receives each batch's lines in input order; may return a promise to hold the run back.
   * A sink that rejects items of its own (a repeated id) adds them to `output.failed`.
   */
  sink: (output: BatchOutput) => void | Promise<void>;
  /** The output, when the lines go to one: a reader that goes away stops the run quietly. */
  output?: Output;
}

export interface BatchOutcome {
  counts: Counts;
  /** Stopped by Ctrl-C (SIGINT) after writing every line it had. */
  interrupted: boolean;
  /** The output's reader went away (`| head`). */
  closed: boolean;
}

/** Exit codes of the batch commands. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

/**
 * Run a task over every input item on a worker pool. Ctrl-C stops reading, writes the lines
 * of work already done (whole lines only) and reports; a second Ctrl-C exits at once. A closed
 * output stops everything quietly. The summary on standard error always satisfies
 * read = good + failed.
 */
export async function runBatch(run: BatchRun): Promise<BatchOutcome> {
  const counts: Counts = { read: 0, failed: 0, bytes: 0 };
  const abort = new AbortController();
  let interrupted = false;
  let closed = false;
  placeCompilerWork(run.jobs);
  // Input buffers go round: read into, decoded by a worker, handed back, read into again.
  const spares = inputSpares();
  const pool = new WorkerPool(run.jobs, run.task, spares);
  const stop = () => {
    abort.abort();
    pool.wakeUp();
  };
  const onSigint = () => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
    stop();
  };
  process.on('SIGINT', onSigint);
  run.output?.onClosed(() => {
    closed = true;
    stop();
  });
  const progress = new Progress(counts, totalBytes(run.files), !run.quiet && process.stderr.isTTY === true);
  let threads: ThreadCpu | null = null;
  try {
    await pool.run(
      readBatches(run.files, { signal: abort.signal, spares }),
      (output) => {
        const written = run.sink(output);
        counts.read += output.items;
        counts.failed += output.failed;
        counts.bytes += output.inputBytes;
        return written;
      },
      { stopped: () => abort.signal.aborted, discard: () => closed },
    );
    if (run.stats) threads = await pool.threadCpu();
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
    await pool.close();
  }
  if (!closed && !run.quiet) process.stderr.write(`${summaryLine(run, counts, progress.elapsed(), interrupted)}\n`);
  if (!closed && threads) process.stderr.write(`${statsLine(threads)}\n`);
  return { counts, interrupted, closed };
}

/** Run a task whose lines go straight to standard output or a file (`-o`); returns the exit code. */
export async function runToOutput(run: Omit<BatchRun, 'sink' | 'output'>, path: string | undefined): Promise<number> {
  const output = new Output(path);
  const outcome = await runBatch({ ...run, sink: (batch) => output.write(batch.bytes, batch.release), output });
  await output.end();
  return exitCode(outcome);
}

/** The exit code for a finished run: 130 interrupted, 1 when any item failed, else 0. */
export function exitCode(outcome: BatchOutcome): number {
  if (outcome.closed) return EXIT.ok;
  if (outcome.interrupted) return EXIT.interrupted;
  return outcome.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

function summaryLine(run: BatchRun, counts: Counts, seconds: number, interrupted: boolean): string {
  const good = counts.read - counts.failed;
  const rate = counts.read / Math.max(seconds, 0.001);
  const failed = counts.failed > 0 ? `${counts.failed} failed (error records in the output)` : '0 failed';
  return `${run.command}: ${counts.read} read, ${good} ${run.verb}, ${failed} in ${seconds.toFixed(1)} s (${rate.toFixed(0)}/s)${interrupted ? '; interrupted' : ''}`;
}

function statsLine(threads: ThreadCpu): string {
  const s = (x: number | null) => (x === null ? '?' : `${x.toFixed(2)} s`);
  const usage = process.resourceUsage();
  const total = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  // The rest of the process total is V8's compiler and garbage-collector threads.
  return `threads (CPU): main ${s(threads.main)}, ${threads.workers.map((w, i) => `worker ${i + 1} ${s(w)}`).join(', ')}; process ${total.toFixed(2)} s; peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB`;
}

/** The input's size when every input is a file; null for standard input. */
function totalBytes(files: readonly string[]): number | null {
  if (files.includes(STDIN)) return null;
  return files.reduce((n, f) => n + statSync(f).size, 0);
}
