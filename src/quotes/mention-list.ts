import { firstIndex } from '../util/first-index.js';

/** One speech mention: where (normalized offset) and who; `speaking` when seen speaking, not only introduced. */
export interface Mention<P> {
  pos: number;
  person: P;
  speaking: boolean;
}

/**
 * A chunk splits in two past twice this size, so an insert moves at most ~2 × this many
 * entries (plus, once per split, one entry per chunk).
 */
const CHUNK_SIZE = 256;

/**
 * Mentions ordered by position, equal positions in arrival order, for "the latest before here".
 *
 * Why not one sorted array: a paragraph's narrative mentions are noted first and its quote speakers
 * after, so most inserts land in the middle, and walking and splicing a flat array made one paragraph
 * of many short quotes quadratic. Bounded chunks keep each insert and query logarithmic plus a
 * bounded splice. The quotes stage is to be restructured; this keeps the old behaviour exactly.
 */
class ByPosition<P> {
  private readonly chunks: Mention<P>[][] = [];

  add(m: Mention<P>): void {
    const { chunks } = this;
    if (chunks.length === 0) {
      chunks.push([m]);
      return;
    }
    // Mentions mostly come in reading order: one at or after the latest goes at the end, where both searches below would put it.
    const tail = chunks[chunks.length - 1]!;
    if (tail[tail.length - 1]!.pos <= m.pos) {
      tail.push(m);
      if (tail.length > 2 * CHUNK_SIZE) chunks.push(tail.splice(CHUNK_SIZE));
      return;
    }
    // The last chunk starting at or before `m.pos` (the first chunk when none does).
    const c = Math.max(0, firstIndex(chunks.length, (i) => chunks[i]![0]!.pos > m.pos) - 1);
    const chunk = chunks[c]!;
    // After every mention at or before `m.pos`, as a sorted array with a backwards walk would put it.
    chunk.splice(
      firstIndex(chunk.length, (i) => chunk[i]!.pos > m.pos),
      0,
      m,
    );
    if (chunk.length > 2 * CHUNK_SIZE) chunks.splice(c + 1, 0, chunk.splice(CHUNK_SIZE));
  }

  /** The latest of the last `limit` mentions strictly before `pos` (latest first) that `accept` takes, else null. */
  lastWhere(pos: number, accept: (person: P) => boolean, limit: number): Mention<P> | null {
    const { chunks } = this;
    let c = firstIndex(chunks.length, (i) => chunks[i]![0]!.pos >= pos) - 1;
    let seen = 0;
    for (; c >= 0; c--) {
      const chunk = chunks[c]!;
      for (let i = firstIndex(chunk.length, (k) => chunk[k]!.pos >= pos) - 1; i >= 0; i--) {
        if (accept(chunk[i]!.person)) return chunk[i]!;
        if (++seen >= limit) return null;
      }
    }
    return null;
  }

  /** The latest mention (by position, then arrival) strictly before `pos`. */
  lastBefore(pos: number): Mention<P> | null {
    const { chunks } = this;
    const c = firstIndex(chunks.length, (i) => chunks[i]![0]!.pos >= pos) - 1;
    if (c < 0) return null;
    const chunk = chunks[c]!;
    return chunk[firstIndex(chunk.length, (i) => chunk[i]!.pos >= pos) - 1] ?? null;
  }
}

/** The speaker book's mentions: every one, and the speaking ones apart so a query never walks over the others. */
export class MentionList<P> {
  private readonly all = new ByPosition<P>();
  private readonly speaking = new ByPosition<P>();

  add(m: Mention<P>): void {
    this.all.add(m);
    if (m.speaking) this.speaking.add(m);
  }

  /**
   * The person of the latest mention before `pos` that is speaking or at or after `from`.
   * The latest mention of all qualifies when it is at or after `from`; else every earlier one is
   * before `from` too, and only the speaking ones qualify.
   */
  before(pos: number, from: number): P | null {
    const last = this.all.lastBefore(pos);
    if (last === null) return null;
    if (last.pos >= from) return last.person;
    return this.speaking.lastBefore(pos)?.person ?? null;
  }

  /** The person of the latest of the last `limit` speaking mentions before `pos` that `accept` takes, else null. */
  spokeLastWhere(pos: number, accept: (person: P) => boolean, limit: number): P | null {
    return this.speaking.lastWhere(pos, accept, limit)?.person ?? null;
  }

  /** The person of the latest speaking mention before `pos`, when it is at or after `from`, else null. */
  spokeSince(pos: number, from: number): P | null {
    const last = this.speaking.lastBefore(pos);
    return last !== null && last.pos >= from ? last.person : null;
  }
}
