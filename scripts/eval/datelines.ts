/**
 * Dateline figures on `<data>/articles/gold-dev.jsonl` (texts joined from `<data>/real/*.jsonl`
 * by id) and the seed (`<data>/articles/seed.gold.json` with `<data>/../seed/<name>.txt`).
 *
 * Until the article pipeline calls the dateline stage, each whole article text goes through
 * `parseDateline` directly: the engine must itself skip a title line, breadcrumbs or a
 * publication line and return only the opening dateline.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseDateline, parsePublished } from '../../src/dateline/parse-dateline.js';
import type { Dateline, Published } from '../../src/types.js';
import { clip, exists, loadRealArticles, prf, ratio, readJson, readJsonl, sameLetters } from './shared.js';
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

export const evaluateDatelines: Evaluator = async (dataDir) => {
  const goldPath = join(dataDir, 'articles', 'gold-dev.jsonl');
  const figures: Figure[] = [];
  if (exists(goldPath)) {
    const gold = await readJsonl<GoldArticle>(goldPath);
    const texts = await loadRealArticles(dataDir);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let withGold = 0;
    let placeOutlet = 0;
    let dates = 0;
    let raws = 0;
    let published = 0;
    let articles = 0;
    const misses: string[] = [];
    for (const g of gold) {
      const article = texts.get(g.id);
      if (!article) continue;
      articles++;
      const got = parseDateline(article.text);
      if (g.dateline && got) tp++;
      else if (got) fp++;
      else if (g.dateline) fn++;
      if (g.dateline) {
        withGold++;
        const po = placeAndOutletRight(g.dateline, got);
        const dt = got !== null && got.date === g.dateline.date;
        if (po) placeOutlet++;
        if (dt) dates++;
        if (got && got.raw === g.dateline.raw) raws++;
        if ((!po || !dt) && misses.length < MAX_MISSES) misses.push(`${g.id}: gold ${show(g.dateline)} got ${show(got)}`);
      } else if (got && misses.length < MAX_MISSES) {
        misses.push(`${g.id}: gold null got ${show(got)}`);
      }
      if (publishedRight(g.published, parsePublished(article.text))) published++;
      else if (misses.length < MAX_MISSES) misses.push(`${g.id}: published line wrong`);
    }
    const s = prf(tp, fp, fn);
    const detail =
      `${articles} articles, ${withGold} with a gold dateline (tp ${tp}, fp ${fp}, fn ${fn}); ` +
      `raw exact ${raws}/${withGold}` +
      (misses.length ? `\n  ${misses.join('\n  ')}` : '');
    figures.push(
      { key: 'datelines.precision', label: 'dateline detection precision (gold-dev)', value: s.precision },
      { key: 'datelines.recall', label: 'dateline detection recall (gold-dev)', value: s.recall },
      { key: 'datelines.f1', label: 'dateline detection F1 (gold-dev)', value: s.f1, detail },
      {
        key: 'datelines.placeOutlet',
        label: 'dateline place-and-outlet accuracy (over gold datelines)',
        value: ratio(placeOutlet, withGold),
      },
      { key: 'datelines.date', label: 'dateline date accuracy (over gold datelines)', value: ratio(dates, withGold) },
      { key: 'datelines.published', label: 'publication-line accuracy (all articles)', value: ratio(published, articles) },
    );
  }

  const seedGoldPath = join(dataDir, 'articles', 'seed.gold.json');
  if (exists(seedGoldPath)) {
    const g = await readJson<GoldArticle>(seedGoldPath);
    const textPath = join(dataDir, '..', 'seed', `${g.id.replace(/^seed-/, '')}.txt`);
    if (exists(textPath) && g.dateline) {
      const got = parseDateline(await readFile(textPath, 'utf8'));
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
