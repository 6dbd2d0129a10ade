import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * Where a command writes its lines: standard output or a file (`-o`). Writes wait when the
 * stream's buffer is full (backpressure). When the reader goes away (`warta … | head`), the
 * output is marked closed and `onClosed` fires once, so the command can stop quietly.
 */
export class Output {
  readonly stream: Writable;
  closed = false;
  private closedListeners: (() => void)[] = [];
  private error: Error | null = null;

  constructor(path?: string) {
    this.stream = path ? createWriteStream(path) : process.stdout;
    this.stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.close();
      else this.error = error;
    });
  }

  onClosed(listener: () => void): void {
    this.closedListeners.push(listener);
  }

  /**
   * Write bytes or text; resolves at once unless the stream asks to wait. Throws a write error
   * (disk full). `written` is called once the stream is done with `chunk` (written or failed).
   */
  write(chunk: Uint8Array | string, written?: () => void): void | Promise<void> {
    if (this.error) throw this.error;
    if (this.closed) return;
    if (this.stream.write(chunk, written && (() => written()))) return;
    return new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.closedListeners = this.closedListeners.filter((l) => l !== done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.closedListeners.push(done);
    });
  }

  /** Flush and close a file; standard output is left open for the process to flush. */
  async end(): Promise<void> {
    if (this.error) throw this.error;
    if (this.stream === process.stdout || this.closed) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    const listeners = this.closedListeners;
    this.closedListeners = [];
    for (const l of listeners) l();
  }
}
