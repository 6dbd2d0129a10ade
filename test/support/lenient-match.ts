/** The evaluation's lenient comparisons, for tests that score invented articles the way `npm run eval` does. */

/** `name` without the honorifics the evaluation drops (`Datuk`, `Tan Sri`, `Mr`, `Dr`). */
export function bare(name: string | null | undefined): string {
  return (name ?? '').replace(/^(?:(?:Datuk|Seri|Tan|Sri|Dr|Mr|Ms)\s+)+/u, '');
}

/** One name's words contain the other's (the evaluation's lenient match for roles and organisations). */
export function agrees(got: string | null | undefined, want: string): boolean {
  const a = (got ?? '').toLowerCase().split(/\W+/u).filter(Boolean);
  const b = want.toLowerCase().split(/\W+/u).filter(Boolean);
  return a.length > 0 && (b.every((w) => a.includes(w)) || a.every((w) => b.includes(w)));
}
