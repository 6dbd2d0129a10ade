/**
 * Which stemmer should search terms use? Compares, on the same words:
 * - natural's Indonesian stemmer (a Sastrawi port: confix stripping checked against a root
 *   dictionary), the one warta ships (bundled from its own files);
 * - Snowball's Indonesian stemmer (rules alone, no dictionary), as @orama/stemmers ships it;
 * - PostgreSQL's `indonesian` text search configuration (Snowball's algorithm in C), when a
 *   server can be started here (scripts/postgres-server.ts);
 * - no stemming, the baseline.
 * Correctness on a word list written for this (scripts/eval/search-words.ts: affixed forms that
 * should meet their root, and roots that must stay whole), per language; speed per word on every
 * distinct word of the real articles (no memo); and the cost of loading each, in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startPostgres } from '../postgres-server.js';
import { INDONESIAN_AFFIXED, INDONESIAN_ROOTS, MALAY_AFFIXED, MALAY_ROOTS, type StemCase } from './search-words.js';
import { loadRealArticles } from './shared.js';
import type { Evaluator, Figure } from './types.js';

type Stem = (word: string) => string;

const NATURAL_FILE = 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';
const require = createRequire(import.meta.url);

/** Milliseconds to load a module in a fresh Node process (median of three). */
function loadMs(code: string): number {
  const times = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: process.cwd() }).trim()));
  return times.sort((a, b) => a - b)[1]!;
}

function accuracy(stem: Stem, cases: readonly StemCase[]): { value: number; misses: string[] } {
  const misses = cases.filter((c) => stem(c.word) !== c.stem).map((c) => `${c.word}→${stem(c.word)}`);
  return { value: 1 - misses.length / cases.length, misses };
}

/** PostgreSQL's Snowball Indonesian, one query for the whole list; null when no server starts. */
async function postgresStems(words: readonly string[]): Promise<{ stems: Map<string, string> } | { skip: string }> {
  const server = startPostgres();
  if ('skip' in server) return server;
  try {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ word: string; stem: string | null }>(
      `SELECT w AS word, (ts_lexize('indonesian_stem', w))[1] AS stem FROM unnest($1::text[]) AS w`,
      [words],
    );
    await client.end();
    return { stems: new Map(rows.map((r) => [r.word, r.stem ?? r.word])) };
  } catch (error) {
    return { skip: (error as Error).message };
  } finally {
    server.stop();
  }
}

export const evaluateSearch: Evaluator = async (dataDir) => {
  const natural = require(NATURAL_FILE) as { stem: Stem };
  const { stemmer: snowball } = (await import('@orama/stemmers/indonesian')) as { stemmer: Stem };
  const allCases = [...INDONESIAN_AFFIXED, ...INDONESIAN_ROOTS, ...MALAY_AFFIXED, ...MALAY_ROOTS];
  const postgres = await postgresStems([...new Set(allCases.map((c) => c.word))]);
  const candidates: [string, string, Stem][] = [
    ['natural', "natural's Indonesian stemmer (Sastrawi, dictionary)", (w) => natural.stem(w)],
    ['snowball', 'Snowball Indonesian (@orama/stemmers)', (w) => snowball(w)],
    ['none', 'no stemming', (w) => w],
  ];
  if ('stems' in postgres) candidates.splice(2, 0, ['postgres', "PostgreSQL's indonesian configuration (Snowball)", (w) => postgres.stems.get(w) ?? w]);

  const figures: Figure[] = [];
  for (const [key, label, stem] of candidates) {
    const sets: [string, string, readonly StemCase[]][] = [
      ['id', `Indonesian words (${INDONESIAN_AFFIXED.length} affixed, ${INDONESIAN_ROOTS.length} roots)`, [...INDONESIAN_AFFIXED, ...INDONESIAN_ROOTS]],
      ['id.affixed', 'Indonesian affixed forms that meet their root', INDONESIAN_AFFIXED],
      ['id.roots', 'Indonesian roots left whole', INDONESIAN_ROOTS],
      ['ms', `Malay words (${MALAY_AFFIXED.length} affixed, ${MALAY_ROOTS.length} roots)`, [...MALAY_AFFIXED, ...MALAY_ROOTS]],
    ];
    for (const [set, setLabel, cases] of sets) {
      const { value, misses } = accuracy(stem, cases);
      const figure: Figure = { key: `search.stem.${key}.${set}`, label: `${label}: ${setLabel}, stem right`, value };
      if ((set === 'id' || set === 'ms') && key !== 'none') figure.detail = `${key} misses (${set}): ${misses.join(', ') || 'none'}`;
      figures.push(figure);
    }
  }
  if ('skip' in postgres) figures.push({ key: 'search.stem.postgres.skipped', label: `PostgreSQL's indonesian not measured: ${postgres.skip}`, value: Number.NaN });

  // Speed: every distinct word of the real articles, stemmed once each (no memo), in the same process.
  const articles = [...(await loadRealArticles(dataDir)).values()];
  const words = [...new Set(articles.flatMap((a) => a.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []))];
  if (words.length > 0) {
    for (const [key, label, stem] of candidates.filter(([k]) => k === 'natural' || k === 'snowball')) {
      stem('pemanasan'); // warm the code paths
      const t = performance.now();
      let sink = 0;
      for (const w of words) sink += stem(w).length;
      const us = ((performance.now() - t) * 1000) / words.length;
      if (sink < 0) throw new Error('unreachable');
      figures.push({ key: `search.stem.${key}.usPerWord`, label: `${label}: µs per word (${words.length} distinct words of the real articles, each once)`, value: us, better: 'lower' });
    }
  }
  figures.push(
    { key: 'search.stem.natural.loadMs', label: "natural's stemmer file and dictionary: load ms (fresh process)", value: loadMs(`const t = performance.now(); (await import('module')).createRequire(process.cwd() + '/')('${NATURAL_FILE}'); console.log(performance.now() - t);`), better: 'lower' },
    { key: 'search.stem.snowball.loadMs', label: 'Snowball (@orama/stemmers/indonesian): load ms (fresh process)', value: loadMs(`const t = performance.now(); await import('@orama/stemmers/indonesian'); console.log(performance.now() - t);`), better: 'lower' },
  );
  return figures;
};
