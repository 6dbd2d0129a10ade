import { parentPort, workerData } from 'node:worker_threads';
import { itemsOf, type BatchPiece } from './batches.js';
import { OutputBuffers } from './output-buffers.js';
import { taskRunner, type Task } from './tasks.js';
import { threadCpuSeconds } from './thread-stats.js';

/**
 * A pool worker. It gets batches of raw input bytes (handed over, not copied), does all the
 * work — UTF-8 and JSON decoding, parsing, JSON encoding — and hands back one buffer of
 * output lines per batch, so the main thread only moves bytes. The main thread hands each
 * output buffer back once written (a `RecycleMessage`), and the next batch is encoded into it;
 * the worker hands each input buffer back with the batch's result, for the main thread to read a
 * later batch into.
 */
export interface BatchMessage {
  seq: number;
  pieces: BatchPiece[];
  bytes: Uint8Array;
}

/** An output buffer the main thread has written, back for reuse. */
export interface RecycleMessage {
  recycle: ArrayBuffer;
}

export interface ResultMessage {
  seq: number;
  bytes: Uint8Array;
  /** The batch's input buffer, decoded already: back for reuse. */
  input: ArrayBuffer;
  items: number;
  failed: number;
}

const run = taskRunner((workerData as { task: Task }).task);
const buffers = new OutputBuffers();

parentPort?.on('message', (message: BatchMessage | RecycleMessage | { stats: true }) => {
  if ('stats' in message) {
    parentPort?.postMessage({ cpu: threadCpuSeconds() });
    return;
  }
  if ('recycle' in message) {
    buffers.give(message.recycle);
    return;
  }
  let items = 0;
  let failed = 0;
  for (const item of itemsOf(message)) {
    items++;
    const result = run(item);
    if (result.failed) failed++;
    buffers.writeLine(result.line);
  }
  const bytes = buffers.finish();
  const input = message.bytes.buffer as ArrayBuffer;
  const reply: ResultMessage = { seq: message.seq, bytes, input, items, failed };
  parentPort?.postMessage(reply, [bytes.buffer as ArrayBuffer, input]);
});
