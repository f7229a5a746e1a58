import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * Every `.name` property token in the TypeScript files under `dir` (what the library may call), but for
 * the command line (src/cli: `console.log` …), which the spreadsheet bundle never contains.
 */
export function propertyNamesIn(dir: string, out = new Set<string>()): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'cli') propertyNamesIn(p, out);
    } else if (e.name.endsWith('.ts'))
      for (const m of readFileSync(p, 'utf8').matchAll(/\.([A-Za-z_$][\w$]*)/g)) out.add(m[1] as string);
  }
  return out;
}

/**
 * decimal.js without the methods nothing calls, for the spreadsheet bundle: decimal.js defines every method
 * on its prototype (`P.sine = P.sin = function …`) and every static in `clone()` (`Decimal.sin = sin;`), so a
 * bundler keeps them all, with the helpers and the 1 025-digit ln 10 and π they use. This keeps a prototype
 * method or static only when its name is reachable: named as a `.name` token in `used` (the library's
 * source) or in decimal.js code that is kept (the module's top level and every kept method, static and
 * function, comments aside), to a fixed point. A name test, so it keeps more than needed, never less; the
 * functions left unreferenced are removed here too. Tested in test/spreadsheet/decimal-trim.test.ts.
 */
export function trimDecimalJs(source: string, used: ReadonlySet<string>): string {
  const code = source.replace(/\r\n/g, '\n'); // the package ships CRLF line ends
  const methods = [...code.matchAll(/^P\.(\w+) = (?:P\.(\w+) = )?function[\s\S]*?^\};\n/gm)].map((m) => ({
    text: m[0],
    names: [m[1], m[2]].filter((x): x is string => x !== undefined),
  }));
  const functions = [...code.matchAll(/^function (\w+)\([^)]*\) \{\n[\s\S]*?^\}\n/gm)].map((m) => ({
    text: m[0],
    name: m[1] as string,
  }));
  const isStatic = /^ {2}Decimal\.(\w+) = ([A-Za-z_]\w*);.*\n/gm;
  let top = code;
  for (const x of [...methods, ...functions]) top = top.replace(x.text, '');
  // Methods the engine calls without naming them: String(x) and `${x}`, x < y, JSON.stringify(x).
  const props = new Set([...used, 'toString', 'valueOf', 'toJSON']);
  const ids = new Set<string>();
  const dropStatics = (text: string) =>
    text.replace(isStatic, (line, prop: string) => (props.has(prop) ? line : ''));
  const kept = () => [
    top,
    ...methods.filter((m) => m.names.some((n) => props.has(n))).map((m) => m.text),
    ...functions.filter((f) => ids.has(f.name)).map((f) => dropStatics(f.text)),
  ];
  for (;;) {
    const before = props.size + ids.size;
    const text = kept()
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    // `Math.pow(…)` names no Decimal method; any other `.name` may.
    for (const m of text.replace(/\bMath\.\w+/g, 'Math').matchAll(/(\.?)([A-Za-z_$][\w$]*)/g))
      (m[1] ? props : ids).add(m[2] as string);
    if (props.size + ids.size === before) break;
  }
  let out = code;
  for (const m of methods) if (!m.names.some((n) => props.has(n))) out = out.replace(m.text, '');
  for (const f of functions) out = out.replace(f.text, ids.has(f.name) ? dropStatics(f.text) : '');
  // ln 10 and π (1 025 digits each) are made Decimals at load only for getLn10 and getPi.
  if (!ids.has('getLn10')) out = out.replace(/^LN10 = new Decimal\(LN10\);\n/m, '');
  if (!ids.has('getPi')) out = out.replace(/^PI = new Decimal\(PI\);\n/m, '');
  return out;
}

/**
 * Module swaps for the spreadsheet bundle, `[importer, specifier, replacement]` (paths from the package
 * root): each replacement gives the same results and errors with less code, trading speed a sheet or a
 * UDF row does not need. See the replacement files.
 */
export const SPREADSHEET_MODULE_SWAPS: readonly (readonly [string, string, string])[] = [
  ['src/schema/common.ts', 'zod/v4/core', 'src/spreadsheet/zod-core.ts'],
];

const spreadsheetSwapPlugin: Plugin = {
  name: 'spreadsheet-module-swaps',
  setup(build) {
    const root = import.meta.dirname;
    const applied = new Set<string>();
    build.onStart(() => applied.clear());
    build.onResolve({ filter: /./ }, (args) => {
      const swap = SPREADSHEET_MODULE_SWAPS.find(
        ([importer, specifier]) => args.path === specifier && args.importer === join(root, importer),
      );
      if (!swap) return undefined;
      applied.add(swap[2]);
      return { path: join(root, swap[2]) };
    });
    // A swap that no longer matches (an import renamed) is reported, not quietly dropped (the bundle would
    // grow); a warning, not an error, so a refactor elsewhere does not stop the library's build.
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const unused = SPREADSHEET_MODULE_SWAPS.filter(([, , replacement]) => !applied.has(replacement));
      if (unused.length > 0)
        return {
          warnings: unused.map(([importer, specifier]) => ({
            text: `spreadsheet module swap did not apply: ${importer} no longer imports ${specifier}`,
          })),
        };
      return undefined;
    });
  },
};

const trimDecimalPlugin: Plugin = {
  name: 'trim-decimal.js',
  setup(build) {
    const used = propertyNamesIn(join(import.meta.dirname, 'src'));
    build.onLoad({ filter: /[\\/]decimal\.js[\\/]decimal\.mjs$/ }, (args) => ({
      contents: trimDecimalJs(readFileSync(args.path, 'utf8'), used),
      loader: 'js',
    }));
  },
};

/**
 * The first lines of `dist/cli.js`: the shebang, and a `require` for the CommonJS packages bundled into
 * this ES module (iconv-lite requires Node's `buffer` and `string_decoder`, which esbuild leaves as calls).
 */
export const CLI_BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __dibaoCreateRequire } from 'node:module';",
  'const require = __dibaoCreateRequire(import.meta.url);',
].join('\n');

export default defineConfig([
  {
    entry: { index: 'src/index.ts', jilin: 'src/data/jilin/index.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    // The declarations of `dibao-rules/schemas` are built apart (the next config): declarations shared between
    // entries go into shared chunks, and a chunk that held a zod type would make the root's declarations load
    // zod's, which do not compile in a CommonJS TypeScript project without `esModuleInterop`.
    dts: { entry: { index: 'src/index.ts', jilin: 'src/data/jilin/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Shared chunks: `dibao-rules`, `dibao-rules/jilin` and `dibao-rules/schemas` load one copy of the code, so
    // their error classes (and zod) are one.
    splitting: true,
    treeshake: true,
    // decimal.js, zod and date-fns are bundled in: resolving and loading zod's ~60 ES modules alone took
    // longer than the 50 ms cold-import budget. Minified (with source maps): less source for V8 to parse.
    // See docs/performance.md, "Cold import and global bundle (session 2)".
    noExternal: [/.*/],
    minify: true,
  },
  // The declarations of `dibao-rules/schemas` alone (zod's types; the code is built above).
  {
    name: 'schemas-types',
    entry: { schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
  },
  // The `dibao` command line (`bin` in package.json): one ESM file with its shebang; the same file runs
  // as the `--jobs N` worker thread. Every dependency (csv-parse, a dev dependency, and decimal.js, zod,
  // date-fns) is bundled in, so the command starts without resolving any package. See src/cli/ and docs/cli.md.
  {
    name: 'cli',
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: CLI_BANNER },
    noExternal: [/.*/],
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
    esbuildPlugins: [spreadsheetSwapPlugin, trimDecimalPlugin],
  },
]);
