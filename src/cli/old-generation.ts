import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A worker's old generation, held near its live size. After a full collection V8 lets the old
 * generation grow by at least 8 MB plus the young generation's capacity (16 MB) before the next,
 * and keeps the pages it grew into. A worker promotes 6–8 MB of garbage per 10 MB of input it
 * reads, so that allowance fills over minutes: a short run ends before the first cycle, a long one
 * sits at its top (each worker's heap 78 MB at the end of a 10 MB run, 86–92 MB on 100 MB, up to
 * 99 MB on 300 MB). Collecting once the old space has grown OLD_SPACE_SLACK_BYTES keeps a long
 * run's heap at 79–87 MB (300 MB: peak RSS 265 MB against 285 MB); each collection pauses the
 * worker 0.05–0.25 s (machine under heavy load), about once per 8 MB it reads: about 1 % of its time.
 */

/** Growth of the old space (bytes in use) past its last floor that starts a full collection. */
export const OLD_SPACE_SLACK_BYTES = 6 * 1024 * 1024;

/** Watches one isolate's old space between batches and collects when it has grown past the slack. */
export class OldGenerationBound {
  /** Old-space bytes in use after the last collection (forced or V8's own). */
  private floor: number;
  private last: number;
  /** Full collections this bound has asked for. */
  collections = 0;

  constructor(
    private readonly used: () => number,
    private readonly collect: () => void,
    private readonly slack = OLD_SPACE_SLACK_BYTES,
  ) {
    this.floor = this.last = used();
  }

  /** Call between batches: a full collection when the old space has grown past the slack. */
  check(): void {
    const used = this.used();
    // Less in use than last time: V8 collected on its own, and this is the new floor.
    if (used < this.last) this.floor = Math.min(this.floor, used);
    this.last = used;
    if (used - this.floor <= this.slack) return;
    this.collect();
    this.collections++;
    this.floor = this.last = this.used();
  }
}

/** Bytes in use in this isolate's old space. */
export function oldSpaceUsed(): number {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'old_space') return space.space_used_size;
  return 0;
}

/**
 * This isolate's full collection. `--expose-gc` installs `gc` in contexts made after it is set,
 * so a fresh context hands it over without the flag on the command line.
 */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
