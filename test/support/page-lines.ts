/** Shared by the page-furniture tests: two invented body paragraphs and the check that a junk line between them is removed as one kind. */
import { expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { BoilerplateKind } from '../../src/types.js';
import { checkInvariants } from './invariants.js';

export const BODY = 'Harga cabai rawit di pasar induk naik tajam pekan ini karena pasokan dari sentra produksi berkurang akibat hujan.';
export const MORE = 'Pedagang mengatakan kenaikan harga sudah terasa sejak awal bulan dan diperkirakan berlanjut hingga akhir tahun.';

/** One test per line: set between BODY and MORE, it is the only boilerplate, of its kind, and both paragraphs stay. */
export function itRemovesJunkLines(lines: readonly (readonly [string, BoilerplateKind])[]): void {
  for (const [line, kind] of lines) {
    it(`boilerplate: ${JSON.stringify(line)} is ${kind}`, () => {
      const s = `${BODY}\n${line}\n${MORE}`;
      const a = parseArticle(s);
      expect(a.boilerplate.map((b) => b.kind)).toEqual([kind]);
      expect(a.paragraphs).toHaveLength(2);
      checkInvariants(s, a);
    });
  }
}

/** The clean paragraphs' texts, and the boilerplate as `[kind, text]` pairs: what the page tests compare. */
export const texts = (a: ReturnType<typeof parseArticle>): string[] => a.paragraphs.map((p) => p.text);
export const junk = (a: ReturnType<typeof parseArticle>): [string, string][] => a.boilerplate.map((b) => [b.kind, b.text]);
