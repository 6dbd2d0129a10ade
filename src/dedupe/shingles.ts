import { foldForComparison } from '../util/similarity.js';
import { hashString, mix32 } from './hash.js';

/**
 * A body as a set of hashed word shingles (`size` consecutive words). Words are compared
 * folded (lower case, punctuation and quote style ignored, see `foldForComparison`), so a copy
 * that changed only spacing, quote marks or capitals has the same shingles. Paragraph breaks
 * do not break shingles: a republisher that merges or splits paragraphs keeps its shingles.
 * Returns the distinct shingle hashes; a body shorter than `size` words gives one shingle of
 * all its words (none when it has no words).
 */
export function bodyShingles(paragraphs: readonly string[], size: number): Uint32Array {
  const words: number[] = [];
  for (const paragraph of paragraphs) {
    const folded = foldForComparison(paragraph);
    if (folded === '') continue;
    for (const word of folded.split(' ')) words.push(hashString(word));
  }
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - size + 1);
  const shingles = new Set<number>();
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(i + size, words.length); j++) h = Math.imul(h ^ words[j]!, 0x01000193);
    shingles.add(mix32(h));
  }
  return Uint32Array.from(shingles);
}
