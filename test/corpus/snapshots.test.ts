import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';

const dir = join(import.meta.dirname, '..', '..', 'corpus');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('corpus', () => {
  it('has at least 30 articles, each with its expected output', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) expect(existsSync(join(dir, `${name}.expected.json`)), name).toBe(true);
  });

  for (const name of names) {
    describe(name, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const article = parseArticle(text);
      it('matches its expected output (npm run corpus:update regenerates it; review the diff)', () => {
        const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
        expect(JSON.parse(JSON.stringify(article))).toEqual(expected);
      });
      it('keeps the invariants', () => checkInvariants(text, article));
    });
  }
});
