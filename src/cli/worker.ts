import { parentPort, workerData } from 'node:worker_threads';
import { itemsOf, type BatchPiece } from './batches.js';
import { taskRunner, type Task } from './tasks.js';
import { threadCpuSeconds } from './thread-stats.js';

/**
 * A pool worker. It gets batches of raw input bytes (handed over, not copied), does all the
 * work — UTF-8 and JSON decoding, parsing, JSON encoding — and hands back one buffer of
 * output lines per batch, so the main thread only moves bytes.
 */
export interface BatchMessage {
  seq: number;
  pieces: BatchPiece[];
  bytes: Uint8Array;
}

export interface ResultMessage {
  seq: number;
  bytes: Uint8Array;
  items: number;
  failed: number;
}

const run = taskRunner((workerData as { task: Task }).task);
const utf8 = new TextEncoder();

parentPort?.on('message', (message: BatchMessage | { stats: true }) => {
  if ('stats' in message) {
    parentPort?.postMessage({ cpu: threadCpuSeconds() });
    return;
  }
  const items = itemsOf(message);
  let failed = 0;
  let out = '';
  for (const item of items) {
    const result = run(item);
    if (result.failed) failed++;
    out += `${result.line}\n`;
  }
  const bytes = utf8.encode(out);
  const reply: ResultMessage = { seq: message.seq, bytes, items: items.length, failed };
  parentPort?.postMessage(reply, [bytes.buffer]);
});
