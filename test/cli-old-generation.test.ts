import { describe, expect, it } from 'vitest';
import { fullCollection, OldGenerationBound, oldSpaceUsed } from '../src/cli/old-generation.js';

/** A bound over a fake heap: `grow` adds bytes in use, a collection brings it back to `live`. */
function fakeHeap(live: number, slack: number) {
  const heap = { used: live, live, collections: 0 };
  const bound = new OldGenerationBound(
    () => heap.used,
    () => {
      heap.collections++;
      heap.used = heap.live;
    },
    slack,
  );
  return { heap, bound };
}

describe('OldGenerationBound', () => {
  it('collects once the old space has grown past the slack, and measures the next growth from what is left', () => {
    const { heap, bound } = fakeHeap(100, 10);
    heap.used = 110;
    bound.check();
    expect(heap.collections).toBe(0);
    heap.used = 111;
    bound.check();
    expect(heap.collections).toBe(1);
    // What the collection left (more is live now) is where the next growth counts from.
    heap.live = 105;
    heap.used = 110;
    bound.check();
    expect(heap.collections).toBe(1);
    heap.used = 111;
    bound.check();
    expect(heap.collections).toBe(2);
    heap.used = 115;
    bound.check();
    expect(heap.collections).toBe(2);
    heap.used = 116;
    bound.check();
    expect(heap.collections).toBe(3);
    expect(bound.collections).toBe(3);
  });

  it('takes a drop it did not cause (V8 collected) as the new floor', () => {
    const { heap, bound } = fakeHeap(100, 10);
    heap.used = 108;
    bound.check();
    heap.used = 90;
    bound.check();
    heap.used = 101;
    bound.check();
    expect(heap.collections).toBe(1);
  });

  it('reads the old space and collects this isolate', () => {
    expect(oldSpaceUsed()).toBeGreaterThan(0);
    expect(() => fullCollection()()).not.toThrow();
  });
});
