/**
 * Hand-labelled real articles (gold-dev and gold-dev-fresh, see `gold-sets.ts`, each figure per
 * set and per half) plus the seed (`<data>/articles/seed.gold.json` with
 * `<data>/../seed/000_0c24efbe0927fc42.txt`). Labels follow `articles/GUIDE.md`.
 *
 * Figures, keys `articles.<dev|fresh>.<all|A|B>.<figure>`:
 * - junkLeak: gold boilerplate segments still found in the clean paragraphs, as a share of all
 *   gold segments (README: letters and digits folded, found even glued to a word; see
 *   `countSegment`). n/a when the gold has no junk.
 * - title: gold null ⇔ no title; otherwise the same text modulo whitespace (a dropped
 *   site-name suffix is forgiven, see `sameTitle`).
 * - credit: gold null ⇔ no credit; otherwise the same initials (case, spaces and
 *   parentheses ignored).
 * - title.given, credit.given: the same, over the articles whose gold has a title (a credit)
 *   only, so a set where most articles have none does not hide the misses (n/a when none has).
 * - duplicates.recall: each gold duplicated segment (its first ~60 characters, seen
 *   `count` times) needs `count − 1` reported duplicates that start like it; a duplicated title
 *   counts when `title.repeated` is set. n/a when the gold has no duplicates.
 * - seed.foundation: 1 when the seed passes every check of issue 2, else 0 (failed checks listed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { PARTS, type Part, type SetName, columnOf, figureMaker, loadGoldSets, scoreByPart } from './gold-sets.js';
import { MAX_EXAMPLES, clip, countSegment, exists, letterKey, normalizeSpace, progress, rate, readJson, sameLetters, sameTitle } from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface GoldArticle {
  id: string;
  lang: string;
  title: string | null;
  boilerplate: { text: string; kind: string }[];
  credit: string | null;
  duplicates: { text: string; count: number }[];
}

/** The seed article issue 2 is built around, relative to the data folder's parent. */
const SEED_FILE = join('..', 'seed', '000_0c24efbe0927fc42.txt');


/** A reported copy and a gold segment start alike when this many leading letters agree (the gold text is cut at ~60 chars). */
const MIN_PREFIX_LETTERS = 20;

/** True when a reported duplicate's text starts like the gold segment (dateline kept or dropped). */
function startsLike(copy: string, goldText: string): boolean {
  const c = letterKey(copy);
  const g = letterKey(goldText);
  if (c === '' || g === '') return false;
  if (c.startsWith(g) || c.includes(g)) return true;
  // warta may have cut a dateline off the copy: its opening must then occur inside the gold text.
  const head = c.slice(0, Math.min(c.length, g.length, 40));
  return head.length >= MIN_PREFIX_LETTERS && g.includes(head);
}

interface Tally {
  n: number;
  junk: number;
  junkLeaked: number;
  titlesOk: number;
  creditsOk: number;
  /** Articles whose gold has a title (a credit), and those where warta gave it right. */
  titlesGiven: number;
  titlesGivenOk: number;
  creditsGiven: number;
  creditsGivenOk: number;
  copies: number;
  copiesFound: number;
  misses: Record<'leak' | 'title' | 'credit' | 'dup', string[]>;
}

const newTally = (): Tally => ({ n: 0, junk: 0, junkLeaked: 0, titlesOk: 0, creditsOk: 0, titlesGiven: 0, titlesGivenOk: 0, creditsGiven: 0, creditsGivenOk: 0, copies: 0, copiesFound: 0, misses: { leak: [], title: [], credit: [], dup: [] } });

/** Score one article against its gold labels; misses are listed only when `keepMisses` (half A). */
function score(t: Tally, gold: GoldArticle, text: string, art: Article, keepMisses: boolean): void {
  const note = (kind: keyof Tally['misses'], line: string): void => {
    if (keepMisses && t.misses[kind].length < MAX_EXAMPLES) t.misses[kind].push(line);
  };
  t.n++;
  const body = art.paragraphs.map((p) => p.text).join('\n');
  const byText = new Map<string, number>();
  for (const b of gold.boilerplate) byText.set(b.text, (byText.get(b.text) ?? 0) + 1);
  for (const [segment, n] of byText) {
    t.junk += n;
    const leaked = Math.min(n, countSegment(body, segment));
    t.junkLeaked += leaked;
    if (leaked) note('leak', `${gold.id}: ${clip(segment)}`);
  }

  const titleOk =
    gold.title === null ? art.title === null : art.title !== null && sameTitle(art.title.text, gold.title);
  if (gold.title !== null) {
    t.titlesGiven++;
    if (titleOk) t.titlesGivenOk++;
  }
  if (titleOk) t.titlesOk++;
  else note('title', `${gold.id}: got ${art.title ? `"${clip(art.title.text, 60)}"` : 'null'}, want ${gold.title === null ? 'null' : `"${clip(gold.title, 60)}"`}`);

  const creditOk = gold.credit === null ? art.credit === null : art.credit !== null && sameLetters(art.credit.text, gold.credit);
  if (gold.credit !== null) {
    t.creditsGiven++;
    if (creditOk) t.creditsGivenOk++;
  }
  if (creditOk) t.creditsOk++;
  else note('credit', `${gold.id}: got ${art.credit ? `"${art.credit.text}"` : 'null'}, want ${gold.credit === null ? 'null' : `"${gold.credit}"`}`);

  const used = new Set<number>();
  for (const d of gold.duplicates) {
    const want = Math.max(0, d.count - 1);
    t.copies += want;
    let got = 0;
    if (gold.title !== null && sameLetters(d.text, gold.title) && art.title?.repeated) got = want;
    art.duplicates.forEach((dup, i) => {
      if (got >= want || used.has(i)) return;
      if (startsLike(text.slice(dup.span.start, dup.span.end), d.text)) {
        used.add(i);
        got++;
      }
    });
    t.copiesFound += got;
    if (got < want) note('dup', `${gold.id}: ${got}/${want} copies of "${clip(d.text, 60)}"`);
  }
}

/** The issue-2 checks on the seed; returns the failed ones. */
function seedChecks(gold: GoldArticle, art: Article): string[] {
  const failed: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) failed.push(what);
  };
  check(
    art.title !== null && gold.title !== null && normalizeSpace(art.title.text) === normalizeSpace(gold.title) && art.title.repeated,
    `title once with repeated: true (got ${art.title ? `"${clip(art.title.text, 50)}" repeated=${art.title.repeated}` : 'null'})`,
  );
  check(art.paragraphs.length === 6, `6 paragraphs (got ${art.paragraphs.length})`);
  check(art.paragraphs[0]?.text.startsWith('Dalam kurun waktu') === true, `first paragraph starts "Dalam kurun waktu" (got "${clip(art.paragraphs[0]?.text ?? '', 40)}")`);
  check(art.duplicates.length === 6, `6 duplicates (got ${art.duplicates.length})`);
  const body = art.paragraphs.map((p) => p.text).join('\n');
  for (const junk of ['Bagikan:', 'Responses']) {
    check(art.boilerplate.some((b) => normalizeSpace(b.text) === junk || b.text.includes(junk)), `"${junk}" reported as boilerplate`);
    check(countSegment(body, junk) === 0, `"${junk}" absent from the body`);
  }
  check(art.credit !== null && sameLetters(art.credit.text, 'NP'), `credit NP (got ${art.credit ? `"${art.credit.text}"` : 'null'})`);
  check(art.language.code === 'ind', `language ind (got ${art.language.code})`);
  return failed;
}

/** The four figures of one tally (one set, one part). */
function tallyFigures(set: SetName, part: Part, t: Tally): Figure[] {
  const column = columnOf(set, part);
  const make = figureMaker(`articles.${set}.${part}`, column, column);
  const fig = (name: string, row: string, value: number | null, detail: string | undefined, better?: 'lower'): Figure =>
    make(name, row, value, { ...(better ? { better } : {}), ...(detail ? { detail } : {}) });
  const list = (kind: keyof Tally['misses'], head: string): string | undefined =>
    t.misses[kind].length ? `${head}\n    ${t.misses[kind].join('\n    ')}` : undefined;
  return [
    fig('junkLeak', 'junk leak (gold junk segments left in the body)', rate(t.junkLeaked, t.junk), list('leak', `${t.junkLeaked}/${t.junk} segments leaked over ${t.n} articles:`), 'lower'),
    fig('title', 'title right (null when none)', rate(t.titlesOk, t.n), list('title', `${t.n - t.titlesOk}/${t.n} titles wrong:`)),
    fig('title.given', 'title right, over gold titles', rate(t.titlesGivenOk, t.titlesGiven), undefined),
    fig('credit', 'credit right (null when none)', rate(t.creditsOk, t.n), list('credit', `${t.n - t.creditsOk}/${t.n} credits wrong:`)),
    fig('credit.given', 'credit right, over gold credits', rate(t.creditsGivenOk, t.creditsGiven), undefined),
    fig('duplicates.recall', 'gold duplicated segments reported', rate(t.copiesFound, t.copies), list('dup', `${t.copiesFound}/${t.copies} copies found; missed:`)),
  ];
}

/** Evaluate junk, title, credit and duplicates on the hand-labelled real articles and the seed. */
export const evaluateArticles: Evaluator = async (dataDir) => {
  const seedGoldPath = join(dataDir, 'articles', 'seed.gold.json');
  const seedPath = join(dataDir, SEED_FILE);
  const haveSeed = exists(seedGoldPath) && exists(seedPath);
  const sets = await loadGoldSets<GoldArticle>(dataDir);
  const figures: Figure[] = [];
  for (const set of sets) {
    const tallies = scoreByPart(set, newTally, (t, item, keepMisses) => score(t, item.gold, item.text, item.article, keepMisses));
    for (const part of PARTS) figures.push(...tallyFigures(set.name, part, tallies[part]));
    if (set.missing.length) progress(`articles: ${set.missing.length} ${set.name} gold ids without a real text (skipped): ${set.missing.slice(0, 5).join(', ')}`);
  }
  if (haveSeed) {
    const gold = await readJson<GoldArticle>(seedGoldPath);
    const art = parseArticle(await readFile(seedPath, 'utf8'));
    const failed = seedChecks(gold, art);
    figures.push({
      key: 'seed.foundation',
      label: 'seed: every issue-2 check passes (0/1)',
      value: failed.length === 0 ? 1 : 0,
      ...(failed.length ? { detail: `seed checks failed:\n    ${failed.join('\n    ')}` } : {}),
    });
  }
  return figures;
};
