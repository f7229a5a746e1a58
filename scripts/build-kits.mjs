#!/usr/bin/env node
/**
 * Build step after tsup: writes the spreadsheet kits to `dist/kits/` (excel/, wps/, google-sheets/), generated
 * from the table of sheet functions (src/spreadsheet/catalog.ts) and the built dist/dibao-rules.global.js by
 * scripts/kits/render.ts (compiled here in memory with esbuild, which tsup already brings). Fails when the
 * bundle defines a sheet function the table lacks, or the table one the bundle lacks.
 *
 *   node scripts/build-kits.mjs [--excel-base-url https://server/path/] [outDir]
 *
 * outDir defaults to dist/kits (emptied first); another outDir must be new or empty.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The renderers and the table, compiled from TypeScript into one module and imported. */
async function loadRenderers() {
  const out = await build({
    stdin: {
      contents:
        "export * from './scripts/kits/render.ts'; export { SHEET_FUNCTIONS } from './src/spreadsheet/catalog.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
  });
  const code = out.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** The sheet functions the bundle defines (UPPER_SNAKE names), evaluated in a bare context. */
export function bundleSheetFunctions(bundle) {
  const ctx = {};
  runInNewContext(bundle, ctx);
  return Object.keys(ctx.DibaoRules)
    .filter((k) => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof ctx.DibaoRules[k] === 'function')
    .sort();
}

async function main() {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--excel-base-url');
  const excelBaseUrl = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
  const bundleFile = join(root, 'dist', 'dibao-rules.global.js');
  if (!existsSync(bundleFile)) {
    console.error('build-kits: dist/dibao-rules.global.js is missing: run tsup first');
    process.exit(1);
  }
  const defaultOut = join(root, 'dist', 'kits');
  const outDir = args[0] ?? defaultOut;
  // Only the build's own folder is emptied: another folder must be new or empty (never a share's content).
  if (outDir !== defaultOut && existsSync(outDir) && readdirSync(outDir).length > 0) {
    console.error(`build-kits: ${outDir} is not empty; give a new or empty folder`);
    process.exit(1);
  }
  const bundle = readFileSync(bundleFile, 'utf8');
  const kits = await loadRenderers();
  const inBundle = bundleSheetFunctions(bundle);
  const inTable = kits.SHEET_FUNCTIONS.map((f) => f.id).sort();
  const missing = inBundle.filter((id) => !inTable.includes(id));
  const extra = inTable.filter((id) => !inBundle.includes(id));
  if (missing.length > 0 || extra.length > 0) {
    console.error(
      `build-kits: src/spreadsheet/catalog.ts does not match the bundle: ${[
        ...missing.map((id) => `${id} is in the bundle but has no row`),
        ...extra.map((id) => `${id} has a row but is not in the bundle`),
      ].join('; ')}`,
    );
    process.exit(1);
  }
  const guide = (name) => readFileSync(join(root, 'docs', 'spreadsheet', `${name}.md`), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = kits.kitFiles({
    functions: kits.SHEET_FUNCTIONS,
    bundle,
    version,
    excelBaseUrl: excelBaseUrl ?? kits.DEFAULT_EXCEL_BASE_URL,
    guides: { excel: guide('excel'), wps: guide('wps'), googleSheets: guide('google-sheets') },
  });
  if (outDir === defaultOut) rmSync(outDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  console.log(`Spreadsheet kits: ${files.size} files in ${outDir} (${inTable.length} sheet functions)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
