import { tokenize } from '../organisations/tokens.js';
import { wordTerms } from './terms.js';

/** Words in a snippet: about two lines of a result list. */
export const SNIPPET_WORDS = 30;
/** How a matched word is marked by default (Markdown bold, readable in a terminal and in JSON). */
export const DEFAULT_HIGHLIGHT: readonly [string, string] = ['**', '**'];

const SPACES = /\s+/g;
/** Characters of a body looked through for the best stretch: bounded time on a body of megabytes. */
const MAX_SCAN = 20_000;
/** Longest run of punctuation kept between two words (a wall of `!!!!` is not worth showing). */
const MAX_GAP = 8;

function gap(text: string): string {
  return text.slice(0, 4 * MAX_GAP).replace(SPACES, ' ').slice(0, MAX_GAP);
}

export interface Snippet {
  text: string;
  /** Matched words in `text`. */
  matched: number;
}

/**
 * The stretch of `text` with the most matching words, matched words wrapped in `highlight`,
 * on one line, with `…` where it was cut. A word matches when one of its terms (stemmed
 * when `stem`) is in `terms`, so `bertemu` is marked for a query `pertemuan`.
 */
export function snippet(
  text: string,
  terms: ReadonlySet<string>,
  stem: boolean,
  highlight: readonly [string, string] = DEFAULT_HIGHLIGHT,
  words = SNIPPET_WORDS,
): Snippet {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const tokens = tokenize(scanned);
  if (tokens.length === 0) return { text: '', matched: 0 };
  // A body repeats its words: each distinct word is folded and stemmed once per call.
  const known = new Map<string, boolean>();
  const hit = tokens.map((t) => {
    let matches = known.get(t.text);
    if (matches === undefined) {
      matches = wordTerms(t.text, stem).some((term) => terms.has(term));
      known.set(t.text, matches);
    }
    return matches;
  });
  // Slide a window of `words` tokens and keep the first with the most hits.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++;
    if (i >= words && hit[i - words]) count--;
    const start = Math.max(0, i - words + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const end = Math.min(tokens.length, best + words);
  let out = best > 0 ? '…' : '';
  for (let i = best; i < end; i++) {
    const t = tokens[i]!;
    if (i > best) out += gap(text.slice(tokens[i - 1]!.end, t.start));
    out += hit[i] ? `${highlight[0]}${t.text}${highlight[1]}` : t.text;
  }
  const tail = end < tokens.length || scanned !== text ? '…' : gap(text.slice(tokens[end - 1]!.end)).trimEnd();
  return { text: out + tail, matched: bestCount };
}
