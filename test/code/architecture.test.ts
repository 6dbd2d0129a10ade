import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The module graph of `src/`, read with the TypeScript compiler's own import scanner (type-only
 * imports and re-exports count: a cycle through types is still a cycle in the design).
 */
const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `./x.js` → `x.ts` or `x/index.ts`; null for packages. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
}

const files = sourceFiles(src);
const graph = new Map<string, string[]>(
  files.map((file) => {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f): f is string => f !== null);
    return [file, [...new Set(deps)]];
  }),
);
const rel = (file: string) => relative(src, file);

/** Strongly connected components with more than one module (Tarjan): each is an import cycle. */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

/** `stages/05-boilerplate/inline.ts` → `05-boilerplate`; null outside `src/stages/`. */
function stageOf(file: string): string | null {
  const path = rel(file).split('/');
  return path[0] === 'stages' && path.length > 1 ? path[1]!.replace(/\.ts$/, '') : null;
}

/** Source files over MAX_LINES that are known and scheduled for splitting, with why they are not yet. */
const MAX_LINES = 400;
const KNOWN_LONG: Record<string, string> = {};

describe('architecture', () => {
  it('architecture: src/ has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('architecture: only the pipeline imports a stage, and no stage imports another', () => {
    const offending: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        const target = stageOf(dep);
        // `stages/types.ts` holds the shapes every stage shares: not a stage.
        if (target === null || target === 'types') continue;
        const from = stageOf(file);
        if (from === target || rel(file) === 'pipeline.ts') continue;
        offending.push(`${rel(file)} → ${rel(dep)}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('architecture: parseArticle and the standalone extractors segment and scan paragraphs with the same module', () => {
    // `parse-article.ts` segments, `pipeline.ts` scans the clean paragraphs; each extractor does both.
    for (const entry of ['parse-article.ts', 'pipeline.ts', 'quotes/extract-quotes.ts', 'organisations/extract-organisations.ts']) {
      expect((graph.get(join(src, entry)) ?? []).map(rel), entry).toContain('segment.ts');
    }
    // Scanned blocks (a paragraph's scan and tokens) are made in segment.ts only.
    const makers = files.filter((f) => /export function scanBlocks\b|new ScannedBlock\b/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(makers).toEqual(['segment.ts']);
  });

  it('architecture: the standalone extractors depend on segmentation, never on the pipeline or a stage', () => {
    for (const entry of ['quotes/extract-quotes.ts', 'organisations/extract-organisations.ts']) {
      const reached = new Set<string>();
      const walk = (file: string) => {
        for (const dep of graph.get(file) ?? []) if (!reached.has(dep)) (reached.add(dep), walk(dep));
      };
      walk(join(src, entry));
      // `stages/types.ts` holds shared shapes, no stage logic.
      const offending = [...reached].map(rel).filter((f) => f === 'pipeline.ts' || f === 'parse-article.ts' || (f.startsWith('stages/') && f !== 'stages/types.ts'));
      expect(offending, entry).toEqual([]);
    }
  });

  it('architecture: one word scanner — the quote and organisation tokenizers adapt the scan of src/tokens/', () => {
    const deps = (file: string) => (graph.get(join(src, file)) ?? []).map(rel);
    expect(deps('quotes/speech-words.ts')).toContain('tokens/tokenize.ts');
    expect(deps('organisations/tokens.ts')).toContain('tokens/tokenize.ts');
    expect(deps('organisations/shapes.ts')).toContain('tokens/char-classes.ts');
    // Any other `tokenize` would be a second idea of a word.
    const tokenizers = files.filter((f) => /export function (?:tokenize|scan)\b/.test(readFileSync(f, 'utf8'))).map(rel).sort();
    expect(tokenizers).toEqual(['organisations/tokens.ts', 'quotes/speech-words.ts', 'tokens/tokenize.ts']);
  });

  it(`architecture: source files read in one sitting (≤ ${MAX_LINES} lines), known exceptions listed`, () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > MAX_LINES).map(rel).sort();
    expect(long).toEqual(Object.keys(KNOWN_LONG).sort());
  });
});
