/**
 * The global bundle is built with module swaps and a trimmed decimal.js (tsup.config.ts): the sheet layer
 * runs the decimal rules without the integer fast path, validates with the zod schemas alone (no hand
 * fast validator) on zod's interpreted object parser, and carries only the decimal.js methods the source
 * names. Each swap claims the same results and the same errors. This checks the claim where it matters to
 * a caller — the JSON text a UDF returns — on fixture inputs mutated at random (wrong types, bad money and
 * dates, negative amounts, unknown, forbidden and missing keys, out-of-range numbers): the bundle in a bare
 * V8 context against the library called directly (`assessHousehold` with its fast paths, `dibaoStandards`,
 * `specialSupport`), result or error document, byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vm from 'node:vm';
import { runInContext } from 'node:vm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, DibaoInputError, dibaoStandards, specialSupport } from '../../src/index.js';
import { udfAssess } from '../../src/spreadsheet/udf.js';
import { deepFreeze } from '../property/helpers.js';
import { bareContext } from './bundle.js';

let ctx: vm.Context;
beforeAll(async () => {
  ctx = await bareContext();
}, 60_000);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function inputs(concept: string): Json[] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', concept);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { input: Json }).input);
}

/** Every path to a value inside `v` (object keys and array indexes). */
function paths(
  v: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) paths(x, [...at, i], out);
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) paths(v[k] as Json, [...at, k], out);
  return out;
}

const odd: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  0.1,
  1e21,
  12345678901,
  '',
  'abc',
  '-5',
  '1,780',
  '１７８０',
  '1e3',
  '620',
  '471.98',
  '2024-02-30',
  '2024-02-29',
  '1900-01-01',
  'urban',
  'rural',
  'employment',
  [],
  {},
  [{}],
];

// Frozen: a mutation that wrote into a shared constant would now throw instead of changing later runs.
deepFreeze(odd);

type Mutation =
  | { kind: 'set'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: fc.constantFrom(...odd) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'extra', 'perMonth', 'x-note'),
    value: fc.constantFrom(...odd),
  }),
);

/** A fresh copy of a mutation's value: the `odd` constants (`[]`, `{}`, `[{}]`) are shared by every run. */
const fresh = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/**
 * A copy of `root` with the mutations applied (each to a path picked among the current ones). Each value is
 * written as a fresh copy: writing the shared constant itself let a later mutation change the constant (or
 * make it contain itself), so later runs saw a different — sometimes cyclic — `odd` list.
 */
function mutate(root: Json, ms: readonly Mutation[]): Json {
  let v = JSON.parse(JSON.stringify(root)) as Json;
  for (const m of ms) {
    const all = paths(v);
    const at = all[m.pick % all.length] as (string | number)[];
    if (at.length === 0) {
      if (m.kind === 'set') v = fresh(m.value);
      continue;
    }
    let parent = v as Record<string | number, Json>;
    for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const last = at[at.length - 1] as string | number;
    if (m.kind === 'set') parent[last] = fresh(m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, m.key, {
          value: fresh(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return v;
}

/** What the library returns for `fn()`, as a UDF would write it. */
function libraryJson(fn: () => unknown): string {
  try {
    return JSON.stringify(fn());
  } catch (e) {
    if (e instanceof DibaoInputError) return JSON.stringify({ error: e.toJSON() });
    throw e;
  }
}

/** `DibaoRules.<fn>(…)` in the bundle's context, each argument passed as JSON text. */
function bundleJson(fn: string, args: Json[]): string {
  const list = args.map((a) => JSON.stringify(JSON.stringify(a))).join(', ');
  return runInContext(`DibaoRules.${fn}(${list})`, ctx) as string;
}

const RUNS = 400;

describe('the global bundle gives the library’s JSON, results and errors alike', () => {
  it('udfAssess = the same entry from src (fast validator, compiled zod objects) and = assessHousehold (fast path)', () => {
    const requests = inputs('assess-household') as { household: Json; policy: Json }[];
    let refused = 0;
    let assessed = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: requests.length - 1 }),
        fc.array(mutation, { minLength: 0, maxLength: 3 }),
        fc.array(mutation, { minLength: 0, maxLength: 1 }),
        fc.boolean(),
        (i, mh, mp, trace) => {
          const r = requests[i] as { household: Json; policy: Json };
          const household = mutate(r.household, mh);
          const policy = mutate(r.policy, mp);
          const got = bundleJson('udfAssess', [household, policy, { trace }]);
          expect(got).toBe(udfAssess(JSON.stringify(household), JSON.stringify(policy), { trace }));
          const lib = libraryJson(() => assessHousehold(household as never, policy as never, { trace }));
          if (lib.startsWith('{"error"')) refused++;
          else {
            assessed++;
            expect(got).toBe(lib);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(assessed).toBeGreaterThan(RUNS / 10);
  });

  it('udfAssess errors name the same fields, codes and messages as the library (household and policy)', () => {
    const requests = inputs('assess-household') as { household: Json; policy: Json }[];
    fc.assert(
      fc.property(
        fc.nat({ max: requests.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (i, mh) => {
          const r = requests[i] as { household: Json; policy: Json };
          const household = mutate(r.household, mh);
          let lib: DibaoInputError | undefined;
          try {
            assessHousehold(household as never, r.policy as never);
          } catch (e) {
            if (!(e instanceof DibaoInputError)) throw e;
            lib = e;
          }
          const got = JSON.parse(bundleJson('udfAssess', [household, r.policy])) as {
            error?: { issues: { path: string; code: string; message: string; messageEn: string }[] };
          };
          if (lib === undefined) expect(got.error).toBeUndefined();
          else
            expect(got.error?.issues).toEqual(
              lib.issues.map((x) => ({
                ...x,
                path: x.path === '' ? 'household' : `household${x.path.startsWith('[') ? '' : '.'}${x.path}`,
              })),
            );
        },
      ),
      { numRuns: RUNS },
    );
  });

  for (const [concept, fn, core] of [
    ['dibao-standard', 'udfStandards', (i: never, trace: boolean) => dibaoStandards(i, { trace })],
    ['special-support', 'udfSupport', (i: never, trace: boolean) => specialSupport(i, { trace })],
  ] as const) {
    it(`${fn} = ${concept} on mutated fixtures`, () => {
      const all = inputs(concept);
      fc.assert(
        fc.property(
          fc.nat({ max: all.length - 1 }),
          fc.array(mutation, { minLength: 0, maxLength: 3 }),
          fc.boolean(),
          (i, ms, trace) => {
            const input = mutate(all[i] as Json, ms);
            expect(bundleJson(fn, [input, { trace }])).toBe(libraryJson(() => core(input as never, trace)));
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
