/**
 * Turn spans that may nest and overlap into a well-formed tree of open/close events.
 *
 * HTML elements must nest, but what a parse finds need not: a quote lies inside a paragraph,
 * an organisation mention inside a quote, and an organisation can also straddle the end of a
 * quote. The text is cut at every span boundary; in each piece the spans covering it are
 * stacked by rank (outermost first), and moving from one piece to the next closes and reopens
 * only what differs. A span crossed by a span of lower rank is split into fragments, so
 * lower ranks always enclose higher ones and every span still covers exactly its own text.
 */

/** A region to mark. Lower `rank` nests outside higher rank where both cover the same text. */
export interface NestableSpan {
  start: number;
  end: number;
  rank: number;
}

export type NestEvent<M extends NestableSpan> =
  /** `fragment` counts from 0: the first piece of the span is where its label and id belong. */
  | { type: 'open'; mark: M; fragment: number }
  | { type: 'close'; mark: M }
  | { type: 'text'; start: number; end: number };

/**
 * The events that render `marks` over a text of `length` code units: text pieces in order,
 * covering `[0, length)` exactly once, between balanced open/close events. Marks are clamped
 * to the text; empty ones are dropped. Same-rank ties go to the earlier start, then the longer
 * span, then the earlier mark in `marks`, so the output is deterministic.
 */
export function nestSpans<M extends NestableSpan>(length: number, marks: readonly M[]): NestEvent<M>[] {
  const entries = marks
    .map((mark, index) => ({ mark, index, start: clamp(mark.start, length), end: clamp(mark.end, length) }))
    .filter((e) => e.start < e.end)
    .sort((a, b) => a.mark.rank - b.mark.rank || a.start - b.start || b.end - a.end || a.index - b.index);
  // `order` is each entry's place in that sort: the stack is always kept sorted by it.
  const order = new Map(entries.map((e, i) => [e, i]));

  const boundaries = [...new Set([0, length, ...entries.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b);
  const startingAt = groupBy(entries, (e) => e.start);
  const endingAt = new Map([...groupBy(entries, (e) => e.end)].map(([at, group]) => [at, new Set(group)]));

  const events: NestEvent<M>[] = [];
  const fragments = new Map<(typeof entries)[number], number>();
  let active: (typeof entries)[number][] = [];
  let open: (typeof entries)[number][] = [];
  for (let b = 0; b < boundaries.length - 1; b++) {
    const at = boundaries[b]!;
    const ending = endingAt.get(at);
    if (ending) active = active.filter((e) => !ending.has(e));
    for (const e of startingAt.get(at) ?? []) insertSorted(active, e, order);

    // Keep the longest common prefix of what is open and what should be; close the rest.
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let i = open.length - 1; i >= keep; i--) events.push({ type: 'close', mark: open[i]!.mark });
    for (let i = keep; i < active.length; i++) {
      const e = active[i]!;
      const fragment = fragments.get(e) ?? 0;
      fragments.set(e, fragment + 1);
      events.push({ type: 'open', mark: e.mark, fragment });
    }
    open = active.slice();
    events.push({ type: 'text', start: at, end: boundaries[b + 1]! });
  }
  for (let i = open.length - 1; i >= 0; i--) events.push({ type: 'close', mark: open[i]!.mark });
  return events;
}

function clamp(n: number, length: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), length) : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function insertSorted<T>(sorted: T[], item: T, order: ReadonlyMap<T, number>): void {
  const rank = order.get(item)!;
  let i = sorted.length;
  while (i > 0 && order.get(sorted[i - 1]!)! > rank) i--;
  sorted.splice(i, 0, item);
}
