import { Buffer } from 'node:buffer';
import { SpareBuffers } from './spare-buffers.js';

/**
 * A worker's output buffers, reused. Each batch's output lines go to the main thread as one
 * transferred buffer, which the main thread hands back once its bytes are written (see
 * SpareBuffers), and the worker writes a later batch into it. Lines are encoded one by one
 * straight into the buffer, so no batch-long string (a large object for the collector) is built.
 */
export class OutputBuffers {
  private readonly spares: SpareBuffers;
  private target: Uint8Array | null = null;
  private length = 0;

  constructor(
    /** Buffers kept for reuse; more than the batches in flight is never needed. */
    maxSpares = 8,
    /** Smallest buffer made: a batch's output is ~300 KB, a size that fits most batches. */
    minBytes = 512 * 1024,
    /** Larger buffers (a batch with a huge line) are not kept: memory stays bounded. */
    maxKeptBytes = 4 * 1024 * 1024,
  ) {
    this.spares = new SpareBuffers(maxSpares, minBytes, maxKeptBytes);
  }

  /** A buffer the main thread has finished with; kept for a later batch when it is worth it. */
  give(buffer: ArrayBuffer): void {
    this.spares.give(buffer);
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
    return this.spares.count;
  }

  /** Make room for `bytes` more: a spare large enough, else a new buffer with room to spare. */
  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (this.target !== null && this.target.byteLength >= needed) return;
    const next = this.spares.take(needed);
    if (this.target !== null) next.set(this.target.subarray(0, this.length));
    this.target = next;
  }
}

const utf8 = new TextEncoder();
