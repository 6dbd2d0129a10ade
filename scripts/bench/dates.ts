/**
 * `parseDate` against chrono-node's Indonesian parser (`chrono-node/id`, a dev dependency),
 * per expression: both read the same sentences (the date table of `test/fixtures`), warm, in
 * the same process, run after run in turn, so machine load hits both alike.
 */
import * as chronoId from 'chrono-node/id';
import { parseDate } from '../../src/index.js';
import { loadDateTable } from '../../test/fixtures/date-table.js';
/** Passes over the table per timed run: enough work for the timer to matter little. */
const PASSES = 40;
/** Untimed runs first, so both are measured warm (every function of both optimized). */
const WARM_UP_RUNS = 3;

let sink = 0;

/** Median microseconds per expression for warta and chrono, and chrono's time over warta's. */
export function benchDates(runs: number, median: (xs: number[]) => number): { rows: string[][]; ratio: number } {
  const table = loadDateTable();
  const inputs = table.map((r) => ({ text: r.text, ref: r.ref ?? '2025-10-20', refDate: new Date(`${r.ref ?? '2025-10-20'}T12:00:00Z`) }));
  const variants: [string, () => void][] = [
    ['parseDate (warta)', () => {
      for (const x of inputs) sink += parseDate(x.text, { referenceDate: x.ref })?.span.end ?? 0;
    }],
    ['chrono-node/id parse', () => {
      for (const x of inputs) sink += chronoId.parse(x.text, x.refDate).length;
    }],
  ];
  const times = variants.map(() => [] as number[]);
  for (let r = -WARM_UP_RUNS; r < runs; r++) {
    variants.forEach(([, run], i) => {
      const t0 = performance.now();
      for (let p = 0; p < PASSES; p++) run();
      if (r >= 0) times[i]!.push(performance.now() - t0);
    });
  }
  const perExpression = times.map((t) => (1000 * median(t)) / (PASSES * inputs.length));
  const ratio = perExpression[1]! / perExpression[0]!;
  if (sink < 0) process.stderr.write('unreachable\n');
  return {
    ratio,
    rows: variants.map(([name], i) => [
      `${name}, µs per expression (${inputs.length} sentences)`,
      perExpression[i]!.toFixed(1),
      i === 0 ? `chrono ${ratio.toFixed(1)}× slower` : '',
    ]),
  };
}
