import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A young generation big enough for a megabyte of tokens: at V8's default size, garbage
    // collection of a 1 MB one-paragraph page grows faster than the page (each scavenge rescans the
    // growing token arrays), and test/code/linear-time.test.ts measures the parser's algorithms, not that.
    // The cost is real for callers with default settings: README, Security, says so.
    // `--expose-gc`: the linear tests collect garbage before each timed parse, so one parse's
    // garbage is never charged to the next (a 5 MB parse after a 1 MB one paid for both).
    execArgv: ['--max-semi-space-size=64', '--expose-gc'],
  },
});
