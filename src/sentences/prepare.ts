/**
 * Steps 1–4 of the sentence splitter, in order: the text prepared for the engine. The engine gets a *masked*
 * copy of the text with the same length, so its offsets are ours; beside it, the pairs of quotes and brackets
 * and the ends the engine never finds.
 */
import type { AbbreviationData } from '../lang/types.js';
import { pairMarks } from './pairs.js';
import { markStops } from './stops.js';

/** The text prepared for the engine. */
export interface Prepared {
  /** The masked copy, one entry per UTF-16 code unit of the text. */
  mask: string[];
  /** For each matched quote or bracket, the offset of its partner; -1 elsewhere. */
  partner: Int32Array;
  /** How many matched pairs enclose each offset (the marks themselves excluded). */
  depth: Int32Array;
  /** Offsets where a sentence ends whatever the engine says: line breaks, closing quotes, glued paragraphs. */
  forced: number[];
}

/** Steps 1–4 of the splitter's comment. Linear in the text's length. */
export function prepare(text: string, data: AbbreviationData): Prepared {
  const mask = text.split('');
  const forced: number[] = [];
  // 1. Pair quotes and brackets, per line (every line break is an end).
  const pairs = pairMarks(text, mask, forced);
  // 2–4. Stops: before a lowercase word, after a number, glued to the next sentence.
  markStops(text, data, pairs, mask, forced);
  forced.sort((a, b) => a - b);
  return { mask, partner: pairs.partner, depth: pairs.depth, forced };
}
