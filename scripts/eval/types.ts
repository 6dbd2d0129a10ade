/** One figure printed by `npm run eval` and optionally pinned as a floor in `floors.json`. */
export interface Figure {
  /** Stable key used in floors.json, e.g. `duplicates.f1`, `quotes.pfsa.f1`. */
  key: string;
  /** What it measures, for the printed table. */
  label: string;
  value: number;
  /** `higher` (default): the floor is a minimum; `lower`: the floor is a maximum (leak rates). */
  better?: 'higher' | 'lower';
  /** Extra context printed under the table (top misses, counts). */
  detail?: string;
}

/** One evaluation module: reads its set(s) under `dataDir` and returns figures; skips silently when its files are missing. */
export type Evaluator = (dataDir: string) => Promise<Figure[]>;
