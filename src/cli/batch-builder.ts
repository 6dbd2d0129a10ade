import { SpareBuffers } from './spare-buffers.js';

/** A run of whole lines (or one whole `.txt` file) from one source, inside a batch's bytes. */
export interface BatchPiece {
  file: string;
  format: 'jsonl' | 'text';
  /** Number of the piece's first line in its file (1-based). */
  firstLine: number;
  /** Lines in the piece (always 1 for a `.txt` file). */
  lines: number;
  /** Byte length of the piece within `InputBatch.bytes`. */
  byteLength: number;
}

/** Whole lines of one or more sources. `bytes` is a view of a buffer it owns, so it can be transferred. */
export interface InputBatch {
  pieces: BatchPiece[];
  bytes: Uint8Array;
  /** Lines (input items) in the batch: the sum of the pieces' lines. */
  items: number;
}

/**
 * Collects whole lines into one buffer until a batch is full. Bytes are copied in as they are
 * read, so the reader can reuse its read buffer for the next chunk, and the batch's buffer is
 * handed to a worker without copying again. Buffers come from `spares`: when the workers give
 * each batch's buffer back (the worker pool does), the main thread allocates nothing per batch.
 */
export class BatchBuilder {
  private pieces: BatchPiece[] = [];
  private buffer: Uint8Array | null = null;
  /** Bytes of whole lines in the batch. */
  size = 0;
  /** Bytes after them of a line not yet ended (or a `.txt` file not yet read whole). */
  private open = 0;

  constructor(private readonly spares: SpareBuffers) {}

  /** Bytes appended since the last piece was committed. */
  get openBytes(): number {
    return this.open;
  }

  /** Copy `bytes` after the batch's bytes, as part of the next piece. */
  append(bytes: Uint8Array): void {
    const end = this.size + this.open;
    const needed = end + bytes.length;
    if (this.buffer === null || this.buffer.byteLength < needed) {
      const next = this.spares.take(needed);
      if (this.buffer !== null) next.set(this.buffer.subarray(0, end));
      this.buffer = next;
    }
    this.buffer.set(bytes, end);
    this.open += bytes.length;
  }

  /** The bytes appended since the last piece make the next piece. */
  commit(piece: Omit<BatchPiece, 'byteLength'>): void {
    const byteLength = this.open;
    const last = this.pieces.at(-1);
    // Consecutive runs of one file's lines are one piece.
    if (last && last.format === 'jsonl' && piece.format === 'jsonl' && last.file === piece.file && last.firstLine + last.lines === piece.firstLine) {
      last.lines += piece.lines;
      last.byteLength += byteLength;
    } else this.pieces.push({ ...piece, byteLength });
    this.size += byteLength;
    this.open = 0;
  }

  /** The batch's whole lines (a view of a buffer it owns, to transfer); an unfinished line stays for the next. */
  take(): InputBatch {
    const buffer = this.buffer ?? new Uint8Array(0);
    const batch = { pieces: this.pieces, bytes: buffer.subarray(0, this.size), items: this.pieces.reduce((n, p) => n + p.lines, 0) };
    this.buffer = null;
    if (this.open > 0) {
      this.buffer = this.spares.take(this.open);
      this.buffer.set(buffer.subarray(this.size, this.size + this.open));
    }
    this.pieces = [];
    this.size = 0;
    return batch;
  }
}
