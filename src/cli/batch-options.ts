import { availableParallelism } from 'node:os';
import type { SupportedLanguage } from '../types.js';
import { resolveInputs } from './inputs.js';
import { UsageError } from './usage-error.js';

/** The flags every batch command (parse, signatures, dedupe) takes, for `node:util` parseArgs. */
export const BATCH_FLAGS = {
  input: { type: 'string', short: 'i', multiple: true },
  output: { type: 'string', short: 'o' },
  field: { type: 'string', default: 'text' },
  jobs: { type: 'string', short: 'j' },
  language: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  stats: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The help text of those flags. */
export const BATCH_FLAGS_HELP = `  -o, --output <file>    write to a file (default: standard output)
  --field <name>         the JSON field holding the text (default: text); every other field passes through
  -j, --jobs <n>         worker threads (default: one per core, ${availableParallelism()} here)
  --language <code>      ind | zlm | eng: skip language detection
  -q, --quiet            no progress and no summary on standard error
  --stats                after the summary, CPU seconds per thread and peak memory
  -i, --input <path>     an input, like a positional one (repeatable)`;

/** The inputs of a batch command: positional paths and `-i` paths; none means standard input. */
export function batchInputs(positionals: readonly string[], input: readonly string[] | undefined): string[] {
  return resolveInputs([...(input ?? []), ...positionals]);
}

export function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, got "${value}"`);
  return jobs;
}

export function languageOption(value: string | undefined): SupportedLanguage | undefined {
  if (value === undefined) return undefined;
  if (value !== 'ind' && value !== 'zlm' && value !== 'eng') throw new UsageError(`--language must be ind, zlm or eng, got "${value}"`);
  return value;
}
