/**
 * Dateline figures on the hand-labelled sets (gold-dev and gold-dev-fresh, per set and per half,
 * see `gold-sets.ts`) and the seed (`<data>/articles/seed.gold.json` with `<data>/../seed/<name>.txt`).
 *
 * Articles go through `parseArticle`, as users get them; figures are also given per language
 * and set (the Malay and English ones must stay within 0.05 of the Indonesian ones, issue 6).
 * Date accuracy counts only gold datelines that carry a date (n/a when none does); a date
 * reported where the gold has none is counted apart (`dateInvented`).
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseArticle } from '../../src/index.js';
import type { Article, Dateline, Published } from '../../src/types.js';
import { PARTS, columnOf, figureMaker, loadGoldSets, scoreByPart } from './gold-sets.js';
import { clip, exists, prfOrNull, rate, readJson, sameLetters } from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface GoldDateline {
  raw: string;
  place: string | null;
  outlet: string | null;
  date: string | null;
}

interface GoldPublished {
  raw: string;
  date: string | null;
  time: string | null;
  timezone: string | null;
}

interface GoldArticle {
  id: string;
  lang: string;
  dateline: GoldDateline | null;
  published: GoldPublished | null;
}

/** How many misses to list under the table. */
const MAX_MISSES = 8;

function sameOrBothNull(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return sameLetters(a, b);
}

function placeAndOutletRight(gold: GoldDateline, got: Dateline | null): boolean {
  return got !== null && sameOrBothNull(gold.place, got.place) && sameOrBothNull(gold.outlet, got.outlet);
}

function publishedRight(gold: GoldPublished | null, got: Published | null): boolean {
  if (gold === null || got === null) return gold === got;
  return gold.date === got.date && (gold.time ?? null) === got.time && (gold.timezone ?? null) === got.timezone;
}

function show(d: { raw: string } | null): string {
  return d ? JSON.stringify(clip(d.raw, 50)) : 'null';
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  withGold: number;
  placeOutlet: number;
  /** Gold datelines that carry a date, and those whose date warta read right. */
  dated: number;
  dates: number;
  /** Gold datelines without a date, and those warta gave one anyway. */
  undated: number;
  invented: number;
  raws: number;
  published: number;
  articles: number;
  misses: string[];
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, withGold: 0, placeOutlet: 0, dated: 0, dates: 0, undated: 0, invented: 0, raws: 0, published: 0, articles: 0, misses: [] });

/** Add one article; misses are kept only when asked (half A). */
function score(t: Tally, g: GoldArticle, parsed: Article, keepMisses: boolean): void {
  const got = parsed.dateline;
  const miss = (line: string): void => {
    if (keepMisses && t.misses.length < MAX_MISSES) t.misses.push(line);
  };
  t.articles++;
  if (g.dateline && got) t.tp++;
  else if (got) t.fp++;
  else if (g.dateline) t.fn++;
  if (g.dateline) {
    t.withGold++;
    if (placeAndOutletRight(g.dateline, got)) t.placeOutlet++;
    if (g.dateline.date !== null) {
      t.dated++;
      if (got?.date === g.dateline.date) t.dates++;
    } else {
      t.undated++;
      if (got?.date) t.invented++;
    }
    if (got && got.raw === g.dateline.raw) t.raws++;
    const right = placeAndOutletRight(g.dateline, got) && got !== null && (got.date ?? null) === g.dateline.date;
    if (!right) miss(`${g.id}: gold ${show(g.dateline)} got ${show(got)}`);
  } else if (got) miss(`${g.id}: gold null got ${show(got)}`);
  if (publishedRight(g.published, parsed.published)) t.published++;
  else miss(`${g.id}: published line wrong`);
}

/** The figures of one tally; `grid` puts them in the side-by-side article table. */
function tallyFigures(prefix: string, column: string, t: Tally, grid: boolean): Figure[] {
  const s = prfOrNull(t.tp, t.fp, t.fn);
  const detail =
    `${t.articles} articles, ${t.withGold} with a gold dateline (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}); raw exact ${t.raws}/${t.withGold}; ` +
    `${t.dated} gold dates` +
    (t.misses.length ? `\n  ${t.misses.join('\n  ')}` : '');
  const fig = figureMaker(prefix, column, grid ? column : undefined);
  return [
    fig('precision', 'dateline detection precision', s.precision),
    fig('recall', 'dateline detection recall (found)', s.recall),
    fig('f1', 'dateline detection F1', s.f1, grid ? { detail } : {}),
    fig('placeOutlet', 'dateline place and outlet right (over gold datelines)', rate(t.placeOutlet, t.withGold)),
    fig('date', 'dateline date right (over gold datelines with a date)', rate(t.dates, t.dated)),
    fig('dateInvented', 'dateline date given where the gold has none', rate(t.invented, t.undated), { better: 'lower' }),
    fig('published', 'publication line right (all articles)', rate(t.published, t.articles)),
  ];
}

export const evaluateDatelines: Evaluator = async (dataDir) => {
  const figures: Figure[] = [];
  for (const set of await loadGoldSets<GoldArticle>(dataDir)) {
    const tallies = scoreByPart(set, emptyTally, (t, item, keep) => score(t, item.gold, item.article, keep));
    for (const part of PARTS) figures.push(...tallyFigures(`datelines.${set.name}.${part}`, columnOf(set.name, part), tallies[part], true));
    // Per language over the whole set (issue 6: Malay and English within 0.05 of Indonesian); no miss lists.
    for (const lang of ['ind', 'zlm', 'eng'] as const) {
      const t = emptyTally();
      for (const item of set.items) if (item.lang === lang) score(t, item.gold, item.article, false);
      if (t.articles === 0) continue;
      figures.push(
        ...tallyFigures(`datelines.${set.name}.${lang}`, `${set.name} ${lang}, ${t.articles} articles`, t, false).filter((f) =>
          /\.(f1|placeOutlet|date)$/.test(f.key),
        ),
      );
    }
  }

  const seedGoldPath = join(dataDir, 'articles', 'seed.gold.json');
  if (exists(seedGoldPath)) {
    const g = await readJson<GoldArticle>(seedGoldPath);
    const textPath = join(dataDir, '..', 'seed', `${g.id.replace(/^seed-/, '')}.txt`);
    if (exists(textPath) && g.dateline) {
      const got = parseArticle(await readFile(textPath, 'utf8')).dateline;
      const right = placeAndOutletRight(g.dateline, got) && got!.date === g.dateline.date;
      figures.push({
        key: 'datelines.seed',
        label: 'seed dateline right (place, outlet, date)',
        value: right ? 1 : 0,
        detail: `seed: gold ${show(g.dateline)} ${g.dateline.date}; got ${show(got)} ${got?.date ?? ''}`,
      });
    }
  }
  return figures;
};
