import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', jilin: 'src/data/jilin/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Shared chunks: `dibao-rules` and `dibao-rules/jilin` load one copy of the code, so their error classes are one.
    splitting: true,
    treeshake: true,
  },
  // The `dibao` command line (`bin` in package.json): one ESM file with its shebang; the same file runs
  // as the `--jobs N` worker thread. csv-parse (a dev dependency) is bundled in, so the runtime
  // dependencies stay decimal.js, zod and date-fns. See src/cli/ and docs/cli.md.
  {
    name: 'cli',
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['csv-parse'],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
  },
  // The spreadsheet / SQL-UDF bundle: one ES2017 script defining the global `DibaoRules`, with every
  // dependency inlined (Excel, WPS, Apps Script, browsers, BigQuery and Snowflake load a single file).
  // Not in the `exports` map. See src/spreadsheet/index.ts and docs/spreadsheet/README.md.
  {
    name: 'spreadsheet',
    entry: { 'dibao-rules': 'src/spreadsheet/index.ts' },
    format: ['iife'],
    globalName: 'DibaoRules',
    target: 'es2017',
    platform: 'browser',
    minify: true,
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    noExternal: [/.*/],
  },
]);
