/**
 * Two figures a parse benchmark in one process cannot give: the cold `import('warta')` time of
 * the built package, and the heap an article's parse result holds. Each is measured in fresh
 * Node processes (`node` on `dist/index.js`), so nothing this process loaded counts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Cold import of the built ESM entry, in ms: the median of `runs` fresh processes. */
export function coldImportMs(distIndex: string, runs: number, median: (xs: number[]) => number): number {
  const url = pathToFileURL(distIndex).href;
  const script = `const t0 = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t0));`;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return median(times);
}

export interface HeapFigures {
  /** Heap held per article while every parse result is kept, in kB. */
  heldPerArticleKb: number;
  /** Heap held per kB of article text, in kB: how much bigger the result is than its input. */
  heldPerTextKb: number;
}

/** Heap held by parse results: parse every text, keep the results, compare heaps after a full GC. */
export function heapPerArticle(distIndex: string, texts: readonly string[]): HeapFigures {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  try {
    const input = join(dir, 'texts.json');
    writeFileSync(input, JSON.stringify(texts));
    const url = pathToFileURL(distIndex).href;
    const script = [
      `const { parseArticle } = await import(${JSON.stringify(url)});`,
      `const texts = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(input)}, 'utf8'));`,
      // One warm-up parse loads lazily built data (lexicons, tables) before the baseline.
      'for (const t of texts.slice(0, 20)) parseArticle(t);',
      'gc(); gc(); const before = process.memoryUsage().heapUsed;',
      'const kept = texts.map((t) => parseArticle(t));',
      'gc(); gc(); const after = process.memoryUsage().heapUsed;',
      'process.stdout.write(JSON.stringify({ held: after - before, n: kept.length }));',
    ].join('\n');
    const wrapped = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${script}`;
    const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', wrapped], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { held: number; n: number };
    const textKb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
    return { heldPerArticleKb: out.held / out.n / 1024, heldPerTextKb: out.held / 1024 / textKb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
