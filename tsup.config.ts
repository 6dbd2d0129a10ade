import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * franc (ESM-only, builds its tables when loaded), natural's Indonesian stemmer (a
 * 29,000-word dictionary), entities (decoding tables) and sentence-splitter (with its parser)
 * are bundled and loaded lazily. Their source loaders use
 * `createRequire(import.meta.url)(…)` (for tests and scripts, which run the sources); this
 * swaps each for a plain `require(…)`, which esbuild resolves at build time into a lazy
 * module initialiser. Users then never `require` an ES module, nor install natural (whose
 * package brings database clients) for one file of it.
 */
const LAZY_LOADERS = /src[\\/](?:language[\\/]franc|search[\\/]stemmer|util[\\/]entities|sentences[\\/]splitter)\.ts$/;

const lazyBundled: Plugin = {
  name: 'lazy-bundled',
  setup(build) {
    build.onLoad({ filter: LAZY_LOADERS }, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)'),
    }));
  },
};

/**
 * natural's Indonesian affix rules keep their result on `this` inside plain function calls
 * (`createResultObject`, `runDisambiguator`), which in sloppy mode is the global object (every
 * stem call writes `globalThis.removal` and `globalThis.currentWord`) and in a strict bundle is
 * `undefined` (a crash). Each such function gets a fresh result object of its own instead; the
 * callers only read the returned object, so the stems are the same (test/archive/search-terms.test.ts
 * compares the built stemmer with natural's own file). The build fails if natural changes shape.
 */
const NATURAL_RULES = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/](prefix|suffix)_rules\.js$/;
const RESULT_HOLDERS = /(\n  function (?:createResultObject|runDisambiguator) \([^)]*\) \{\n)([\s\S]*?)(\n  \}\n)/g;
const EXPECTED_HOLDERS: Record<string, number> = { prefix: 2, suffix: 1 };

const strictNaturalRules: Plugin = {
  name: 'strict-natural-rules',
  setup(build) {
    build.onLoad({ filter: NATURAL_RULES }, (args) => {
      const which = NATURAL_RULES.exec(args.path)![1]!;
      let patched = 0;
      const contents = readFileSync(args.path, 'utf8').replace(RESULT_HOLDERS, (_, head: string, body: string, tail: string) => {
        patched++;
        return `${head}    const self = {}\n${body.replace(/\bthis\b/g, 'self')}${tail}`;
      });
      if (patched !== EXPECTED_HOLDERS[which]) {
        throw new Error(`natural's ${which}_rules.js changed shape (${patched} result holders found): review the strict-mode patch in tsup.config.ts`);
      }
      return { loader: 'js', contents };
    });
  },
};

/**
 * natural's root dictionary (29,000 words) bundled as a JSON array is 29,000 tokens V8 must scan
 * when the package is imported, though the stemmer loads on the first word stemmed: most of the
 * cold import. As one newline-joined string, split when the stemmer first loads, the same array
 * costs a single literal to scan. The build fails if the file stops being an array of words.
 */
const ROOT_DICTIONARY = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/]data[\\/]kata-dasar\.json$/;

const joinedRootDictionary: Plugin = {
  name: 'joined-root-dictionary',
  setup(build) {
    build.onLoad({ filter: ROOT_DICTIONARY }, (args) => {
      const words: unknown = JSON.parse(readFileSync(args.path, 'utf8'));
      if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string' && !w.includes('\n'))) {
        throw new Error("natural's kata-dasar.json changed shape: review the dictionary loader in tsup.config.ts");
      }
      return { loader: 'js', contents: `module.exports = ${JSON.stringify(words.join('\n'))}.split('\\n');` };
    });
  },
};

/**
 * A module-scope pattern (`const NAME = /…/u` or `new RegExp(…)` outside any function) is built
 * when its module loads, and V8 parses its source there: with `\p{…}` classes up to a few ms each,
 * about 200 of them were a third of the cold import (and a literal is parsed twice, once more when
 * V8 compiles the module). Each becomes `lazyRegExp(() => new RegExp(source, flags))`
 * (`src/util/lazy-regexp.ts`): built on its first use, the same pattern for every later one. A
 * literal inside a function stays a literal (built once per site, where the constructor would build
 * it per call). The sources stay plain regular expressions, so tests and scripts run them as written.
 */
const LAZY_REGEXP = fileURLToPath(new URL('./src/util/lazy-regexp.ts', import.meta.url));

const moduleScopeRegExps: Plugin = {
  name: 'module-scope-regexps',
  setup(build) {
    build.onLoad({ filter: /src[\\/].*\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.ES2022, true);
      const spans: [number, number, string][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(file);
          const slash = literal.lastIndexOf('/');
          spans.push([node.getStart(file), node.end, `/* @__PURE__ */ __lazyRegExp(() => new RegExp(${JSON.stringify(literal.slice(1, slash))}, ${JSON.stringify(literal.slice(slash + 1))}))`]);
          return;
        }
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          // Its arguments are built later too: they read module constants, all set by then.
          spans.push([node.getStart(file), node.end, `/* @__PURE__ */ __lazyRegExp(() => ${node.getText(file)})`]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (spans.length === 0) return { loader: 'ts', contents: text };
      let contents = text;
      for (const [from, to, built] of spans.reverse()) contents = contents.slice(0, from) + built + contents.slice(to);
      // On the first line, so the source map's lines stay right.
      return { loader: 'ts', contents: `import { lazyRegExp as __lazyRegExp } from ${JSON.stringify(LAZY_REGEXP)}; ${contents}` };
    });
  },
};

/**
 * Node reads a module as UTF-8 and V8 scans it: one character outside ASCII anywhere in a file (a `…` in a
 * comment, a `’` in a pattern inside a function, which esbuild leaves as written) makes the whole file a
 * two-byte string, decoded and scanned more slowly (about 8 % of the cold import). Every such character of a
 * JavaScript output becomes its `\uXXXX` escape, which means the same in a string, a pattern (with or without
 * the `u` flag, inside a class or not; a pair of surrogate escapes is one code point under `u`), an identifier
 * and a comment. An identity escape (`\’`) loses its backslash, since `\u2019` already stands for the
 * character. A line or paragraph separator would end a `//` comment where its escape would not: the build
 * fails on one. Source-map lines stay right; a column after an escape on the same line moves. A `String.raw`
 * template keeps the six characters of an escape as written: harmless only while each such template feeds
 * `new RegExp` (which reads the escape), so a raw template used as plain text must stay ASCII in the source.
 */
const NON_ASCII_G = /(\\*)([^\x00-\x7f])/g;

function asciiOnly(code: string, file: string): string {
  if (/[\u2028\u2029]/.test(code)) throw new Error(`${file}: a line or paragraph separator in the output: review asciiOnly in tsup.config.ts`);
  return code.replace(NON_ASCII_G, (_, slashes: string, ch: string) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const asciiOutput = {
  name: 'ascii-output',
  renderChunk(code: string, info: { type: string; path: string }) {
    if (info.type !== 'chunk' || !/\.(?:c|m)?js$/.test(info.path)) return undefined;
    const ascii = asciiOnly(code, info.path);
    return ascii === code ? undefined : { code: ascii };
  },
};

/** Database clients: optional dependencies, loaded only when an archive is opened, never bundled. */
const DATABASE_CLIENTS = ['better-sqlite3', 'pg'];

/**
 * esbuild rewrites every regex literal with `\p{…}` into `new RegExp(…)` for a `node20` target (its
 * tables say so, though Node has had them since 10): inside a function that builds the regex anew on
 * every call, through the constructor, far slower than a literal. Node 20 runs them as written.
 */
const KEEP_REGEX_LITERALS = { 'regexp-unicode-property-escapes': true };

export default defineConfig([
  {
    // The library: ESM + CJS with declarations. franc is ESM-only, so it is bundled
    // to keep the CJS build loadable with plain require() on every Node >= 20.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space', 'natural', 'entities', 'sentence-splitter'],
    external: DATABASE_CLIENTS,
    esbuildPlugins: [lazyBundled, strictNaturalRules, joinedRootDictionary, moduleScopeRegExps],
    plugins: [asciiOutput],
    esbuildOptions(options) {
      options.supported = { ...options.supported, ...KEEP_REGEX_LITERALS };
    },
  },
  {
    // The command-line tool: ESM only, with its shebang.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    // Bundle everything so the CLI and its workers start without resolving the library twice.
    noExternal: [/.*/],
    external: DATABASE_CLIENTS,
    platform: 'node',
    esbuildPlugins: [lazyBundled, strictNaturalRules, joinedRootDictionary, moduleScopeRegExps],
    plugins: [asciiOutput],
    esbuildOptions(options) {
      options.supported = { ...options.supported, ...KEEP_REGEX_LITERALS };
    },
  },
]);
