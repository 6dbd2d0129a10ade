/**
 * redos: every regular expression in src/ is checked by recheck (an offline ReDoS checker) for
 * super-linear backtracking, so a new risky pattern fails CI.
 *
 * Patterns are collected, not listed by hand:
 * - regex literals: every `/…/flags` token of src/**\/*.ts, found by the TypeScript parser;
 * - built patterns: every `new RegExp(…)` / `RegExp(…)` run while the library is imported and
 *   exercised in every language (a spy replaces the global constructor and records the source,
 *   flags and calling file:line). Every `RegExp(` call site in the source must be seen at run time,
 *   so a builder the exercise does not reach fails here instead of going unchecked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const SRC = join(REPO, 'src');

/**
 * Per pattern. Most patterns are decided in well under a second; the budget is for large built
 * alternations on a loaded machine. A pattern recheck cannot decide in time fails: simplify it.
 */
const CHECK_TIMEOUT_MS = 60_000;
/**
 * recheck's step limits decide, not its wall-clock limits, so a verdict never depends on machine
 * load. The size limits are raised so that patterns with bounded repeats (`[^>]{0,200}`) and large
 * word alternations still go to the automaton checker, which decides exactly; only patterns with
 * back-references (which an automaton cannot model) are fuzzed.
 */
const RECHECK_PARAMS = {
  timeout: CHECK_TIMEOUT_MS,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  maxRepeatCount: 5000,
  maxNFASize: 1_000_000,
  maxPatternSize: 100_000,
};

interface Pattern {
  source: string;
  flags: string;
  /** `src/…/file.ts:line` of every place it comes from. */
  where: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Regex literals and `RegExp(` call sites of the source tree. */
function scanSources(): { literals: { source: string; flags: string; where: string }[]; builders: string[] } {
  const literals: { source: string; flags: string; where: string }[] = [];
  const builders: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${relative(REPO, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) {
        const slash = n.text.lastIndexOf('/');
        literals.push({ source: n.text.slice(1, slash), flags: n.text.slice(slash + 1), where: at(n) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        builders.push(at(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, builders };
}

/** The `src/…:line` of the innermost source frame of a stack trace (the `RegExp(` call site). */
function callSite(stack: string): string | null {
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?([^()\s]+\.ts):(\d+):\d+\)?$/.exec(line.trim());
    if (m && m[1]!.startsWith(SRC)) return `${relative(REPO, m[1]!)}:${m[2]}`;
  }
  return null;
}

/**
 * Import the library with a spying `RegExp` and run every public function in every language over
 * the corpus, so lazily built patterns are built. Returns the patterns built, by call site.
 */
async function builtPatterns(): Promise<{ source: string; flags: string; where: string }[]> {
  const Native = RegExp;
  const built: { source: string; flags: string; where: string }[] = [];
  const record = (args: unknown[]) => {
    const re = new Native(args[0] as string | RegExp, args[1] as string | undefined);
    built.push({ source: re.source, flags: re.flags, where: callSite(new Error().stack ?? '') ?? '(outside src)' });
  };
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as RegExp;
    },
  });
  try {
    const warta = await import('../../src/index.js');
    const corpus = join(REPO, 'corpus');
    const texts = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(corpus, f), 'utf8'));
    for (const language of [undefined, 'ind', 'zlm', 'eng'] as const) {
      for (const text of texts) {
        warta.parseArticle(text, language ? { language } : {});
        warta.extractQuotes(text, language ? { language } : {});
        warta.extractOrganisations(text, language ? { language } : {});
        warta.splitSentences(text, language ? { language } : {});
        warta.parseDateline(text.slice(0, 300), language ? { language } : {});
        warta.parsePublished(text.slice(0, 300), language ? { language } : {});
        warta.parseDate(text.slice(0, 300), language ? { language } : {});
      }
    }
    for (const text of texts) warta.detectLanguage(text);
  } finally {
    globalThis.RegExp = Native;
  }
  return built.filter((b) => b.where !== '(outside src)');
}

async function collect(): Promise<{ patterns: Pattern[]; builders: string[]; builtAt: Set<string> }> {
  const { literals, builders } = scanSources();
  const built = await builtPatterns();
  const byKey = new Map<string, Pattern>();
  for (const p of [...literals, ...built]) {
    const key = `${p.flags}/${p.source}`;
    const entry = byKey.get(key) ?? { source: p.source, flags: p.flags, where: new Set<string>() };
    entry.where.add(p.where);
    byKey.set(key, entry);
  }
  return { patterns: [...byKey.values()], builders, builtAt: new Set(built.map((b) => b.where)) };
}

describe('redos: every regular expression in src/ is linear', async () => {
  const { patterns, builders, builtAt } = await collect();

  it('redos: finds the literals and every built pattern', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(builders.length).toBeGreaterThan(0);
    // A `RegExp(` call the exercise above never reaches would go unchecked: reach it, or export its patterns.
    expect(builders.filter((site) => !builtAt.has(site)), 'RegExp built at a call site the exercise never reached').toEqual([]);
  });

  it('redos: recheck finds no super-linear pattern', { timeout: 600_000 }, async () => {
    const findings: string[] = [];
    // Two at a time: recheck runs in its own process and the machine is shared.
    const queue = [...patterns];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        // `d` (match indices) changes what a match reports, not how it is searched; recheck does not know it.
        const t0 = performance.now();
        const d = await check(p.source, p.flags.replace('d', ''), RECHECK_PARAMS);
        if (process.env.REDOS_TIMES) console.log(`${(performance.now() - t0).toFixed(0)} ms ${d.status} ${d.checker} /${p.source.slice(0, 60)}/`);
        if (d.status === 'safe') continue;
        const why = d.status === 'vulnerable' ? `${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 80)}` : `undecided: ${d.error.kind}`;
        findings.push(`${[...p.where].join(', ')}: /${p.source.length > 200 ? `${p.source.slice(0, 200)}…` : p.source}/${p.flags} — ${why}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(findings.sort(), 'patterns recheck finds super-linear or cannot decide').toEqual([]);
  });
});
