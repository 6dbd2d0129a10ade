import { describe, expect, it } from 'vitest';
import { nestSpans, type NestableSpan, type NestEvent } from '../../src/view/nest-spans.js';

interface TestSpan extends NestableSpan {
  name: string;
}

/** Render events as bracketed text: `[q:“Kata [o:KPK]”]`, so a test reads like the markup. */
function bracket(text: string, events: NestEvent<TestSpan>[]): string {
  return events
    .map((e) => (e.type === 'text' ? text.slice(e.start, e.end) : e.type === 'open' ? `[${e.mark.name}${e.fragment > 0 ? `#${e.fragment}` : ''}:` : ']'))
    .join('');
}

const span = (name: string, start: number, end: number, rank: number): TestSpan => ({ name, start, end, rank });

/** What breaks the rules for any input: balanced, text covered once in order, each span exactly its own text, ranks nest. */
function problems(length: number, spans: TestSpan[], events: NestEvent<TestSpan>[]): string[] {
  const found: string[] = [];
  const stack: TestSpan[] = [];
  const covered = new Map<TestSpan, string>();
  let at = 0;
  for (const e of events) {
    if (e.type === 'open') {
      const outer = stack[stack.length - 1];
      if (outer && outer.rank > e.mark.rank) found.push(`${e.mark.name} (rank ${e.mark.rank}) inside ${outer.name} (rank ${outer.rank})`);
      if (stack.includes(e.mark)) found.push(`${e.mark.name} opened twice`);
      stack.push(e.mark);
    } else if (e.type === 'close') {
      if (stack.pop() !== e.mark) found.push(`${e.mark.name} closed out of order`);
    } else {
      if (e.start !== at || e.end <= e.start) found.push(`text piece ${e.start}-${e.end} after ${at}`);
      at = e.end;
      for (const s of stack) covered.set(s, `${covered.get(s) ?? ''}${e.start}-${e.end},`);
    }
  }
  if (stack.length > 0) found.push('unclosed spans');
  if (at !== length) found.push(`text ends at ${at}, not ${length}`);
  for (const s of spans) {
    const start = Math.max(0, Math.min(s.start, length));
    const end = Math.max(0, Math.min(s.end, length));
    // The fragments' pieces, joined where they touch, must be exactly [start, end).
    const pieces = (covered.get(s) ?? '').split(',').filter(Boolean).map((p) => p.split('-').map(Number) as [number, number]);
    const joined = pieces.reduce<[number, number][]>((all, p) => {
      const last = all[all.length - 1];
      if (last && last[1] === p[0]) last[1] = p[1];
      else all.push([p[0], p[1]]);
      return all;
    }, []);
    const want = end > start ? `${start}-${end}` : '';
    if (joined.map((p) => p.join('-')).join(',') !== want) found.push(`${s.name} covers ${joined.map((p) => p.join('-'))}, not ${want}`);
  }
  return found;
}

function checkEvents(length: number, spans: TestSpan[], events: NestEvent<TestSpan>[]): void {
  expect(problems(length, spans, events)).toEqual([]);
}

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('view: nestSpans', () => {
  it('nests an organisation inside a quote inside a paragraph', () => {
    const text = 'Ia berkata: “Kata KPK benar.” Selesai.';
    const spans = [span('p', 0, text.length, 1), span('q', 12, 29, 3), span('o', 18, 21, 5)];
    expect(bracket(text, nestSpans(text.length, spans))).toBe('[p:Ia berkata: [q:“Kata [o:KPK] benar.”] Selesai.]');
  });

  it('splits a higher-ranked span that crosses the end of a lower-ranked one', () => {
    const text = 'abcdefghij';
    const spans = [span('q', 0, 6, 3), span('o', 4, 9, 5)];
    const events = nestSpans(text.length, spans);
    expect(bracket(text, events)).toBe('[q:abcd[o:ef]][o#1:ghi]j');
    checkEvents(text.length, spans, events);
  });

  it('splits the later of two overlapping spans of the same rank', () => {
    const text = 'abcdefghij';
    const spans = [span('a', 2, 6, 2), span('b', 4, 8, 2)];
    expect(bracket(text, nestSpans(text.length, spans))).toBe('ab[a:cd[b:ef]][b#1:gh]ij');
  });

  it('puts the lower rank outside even when it starts later', () => {
    const text = 'abcdefghij';
    const spans = [span('inner', 0, 5, 5), span('outer', 2, 10, 1)];
    expect(bracket(text, nestSpans(text.length, spans))).toBe('[inner:ab][outer:[inner#1:cde]fghij]');
  });

  it('keeps identical spans as one nested inside the other, in input order', () => {
    const text = 'abc';
    expect(bracket(text, nestSpans(3, [span('x', 0, 3, 2), span('y', 0, 3, 2)]))).toBe('[x:[y:abc]]');
  });

  it('drops empty spans and clamps spans that run past the text', () => {
    const text = 'abcdef';
    const spans = [span('empty', 3, 3, 1), span('late', 4, 99, 1), span('negative', -5, 2, 1), span('nan', Number.NaN, 2, 1)];
    const events = nestSpans(text.length, spans);
    expect(bracket(text, events)).toBe('[negative:[nan:ab]]cd[late:ef]');
  });

  it('gives nothing for an empty text and plain text for no spans', () => {
    expect(nestSpans(0, [span('x', 0, 0, 1)])).toEqual([]);
    expect(nestSpans(4, [])).toEqual([{ type: 'text', start: 0, end: 4 }]);
  });

  it('holds its invariants on 500 random layouts', () => {
    const next = random(13);
    const failures: string[] = [];
    for (let run = 0; run < 500; run++) {
      const length = 1 + Math.floor(next() * 40);
      const spans = Array.from({ length: Math.floor(next() * 12) }, (_, i) => {
        const a = Math.floor(next() * (length + 4)) - 2;
        const b = a + Math.floor(next() * 15);
        return span(`s${i}`, a, b, Math.floor(next() * 4));
      });
      const found = problems(length, spans, nestSpans(length, spans));
      if (found.length > 0) failures.push(`run ${run}: ${found.join('; ')} in ${JSON.stringify(spans)}`);
    }
    expect(failures).toEqual([]);
  });

  it('splits chains of overlaps into a bounded number of fragments', () => {
    // Each span overlaps the next: every span is cut at most once per boundary inside it.
    const spans = Array.from({ length: 20_000 }, (_, i) => span(`s${i}`, i * 3, i * 3 + 5, i % 4));
    const events = nestSpans(60_010, spans);
    expect(events.filter((e) => e.type === 'open').length).toBeLessThanOrEqual(spans.length * 3);
  });
});
