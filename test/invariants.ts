import { expect } from 'vitest';
import type { Article, Span } from '../src/index.js';
import { cleanText } from '../src/util/normalize.js';

/** Letters and digits: the text that must never disappear without a report. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Checks that hold for every parse, whatever the input:
 * spans slice back to their texts, paragraphs are ordered and disjoint, quotes lie in
 * their paragraphs, and every letter or digit of the input is accounted for.
 */
export function checkInvariants(input: string, a: Article): void {
  const inBounds = (s: Span) => s.start >= 0 && s.end <= input.length && s.start <= s.end;
  for (const p of a.paragraphs) {
    expect(inBounds(p.span)).toBe(true);
    expect(p.text).toBe(cleanText(input.slice(p.span.start, p.span.end)));
    expect(p.text.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < a.paragraphs.length; i++) {
    expect(a.paragraphs[i]!.span.start).toBeGreaterThanOrEqual(a.paragraphs[i - 1]!.span.end);
  }
  for (const b of a.boilerplate) {
    expect(inBounds(b.span)).toBe(true);
    expect(b.text).toBe(cleanText(input.slice(b.span.start, b.span.end)));
  }
  for (const q of a.quotes) {
    const p = a.paragraphs[q.paragraph];
    expect(p, `quote paragraph ${q.paragraph}`).toBeDefined();
    expect(q.span.start).toBeGreaterThanOrEqual(p!.span.start);
    expect(q.span.end).toBeLessThanOrEqual(p!.span.end);
  }
  for (const o of a.organisations) for (const m of o.mentions) expect(inBounds(m)).toBe(true);
  // Dates come from the clean body only, in order, each spanning its text.
  for (let i = 0; i < a.dates.length; i++) {
    const d = a.dates[i]!;
    expect(d.text).toBe(cleanText(input.slice(d.span.start, d.span.end)));
    expect(a.paragraphs.some((p) => p.span.start <= d.span.start && d.span.end <= p.span.end), `date ${d.text} in a paragraph`).toBe(true);
    if (i > 0) expect(d.span.start).toBeGreaterThanOrEqual(a.dates[i - 1]!.span.end);
    if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  if (a.title) expect(a.title.text).toBe(cleanText(input.slice(a.title.span.start, a.title.span.end)));
  if (a.dateline) expect(a.dateline.raw).toBe(input.slice(a.dateline.span.start, a.dateline.span.end));

  // Nothing lost silently: every word character lies in some reported span.
  const covered = new Uint8Array(input.length + 1);
  const cover = (s: Span) => covered.fill(1, s.start, s.end);
  a.paragraphs.forEach((p) => cover(p.span));
  a.boilerplate.forEach((b) => cover(b.span));
  a.duplicates.forEach((d) => cover(d.span));
  if (a.credit) cover(a.credit.span);
  if (a.dateline) cover(a.dateline.span);
  if (a.published) cover(a.published.span);
  if (a.title) {
    // A title glued to itself: its second copy fills the rest of its line.
    const lineEnd = input.indexOf('\n', a.title.span.end);
    const end = a.title.repeated ? (lineEnd < 0 ? input.length : lineEnd) : a.title.span.end;
    cover({ start: a.title.span.start, end });
  }
  // The letters of entity references (`&amp;`), HTML tags and scripts are markup, not text.
  const blank = (m: string) => ' '.repeat(m.length);
  const text = input
    .replace(/<(script|style)\b[^]*?<\/\1>/gi, blank)
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,2000})?\/?>/g, blank)
    .replace(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, blank);
  const lost: string[] = [];
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && WORD_CHAR.test(text[i]!)) {
      let j = i;
      while (j < input.length && !covered[j]) j++;
      lost.push(input.slice(i, Math.min(j, i + 60)));
      i = j;
    }
  }
  expect(lost, 'text dropped without a report').toEqual([]);
}
