/**
 * The published library is minified but keeps the names of its classes and functions (tsup `keepNames`):
 * `util.inspect(err)` shows `DibaoInputError` and a stack frame names the public function that threw, so a
 * caller's logs are readable without the source maps.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { build, type Options } from 'tsup';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as src from '../../src/index.js';
import tsupConfig from '../../tsup.config.js';

let lib: typeof src;

beforeAll(async () => {
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const c = configs.find((o) => o.entry !== undefined && 'index' in (o.entry as Record<string, string>));
  if (!c) throw new Error('tsup.config.ts has no entry named index');
  expect(c.minify).toBe(true);
  const outDir = mkdtempSync(join(tmpdir(), 'dibao-names-'));
  await build({ ...c, format: ['esm'], dts: false, sourcemap: false, outDir, config: false, silent: true });
  lib = (await import(pathToFileURL(join(outDir, 'index.js')).href)) as typeof src;
}, 120_000);

describe('the minified library keeps its names', () => {
  it('util.inspect of an input error shows DibaoInputError and the function that threw', () => {
    let thrown: unknown;
    try {
      lib.assessHousehold({} as never, {} as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(lib.DibaoInputError);
    expect((thrown as Error).constructor.name).toBe('DibaoInputError');
    const shown = inspect(thrown);
    expect(shown).toMatch(/^DibaoInputError: Invalid input/);
    expect((thrown as Error).stack).toMatch(/at (?:\S+ )?\(?.*\b(assessHousehold|parseInput)\b/);
    expect(lib.assessHousehold.name).toBe('assessHousehold');
  });
});
