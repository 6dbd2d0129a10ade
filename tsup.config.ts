import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * franc is ESM-only and builds its tables when loaded. In the builds it is bundled and
 * loaded lazily: this swaps the source loader (`createRequire`, for tests and scripts) for a
 * `require('franc')` that esbuild resolves at build time into a lazy module initialiser.
 */
const lazyFranc: Plugin = {
  name: 'lazy-franc',
  setup(build) {
    build.onLoad({ filter: /src[\\/]language[\\/]franc\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(
        /createRequire\(import\.meta\.url\)\('franc'\)/,
        "require('franc')",
      ),
    }));
  },
};

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
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    esbuildPlugins: [lazyFranc],
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
    platform: 'node',
    esbuildPlugins: [lazyFranc],
  },
]);
