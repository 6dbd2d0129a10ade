import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { BatchBuilder, type InputBatch } from './batch-builder.js';
import { SpareBuffers } from './spare-buffers.js';

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
/** Read size for files. */
const READ_CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

export type { BatchPiece, InputBatch } from './batch-builder.js';

/**
 * Buffers for input batches, to give back once a batch is decoded. A batch is cut just after
 * BATCH_BYTES, so twice that fits all but a batch with a very long line.
 */
export function inputSpares(): SpareBuffers {
  return new SpareBuffers(8, 2 * BATCH_BYTES, 4 * 1024 * 1024);
}

/**
 * Every line of `files` (as `resolveInputs` gives them), batched, in order. A JSONL file's
 * lines are separated by `\n` (a `\r` before it stays with the line; the decoder drops it);
 * a last line without `\n` counts, an empty file has no lines. A UTF-8 BOM at the start of a
 * file is dropped. A line longer than a batch makes a batch of its own. When `signal` aborts,
 * the read in progress fails with an `AbortError`. Batch buffers come from `spares` (give each
 * batch's buffer back there once decoded to reuse it).
 */
export async function* readBatches(
  files: readonly string[],
  { stdin = process.stdin, signal, spares = inputSpares() }: { stdin?: Readable; signal?: AbortSignal; spares?: SpareBuffers } = {},
): AsyncGenerator<InputBatch> {
  const builder = new BatchBuilder(spares);
  for (const file of files) {
    const isText = file !== STDIN && extname(file).toLowerCase() === '.txt';
    const chunks = chunksOf(file, stdin, signal);
    if (isText) {
      let first = true;
      for await (const chunk of chunks) {
        builder.append(first ? stripBom(chunk) : chunk);
        first = false;
      }
      builder.commit({ file, format: 'text', firstLine: 1, lines: 1 });
      if (builder.size >= BATCH_BYTES) yield builder.take();
      continue;
    }
    yield* readLines(file, chunks, builder, file === STDIN);
  }
  if (builder.size > 0) yield builder.take();
}

/**
 * A source's bytes, chunk by chunk. A file is read into one buffer reused for every chunk (no
 * allocation per read), so a chunk is valid only until the next one is asked for.
 */
async function* chunksOf(file: string, stdin: Readable, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
  if (file === STDIN) {
    // Aborting (Ctrl-C, a closed output) ends a read that is waiting for more input.
    if (signal) addAbortSignal(signal, stdin);
    for await (const raw of stdin) yield typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    return;
  }
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* readLines(file: string, chunks: AsyncIterable<Buffer>, builder: BatchBuilder, live: boolean): AsyncGenerator<InputBatch> {
  let nextLine = 1;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      chunk = stripBom(chunk);
      first = false;
    }
    let from = 0;
    while (from < chunk.length) {
      // Cut at the first line end after the batch is full, so batches stay near BATCH_BYTES;
      // when the batch cannot fill in this chunk, take every whole line the chunk has.
      const full = from + Math.max(0, BATCH_BYTES - builder.size - builder.openBytes);
      let cut = full < chunk.length ? chunk.indexOf(NEWLINE, full) : -1;
      if (cut < 0) cut = chunk.lastIndexOf(NEWLINE);
      if (cut < from) {
        // An unfinished line waits in the builder for its `\n`.
        builder.append(chunk.subarray(from));
        break;
      }
      const piece = chunk.subarray(from, cut + 1);
      const lines = countNewlines(piece);
      builder.append(piece);
      builder.commit({ file, format: 'jsonl', firstLine: nextLine, lines });
      nextLine += lines;
      from = cut + 1;
      if (builder.size >= BATCH_BYTES) yield builder.take();
    }
    // A pipe may pause for a long time: what it has sent so far is worked on now.
    if (live && builder.size > 0) yield builder.take();
  }
  // A last line without a line end still counts; nothing after a final `\n` does.
  if (builder.openBytes > 0) builder.commit({ file, format: 'jsonl', firstLine: nextLine, lines: 1 });
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) n++;
  return n;
}

function stripBom(bytes: Buffer): Buffer {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
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
 * The items of a batch, in order, decoded one at a time as they are asked for (invalid UTF-8
 * becomes U+FFFD; a `\r` before a `\n` is dropped). Each line is decoded on its own: decoding a
 * whole piece (~128 KB) made one large string per batch that every line's text pointed into; it
 * often outlived the young generation and waited in the old one for a full collection. Decoding
 * a line only when its turn comes keeps each line's text young as well: decoded all at once, a
 * batch's texts lived through the whole batch's work, were moved to the old generation on the
 * way, and piled up there as garbage.
 */
export function* itemsOf(batch: Pick<InputBatch, 'pieces' | 'bytes'>): Generator<InputItem> {
  let at = 0;
  for (const piece of batch.pieces) {
    const bytes = batch.bytes.subarray(at, at + piece.byteLength);
    at += piece.byteLength;
    if (piece.format === 'text') {
      yield { file: piece.file, line: 1, format: 'text', raw: utf8.decode(bytes) };
      continue;
    }
    let start = 0;
    for (let n = 0; n < piece.lines; n++) {
      // A line end is one byte in UTF-8 and never part of another character.
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
      const raw = (n === 0 ? utf8 : utf8KeepingMarks).decode(bytes.subarray(start, stop));
      yield { file: piece.file, line: piece.firstLine + n, format: 'jsonl', raw };
      start = end + 1;
    }
  }
}
