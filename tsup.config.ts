import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, tree-shakable, both module systems.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // A self-contained, minified ESM bundle (dependencies included) for <script type="module"> in a browser
    // or a worker without a bundler: the playground loads it. Not part of the npm `exports`.
    entry: { 'sms-compliance': 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
  },
  {
    // The CLI is a separate entry: it may do I/O and is never imported by the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
