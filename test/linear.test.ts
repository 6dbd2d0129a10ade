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
function growth(small: string, large: string): { ratio: number; smallMs: number; largeMs: number } {
  timeParse(small); // warm-up: lexicons compiled, code optimised
  const smallMs = median(Array.from({ length: RUNS }, () => timeParse(small)));
  const large1 = timeParse(large);
  const largeMs = large1 / smallMs <= MAX_RATIO ? large1 : median([large1, ...Array.from({ length: RUNS - 1 }, () => timeParse(large))]);
  return { ratio: largeMs / smallMs, smallMs, largeMs };
}

function checkLinear(a: Adversary, smallChars = SMALL, largeChars = LARGE): void {
  const { ratio, smallMs, largeMs } = growth(a.make(smallChars), a.make(largeChars));
  expect(ratio, `${a.name}: ${smallMs.toFixed(1)} ms for ${smallChars} chars, ${largeMs.toFixed(1)} ms for ${largeChars}`).toBeLessThan(MAX_RATIO);
}

describe('linear: hostile input, 100 KB against 1 MB', () => {
  for (const a of ADVERSARIES) it(`linear: ${a.name}`, { timeout: 120_000 }, () => checkLinear(a));
});

describe('linear: the largest shapes', () => {
  const line = ADVERSARIES.find((a) => a.name === 'a single line of sentences')!;
  it('linear: one 5 MB line against 500 KB', { timeout: 120_000 }, () => checkLinear(line, 500_000, 5_000_000));
});
