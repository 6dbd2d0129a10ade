import { Worker } from 'node:worker_threads';
import type { BatchPiece, InputBatch } from './batches.js';
import { errorRecord } from './inputs.js';
import type { SpareBuffers } from './spare-buffers.js';
import type { Task } from './tasks.js';
import { threadCpuSeconds } from './thread-stats.js';
import type { BatchMessage, RecycleMessage, ResultMessage } from './worker.js';

/**
 * Runs a task over batches on worker threads and delivers each batch's output lines in input
 * order. Work in flight is bounded (at most MAX_QUEUED_PER_WORKER batches per worker and
 * MAX_UNWRITTEN_PER_WORKER batches per worker not yet written), and the next batch is read only
 * when there is room: memory stays flat however large the input, and a slow reader of the
 * output slows the input down instead of filling memory.
 */

/** Batches a worker holds at once: one it works on, one waiting so it never idles. */
const MAX_QUEUED_PER_WORKER = 2;
/** Batches per worker done or in progress but not yet written (room to finish out of order). */
const MAX_UNWRITTEN_PER_WORKER = 4;

/**
 * A worker's old-generation heap limit. V8 sizes its heap growth by the limit: with the
 * default (a quarter of the machine's memory) a worker's heap kept growing for the whole
 * run, one rare full GC after another (2 workers: 270 MB peak on 10 MB of articles, 310 MB
 * on 25 MB, more on larger inputs). Under 512 MB it collects in smaller, regular steps and its
 * heap stays near 80 MB from the first seconds on, whatever the input's size. A 50 MB line
 * needs about 250 MB. A line too large for the limit (about 100 MB) crashes its worker: every
 * line of the batches that worker held (up to two of about 128 KB, the huge line's among them)
 * becomes an error record with its line number, never a lost line, and a new worker takes over.
 */
const WORKER_OLD_GENERATION_MB = 512;

/** One batch's output, in input order. */
export interface BatchOutput {
  bytes: Uint8Array;
  items: number;
  failed: number;
  /** Input bytes the batch covered (for progress). */
  inputBytes: number;
  /**
   * Call once `bytes` is no longer needed (written, or decoded): the buffer goes back to its
   * worker for a later batch and `bytes` is emptied. Not calling it is safe (the buffer is then
   * left to the garbage collector, which on the main thread runs rarely: see OutputBuffers).
   */
  release(): void;
}

/** CPU seconds per thread after a run (Linux), to show where the time went. */
export interface ThreadCpu {
  main: number | null;
  workers: (number | null)[];
}

interface Slot {
  worker: Worker;
  queued: Set<number>;
}

interface Pending {
  pieces: BatchPiece[];
  inputBytes: number;
  slot: Slot;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private readonly done = new Map<number, BatchOutput>();
  private nextSeq = 0;
  private nextToWrite = 0;
  private writing = false;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  /** Set once the pool shuts down: workers exiting then are not crashes. */
  private closing = false;

  constructor(
    private readonly jobs: number,
    private readonly task: Task,
    /** Where each batch's input buffer goes once its worker has decoded it (for the reader to reuse). */
    private readonly inputSpares: SpareBuffers | null = null,
  ) {
    this.slots = Array.from({ length: jobs }, () => this.spawn());
  }

  /**
   * Feed every batch through the workers and hand the outputs to `write` in order; `write`
   * may return a promise to hold the pool back (backpressure). Reading stops early when
   * `stopped()` turns true; batches already sent are still written unless `discard()` says so.
   */
  async run(batches: AsyncIterable<InputBatch>, write: (output: BatchOutput) => void | Promise<void>, control: { stopped(): boolean; discard(): boolean }): Promise<void> {
    this.write = write;
    this.control = control;
    try {
      for await (const batch of batches) {
        while (!this.hasRoom() && !control.stopped()) await this.sleep();
        this.throwIfFailed();
        if (control.stopped()) break;
        this.dispatch(batch);
      }
    } catch (error) {
      // An aborted read (Ctrl-C, output closed) is a stop, not a failure.
      if (!control.stopped()) throw error;
    }
    while (this.pending.size > 0 || this.writing || this.done.size > 0) {
      if (control.discard()) break;
      this.throwIfFailed();
      await this.sleep();
    }
  }

  /** CPU seconds per thread so far (asks each worker). */
  async threadCpu(): Promise<ThreadCpu> {
    const workers = await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<number | null>((resolve) => {
            const onMessage = (m: { cpu?: number | null }) => {
              if (!('cpu' in m)) return;
              s.worker.off('message', onMessage);
              resolve(m.cpu ?? null);
            };
            s.worker.on('message', onMessage);
            s.worker.postMessage({ stats: true });
          }),
      ),
    );
    return { main: threadCpuSeconds(), workers };
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private write: (output: BatchOutput) => void | Promise<void> = () => {};
  private control: { stopped(): boolean; discard(): boolean } = { stopped: () => false, discard: () => false };

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { task: this.task }, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
    const slot: Slot = { worker, queued: new Set() };
    worker.on('message', (m: ResultMessage | { cpu: unknown }) => {
      if (!('seq' in m)) return;
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      slot.queued.delete(m.seq);
      this.inputSpares?.give(m.input);
      this.done.set(m.seq, { bytes: m.bytes, items: m.items, failed: m.failed, inputBytes: p.inputBytes, release: () => this.recycle(slot, m.bytes.buffer) });
      void this.flush();
    });
    worker.on('error', (error) => this.crashed(slot, error));
    worker.on('exit', (code) => {
      if (slot.queued.size > 0) this.crashed(slot, new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  /**
   * A worker died (out of memory on a huge line, say): its batches become error records, so
   * no line is lost, and a fresh worker takes its place.
   */
  private crashed(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closing) return;
    for (const seq of slot.queued) {
      const p = this.pending.get(seq);
      if (!p) continue;
      this.pending.delete(seq);
      this.done.set(seq, errorOutput(p, `worker crashed: ${error.message}`));
    }
    slot.queued.clear();
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    void this.flush();
  }

  /** Hand a written output buffer back to the worker that made it (unless it was replaced or the pool closed). */
  private recycle(slot: Slot, buffer: ArrayBufferLike): void {
    if (this.closing || !this.slots.includes(slot) || !(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) return;
    const message: RecycleMessage = { recycle: buffer };
    slot.worker.postMessage(message, [buffer]);
  }

  private hasRoom(): boolean {
    const unwritten = this.nextSeq - this.nextToWrite;
    return unwritten < this.jobs * MAX_UNWRITTEN_PER_WORKER && this.slots.some((s) => s.queued.size < MAX_QUEUED_PER_WORKER);
  }

  private dispatch(batch: InputBatch): void {
    // The least busy worker: a slow batch (a 50 MB line) does not hold up the others.
    const slot = this.slots.reduce((best, s) => (s.queued.size < best.queued.size ? s : best));
    const seq = this.nextSeq++;
    const inputBytes = batch.bytes.byteLength;
    this.pending.set(seq, { pieces: batch.pieces, inputBytes, slot });
    slot.queued.add(seq);
    const message: BatchMessage = { seq, pieces: batch.pieces, bytes: batch.bytes };
    slot.worker.postMessage(message, [batch.bytes.buffer as ArrayBuffer]);
  }

  /** Write finished batches in order; one writer at a time. */
  private async flush(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.done.has(this.nextToWrite)) {
        const output = this.done.get(this.nextToWrite)!;
        this.done.delete(this.nextToWrite);
        this.nextToWrite++;
        if (!this.control.discard()) await this.write(output);
        this.wakeUp();
      }
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
    } finally {
      this.writing = false;
      this.wakeUp();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Wake the reading loop (room freed, a stop requested, or the run finished). */
  wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/** Error records for every item of a batch that could not be processed. */
function errorOutput(p: Pending, error: string): BatchOutput {
  let out = '';
  let items = 0;
  for (const piece of p.pieces) {
    for (let n = 0; n < piece.lines; n++, items++) out += `${JSON.stringify(errorRecord({ file: piece.file, line: piece.firstLine + n }, error, null))}\n`;
  }
  return { bytes: new TextEncoder().encode(out), items, failed: items, inputBytes: p.inputBytes, release: () => {} };
}
