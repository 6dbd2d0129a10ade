/**
 * linear: hostile inputs cost time linear in their length. Each shape is parsed at 100 KB and at
 * 1 MB in the same run and the times compared (never an absolute limit: the machine is shared).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ADVERSARIES, type Adversary } from './adversarial.js';

const SMALL = 100_000;
const LARGE = 1_000_000;
/**
 * Ten times the input should cost about ten times the time (less where fixed costs dominate); a
 * quadratic pass costs a hundred times. Fail only on clearly super-linear growth, above the noise
 * of a shared two-core machine.
 */
const MAX_RATIO = 25;
/** Runs whose median is taken; the large input is re-measured only when one run looks too slow. */
const RUNS = 3;
/**
 * A shape the parser passes over almost for free (100k quotation marks, no word in sight) takes a
 * couple of milliseconds at 100 KB, and its 1 MB version pays for leaving the CPU cache more than
 * for any algorithm. So the small time counts as at least this share of the time an ordinary
 * 100 KB text takes in the same run: a quadratic pass still shows, a cache miss does not.
 */
const MIN_SHARE_OF_ORDINARY = 0.25;

function timeParse(text: string): number {
  const t0 = performance.now();
  const article = parseArticle(text);
  const ms = performance.now() - t0;
  expect(article.warnings.filter((w) => w.includes('crashed'))).toEqual([]);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Time of the large input over the small one, as medians; the large one re-measured only when suspicious. */
function growth(small: string, large: string, floor: number): { smallMs: number; largeMs: number } {
  timeParse(small); // warm-up: lexicons compiled, code optimised
  const smallMs = median(Array.from({ length: RUNS }, () => timeParse(small)));
  const large1 = timeParse(large);
  const suspicious = large1 / Math.max(smallMs, floor) > MAX_RATIO;
  const largeMs = suspicious ? median([large1, ...Array.from({ length: RUNS - 1 }, () => timeParse(large))]) : large1;
  return { smallMs, largeMs };
}

/** Median time of an ordinary text of `chars` (a single line of sentences), measured once per size. */
const ordinaryMs = new Map<number, number>();
function ordinary(chars: number): number {
  let ms = ordinaryMs.get(chars);
  if (ms === undefined) {
    const text = ADVERSARIES.find((a) => a.name === 'a single line of sentences')!.make(chars);
    timeParse(text);
    ms = median(Array.from({ length: RUNS }, () => timeParse(text)));
    ordinaryMs.set(chars, ms);
  }
  return ms;
}

function checkLinear(a: Adversary, smallChars = SMALL, largeChars = LARGE): void {
  const floor = MIN_SHARE_OF_ORDINARY * ordinary(smallChars);
  const { smallMs, largeMs } = growth(a.make(smallChars), a.make(largeChars), floor);
  const ratio = largeMs / Math.max(smallMs, floor);
  expect(ratio, `${a.name}: ${smallMs.toFixed(1)} ms for ${smallChars} chars (counted as at least ${floor.toFixed(1)}), ${largeMs.toFixed(1)} ms for ${largeChars}`).toBeLessThan(MAX_RATIO);
}

describe('linear: hostile input, 100 KB against 1 MB', () => {
  for (const a of ADVERSARIES) it(`linear: ${a.name}`, { timeout: 120_000 }, () => checkLinear(a));
});

describe('linear: the largest shapes', () => {
  const line = ADVERSARIES.find((a) => a.name === 'a single line of sentences')!;
  it('linear: one 5 MB line against 500 KB', { timeout: 120_000 }, () => checkLinear(line, 500_000, 5_000_000));
});
