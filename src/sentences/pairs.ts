/**
 * Step 1 of the sentence splitter: quotes and brackets paired per line. Matched quotes become `"` in the
 * engine's copy (the engine pairs only straight quotes, so `“…”` and Kompas' `”…”` are kept together);
 * unmatched marks are neutralised (an unclosed `“` would otherwise swallow the rest of the text). Every line
 * break is a forced end. Kept apart: the later steps only read the pairs and depths it leaves.
 */
import {
  BRACKET_CLOSERS,
  BRACKET_OPENERS,
  FOREIGN_PAIRS,
  isLineBreak,
  MARK_ASCII,
  NEUTRAL,
  OPENING_QUOTES,
  QUOTES,
} from './characters.js';

/** The pairs found in a text. */
export interface Pairs {
  /** For each matched quote or bracket, the offset of its partner; -1 elsewhere. */
  partner: Int32Array;
  /** How many matched pairs enclose each offset (the marks themselves excluded). */
  depth: Int32Array;
}

/**
 * Pairs quotes (a toggle: the same mark opens and closes) and brackets (a stack) in `text`, per line; writes
 * the marks' stand-ins into `mask` and each line break's offset into `forced`. Linear in the text's length.
 */
export function pairMarks(text: string, mask: string[], forced: number[]): Pairs {
  const n = text.length;
  const partner = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n + 1);
  const pair = (open: number, close: number): void => {
    partner[open] = close;
    partner[close] = open;
    depth[open + 1]! += 1;
    depth[close]! -= 1;
  };
  let quoteOpen = -1;
  const stack: number[] = [];
  const endLine = (): void => {
    if (quoteOpen >= 0) mask[quoteOpen] = NEUTRAL;
    for (const open of stack) mask[open] = NEUTRAL;
    quoteOpen = -1;
    stack.length = 0;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    // Letters, digits and spaces are most characters and none of them is a mark.
    if (ch.charCodeAt(0) < 0x80 && !MARK_ASCII.has(ch)) continue;
    if (isLineBreak(ch)) {
      endLine();
      forced.push(i);
    } else if (QUOTES.has(ch)) {
      if (quoteOpen >= 0 && !OPENING_QUOTES.has(ch)) {
        pair(quoteOpen, i);
        mask[quoteOpen] = '"';
        mask[i] = '"';
        quoteOpen = -1;
      } else {
        if (quoteOpen >= 0) mask[quoteOpen] = NEUTRAL;
        quoteOpen = i;
      }
    } else if (BRACKET_OPENERS.has(ch)) {
      stack.push(i);
    } else if (BRACKET_CLOSERS[ch] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined && text[top] === BRACKET_CLOSERS[ch]) {
        stack.pop();
        pair(top, i);
      } else {
        mask[i] = NEUTRAL;
      }
    } else if (FOREIGN_PAIRS.has(ch)) {
      mask[i] = NEUTRAL;
    }
  }
  endLine();
  for (let i = 1; i <= n; i++) depth[i]! += depth[i - 1]!;
  return { partner, depth };
}
