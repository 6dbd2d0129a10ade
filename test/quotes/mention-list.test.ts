import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionList } from '../../src/quotes/mention-list.js';

/** The speaker book's mentions as they were kept before: one array sorted by position, walked from the end. */
class NaiveMentions {
  private readonly list: { pos: number; person: number; speaking: boolean }[] = [];
  add(m: { pos: number; person: number; speaking: boolean }): void {
    let i = this.list.length;
    while (i > 0 && this.list[i - 1]!.pos > m.pos) i--;
    this.list.splice(i, 0, m);
  }
  before(pos: number, from: number): number | null {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const m = this.list[i]!;
      if (m.pos < pos && (m.speaking || m.pos >= from)) return m.person;
    }
    return null;
  }
}

describe('mention-list', () => {
  it('mention-list: answers every query as the sorted array it replaces did', () => {
    const op = fc.oneof(
      fc.record({ add: fc.constant(true), pos: fc.integer({ min: 0, max: 60 }), speaking: fc.boolean() }),
      fc.record({ add: fc.constant(false), pos: fc.integer({ min: 0, max: 61 }), from: fc.integer({ min: 0, max: 61 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 600, maxLength: 1500 }), (ops) => {
        const fast = new MentionList<number>();
        const naive = new NaiveMentions();
        ops.forEach((o, person) => {
          if (o.add) {
            fast.add({ pos: o.pos, person, speaking: o.speaking });
            naive.add({ pos: o.pos, person, speaking: o.speaking });
          } else {
            expect(fast.before(o.pos, o.from)).toBe(naive.before(o.pos, o.from));
          }
        });
      }),
      { numRuns: 25, seed: 20_241_202 },
    );
  });

  it('mention-list: the latest speaking mention a test accepts, looked back over a bounded number only', () => {
    const list = new MentionList<number>();
    for (let i = 0; i < 700; i++) list.add({ pos: i, person: i, speaking: i % 2 === 0 });
    expect(list.spokeLastWhere(500, (p) => p % 10 === 0, 24)).toBe(490);
    expect(list.spokeLastWhere(500, (p) => p === 300, 24)).toBeNull();
    expect(list.spokeLastWhere(500, (p) => p === 480, 24)).toBe(480);
    expect(list.spokeLastWhere(0, () => true, 24)).toBeNull();
  });
});
