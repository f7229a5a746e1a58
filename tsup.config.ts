import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', jilin: 'src/data/jilin/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
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
