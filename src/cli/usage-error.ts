/** A bad command line (unknown flag, missing file): reported as one line on stderr with exit 2, no stack trace. */
export class UsageError extends Error {}
