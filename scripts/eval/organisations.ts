/**
 * Organisation figures, as defined in `<data>/README.md`:
 * - news sentences (NER UI dev + idner-news-2k dev): mention spans from `extractOrganisations`
 *   against gold `orgs`, overlap and exact P/R/F1, each gold span matched at most once;
 *   NERGrit (encyclopedic) the same, for comparison;
 * - hand-labelled articles (gold-dev and gold-dev-fresh, per set and per half, `gold-sets.ts`):
 *   a gold organisation is found when any of its forms (or its name) is a reported mention text,
 *   name or acronym; a reported organisation is correct when it matches a gold one, and is left
 *   out when it matches only an ambiguous form. Articles go through the integrated pipeline
 *   (`parseArticle(text).organisations`), which looks for organisations in the clean paragraphs
 *   only, so the article's own dateline (and junk) never count;
 * - the seed article (through `parseArticle` too): required organisations found, anything else reported.
 */
import { join } from 'node:path';
import { findOrganisations } from '../../src/organisations/find-organisations.js';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import { parseArticle } from '../../src/index.js';
import { languageData } from '../../src/lang/index.js';
import { normalize } from '../../src/util/normalize.js';
import type { Article, Organisation, Span } from '../../src/types.js';
import { ARTICLE_TABLE, PARTS, columnOf, loadGoldSets, scoreByPart } from './gold-sets.js';
import { exists, prf, rate, readJson, readJsonl } from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface NerSentence {
  id: string;
  text: string;
  orgs: { text: string; start: number; end: number }[];
}

interface GoldArticle {
  id: string;
  lang: string;
  organisations?: { name: string; forms: string[]; kind: string }[];
  ambiguousOrganisations?: string[];
}

interface SeedGold {
  organisations: { required: string[]; optional: string[] };
}

/** How many false positives and misses the detail lists. */
const TOP = Number(process.env.ORGS_TOP ?? 12);
const SEED = 'seed/000_0c24efbe0927fc42.txt';

const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function counter(): Map<string, number> {
  return new Map();
}
function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
function top(m: Map<string, number>): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}

interface SpanScores {
  overlap: { tp: number; fp: number; fn: number };
  exact: { tp: number; fp: number; fn: number };
  falsePositives: Map<string, number>;
  misses: Map<string, number>;
  /** Per rule: mentions that overlap a gold span, and those that do not. */
  rules: Map<string, { hit: number; miss: number }>;
}

/** Match predicted spans to gold spans, each gold at most once. */
function matchSpans(pred: Span[], gold: Span[], same: (p: Span, g: Span) => boolean): boolean[] {
  const used = new Array<boolean>(gold.length).fill(false);
  return pred.map((p) => {
    const g = gold.findIndex((s, i) => !used[i] && same(p, s));
    if (g < 0) return false;
    used[g] = true;
    return true;
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const equal = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

function scoreSentences(sentences: NerSentence[]): SpanScores {
  const s: SpanScores = {
    overlap: { tp: 0, fp: 0, fn: 0 },
    exact: { tp: 0, fp: 0, fn: 0 },
    falsePositives: counter(),
    misses: counter(),
    rules: new Map(),
  };
  const data = languageData('ind');
  for (const sentence of sentences) {
    const pred = extractOrganisations(sentence.text, { language: 'ind' }).organisations.flatMap((o) => o.mentions);
    const gold = sentence.orgs;
    for (const [kind, same] of [['overlap', overlaps], ['exact', equal]] as const) {
      const ok = matchSpans(pred, gold, same);
      const tp = ok.filter(Boolean).length;
      s[kind].tp += tp;
      s[kind].fp += pred.length - tp;
      s[kind].fn += gold.length - tp;
      if (kind === 'overlap') {
        pred.forEach((p, i) => {
          if (!ok[i]) bump(s.falsePositives, sentence.text.slice(p.start, p.end));
        });
        for (const g of gold) if (!pred.some((p) => overlaps(p, g))) bump(s.misses, g.text);
      }
    }
    // What each rule adds: the same finder, read hit by hit (sentences need no offset mapping
    // when normalizing changes nothing, which holds for these rebuilt texts).
    const norm = normalize(sentence.text);
    if (norm.text !== sentence.text) continue;
    for (const h of findOrganisations([{ text: norm.text, start: 0 }], data)) {
      const r = s.rules.get(h.rule) ?? { hit: 0, miss: 0 };
      if (gold.some((g) => overlaps(h, g))) r.hit++;
      else r.miss++;
      s.rules.set(h.rule, r);
    }
  }
  return s;
}

function spanFigures(prefix: string, label: string, s: SpanScores, withDetail: boolean): Figure[] {
  const o = prf(s.overlap.tp, s.overlap.fp, s.overlap.fn);
  const e = prf(s.exact.tp, s.exact.fp, s.exact.fn);
  const rules = [...s.rules.entries()]
    .sort((a, b) => b[1].hit + b[1].miss - (a[1].hit + a[1].miss))
    .map(([r, n]) => `${r} ${n.hit}/${n.hit + n.miss}`)
    .join(', ');
  const detail = withDetail
    ? `gold ${s.overlap.tp + s.overlap.fn}, predicted ${s.overlap.tp + s.overlap.fp}; per rule (overlapping gold/all): ${rules}\n` +
      `  top false positives: ${top(s.falsePositives)}\n  top misses: ${top(s.misses)}`
    : undefined;
  return [
    { key: `${prefix}.overlap.precision`, label: `${label}: overlap precision`, value: o.precision },
    { key: `${prefix}.overlap.recall`, label: `${label}: overlap recall`, value: o.recall },
    { key: `${prefix}.overlap.f1`, label: `${label}: overlap F1`, value: o.f1, ...(detail ? { detail } : {}) },
    { key: `${prefix}.exact.precision`, label: `${label}: exact precision`, value: e.precision },
    { key: `${prefix}.exact.recall`, label: `${label}: exact recall`, value: e.recall },
    { key: `${prefix}.exact.f1`, label: `${label}: exact F1`, value: e.f1 },
  ];
}

/** The texts an organisation is known by: mention texts, name and acronym, compared case-insensitively. */
function orgTexts(text: string, org: Organisation, mentions: Span[]): Set<string> {
  const out = new Set<string>(mentions.map((m) => key(text.slice(m.start, m.end))));
  out.add(key(org.name));
  if (org.acronym) out.add(key(org.acronym));
  return out;
}

interface ArticleTally {
  found: number;
  goldCount: number;
  correct: number;
  wrong: number;
  ambiguous: number;
  falsePositives: Map<string, number>;
  misses: Map<string, number>;
}

const newArticleTally = (): ArticleTally => ({ found: 0, goldCount: 0, correct: 0, wrong: 0, ambiguous: 0, falsePositives: counter(), misses: counter() });

/** One article's reported organisations against its gold; misses are kept only when asked (half A). */
function scoreArticle(t: ArticleTally, g: GoldArticle, text: string, article: Article, keepMisses: boolean): void {
  if (!g.organisations) return;
  // The pipeline looks only in the clean paragraphs: the dateline's outlet is never a mention.
  const reported = article.organisations
    .filter((o) => o.mentions.length > 0)
    .map((o) => ({ org: o, mentions: o.mentions, texts: orgTexts(text, o, o.mentions) }));
  const allTexts = new Set<string>();
  for (const r of reported) for (const x of r.texts) allTexts.add(x);
  const goldForms = new Set<string>();
  for (const o of g.organisations) {
    t.goldCount++;
    const forms = [o.name, ...o.forms].map(key);
    forms.forEach((f) => goldForms.add(f));
    if (forms.some((f) => allTexts.has(f))) t.found++;
    else if (keepMisses) bump(t.misses, o.name);
  }
  const ambiguousForms = new Set((g.ambiguousOrganisations ?? []).map(key));
  for (const r of reported) {
    const texts = [...r.texts];
    if (texts.some((x) => goldForms.has(x))) t.correct++;
    else if (texts.some((x) => ambiguousForms.has(x))) t.ambiguous++;
    else {
      t.wrong++;
      if (keepMisses) bump(t.falsePositives, text.slice(r.mentions[0]!.start, r.mentions[0]!.end));
    }
  }
}

async function scoreArticles(dataDir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const set of await loadGoldSets<GoldArticle>(dataDir)) {
    const tallies = scoreByPart(set, newArticleTally, (t, item, keep) => scoreArticle(t, item.gold, item.text, item.article, keep));
    for (const part of PARTS) {
      const t = tallies[part];
      const column = columnOf(set.name, part);
      const grid = (row: string) => ({ table: ARTICLE_TABLE, row, column });
      const detailP = `${t.correct} correct, ${t.wrong} wrong, ${t.ambiguous} ambiguous (not counted)` + (t.falsePositives.size ? `\n  top false positives: ${top(t.falsePositives)}` : '');
      const detailR = `${t.found} of ${t.goldCount} gold organisations found` + (t.misses.size ? `\n  misses: ${top(t.misses)}` : '');
      figures.push(
        { key: `orgs.${set.name}.${part}.precision`, label: `organisations in articles: precision (${column})`, value: rate(t.correct, t.correct + t.wrong), detail: detailP, grid: grid('organisations in articles: precision') },
        { key: `orgs.${set.name}.${part}.recall`, label: `organisations in articles: recall (${column})`, value: rate(t.found, t.goldCount), detail: detailR, grid: grid('organisations in articles: recall') },
      );
    }
  }
  return figures;
}

async function scoreSeed(dataDir: string): Promise<Figure[]> {
  const goldPath = join(dataDir, 'articles', 'seed.gold.json');
  const textPath = join(dataDir, '..', SEED);
  if (!exists(goldPath) || !exists(textPath)) return [];
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(textPath, 'utf8');
  const gold = await readJson<SeedGold>(goldPath);
  const orgs = parseArticle(text).organisations;
  const all = new Set<string>();
  const perOrg = orgs.map((o) => orgTexts(text, o, o.mentions));
  perOrg.forEach((t) => t.forEach((x) => all.add(x)));
  const required = gold.organisations.required;
  const allowed = new Set([...required, ...gold.organisations.optional].map(key));
  const missing = required.filter((r) => !all.has(key(r)));
  const unexpected = orgs.filter((o, i) => ![...perOrg[i]!].some((t) => allowed.has(t))).map((o) => o.name);
  return [
    {
      key: 'orgs.seed.found',
      label: 'seed: required organisations found',
      value: (required.length - missing.length) / Math.max(1, required.length),
      detail: `missing: ${missing.join(', ') || 'none'}`,
    },
    {
      key: 'orgs.seed.unexpected',
      label: 'seed: other organisations reported',
      value: unexpected.length,
      better: 'lower',
      detail: `unexpected: ${unexpected.join(', ') || 'none'}`,
    },
  ];
}

/** Organisation figures; skips the sets whose files are missing. */
export const evaluateOrganisations: Evaluator = async (dataDir) => {
  const figures: Figure[] = [];
  const news: NerSentence[] = [];
  for (const file of ['nerui-dev.jsonl', 'idner-news-2k-dev.jsonl']) {
    const path = join(dataDir, 'orgs', file);
    if (exists(path)) news.push(...(await readJsonl<NerSentence>(path)));
  }
  if (news.length > 0) figures.push(...spanFigures('orgs.news', 'organisations in news sentences', scoreSentences(news), true));
  const grit = join(dataDir, 'orgs', 'nergrit-valid.jsonl');
  if (exists(grit)) {
    const s = scoreSentences(await readJsonl<NerSentence>(grit));
    figures.push(...spanFigures('orgs.nergrit', 'organisations in NERGrit (encyclopedic)', s, false).filter((f) => f.key.endsWith('f1')));
  }
  figures.push(...(await scoreArticles(dataDir)));
  figures.push(...(await scoreSeed(dataDir)));
  return figures;
};
