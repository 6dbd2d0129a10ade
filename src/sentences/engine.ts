/**
 * Step 5 of the sentence splitter: calling sentence-splitter. The engine is called on chunks of at most
 * `MAX_ENGINE_CHARS`, cut at ends it would find anyway: its cost per call is quadratic in the marks
 * (abbreviations, quotes) it holds, so this keeps any input linear; and only the abbreviations present in a
 * chunk are handed to it (comparing every word with every list entry is most of its cost on real text).
 */
import type { AbbreviationData } from '../lang/types.js';
import { isAbbreviationBefore, isSpace, Kind, languageFor, MAX_ABBREVIATION_LENGTH, tableFor } from './abbreviations.js';
import { isStop, NEUTRAL } from './characters.js';
import { isEngineListIndex } from './numbers.js';
import type { Prepared } from './prepare.js';
import { split } from './splitter.js';

/**
 * Longest piece of a line handed to the engine in one call. The engine's cost grows with the square
 * of the marks (abbreviations, quotes) in one call; real paragraphs are 200–800 chars, so pieces this
 * size are cut only on glued or hostile text, and then at boundaries the engine would take anyway.
 */
export const MAX_ENGINE_CHARS = 1000;

/**
 * Where to cut the text so that no call to the engine gets more than `MAX_ENGINE_CHARS`: at the last
 * forced end or line break, or stop the engine would also split at (outside any pair, not after an
 * abbreviation), before the limit; else at the last such stop inside a quote or bracket (a very long
 * quotation); else at a space; else anywhere. Linear: every offset is looked at once.
 */
export function chunkCuts(text: string, prepared: Prepared, data: AbbreviationData): number[] {
  const { mask, depth, forced } = prepared;
  const n = text.length;
  const table = tableFor(data);
  const cuts: number[] = [];
  let cur = 0;
  let lastOutside = -1;
  let lastInside = -1;
  let f = 0;
  const take = (limit: number): void => {
    while (limit - cur > MAX_ENGINE_CHARS) {
      cur = lastOutside > cur ? lastOutside : lastInside > cur ? lastInside : hardCut(text, cur);
      cuts.push(cur);
    }
  };
  for (let i = 0; i < n; i++) {
    while (f < forced.length && forced[f]! <= i) {
      take(forced[f]!);
      lastOutside = forced[f++]!;
    }
    const ch = mask[i]!;
    if (!isStop(ch) || !isSpace(text[i + 1])) continue;
    if (ch === '.' && (isAbbreviationBefore(text, i, data) || isEngineListIndex(mask, i))) continue;
    if (ch === '!' && isExclamationWord(text, i, table)) continue;
    take(i + 1);
    if (depth[i] === 0) lastOutside = i + 1;
    else lastInside = i + 1;
  }
  take(n);
  return cuts;
}

/** Whether the `!` at `i` belongs to an exclamation word (`Yahoo!`). */
function isExclamationWord(text: string, i: number, table: Map<string, Kind>): boolean {
  let start = i;
  while (start > 0 && !isSpace(text[start - 1]) && i - start <= MAX_ABBREVIATION_LENGTH) start--;
  return table.get(text.slice(start, i + 1).toLowerCase()) === Kind.Exclamation;
}

/** A cut at most `MAX_ENGINE_CHARS` after `cur`: at a space in its second half if any, never inside a surrogate pair. */
function hardCut(text: string, cur: number): number {
  const limit = cur + MAX_ENGINE_CHARS;
  for (let i = limit; i > cur + MAX_ENGINE_CHARS / 2; i--) if (isSpace(text[i - 1])) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/**
 * Appends the sentence ends the engine finds in `[from, to)` of the masked text. A quote or bracket
 * whose partner lies outside the chunk is neutralised for this call.
 */
export function engineEnds(prepared: Prepared, from: number, to: number, table: Map<string, Kind>, out: number[]): void {
  const { mask, partner } = prepared;
  const chars = mask.slice(from, to);
  for (let i = from; i < to; i++) {
    const p = partner[i]!;
    if (p >= 0 && (p < from || p >= to)) chars[i - from] = NEUTRAL;
  }
  const chunk = chars.join('');
  let nodes: ReturnType<typeof split>;
  try {
    nodes = split(chunk, { AbbrMarker: { language: languageFor(chunk, table) } });
  } catch {
    // The engine has never been seen to throw; if it does, the other ends still stand.
    return;
  }
  for (const node of nodes) {
    if (node.type === 'Sentence') out.push(from + node.range[1]);
  }
}
