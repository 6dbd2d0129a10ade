/**
 * Hand-labelled real articles (`<data>/articles/gold-dev.jsonl`, joined by id with the texts in
 * `<data>/real/*.jsonl`) plus the seed (`<data>/articles/seed.gold.json` with
 * `<data>/../seed/000_0c24efbe0927fc42.txt`). Labels follow `articles/GUIDE.md`.
 *
 * Figures:
 * - articles.junkLeak: gold boilerplate segments still found in the clean paragraphs (whitespace
 *   and NBSP normalized, not glued to a word), as a share of all gold segments.
 * - articles.title: gold null ⇔ no title; otherwise the same text modulo whitespace (a dropped
 *   site-name suffix is forgiven, see `sameTitle`).
 * - articles.credit: gold null ⇔ no credit; otherwise the same initials (case, spaces and
 *   parentheses ignored).
 * - articles.duplicates.recall: each gold duplicated segment (its first ~60 characters, seen
 *   `count` times) needs `count − 1` reported duplicates that start like it; a duplicated title
 *   counts when `title.repeated` is set.
 * - seed.foundation: 1 when the seed passes every check of issue 2, else 0 (failed checks listed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import {
  MAX_EXAMPLES,
  clip,
  countSegment,
  exists,
  letterKey,
  loadRealArticles,
  normalizeSpace,
  progress,
  ratio,
  readJson,
  readJsonl,
  sameLetters,
  sameTitle,
} from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface GoldArticle {
  id: string;
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
  copies: number;
  copiesFound: number;
  misses: Record<'leak' | 'title' | 'credit' | 'dup', string[]>;
}

function note(t: Tally, kind: keyof Tally['misses'], line: string): void {
  if (t.misses[kind].length < MAX_EXAMPLES) t.misses[kind].push(line);
}

/** Score one article against its gold labels. */
function score(t: Tally, gold: GoldArticle, text: string, art: Article): void {
  t.n++;
  const body = art.paragraphs.map((p) => p.text).join('\n');
  const byText = new Map<string, number>();
  for (const b of gold.boilerplate) byText.set(b.text, (byText.get(b.text) ?? 0) + 1);
  for (const [segment, n] of byText) {
    t.junk += n;
    const leaked = Math.min(n, countSegment(body, segment));
    t.junkLeaked += leaked;
    if (leaked) note(t, 'leak', `${gold.id}: ${clip(segment)}`);
  }

  const titleOk =
    gold.title === null ? art.title === null : art.title !== null && sameTitle(art.title.text, gold.title);
  if (titleOk) t.titlesOk++;
  else note(t, 'title', `${gold.id}: got ${art.title ? `"${clip(art.title.text, 60)}"` : 'null'}, want ${gold.title === null ? 'null' : `"${clip(gold.title, 60)}"`}`);

  const creditOk = gold.credit === null ? art.credit === null : art.credit !== null && sameLetters(art.credit.text, gold.credit);
  if (creditOk) t.creditsOk++;
  else note(t, 'credit', `${gold.id}: got ${art.credit ? `"${art.credit.text}"` : 'null'}, want ${gold.credit === null ? 'null' : `"${gold.credit}"`}`);

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
    if (got < want) note(t, 'dup', `${gold.id}: ${got}/${want} copies of "${clip(d.text, 60)}"`);
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

/** Evaluate junk, title, credit and duplicates on the hand-labelled real articles and the seed. */
export const evaluateArticles: Evaluator = async (dataDir) => {
  const goldPath = join(dataDir, 'articles', 'gold-dev.jsonl');
  const seedGoldPath = join(dataDir, 'articles', 'seed.gold.json');
  const seedPath = join(dataDir, SEED_FILE);
  const haveGold = exists(goldPath);
  const haveSeed = exists(seedGoldPath) && exists(seedPath);
  if (!haveGold && !haveSeed) return [];

  const t: Tally = { n: 0, junk: 0, junkLeaked: 0, titlesOk: 0, creditsOk: 0, copies: 0, copiesFound: 0, misses: { leak: [], title: [], credit: [], dup: [] } };
  const notes: string[] = [];

  if (haveGold) {
    const golds = await readJsonl<GoldArticle>(goldPath);
    const real = await loadRealArticles(dataDir);
    progress(`articles: ${golds.length} gold articles`);
    const missing: string[] = [];
    for (const gold of golds) {
      const text = real.get(gold.id)?.text;
      if (text === undefined) {
        missing.push(gold.id);
        continue;
      }
      score(t, gold, text, parseArticle(text));
    }
    if (missing.length) notes.push(`${missing.length} gold ids without a real text (skipped): ${missing.slice(0, 5).join(', ')}`);
  }

  const figures: Figure[] = [];
  if (haveSeed) {
    const gold = await readJson<GoldArticle>(seedGoldPath);
    const text = await readFile(seedPath, 'utf8');
    const art = parseArticle(text);
    score(t, gold, text, art);
    const failed = seedChecks(gold, art);
    figures.push({
      key: 'seed.foundation',
      label: 'seed: every issue-2 check passes (0/1)',
      value: failed.length === 0 ? 1 : 0,
      ...(failed.length ? { detail: `seed checks failed:\n    ${failed.join('\n    ')}` } : {}),
    });
  }

  const list = (kind: keyof Tally['misses'], head: string): string | undefined =>
    t.misses[kind].length ? `${head}\n    ${t.misses[kind].join('\n    ')}` : undefined;
  figures.unshift(
    {
      key: 'articles.junkLeak',
      label: 'articles: gold junk segments left in the body',
      value: ratio(t.junkLeaked, t.junk, 0),
      better: 'lower',
      detail: [list('leak', `${t.junkLeaked}/${t.junk} segments leaked over ${t.n} articles:`) ?? `${t.junkLeaked}/${t.junk} segments leaked over ${t.n} articles`, ...notes].join('\n'),
    },
    {
      key: 'articles.title',
      label: 'articles: title right (null when none)',
      value: ratio(t.titlesOk, t.n),
      detail: list('title', `${t.n - t.titlesOk}/${t.n} titles wrong:`),
    },
    {
      key: 'articles.credit',
      label: 'articles: credit right (null when none)',
      value: ratio(t.creditsOk, t.n),
      detail: list('credit', `${t.n - t.creditsOk}/${t.n} credits wrong:`),
    },
    {
      key: 'articles.duplicates.recall',
      label: 'articles: gold duplicated segments reported',
      value: ratio(t.copiesFound, t.copies),
      detail: list('dup', `${t.copiesFound}/${t.copies} copies found; missed:`) ?? `${t.copiesFound}/${t.copies} copies found`,
    },
  );
  return figures;
};
