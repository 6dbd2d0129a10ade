/**
 * The hand-labelled article sets, each split into two fixed halves.
 *
 * - `dev`: `<data>/articles/gold-dev.jsonl`, texts in `<data>/real/{id,ms,en}-news.jsonl`;
 * - `fresh`: `<data>/articles/gold-dev-fresh.jsonl`, texts in `<data>/real/fresh-sources.jsonl`
 *   (outlets and years the other sets do not cover).
 *
 * The halves (`HALF_RULE`): a set's ids sorted by UTF-16 code units; the 1st, 3rd, 5th … go to
 * half A, the 2nd, 4th, 6th … to half B. Half A is the one whose misses rules may be written
 * from ("tuned"); half B is never looked at miss by miss ("untouched") and tells whether a rule
 * generalises. Evaluators therefore print miss lists for half A only.
 *
 * Each article is parsed once per process and shared by every evaluator that reads the sets.
 */
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { exists, loadRealArticles, progress, readJsonl } from './shared.js';
import type { Figure } from './types.js';

/** How the halves are drawn, for detail lines and the README. */
export const HALF_RULE = 'ids sorted; 1st, 3rd, 5th … → half A (tuned: misses may be read), 2nd, 4th … → half B (untouched)';

export type SetName = 'dev' | 'fresh';
export type Half = 'A' | 'B';
/** A figure is given for the whole set and for each half. */
export type Part = 'all' | Half;
export const PARTS: readonly Part[] = ['all', 'A', 'B'];

/** The fields every gold line carries; evaluators read the rest through their own interfaces. */
export interface GoldLine {
  id: string;
  lang: string;
}

export interface GoldItem<G extends GoldLine> {
  gold: G;
  text: string;
  half: Half;
  /** `ind`, `zlm` or `eng` (gold-dev writes `id`/`ms`/`en`). */
  lang: 'ind' | 'zlm' | 'eng';
  /** `parseArticle(text)`, computed once per process. */
  article: Article;
}

export interface GoldSet<G extends GoldLine> {
  name: SetName;
  /** The gold file, relative to the data folder. */
  file: string;
  items: GoldItem<G>[];
  /** Gold ids with no text under `real/` (skipped). */
  missing: string[];
}

const SETS: readonly { name: SetName; file: string }[] = [
  { name: 'dev', file: join('articles', 'gold-dev.jsonl') },
  { name: 'fresh', file: join('articles', 'gold-dev-fresh.jsonl') },
];

const LANGS: Readonly<Record<string, 'ind' | 'zlm' | 'eng'>> = { id: 'ind', ms: 'zlm', en: 'eng', ind: 'ind', zlm: 'zlm', eng: 'eng' };

/** The half of each id of a list, by `HALF_RULE`. */
export function halvesOf(ids: readonly string[]): Map<string, Half> {
  const sorted = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, i % 2 === 0 ? 'A' : 'B']));
}

const parsed = new Map<string, Article>();
const loaded = new Map<string, Promise<GoldSet<GoldLine>[]>>();

/** The gold sets present under `dataDir` (missing files are left out), memoised per folder. */
export function loadGoldSets<G extends GoldLine>(dataDir: string): Promise<GoldSet<G>[]> {
  let sets = loaded.get(dataDir);
  if (!sets) {
    sets = (async () => {
      const real = await loadRealArticles(dataDir);
      const out: GoldSet<GoldLine>[] = [];
      for (const { name, file } of SETS) {
        const path = join(dataDir, file);
        if (!exists(path)) continue;
        const lines = await readJsonl<GoldLine>(path);
        const halves = halvesOf(lines.map((g) => g.id));
        const items: GoldItem<GoldLine>[] = [];
        const missing: string[] = [];
        for (const gold of lines) {
          const text = real.get(gold.id)?.text;
          if (text === undefined) {
            missing.push(gold.id);
            continue;
          }
          let article = parsed.get(gold.id);
          if (!article) {
            article = parseArticle(text);
            parsed.set(gold.id, article);
          }
          items.push({ gold, text, half: halves.get(gold.id)!, lang: LANGS[gold.lang] ?? 'ind', article });
        }
        progress(`gold ${name}: ${items.length} articles (A ${items.filter((i) => i.half === 'A').length}, B ${items.filter((i) => i.half === 'B').length})`);
        out.push({ name, file, items, missing });
      }
      return out;
    })();
    loaded.set(dataDir, sets);
  }
  return sets as Promise<GoldSet<G>[]>;
}

/**
 * Score every item of a set into three tallies (whole set, half A, half B). `score` gets
 * `keepMisses`: true only for the half-A tally, so miss lists never show half B.
 */
export function scoreByPart<G extends GoldLine, T>(
  set: GoldSet<G>,
  make: () => T,
  score: (tally: T, item: GoldItem<G>, keepMisses: boolean) => void,
): Record<Part, T> {
  const tallies: Record<Part, T> = { all: make(), A: make(), B: make() };
  for (const item of set.items) {
    score(tallies.all, item, false);
    score(tallies[item.half], item, item.half === 'A');
  }
  return tallies;
}

/** The column a figure of one set and part is printed under: `dev`, `dev A`, `fresh B`. */
export function columnOf(set: SetName, part: Part): string {
  return part === 'all' ? set : `${set} ${part}`;
}

/** The table that holds every article-level figure, one column per set and half. */
export const ARTICLE_TABLE = 'hand-labelled articles (dev = gold-dev, fresh = gold-dev-fresh; A tuned, B untouched)';

/**
 * A maker of figures keyed `<prefix>.<name>`, labelled `<label>: <row>`, and shown in the article
 * table under `column` when one is given (per-language figures are listed instead).
 */
export function figureMaker(prefix: string, label: string, column?: string) {
  return (name: string, row: string, value: number | null, extra: Partial<Figure> = {}): Figure => ({
    key: `${prefix}.${name}`,
    label: `${label}: ${row}`,
    value,
    ...extra,
    ...(column ? { grid: { table: ARTICLE_TABLE, row, column } } : {}),
  });
}
