import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * When the workers take every core, V8's background compiler threads have no core of their
 * own: measured on the real articles, they spend about a third of a worker's time
 * (re)compiling hot code, competing with the workers, so two workers on two cores were no
 * faster than one. Compiling on the worker's own thread instead costs it a little more and
 * costs the process less in all, and N workers then scale with N cores.
 * With a core to spare (fewer workers than cores) the background compiler is left on.
 */
export function placeCompilerWork(jobs: number): void {
  if (jobs < availableParallelism()) return;
  // A flag V8 reads whenever a new isolate (each worker) starts compiling: safe to set now.
  setFlagsFromString('--no-concurrent-recompilation');
}
