import { defineConfig } from 'tsup';

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
  },
]);
