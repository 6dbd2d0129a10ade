import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) the calling thread has used, from Linux's
 * `/proc/thread-self/stat`; `null` elsewhere. Node 20 has no per-thread CPU clock, and the
 * per-thread split is what shows whether the main thread holds the workers back.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ, fixed at 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
