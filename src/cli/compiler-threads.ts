import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Each worker is a V8 isolate of its own and compiles warta's hot code itself: on the real
 * articles that warm-up (TurboFan optimising ~550 functions, most of them only warm) costs
 * a worker about 5 CPU seconds, paid once per worker, so it is what keeps N workers from
 * being N times one.
 *
 * TurboFan picks a function once it has run a budget of bytecodes. Four times V8's default
 * budget leaves the merely warm functions in baseline code and optimises the hot ones:
 * measured with 2 workers on 10 MB of real articles, 13 % less CPU for the whole run, the
 * same per-article cost once warm (1 worker: the worker's own CPU unchanged, its background
 * compiler's halved). Eight times was no better.
 *
 * When the workers take every core, V8's background compiler threads have no core of their
 * own and compete with the workers: compiling on the worker's own thread costs the process
 * less in all. With a core to spare (fewer workers than cores) the background compiler is
 * left on. Both flags are read whenever an isolate compiles, so setting them before the
 * workers start is enough.
 */
export function placeCompilerWork(jobs: number): void {
  setFlagsFromString(`--interrupt-budget=${4 * V8_DEFAULT_INTERRUPT_BUDGET}`);
  if (jobs < availableParallelism()) return;
  setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * V8's `--interrupt-budget` default on Node 20 (V8 11.3): 66 KB of bytecode. The budget set is this
 * absolute value × 4, measured on Node 20; a later Node whose V8 default differs gets the same budget.
 */
const V8_DEFAULT_INTERRUPT_BUDGET = 66 * 1024;
