import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The public entry, read with the TypeScript checker: every named type that a public function's
 * parameters or result reach (through properties, unions, arrays, callbacks) is exported from
 * `src/index.ts`, and none of them is `any`.
 */
const src = join(import.meta.dirname, '..', '..', 'src');
const entry = join(src, 'index.ts');
const program = ts.createProgram([entry], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  types: ['node'],
  noEmit: true,
});
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
const exported = checker.getExportsOfModule(moduleSymbol).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s));
const exportedTypes = new Set(exported.filter((s) => s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)).map((s) => s.name));
const functions = exported.filter((s) => s.flags & ts.SymbolFlags.Function);

/** Declared in warta's own source (TypeScript writes paths with `/`). */
function inSource(symbol: ts.Symbol): boolean {
  const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
  return file.split('/').join(sep).startsWith(src);
}

/** The name of a named type written in warta's own source (not a lib type like `Pick` or `Date`). */
function ownName(symbol: ts.Symbol | undefined): string | null {
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) return null;
  return inSource(symbol) ? symbol.name : null;
}

/** Every own named type reachable from `fn`'s signatures, and where `any` appears. */
function reachable(fn: ts.Symbol): { names: Set<string>; anys: string[] } {
  const names = new Set<string>();
  const anys: string[] = [];
  const seen = new Set<ts.Type>();
  const visit = (type: ts.Type, path: string) => {
    if (type.flags & ts.TypeFlags.Any) anys.push(path);
    if (seen.has(type)) return;
    seen.add(type);
    const alias = ownName(type.aliasSymbol);
    if (alias) names.add(alias);
    for (const arg of type.aliasTypeArguments ?? []) visit(arg, `${path}<>`);
    if (type.isUnionOrIntersection()) for (const t of type.types) visit(t, path);
    if (!(type.flags & ts.TypeFlags.Object)) return;
    const name = ownName(type.getSymbol());
    if (name) names.add(name);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      for (const arg of checker.getTypeArguments(type as ts.TypeReference)) visit(arg, `${path}[]`);
    }
    // Lib objects (Date, arrays) are not walked further: their members are not ours.
    const symbol = type.getSymbol();
    if (symbol && !inSource(symbol)) return;
    for (const prop of checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (decl) visit(checker.getTypeOfSymbolAtLocation(prop, decl), `${path}.${prop.name}`);
    }
    for (const sig of type.getCallSignatures()) visitSignature(sig, path);
  };
  const visitSignature = (sig: ts.Signature, path: string) => {
    for (const param of sig.getParameters()) {
      const decl = param.valueDeclaration ?? param.declarations?.[0];
      if (decl) visit(checker.getTypeOfSymbolAtLocation(param, decl), `${path}(${param.name})`);
    }
    visit(sig.getReturnType(), `${path}()`);
  };
  const decl = fn.valueDeclaration ?? fn.declarations![0]!;
  for (const sig of checker.getTypeOfSymbolAtLocation(fn, decl).getCallSignatures()) visitSignature(sig, fn.name);
  return { names, anys };
}

describe('public API', () => {
  it('public API: the entry exports the functions users call', () => {
    expect(functions.map((f) => f.name).sort()).toEqual(
      [
        'confirmCandidates',
        'dedupeArticles',
        'dedupeArticlesAsync',
        'detectLanguage',
        'extractOrganisations',
        'extractQuotes',
        'findDates',
        'openArchive',
        'opensearchMapping',
        'parseArticle',
        'parseDate',
        'parseDateline',
        'parsePublished',
        'renderArticleHtml',
        'searchTerms',
        'signArticle',
        'splitSentences',
        'toOpenSearchBulk',
        'toSearchDocument',
      ].sort(),
    );
  });

  for (const fn of functions) {
    it(`public API: every type ${fn.name} uses is exported, and none is any`, () => {
      const { names, anys } = reachable(fn);
      expect(names.size).toBeGreaterThan(0);
      expect([...names].filter((n) => !exportedTypes.has(n)).sort()).toEqual([]);
      expect(anys).toEqual([]);
    });
  }

  it('public API: the checker sees the types it should (a guard against a walk that finds nothing)', () => {
    const all = new Set(functions.flatMap((fn) => [...reachable(fn).names]));
    for (const name of ['Article', 'ParseOptions', 'TraceDetail', 'Speaker', 'DatelineOptions', 'ParsedDate', 'ExtractQuotesResult', 'SplitSentencesOptions', 'Archive', 'SearchHit', 'QuoteHit', 'ArchivedArticle', 'SearchDocument', 'OpenSearchMapping', 'DedupeItem', 'DuplicateCluster', 'ArticleSignature']) {
      expect(all.has(name), name).toBe(true);
    }
  });
});
