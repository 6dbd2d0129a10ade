import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The library's own franc loader: loading franc a second way in one process breaks `require` of it.
import { francAll } from '../../src/language/franc.js';
import { detectLanguage } from '../../src/language/detect-language.js';
import { PARTS, halvesOf } from './gold-sets.js';
import { MAX_EXAMPLES } from './shared.js';
import type { Evaluator, Figure } from './types.js';

/** The real sets and the language every text in them is written in. */
const SETS = [
  { file: 'real/id-news.jsonl', code: 'ind' },
  { file: 'real/ms-news.jsonl', code: 'zlm' },
  { file: 'real/en-id-news.jsonl', code: 'eng' },
] as const;

type Code = (typeof SETS)[number]['code'];

/** Paragraphs shorter than this are not scored (README: "single paragraphs (≥ 80 chars)"). */
const MIN_PARAGRAPH_LENGTH = 80;

/**
 * A piece longer than this with no break left is several paragraphs whose breaks the scraper
 * lost (most detik, Antara and Tempo texts are one line); it is cut into sentence groups.
 */
const LONG_PIECE = 700;

/** Sentence groups cut from a long piece are closed once they reach this many characters. */
const GROUP_LENGTH = 300;

/** Timed passes over the real set; the fastest counts. */
const TIMED_PASSES = 3;

/** The three languages plain franc is restricted to, for the side-by-side baseline. */
const FRANC_ONLY = ['ind', 'zlm', 'eng'];

/**
 * Paragraphs of a scraped text: split on newlines; then on the scrapers' joins — `.,` with a
 * capital after (`… hari ini.,Menurut …`) and a sentence end glued to the next capital
 * (`… Air.Pada …`); pieces still longer than `LONG_PIECE` are cut into groups of whole
 * sentences of about `GROUP_LENGTH` characters. Only paragraphs ≥ `MIN_PARAGRAPH_LENGTH` count.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const piece of line.split(/(?<=[.!?"”’]),(?=\s?[A-Z“"])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/)) {
      const p = piece.trim();
      if (p.length <= LONG_PIECE) {
        out.push(p);
        continue;
      }
      let group = '';
      for (const sentence of p.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)) {
        group = group ? `${group} ${sentence}` : sentence;
        if (group.length >= GROUP_LENGTH) {
          out.push(group);
          group = '';
        }
      }
      if (group) out.push(group);
    }
  }
  return out.filter((p) => p.length >= MIN_PARAGRAPH_LENGTH);
}

/** `real/fresh-sources.jsonl`: every row carries its language; figures per half (`gold-sets.ts`'s rule). */
const FRESH_FILE = 'real/fresh-sources.jsonl';
const FRESH_TABLE = 'language on fresh-sources (new outlets; A tuned, B untouched)';

function readRows(path: string): { id: string; lang: string; text: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; lang: string; text: string });
}

/** Article and paragraph accuracy per language and half on the fresh sources; misses listed for half A only. */
function freshFigures(path: string, decide: (t: string) => string): Figure[] {
  const rows = readRows(path);
  const halves = halvesOf(rows.map((r) => r.id));
  const figures: Figure[] = [];
  for (const code of ['ind', 'zlm', 'eng'] as const) {
    for (const part of PARTS) {
      const texts = rows.filter((r) => r.lang === code && (part === 'all' || halves.get(r.id) === part)).map((r) => r.text);
      if (texts.length === 0) continue;
      const column = part === 'all' ? 'fresh' : `fresh ${part}`;
      const art = tally(texts, code, decide);
      const par = tally(texts.flatMap(splitParagraphs), code, decide);
      const fig = (what: string, row: string, t: Tally): Figure => ({
        key: `language.fresh.${part}.${what}.${code}`,
        label: `language (fresh ${part}): ${code} ${what}s right (${t.right}/${t.total})`,
        value: t.total ? t.right / t.total : null,
        ...(part === 'A' && t.misses.length ? { detail: `misses: ${t.misses.join(' | ')}` } : {}),
        grid: { table: FRESH_TABLE, row, column },
      });
      figures.push(fig('article', `${code} articles`, art), fig('paragraph', `${code} paragraphs ≥${MIN_PARAGRAPH_LENGTH} chars`, par));
    }
  }
  return figures;
}

function readTexts(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
}

interface Tally {
  right: number;
  total: number;
  misses: string[];
}

function tally(items: string[], code: Code, decide: (t: string) => string): Tally {
  const t: Tally = { right: 0, total: items.length, misses: [] };
  for (const item of items) {
    const got = decide(item);
    if (got === code) t.right++;
    else if (t.misses.length < MAX_EXAMPLES) t.misses.push(`${got}: ${item.slice(0, 90).replace(/\s+/g, ' ')}…`);
  }
  return t;
}

const rate = (t: Tally): number => (t.total ? t.right / t.total : 0);

/**
 * Language detection on the real sets: accuracy per language on whole articles and on
 * paragraphs (see `splitParagraphs`), macro-averaged, beside plain franc restricted to the
 * same three languages; plus the cost of `detectLanguage` per article.
 */
export const evaluateLanguage: Evaluator = async (dataDir) => {
  const sets = SETS.filter((s) => existsSync(join(dataDir, s.file))).map((s) => ({
    ...s,
    texts: readTexts(join(dataDir, s.file)),
  }));
  if (sets.length === 0) return [];

  const ours = (t: string): string => detectLanguage(t).code;
  const freshPath = join(dataDir, FRESH_FILE);
  const fresh = existsSync(freshPath) ? freshFigures(freshPath, ours) : [];
  const plain = (t: string): string => francAll(t, { only: FRANC_ONLY })[0]?.[0] ?? 'und';
  const figures: Figure[] = [];
  const macro = { article: [] as number[], paragraph: [] as number[], francArticle: [] as number[], francParagraph: [] as number[] };

  for (const s of sets) {
    const paragraphs = s.texts.flatMap(splitParagraphs);
    const art = tally(s.texts, s.code, ours);
    const par = tally(paragraphs, s.code, ours);
    const fArt = tally(s.texts, s.code, plain);
    const fPar = tally(paragraphs, s.code, plain);
    macro.article.push(rate(art));
    macro.paragraph.push(rate(par));
    macro.francArticle.push(rate(fArt));
    macro.francParagraph.push(rate(fPar));
    figures.push(
      {
        key: `language.article.${s.code}`,
        label: `language: ${s.code} articles right (${art.right}/${art.total})`,
        value: rate(art),
        ...(art.misses.length ? { detail: `misses: ${art.misses.join(' | ')}` } : {}),
      },
      {
        key: `language.paragraph.${s.code}`,
        label: `language: ${s.code} paragraphs ≥${MIN_PARAGRAPH_LENGTH} chars right (${par.right}/${par.total})`,
        value: rate(par),
        ...(par.misses.length ? { detail: `misses: ${par.misses.join(' | ')}` } : {}),
      },
      { key: `language.franc.article.${s.code}`, label: `franc (3 languages): ${s.code} articles right`, value: rate(fArt), informational: true },
      { key: `language.franc.paragraph.${s.code}`, label: `franc (3 languages): ${s.code} paragraphs right`, value: rate(fPar), informational: true },
    );
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  figures.push(
    { key: 'language.article.macro', label: 'language: article accuracy, macro over languages', value: mean(macro.article) },
    { key: 'language.paragraph.macro', label: 'language: paragraph accuracy, macro over languages', value: mean(macro.paragraph) },
    { key: 'language.franc.article.macro', label: 'franc (3 languages): article accuracy, macro', value: mean(macro.francArticle), informational: true },
    { key: 'language.franc.paragraph.macro', label: 'franc (3 languages): paragraph accuracy, macro', value: mean(macro.francParagraph), informational: true },
  );

  // Cost: one warm-up pass (JIT, lazy compilation of the marker data), then the best of
  // TIMED_PASSES passes in CPU time, which other processes sharing the machine disturb less
  // than wall time.
  const all = sets.flatMap((s) => s.texts);
  for (const t of all) detectLanguage(t);
  let msPerArticle = Infinity;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const c0 = process.cpuUsage();
    for (const t of all) detectLanguage(t);
    const c = process.cpuUsage(c0);
    msPerArticle = Math.min(msPerArticle, (c.user + c.system) / 1000 / all.length);
  }
  figures.push(...fresh);
  figures.push({
    key: 'language.msPerArticle',
    label: `language: detectLanguage CPU ms per article (${all.length} real articles)`,
    value: Math.round(msPerArticle * 1000) / 1000,
    better: 'lower',
    informational: true,
  });
  return figures;
};
