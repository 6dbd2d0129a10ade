/**
 * The shapes the stages share. A stage is a pure function from a typed input to a typed result:
 * it takes what it needs (the normalized text, the body blocks still in play, what earlier
 * stages found) and returns what it found. `src/pipeline.ts` wires them in order.
 *
 * Every offset here is a normalized offset (into `Normalized.text`); only the final assembly
 * (`src/assemble/to-article.ts`) maps regions to the caller's offsets.
 */
import type { Block } from '../segment.js';
import type { BoilerplateKind } from '../types.js';

export type { Block } from '../segment.js';

/** A region `[start, end)` of the normalized text. */
export interface Region {
  start: number;
  end: number;
}

/** Page furniture a stage found: navigation crumbs, captions, `Baca juga` lines, … */
export interface Junk extends Region {
  kind: BoilerplateKind;
  /** Junk only because of what precedes it (a headline under `Baca Juga`, a contact line): merged into that segment. */
  continues?: boolean;
}

/** What every result may carry: notes about odd input, in the order found. */
export interface StageResult {
  warnings?: readonly string[];
}

/** A stage's result that passes the body on: the blocks still in play after it, in order. */
export interface BodyResult extends StageResult {
  body: readonly Block[];
}

/** One thing a stage decided, for the trace: a label (`title`, `junk:caption`, `duplicate:near`) and where. */
export interface Decision {
  what: string;
  region: Region | null;
}

/** One step of the parse: a name, the work, and what to go on with when the work finds nothing. */
export interface Stage<I, R extends StageResult> {
  /** Shown in warnings and traces, so a decision can be traced to its stage. */
  readonly name: string;
  /** Pure: reads `input`, returns what this stage found. */
  run(input: I): R;
  /** The result of finding nothing (the body passed on unchanged): used when `run` crashes. */
  nothing(input: I): R;
  /** What `result` decided, for the trace; only called when a trace is asked for. */
  decisions(result: R): Decision[];
}
