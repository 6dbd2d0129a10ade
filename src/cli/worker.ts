import { parentPort, workerData } from 'node:worker_threads';
import type { ParseOptions } from '../types.js';
import { processLine } from './jsonl.js';

/** A pool worker: receives batches of numbered lines, answers with their results in the same order. */
const { field, options } = workerData as { field: string; options: ParseOptions };
parentPort?.on('message', (batch: { id: number; lines: string[] }) => {
  parentPort?.postMessage({ id: batch.id, results: batch.lines.map((l) => processLine(l, field, options)) });
});
