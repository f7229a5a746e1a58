#!/usr/bin/env node
/**
 * Build step after tsup: writes the published JSON Schemas to `dist/schemas/<name>.json` (draft 2020-12,
 * generated from the zod schemas in input mode by `jsonSchemaFor`), and checks that every bundle the
 * build promises exists (tsup builds its configs in parallel; a missing file must fail the build).
 *
 *   node scripts/build-schemas.mjs [outDir]     (default: dist/schemas)
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes one `<name>.json` per schema into `outDir` (emptied first), with a trailing newline.
 * @param {string} outDir
 * @param {{ JSON_SCHEMA_NAMES: readonly string[], jsonSchemaFor: (name: string) => object }} api
 * @returns {string[]} the files written
 */
export function writeSchemas(outDir, api) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const name of api.JSON_SCHEMA_NAMES) {
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(api.jsonSchemaFor(name), null, 2)}\n`);
    written.push(file);
  }
  return written;
}

async function main() {
  const outDir = process.argv[2] ?? join(root, 'dist', 'schemas');
  for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'dibao-rules.global.js']) {
    if (!existsSync(join(root, 'dist', f))) {
      console.error(`build-schemas: dist/${f} is missing after tsup`);
      process.exit(1);
    }
  }
  const api = await import(pathToFileURL(join(root, 'dist', 'schemas.js')).href);
  const written = writeSchemas(outDir, api);
  console.log(`JSON Schemas: ${written.length} files in ${outDir} (${readdirSync(outDir).join(', ')})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
