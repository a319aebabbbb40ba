import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The rule packs and the structure data ship without their `note` fields: they explain an allow entry, a
 * spec or a list to people reading rules/*.json and docs/rules.md, and no code reads them (the schemas
 * make them optional). In the Chinese packs they were a tenth of the bundle. rules/*.json stays the
 * source of truth; scripts/check-rules.mjs validates it whole.
 */
const withoutNotes: Plugin = {
  name: 'data-without-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8')) as { schema?: string };
      const strip = data.schema === 'sms-compliance/rule-pack@1' || data.schema === 'sms-compliance/structure@1';
      return { contents: JSON.stringify(data, (key, value: unknown) => (strip && key === 'note' ? undefined : value)), loader: 'json' };
    });
  },
};

export default defineConfig([
  {
    // The library as ESM, split into chunks along the capabilities: with `"sideEffects": false` a bundler
    // drops whole chunk modules a host does not use, so `import { checkFrequency }` does not pull in the
    // word lists or the linter (a single-file bundle would keep them: its top-level zod schemas look like
    // side effects). The extra entries only anchor the chunks; the package exports `.` alone.
    entry: {
      index: 'src/index.ts',
      engine: 'src/engine/index.ts',
      structure: 'src/structure/index.ts',
      segments: 'src/segments/index.ts',
      frequency: 'src/frequency/index.ts',
      unsubscribe: 'src/unsubscribe/index.ts',
      campaign: 'src/campaign/index.ts',
    },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [withoutNotes],
  },
  {
    // The library as one CommonJS file for require().
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [withoutNotes],
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
    esbuildPlugins: [withoutNotes],
  },
  {
    // The CLI is a separate entry: it may do I/O and is never imported by the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [withoutNotes],
  },
]);
