/** Runs of anything but letters and digits: spaces, punctuation and quote marks of every style alike. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A comparison key: lower case, no quote marks or punctuation, single spaces.
 * Two paragraphs with the same key differ only in spacing, punctuation or quote style.
 */
export function foldForComparison(s: string): string {
  return s.toLowerCase().replace(NON_WORD, ' ').trim();
}

/**
 * Sørensen–Dice coefficient over word multisets: 2·|A∩B| / (|A|+|B|).
 * Words, not character bigrams: bigram sets of two long paragraphs in the same language
 * overlap heavily even when they say different things.
 */
export function wordDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
