/**
 * Numbers before a period, the engine's blind spot: it takes any `\d+.` for a list index and would miss the
 * end in `pada 2019. Tahun ini`. A number keeps its digits only where it looks like a list index (`1. Pertama`
 * at the start of a line or after `:`); elsewhere its first digit is masked (step 3 of the splitter). The
 * chunking step asks the engine's own idea of a list index, to cut only where the engine would split too.
 */
import type { AbbreviationData } from '../lang/types.js';
import { isAbbreviationBefore, isSpace } from './abbreviations.js';
import { isDigit, isLineBreak, isStop, MASKED_DIGIT } from './characters.js';

/** Longest number that can be a list index (`12. Langkah`); years (`2019.`) are never one. */
const MAX_LIST_INDEX_DIGITS = 2;

/** The period at `i` ends a number (`2019.`) that is no list index: its first digit is masked in `mask`. */
export function maskFinalNumber(text: string, i: number, mask: string[], data: AbbreviationData): void {
  let k = i - 1;
  while (k >= 0 && isDigit(text[k])) k--;
  if ((k < 0 || isSpace(text[k])) && !isListIndex(text, k, i - 1 - k, data)) mask[k + 1] = MASKED_DIGIT;
}

/**
 * Whether the number of `digits` digits after `before` (the index before it, -1 at the start) is a
 * list index: short, and first on its line or after `:`/`;`/`,` or a finished sentence
 * (`syaratnya: 1. Warga …`, `… ini. 2. Kedua …`).
 */
function isListIndex(text: string, before: number, digits: number, data: AbbreviationData): boolean {
  if (digits > MAX_LIST_INDEX_DIGITS) return false;
  let k = before;
  while (k >= 0 && isSpace(text[k]) && !isLineBreak(text[k])) k--;
  if (k < 0 || isLineBreak(text[k]) || text[k] === ':' || text[k] === ';' || text[k] === ',') return true;
  // After a finished sentence, but not after `No.` (`Jl. Sudirman No. 5. Brigjen …`).
  return isStop(text[k]) && !isAbbreviationBefore(text, k, data);
}

/** Whether the period at `i` ends a bare number the engine will take for a list index (`1.`). */
export function isEngineListIndex(mask: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isDigit(mask[k])) k--;
  return k < i - 1 && (k < 0 || isSpace(mask[k]));
}
