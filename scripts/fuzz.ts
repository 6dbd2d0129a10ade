/**
 * `npm run fuzz -- [--minutes 20] [--runs N] [--data ../shared/eval] [--out <dir>] [--seed N]`
 *
 * The property-based checks of `npm test` (test/support/properties.ts) for a long run: fast-check feeds
 * parseArticle arbitrary strings, hostile piece soup, and corpus and real articles with random
 * edits, and checks every result (never throws, spans slice back, paragraphs ordered and disjoint,
 * quotes in paragraphs, regions disjoint, every character accounted for, same output on a second
 * parse after another text, and locality of edits). Rounds of fresh seeds run until the time or run
 * budget is spent. Prints how many inputs it tried; each failure is shrunk by fast-check and saved
 * with its seed as `<out>/<property>-<seed>.json` (default `/tmp/warta-fuzz`, outside the repo).
 * Real articles are read from the data folder at run time, never copied.
 * Exit code 1 when anything failed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { type Article, parseArticle } from '../src/index.js';
import { anyText, applyEdit, corpusTexts, editedArticle, lineEdit } from '../test/support/mutations.js';
import { localityViolations, violations } from '../test/support/properties.js';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const minutes = Number(option('minutes', '10'));
const maxRuns = Number(option('runs', 'Infinity'));
const dataDir = resolve(option('data', join(REPO_ROOT, '..', 'shared', 'eval')));
const outDir = resolve(option('out', '/tmp/warta-fuzz'));
let seed = Number(option('seed', String(Date.now() % 1_000_000_000)));
/** Runs per property per round: small rounds keep the deadline and rotate through the properties. */
const ROUND_RUNS = 200;

/** Real articles from `<data>/real/*.jsonl`, if present. */
function realTexts(): string[] {
  const dir = join(dataDir, 'real');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text?: unknown }).text)
      .filter((t): t is string => typeof t === 'string'),
  );
}

/**
 * A parse slower than this per 100 KB of input (and at least this long) is saved as a finding:
 * a fuzz run reports slow inputs, the linear-time test proves growth on the known shapes.
 */
const SLOW_MS_PER_100KB = 2000;
let slowSaved = 0;

/** Parse, note a slow input (its text is on disk before the parse starts, so a hang leaves it too). */
function parseWatched(text: string): Article {
  writeFileSync(join(outDir, 'current-input.txt'), text);
  const t0 = performance.now();
  const article = parseArticle(text);
  const ms = performance.now() - t0;
  if (ms > SLOW_MS_PER_100KB * Math.max(1, text.length / 100_000)) {
    const file = join(outDir, `slow-${seed}-${slowSaved++}.json`);
    writeFileSync(file, `${JSON.stringify({ ms: Math.round(ms), chars: text.length, text })}\n`);
    failures.push(`slow input (${Math.round(ms)} ms for ${text.length} chars): ${file}`);
    process.stderr.write(`fuzz: SLOW ${Math.round(ms)} ms for ${text.length} chars, saved in ${file}\n`);
  }
  return article;
}

function problemsOf(text: string): string[] {
  try {
    return violations(text, parseWatched(text));
  } catch (error) {
    return [`threw: ${error instanceof Error ? error.stack : String(error)}`];
  }
}

mkdirSync(outDir, { recursive: true });
const corpus = corpusTexts();
const real = realTexts();
const texts = [...corpus, ...real];
const bodies = texts
  .map((t) => parseArticle(t).paragraphs.map((p) => p.text))
  .filter((blocks) => blocks.length >= 5);

const failures: string[] = [];
let tried = 0;
const count = <T>(arb: fc.Arbitrary<T>) => arb.map((x) => (tried++, x));

/** The properties, each a fast-check property over its own inputs. */
/** A property checked with the given parameters. */
type Check = (params: fc.Parameters<never>) => fc.RunDetails<unknown[]>;
const check =
  <T extends [unknown, ...unknown[]]>(property: () => fc.IRawProperty<T>): Check =>
  (params) =>
    fc.check(property(), params as unknown as fc.Parameters<T>) as unknown as fc.RunDetails<unknown[]>;

const PROPERTIES: { name: string; property: Check }[] = [
  { name: 'invariants-any-string', property: check(() => fc.property(count(anyText), (t) => problemsOf(t).length === 0)) },
  { name: 'invariants-edited-article', property: check(() => fc.property(count(editedArticle(texts)), (t) => problemsOf(t).length === 0)) },
  {
    name: 'same-output',
    property: check(() =>
      fc.property(count(editedArticle(texts)), fc.integer({ min: 0, max: texts.length - 1 }), (t, other) => {
        const first = JSON.stringify(parseWatched(t));
        parseWatched(texts[other]!);
        return JSON.stringify(parseWatched(t)) === first;
      }),
    ),
  },
  {
    name: 'locality',
    property: check(() =>
      fc.property(
        fc.integer({ min: 0, max: bodies.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        count(fc.array(lineEdit, { minLength: 1, maxLength: 4 })),
        (n, where, edits) => {
          const blocks = bodies[n]!;
          const j = Math.floor(where * blocks.length);
          const problems = localityViolations(parseWatched, blocks, j, edits.reduce(applyEdit, blocks[j]!));
          fc.pre(problems !== null);
          return problems!.length === 0;
        },
      ),
    ),
  },
];

const deadline = Date.now() + minutes * 60_000;
const t0 = Date.now();
process.stderr.write(`fuzz: ${corpus.length} corpus and ${real.length} real articles, ${bodies.length} with 5+ paragraphs; ${minutes} min, seeds from ${seed}\n`);
mkdirSync(outDir, { recursive: true });
for (let round = 0; Date.now() < deadline && tried < maxRuns; round++) {
  for (const { name, property } of PROPERTIES) {
    if (Date.now() >= deadline || tried >= maxRuns) break;
    const details = property({ numRuns: ROUND_RUNS, seed, endOnFailure: true });
    if (details.failed) {
      const example = details.counterexample as unknown[];
      const file = join(outDir, `${name}-${seed}.json`);
      const text = typeof example[0] === 'string' ? example[0] : null;
      const report = { property: name, seed, path: details.counterexamplePath, counterexample: example, problems: text ? problemsOf(text) : null, error: details.errorInstance ? String(details.errorInstance) : null };
      writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
      failures.push(`${name} (seed ${seed}): ${file}`);
      process.stderr.write(`fuzz: FAIL ${name} seed ${seed}, shrunk reproduction in ${file}\n`);
    }
    seed++;
  }
  process.stderr.write(`fuzz: round ${round + 1}, ${tried} inputs, ${failures.length} failure(s), ${((Date.now() - t0) / 60_000).toFixed(1)} min\n`);
}
process.stdout.write(`fuzz: tried ${tried} inputs in ${((Date.now() - t0) / 60_000).toFixed(1)} min; ${failures.length} failure(s)${failures.length ? `:\n  ${failures.join('\n  ')}` : ''}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
