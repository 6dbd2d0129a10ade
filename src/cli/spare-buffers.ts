/**
 * Byte buffers handed back for reuse. A batch's bytes cross between threads as a transferred
 * buffer, and a buffer left to the garbage collector is freed only when the heap of the thread
 * holding it is next collected: on the main thread, which allocates almost nothing, that is a
 * few times a run, so dead buffers piled up there (more on a long input than on a short one)
 * and peak memory grew with the input's size. A buffer given back once its bytes are used is
 * taken for a later batch instead: the buffers in circulation are bounded by the batches in
 * flight, whatever the input's size.
 */
export class SpareBuffers {
  private readonly spares: Uint8Array[] = [];

  constructor(
    /** Buffers kept for reuse; more than the batches in flight is never needed. */
    private readonly maxSpares: number,
    /** Smallest buffer made: a size that fits most batches. */
    private readonly minBytes: number,
    /** Larger buffers (a batch with a huge line) are not kept: memory stays bounded. */
    private readonly maxKeptBytes: number,
  ) {}

  /** A buffer whose bytes are no longer needed; kept for a later batch when it is worth it. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength < this.minBytes || buffer.byteLength > this.maxKeptBytes || this.spares.length >= this.maxSpares) return;
    this.spares.push(new Uint8Array(buffer));
  }

  /** A buffer of at least `bytes`: a spare large enough, else a new one with room to spare. */
  take(bytes: number): Uint8Array {
    while (this.spares.length > 0) {
      const spare = this.spares.pop()!;
      // Too small: dropped, and a larger buffer takes its place in circulation.
      if (spare.byteLength >= bytes) return spare;
    }
    return new Uint8Array(Math.max(this.minBytes, Math.ceil(bytes * 1.5)));
  }

  /** Spare buffers held now (for tests). */
  get count(): number {
    return this.spares.length;
  }
}
