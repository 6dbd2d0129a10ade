/**
 * linear: hostile inputs cost time linear in their length. Each shape is parsed at 100 KB and at
 * 1 MB in the same run and the times compared (never an absolute limit: the machine is shared).
 * Time is the process's CPU time, not the wall clock: on a busy machine a long parse is more
 * often preempted than a short one, which looks like super-linear growth and is not.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { ADVERSARIES, type Adversary } from '../support/adversarial.js';

const SMALL = 100_000;
const LARGE = 1_000_000;
/**
 * Ten times the input should cost about ten times the time (less where fixed costs dominate); a
 * quadratic pass costs a hundred times. Fail only on clearly super-linear growth, above the noise
 * of a shared two-core machine.
 */
const MAX_RATIO = 25;
/** Runs per measurement; the best is kept, since noise only ever adds time. */
const RUNS = 3;
/**
 * A shape the parser passes over almost for free (100k quotation marks, no word in sight) takes a
 * couple of milliseconds at 100 KB, and its 1 MB version pays for leaving the CPU cache more than
 * for any algorithm. So the small time counts as at least this share of the time ordinary text of
 * the same size takes in the same run: a quadratic pass still shows, a cache miss does not.
 */
const MIN_SHARE_OF_ORDINARY = 0.25;

/** CPU milliseconds of one parse (this test file runs in a process of its own). */
function timeParse(text: string): number {
  // Start from a collected heap: the previous parse's garbage is not this parse's cost.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = process.cpuUsage();
  const article = parseArticle(text);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  expect(article.warnings.filter((w) => w.includes('crashed'))).toEqual([]);
  return ms;
}

/** The best of `runs` parses, after a warm-up (lexicons compiled, code optimised). */
function best(text: string, runs = RUNS): number {
  timeParse(text);
  return Math.min(...Array.from({ length: runs }, () => timeParse(text)));
}

/** Ordinary text of `chars` (a single line of sentences), measured once per size. */
const ordinaryMs = new Map<number, number>();
const sentences = ADVERSARIES.find((a) => a.name === 'a single line of sentences')!;
function ordinary(chars: number): number {
  let ms = ordinaryMs.get(chars);
  if (ms === undefined) {
    ms = best(sentences.make(chars));
    ordinaryMs.set(chars, ms);
  }
  return ms;
}

function checkLinear(a: Adversary, smallChars = SMALL, largeChars = LARGE): void {
  // MAX_RATIO is for ten times the input; other steps scale it (a quadratic pass grows as the square).
  const limit = (MAX_RATIO * (largeChars / smallChars)) / 10;
  const small = a.make(smallChars);
  const large = a.make(largeChars);
  const smallMs = best(small);
  // The large input once; three times more only when that one run looks too slow.
  let largeMs = timeParse(large);
  let ratio = largeMs / smallMs;
  if (ratio > limit) {
    largeMs = Math.min(largeMs, best(large));
    ratio = largeMs / Math.max(smallMs, MIN_SHARE_OF_ORDINARY * ordinary(smallChars));
  }
  if (process.env.WARTA_LINEAR_VERBOSE) console.log(`${a.name}: ${ratio.toFixed(1)}× (${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms CPU)`);
  expect(ratio, `${a.name}: ${smallMs.toFixed(1)} ms CPU for ${smallChars} chars, ${largeMs.toFixed(1)} ms for ${largeChars}`).toBeLessThan(limit);
}

describe('linear: hostile input, 100 KB against 1 MB', () => {
  for (const a of ADVERSARIES) it(`linear: ${a.name}`, { timeout: 120_000 }, () => checkLinear(a));
});

describe('linear: the largest shapes', () => {
  const line = ADVERSARIES.find((a) => a.name === 'a single line of sentences')!;
  it('linear: one 5 MB line against 1 MB', { timeout: 120_000 }, () => checkLinear(line, 1_000_000, 5_000_000));
});
