import type { Writable } from 'node:stream';

/**
 * Lines to a stream that may close under us (`warta search … | head`): writes wait for the
 * stream to drain, and once its reader has gone (EPIPE) the writer says so through `closed`
 * and drops further lines quietly, so the command can stop early without an error.
 */
export class LineWriter {
  readonly #stream: Writable;
  #closed = false;
  /** Any other write error (a full disk): thrown by the next `write`. */
  #failure: Error | null = null;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.#closed = true;
      else this.#failure ??= error;
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Write one line (a newline is added); resolves when the stream can take more. */
  async write(line: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#closed) return;
    if (!this.#stream.write(`${line}\n`)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#stream.off('drain', done);
          this.#stream.off('close', done);
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('close', done);
      });
    }
  }
}
