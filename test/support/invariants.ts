import { expect } from 'vitest';
import type { Article } from '../../src/index.js';
import { violations } from './properties.js';

/**
 * Checks that hold for every parse, whatever the input (defined in properties.ts): spans slice
 * back to their texts, paragraphs are ordered and disjoint, quotes lie in their paragraphs,
 * regions never overlap, and every character of the input is accounted for.
 */
export function checkInvariants(input: string, a: Article): void {
  expect(violations(input, a)).toEqual([]);
}
