import { forEachComparisonWord } from '../util/similarity.js';
import { hashRange, mix32 } from './hash.js';

/**
 * A body as a set of hashed word shingles (`size` consecutive words). Words are compared
 * folded (lower case, punctuation and quote style ignored, see `foldForComparison`), so a copy
 * that changed only spacing, quote marks or capitals has the same shingles. Paragraph breaks
 * do not break shingles: a republisher that merges or splits paragraphs keeps its shingles.
 * Returns the distinct shingle hashes in ascending order; a body shorter than `size` words gives
 * one shingle of all its words (none when it has no words).
 *
 * Words are hashed where they lie in the text and the set is made by sorting a typed array:
 * no string per word and no number boxed in a Set, so a batch of 100,000 articles leaves the
 * garbage collector little to do besides the signatures it keeps.
 */
export function bodyShingles(paragraphs: readonly string[], size: number): Uint32Array {
  const words: number[] = [];
  const push = (lower: string, start: number, end: number) => {
    words.push(hashRange(lower, start, end));
  };
  for (const paragraph of paragraphs) forEachComparisonWord(paragraph, push);
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - size + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(i + size, words.length); j++) h = Math.imul(h ^ words[j]!, 0x01000193);
    shingles[i] = mix32(h);
  }
  return distinctSorted(shingles);
}

/** The distinct values of `values`, ascending (sorts `values` in place). */
function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let kept = values.length === 0 ? 0 : 1;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  return kept === values.length ? values : values.slice(0, kept);
}
