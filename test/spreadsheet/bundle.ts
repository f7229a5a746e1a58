/**
 * The built spreadsheet bundle for the tests that load it as a host would. Uses
 * `dist/dibao-rules.global.js` when it is newer than every file under `src/`; otherwise builds the
 * bundle from the `spreadsheet` entry of tsup.config.ts into a temporary folder (never touching `dist/`,
 * so parallel test files and other builds cannot race).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { build, type Options } from 'tsup';
import tsupConfig from '../../tsup.config.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const DIST_BUNDLE = join(ROOT, 'dist', 'dibao-rules.global.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function spreadsheetConfig(): Options {
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const c = configs.find((o) => o.globalName === 'DibaoRules');
  if (!c) throw new Error('tsup.config.ts has no entry with globalName "DibaoRules"');
  return c;
}

let cached: string | undefined;

/** Path of an up-to-date bundle. */
export async function bundlePath(): Promise<string> {
  if (cached) return cached;
  const fresh = existsSync(DIST_BUNDLE) && statSync(DIST_BUNDLE).mtimeMs >= newestMtime(join(ROOT, 'src'));
  if (fresh) {
    cached = DIST_BUNDLE;
    return cached;
  }
  // Stale or missing: build once per source state into a temporary folder shared by the test files of
  // this run (keyed by the newest source time), moved into place atomically so readers never see half a file.
  const keyed = join(tmpdir(), `dibao-bundle-${Math.floor(newestMtime(join(ROOT, 'src')))}`);
  const keyedFile = join(keyed, 'dibao-rules.global.js');
  if (!existsSync(keyedFile)) {
    const outDir = mkdtempSync(join(tmpdir(), 'dibao-bundle-build-'));
    await build({ ...spreadsheetConfig(), outDir, config: false, silent: true });
    try {
      renameSync(outDir, keyed);
    } catch {
      // Another test file got there first: its build is the same source state.
    }
    cached = existsSync(keyedFile) ? keyedFile : join(outDir, 'dibao-rules.global.js');
    return cached;
  }
  cached = keyedFile;
  return cached;
}

/** The bundle's source text. */
export async function bundleSource(): Promise<string> {
  return readFileSync(await bundlePath(), 'utf8');
}

/**
 * A fresh bare V8 context (`node:vm`: the JavaScript built-ins only — no `process`, `require`,
 * `console`, timers, `window` or `document`) with the bundle evaluated in it as a classic script,
 * the way Apps Script, a `<script>` tag or a SQL engine loads it. `extra` scripts run after it.
 */
export async function bareContext(...extra: string[]): Promise<vm.Context> {
  const ctx = vm.createContext({});
  vm.runInContext(await bundleSource(), ctx, { filename: 'dibao-rules.global.js' });
  for (const src of extra) vm.runInContext(src, ctx);
  return ctx;
}

/** Evaluates `expr` inside the context and returns it as plain JSON (so cross-realm values compare). */
export function evalJson(ctx: vm.Context, expr: string): unknown {
  const text = vm.runInContext(`JSON.stringify(${expr})`, ctx) as string | undefined;
  return text === undefined ? undefined : JSON.parse(text);
}
