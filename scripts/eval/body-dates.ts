/**
 * `Article.dates` against hand labels: every day-level date expression of the clean body of
 * 38 real articles (`scripts/eval/data/body-dates.json`: ids, offsets, ISO dates and kinds,
 * no text; its `about` says how the articles were chosen and labelled).
 *
 * A found date matches a labelled one when their spans overlap (each at most once, in order).
 * Recall = matched labels / labels; precision = matched found dates / found dates; resolved
 * right = matched pairs whose `date` and `end` equal the label's. Each figure is reported for
 * half A (where misses were looked at while developing), half B (held out) and both.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/index.js';
import type { FoundDate } from '../../src/index.js';
import { clip, loadRealArticles, ratio } from './shared.js';
import type { Evaluator, Figure } from './types.js';

const LABELS = join(dirname(fileURLToPath(import.meta.url)), 'data', 'body-dates.json');

interface LabelledDate {
  span: [number, number];
  date: string;
  end?: string;
  kind: string;
}

interface LabelledArticle {
  id: string;
  half: 'A' | 'B';
  reference: string;
  dates: LabelledDate[];
}

interface Tally {
  gold: number;
  found: number;
  matched: number;
  right: number;
  misses: string[];
}

function overlaps(a: { start: number; end: number }, b: [number, number]): boolean {
  return a.start < b[1] && b[0] < a.end;
}

function score(text: string, found: FoundDate[], gold: LabelledDate[], tally: Tally, id: string): void {
  tally.gold += gold.length;
  tally.found += found.length;
  const used = new Set<number>();
  for (const g of gold) {
    const i = found.findIndex((f, k) => !used.has(k) && overlaps(f.span, g.span));
    const written = clip(text.slice(g.span[0], g.span[1]), 40);
    if (i < 0) {
      tally.misses.push(`${id} missed ${JSON.stringify(written)} (${g.kind} ${g.date})`);
      continue;
    }
    used.add(i);
    tally.matched++;
    const f = found[i]!;
    if (f.date === g.date && (f.end ?? undefined) === g.end) tally.right++;
    else tally.misses.push(`${id} ${JSON.stringify(written)}: ${f.date}${f.end ? `..${f.end}` : ''}, labelled ${g.date}${g.end ? `..${g.end}` : ''}`);
  }
  found.forEach((f, k) => {
    if (!used.has(k)) tally.misses.push(`${id} extra ${JSON.stringify(clip(f.text, 40))} (${f.kind} ${f.date})`);
  });
}

export const evaluateBodyDates: Evaluator = async (dataDir) => {
  const real = await loadRealArticles(dataDir);
  if (real.size === 0) return [];
  const { articles } = JSON.parse(readFileSync(LABELS, 'utf8')) as { articles: LabelledArticle[] };
  const tallies = { A: newTally(), B: newTally() };
  let missingText = 0;
  for (const a of articles) {
    const source = real.get(a.id);
    if (!source) {
      missingText++;
      continue;
    }
    const article = parseArticle(source.text, { referenceDate: a.reference });
    score(source.text, article.dates, a.dates, tallies[a.half], a.id);
  }
  if (missingText === articles.length) return [];
  const all: Tally = {
    gold: tallies.A.gold + tallies.B.gold,
    found: tallies.A.found + tallies.B.found,
    matched: tallies.A.matched + tallies.B.matched,
    right: tallies.A.right + tallies.B.right,
    misses: [],
  };
  const figures: Figure[] = [];
  for (const [half, t] of [['A', tallies.A], ['B', tallies.B], ['all', all]] as const) {
    const name = half === 'all' ? 'both halves' : half === 'A' ? 'half A (dev)' : 'half B (held out)';
    figures.push(
      { key: `dates.body.${half}.recall`, label: `body dates, ${name}: recall (${t.matched}/${t.gold} labelled)`, value: ratio(t.matched, t.gold, NaN) },
      { key: `dates.body.${half}.precision`, label: `body dates, ${name}: precision (${t.matched}/${t.found} found)`, value: ratio(t.matched, t.found, NaN) },
      {
        key: `dates.body.${half}.resolved`,
        label: `body dates, ${name}: resolved date right (${t.right}/${t.matched} matched)`,
        value: ratio(t.right, t.matched, NaN),
        // Half B is held out: its misses are counted, never printed.
        detail: half === 'A' ? (t.misses.length ? t.misses.join('\n') : 'no misses') : undefined,
      },
    );
  }
  if (missingText > 0) figures[0]!.detail = `${missingText} labelled articles not found under ${dataDir}/real`;
  return figures;
};

function newTally(): Tally {
  return { gold: 0, found: 0, matched: 0, right: 0, misses: [] };
}
