/** How often the progress line is redrawn. */
const REDRAW_MS = 250;
const BAR_WIDTH = 24;

/** What the progress line and the final summary count. */
export interface Counts {
  read: number;
  failed: number;
  /** Input bytes done, for the bar. */
  bytes: number;
}

/**
 * A progress line on standard error, redrawn in place: items done, rate, failures, elapsed
 * time, and a bar when the input's size is known (files, not a pipe). Drawn only when
 * standard error is a terminal, so logs and pipes get only the final summary.
 */
export class Progress {
  private timer: NodeJS.Timeout | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly counts: Counts,
    private readonly totalBytes: number | null,
    enabled: boolean,
  ) {
    if (enabled) {
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** Erase the line before the summary is written. */
  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    process.stderr.write('\r\x1b[K');
  }

  private draw(): void {
    process.stderr.write(`\r\x1b[K${progressLine(this.counts, this.totalBytes, this.elapsed())}`);
  }
}

/** The progress line's text (exported for tests). */
export function progressLine(counts: Counts, totalBytes: number | null, seconds: number): string {
  const rate = counts.read / Math.max(seconds, 0.001);
  const parts = [`${counts.read} done`, `${rate.toFixed(0)}/s`, `${counts.failed} failed`, clock(seconds)];
  if (totalBytes === null || totalBytes === 0) return parts.join(', ');
  const share = Math.min(1, counts.bytes / totalBytes);
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${parts.join(', ')}`;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
