import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';

/**
 * The inputs as batches of raw bytes, for the worker pool. The main thread only finds line
 * ends (a native byte search) and copies bytes into a buffer it hands over to a worker
 * without copying again; decoding UTF-8, JSON and everything after happens in the workers.
 * This is what keeps the main thread from being the bottleneck of a multi-core run.
 */

/** The name standard input goes by in the list of files and in error records. */
export const STDIN = '-';

/** A batch is cut at the first line end after this many bytes: ~30–80 articles of work. */
export const BATCH_BYTES = 128 * 1024;
/** Read size for files and standard input. */
const READ_CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

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

/** Whole lines of one or more sources. `bytes` owns its buffer, so it can be transferred. */
export interface InputBatch {
  pieces: BatchPiece[];
  bytes: Uint8Array;
  /** Lines (input items) in the batch: the sum of the pieces' lines. */
  items: number;
}

/**
 * Every line of `files` (as `resolveInputs` gives them), batched, in order. A JSONL file's
 * lines are separated by `\n` (a `\r` before it stays with the line; the decoder drops it);
 * a last line without `\n` counts, an empty file has no lines. A UTF-8 BOM at the start of a
 * file is dropped. A line longer than a batch makes a batch of its own. When `signal` aborts,
 * the read in progress fails with an `AbortError`.
 */
export async function* readBatches(files: readonly string[], { stdin = process.stdin, signal }: { stdin?: Readable; signal?: AbortSignal } = {}): AsyncGenerator<InputBatch> {
  const builder = new BatchBuilder();
  for (const file of files) {
    const isText = file !== STDIN && extname(file).toLowerCase() === '.txt';
    const stream = file === STDIN ? stdin : createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
    // Aborting (Ctrl-C, a closed output) ends a read that is waiting for more input.
    if (signal) addAbortSignal(signal, stream);
    if (isText) {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      builder.add({ file, format: 'text', firstLine: 1, lines: 1 }, [stripBom(Buffer.concat(chunks))]);
      if (builder.size >= BATCH_BYTES) yield builder.take();
      continue;
    }
    yield* readLines(file, stream, builder, file === STDIN);
  }
  if (builder.size > 0) yield builder.take();
}

async function* readLines(file: string, stream: AsyncIterable<unknown>, builder: BatchBuilder, live: boolean): AsyncGenerator<InputBatch> {
  let nextLine = 1;
  let first = true;
  // The bytes of an unfinished line, waiting for its `\n`.
  let partial: Buffer[] = [];
  let partialBytes = 0;
  for await (const raw of stream) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    if (first) {
      chunk = stripBom(chunk);
      first = false;
    }
    let from = 0;
    while (from < chunk.length) {
      // Cut at the first line end after the batch is full, so batches stay near BATCH_BYTES;
      // when the batch cannot fill in this chunk, take every whole line the chunk has.
      const full = from + Math.max(0, BATCH_BYTES - builder.size - partialBytes);
      let cut = full < chunk.length ? chunk.indexOf(NEWLINE, full) : -1;
      if (cut < 0) cut = chunk.lastIndexOf(NEWLINE);
      if (cut < from) {
        partial.push(chunk.subarray(from));
        partialBytes += chunk.length - from;
        break;
      }
      const piece = chunk.subarray(from, cut + 1);
      const lines = countNewlines(piece);
      builder.add({ file, format: 'jsonl', firstLine: nextLine, lines }, [...partial, piece]);
      nextLine += lines;
      partial = [];
      partialBytes = 0;
      from = cut + 1;
      if (builder.size >= BATCH_BYTES) yield builder.take();
    }
    // A pipe may pause for a long time: what it has sent so far is worked on now.
    if (live && builder.size > 0) yield builder.take();
  }
  // A last line without a line end still counts; nothing after a final `\n` does.
  if (partialBytes > 0) builder.add({ file, format: 'jsonl', firstLine: nextLine, lines: 1 }, partial);
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) n++;
  return n;
}

function stripBom(bytes: Buffer): Buffer {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Collects pieces until a batch is full; `take` copies them into one transferable buffer. */
class BatchBuilder {
  private pieces: BatchPiece[] = [];
  private chunks: Buffer[] = [];
  size = 0;

  add(piece: Omit<BatchPiece, 'byteLength'>, chunks: Buffer[]): void {
    const byteLength = chunks.reduce((n, c) => n + c.length, 0);
    const last = this.pieces.at(-1);
    // Consecutive runs of one file's lines are one piece.
    if (last && last.format === 'jsonl' && piece.format === 'jsonl' && last.file === piece.file && last.firstLine + last.lines === piece.firstLine) {
      last.lines += piece.lines;
      last.byteLength += byteLength;
    } else this.pieces.push({ ...piece, byteLength });
    this.chunks.push(...chunks);
    this.size += byteLength;
  }

  take(): InputBatch {
    const bytes = new Uint8Array(new ArrayBuffer(this.size));
    let at = 0;
    for (const c of this.chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const batch = { pieces: this.pieces, bytes, items: this.pieces.reduce((n, p) => n + p.lines, 0) };
    this.pieces = [];
    this.chunks = [];
    this.size = 0;
    return batch;
  }
}

/** One line of a JSONL source or one whole `.txt` file, as text. */
export interface InputItem {
  /** The file's path as given (or found in a folder), `-` for standard input. */
  file: string;
  /** 1-based line number in a JSONL source; 1 for a `.txt` file. */
  line: number;
  /** `jsonl`: `raw` is one line of JSON; `text`: `raw` is a whole article. */
  format: 'jsonl' | 'text';
  raw: string;
}

const utf8 = new TextDecoder();
/**
 * For every line of a piece after its first: a byte-order mark there is text, as it was when a
 * piece was decoded whole (only the decoded text's start lost its mark).
 */
const utf8KeepingMarks = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The items of a batch, in order (invalid UTF-8 becomes U+FFFD; a `\r` before a `\n` is
 * dropped). Each line is decoded on its own: decoding a whole piece (~128 KB)
 * made one large string per batch that every line's text pointed into; it often outlived the
 * young generation and waited in the old one for a full collection.
 */
export function itemsOf(batch: Pick<InputBatch, 'pieces' | 'bytes'>): InputItem[] {
  const items: InputItem[] = [];
  let at = 0;
  for (const piece of batch.pieces) {
    const bytes = batch.bytes.subarray(at, at + piece.byteLength);
    at += piece.byteLength;
    if (piece.format === 'text') {
      items.push({ file: piece.file, line: 1, format: 'text', raw: utf8.decode(bytes) });
      continue;
    }
    let start = 0;
    for (let n = 0; n < piece.lines; n++) {
      // A line end is one byte in UTF-8 and never part of another character.
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
      const raw = (n === 0 ? utf8 : utf8KeepingMarks).decode(bytes.subarray(start, stop));
      items.push({ file: piece.file, line: piece.firstLine + n, format: 'jsonl', raw });
      start = end + 1;
    }
  }
  return items;
}
