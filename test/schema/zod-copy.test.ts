/**
 * The library (`dist/index.js` and `dist/schemas.js`, the subpath `dibao-rules/schemas`) carries its own copy of zod (tsup `noExternal`, for a fast cold import), so the exported
 * schemas (`policySchema`, `householdSchema` …) are built by that private copy, not by the zod a caller
 * installs. zod 4 schemas work across copies — a parent calls a child through its `_zod` internals, `instanceof`
 * goes by trait names, and the global configuration and registry live on `globalThis` — and this checks it
 * on the built library: a caller's own zod (the devDependency, classic and mini) composes the exported
 * schemas, parses, reports issues and generates JSON Schema with them. docs/integration.md, "From JavaScript and
 * TypeScript: the exported zod schemas".
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Options } from 'tsup';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import * as srcRoot from '../../src/index.js';
import * as srcSchemas from '../../src/schemas.js';
import tsupConfig from '../../tsup.config.js';

const src = { ...srcRoot, ...srcSchemas };
type Lib = typeof src;
let lib: Lib;
let text = '';

beforeAll(async () => {
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const c = configs.find((o) => o.entry !== undefined && 'index' in (o.entry as Record<string, string>));
  if (!c) throw new Error('tsup.config.ts has no entry named index');
  if (!('schemas' in (c.entry as Record<string, string>)))
    throw new Error('tsup.config.ts builds no schemas entry beside index');
  const outDir = mkdtempSync(join(tmpdir(), 'dibao-lib-'));
  await build({ ...c, format: ['esm'], dts: false, sourcemap: false, outDir, config: false, silent: true });
  text = readdirSync(outDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(outDir, f), 'utf8'))
    .join('\n');
  // The rules from the root entry, the zod schemas from `dibao-rules/schemas`.
  const [root, schemas] = await Promise.all(
    ['index.js', 'schemas.js'].map((f) => import(pathToFileURL(join(outDir, f)).href)),
  );
  lib = { ...root, ...schemas } as Lib;
}, 120_000);

const policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' } };

describe('the exported zod schemas come from a private zod copy', () => {
  it('the built library imports no zod package, and its schema nodes are not the caller’s zod classes', () => {
    expect(text).not.toMatch(/from\s*["']zod/);
    expect(text).not.toMatch(/import\(\s*["']zod/);
    const members = lib.householdSchema.shape.members;
    expect(members._zod.constr).not.toBe(zm.ZodMiniArray);
    expect(members._zod.def.type).toBe('array');
  });

  it('a caller’s zod classic composes them and parses (money becomes the library’s exact decimals)', () => {
    const schema = z.object({ p: lib.policySchema, note: z.string() });
    const out = schema.parse({ p: policy, note: 'x' });
    expect(out.p.dibaoStandardPerMonth.urban.toFixed(2)).toBe('620.00');
    expect(z.array(lib.policySchema).parse([policy])).toHaveLength(1);
    expect(z.optional(lib.policySchema).parse(undefined)).toBeUndefined();
  });

  it('issues carry the caller’s paths, and the error is the caller’s z.ZodError', () => {
    const r = z
      .object({ p: lib.policySchema, note: z.string() })
      .safeParse({ p: { dibaoStandardPerMonth: { urban: '-1', rural: '410' }, extra: 1 }, note: 2 });
    expect(r.success).toBe(false);
    expect(r.error).toBeInstanceOf(z.ZodError);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['p.dibaoStandardPerMonth.urban', 'invalid_format'],
      ['p', 'unrecognized_keys'],
      ['note', 'invalid_type'],
    ]);
    // The same issues as the library's schema gives through the caller's own (shared) zod.
    const direct = z
      .object({ p: src.policySchema, note: z.string() })
      .safeParse({ p: { dibaoStandardPerMonth: { urban: '-1', rural: '410' }, extra: 1 }, note: 2 });
    expect(r.error?.issues).toEqual(direct.error?.issues);
  });

  it('a caller’s zod/mini composes them too', () => {
    const s = zm.object({ h: lib.householdSchema });
    expect(zm.safeParse(s, { h: {} }).success).toBe(false);
    const h = {
      assessmentDate: '2024-01-01',
      area: 'urban',
      members: [{ birthDate: '1980-01-01', incomes: [] }],
    };
    expect(zm.safeParse(s, { h }).success).toBe(true);
  });

  it('z.toJSONSchema of a composed schema gives what it gives for the library’s schema in the caller’s zod', () => {
    const composed = z.toJSONSchema(z.object({ p: lib.policySchema }), { io: 'input' });
    const reference = z.toJSONSchema(z.object({ p: src.policySchema }), { io: 'input' });
    expect(composed).toEqual(reference);
    expect(
      (composed as unknown as { properties: { p: { properties: Record<string, unknown> } } }).properties.p
        .properties,
    ).toHaveProperty('dibaoStandardPerMonth');
  });

  it('the library’s own functions and JSON Schemas are unchanged by the copy', () => {
    expect(lib.jsonSchemaFor('policy')).toEqual(src.jsonSchemaFor('policy'));
    expect(() => lib.assessHousehold({} as never, policy)).toThrow(lib.DibaoInputError);
  });
});
