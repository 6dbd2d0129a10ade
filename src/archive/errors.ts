import type { ArchiveErrorCode } from './types.js';

/** An archive operation that cannot be done, with a one-line message fit to show a person as is. */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;

  constructor(code: ArchiveErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveError';
    this.code = code;
  }
}
