#!/usr/bin/env node
// npm run demo: builds the package (see package.json) and shows, in Chinese with English labels, what the
// library computes for the bundled example data in examples/. Each section lives in scripts/demo/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'demo');
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
const args = process.argv.slice(2);
for (const file of sections) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  await mod.default(args);
}
