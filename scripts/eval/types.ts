/** One figure printed by `npm run eval` and optionally pinned as a floor in `floors.json`. */
export interface Figure {
  /** Stable key used in floors.json, e.g. `duplicates.f1`, `quotes.pfsa.f1`, `articles.fresh.A.title`. */
  key: string;
  /** What it measures, for the printed table. */
  label: string;
  /** `null` when there is no gold behind it (nothing to count): printed as `n/a`, never checked against a floor. */
  value: number | null;
  /** `higher` (default): the floor is a minimum; `lower`: the floor is a maximum (leak rates). */
  better?: 'higher' | 'lower';
  /** A measurement for information, never pinned as a floor: a timing, or a peer library's score. */
  informational?: true;
  /** Extra context printed under the table (top misses, counts). */
  detail?: string;
  /**
   * Print the figure in a side-by-side table instead of the main list: `table` names it,
   * `row` is what is measured, `column` where (`dev A`, `fresh B`).
   */
  grid?: { table: string; row: string; column: string };
}

/** One evaluation module: reads its set(s) under `dataDir` and returns figures; skips silently when its files are missing. */
export type Evaluator = (dataDir: string) => Promise<Figure[]>;
