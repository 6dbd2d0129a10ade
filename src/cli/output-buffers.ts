import { Buffer } from 'node:buffer';

/**
 * A worker's output buffers, reused. Each batch's output lines go to the main thread as one
 * transferred buffer. Left to the garbage collector, those buffers are freed only when the main
 * thread's heap is collected, and the main thread allocates so little that it collects a few
 * times a run: dead output piled up there, more on a long input than on a short one, so peak
 * memory grew with the input's size. Instead the main thread hands each buffer back once its
 * bytes are written, and the worker writes a later batch into it: the buffers in circulation
 * are bounded by the batches in flight, whatever the input's size. Lines are encoded one by one
 * straight into the buffer, so no batch-long string (a large object for the collector) is built.
 */
export class OutputBuffers {
  private readonly spares: Uint8Array[] = [];
  private target: Uint8Array | null = null;
  private length = 0;

  constructor(
    /** Buffers kept for reuse; more than the batches in flight is never needed. */
    private readonly maxSpares = 8,
    /** Smallest buffer made: a batch's output is ~300 KB, a size that fits most batches. */
    private readonly minBytes = 512 * 1024,
    /** Larger buffers (a batch with a huge line) are not kept: memory stays bounded. */
    private readonly maxKeptBytes = 4 * 1024 * 1024,
  ) {}

  /** A buffer the main thread has finished with; kept for a later batch when it is worth it. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength < this.minBytes || buffer.byteLength > this.maxKeptBytes || this.spares.length >= this.maxSpares) return;
    this.spares.push(new Uint8Array(buffer));
  }

  /** Append `text` as UTF-8 and a line end to the batch being written. */
  writeLine(text: string): void {
    // Three bytes per UTF-16 unit is the most UTF-8 needs; count exactly only when that may not fit.
    const room = (this.target?.byteLength ?? 0) - this.length;
    if (text.length * 3 + 1 > room) this.reserve(Buffer.byteLength(text, 'utf8') + 1);
    const target = this.target!;
    this.length += utf8.encodeInto(text, target.subarray(this.length)).written;
    target[this.length++] = 0x0a;
  }

  /** The batch's bytes (a view of a buffer to transfer); the next line starts a new batch. */
  finish(): Uint8Array {
    const bytes = (this.target ?? new Uint8Array(0)).subarray(0, this.length);
    this.target = null;
    this.length = 0;
    return bytes;
  }

  /** Spare buffers held now (for tests). */
  get spareCount(): number {
    return this.spares.length;
  }

  /** Make room for `bytes` more: a spare large enough, else a new buffer with room to spare. */
  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (this.target !== null && this.target.byteLength >= needed) return;
    let next: Uint8Array | undefined;
    while (this.spares.length > 0 && next === undefined) {
      const spare = this.spares.pop()!;
      // Too small: dropped, and a larger buffer takes its place in circulation.
      if (spare.byteLength >= needed) next = spare;
    }
    next ??= new Uint8Array(Math.max(this.minBytes, Math.ceil(needed * 1.5)));
    if (this.target !== null) next.set(this.target.subarray(0, this.length));
    this.target = next;
  }
}

const utf8 = new TextEncoder();
