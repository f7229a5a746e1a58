/**
 * src/schema/input-types.ts is the printout of the zod schemas' input types (scripts/gen-input-types.mjs), so
 * that the published declarations of `dibao-rules` and `dibao-rules/jilin` name no zod type.
 * test/schema/input-types.check.ts proves the types identical at type-check time; this checks the text too
 * (it also tells `x?: T` from `x?: T | undefined`, which matters under `exactOptionalPropertyTypes`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without declarations
import { generate, INPUT_TYPES } from '../../scripts/gen-input-types.mjs';

describe('the plain input types', () => {
  it('are what the generator prints from the schemas now', async () => {
    const onDisk = readFileSync(new URL('../../src/schema/input-types.ts', import.meta.url), 'utf8');
    expect(onDisk, 'run `node scripts/gen-input-types.mjs`').toBe(await generate());
  }, 120_000);

  it('name no zod type and cover every public input type', async () => {
    const text = readFileSync(new URL('../../src/schema/input-types.ts', import.meta.url), 'utf8');
    expect(text).not.toMatch(/\bimport\b|\bz\.|Zod/);
    const declared = [...text.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    expect(declared).toEqual((INPUT_TYPES as string[][]).map(([name]) => name));
    const root = await import('../../src/index.js');
    expect(Object.keys(root).some((k) => k.endsWith('Schema'))).toBe(false);
  });
});
