/**
 * The UDF entries as BigQuery and Snowflake run them: the global bundle evaluated in a bare V8 context
 * (node:vm: no Node globals), called with JSON text (BigQuery STRING) or parsed objects (BigQuery JSON,
 * Snowflake VARIANT), returning JSON text byte-identical to the library's own result, never throwing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vm from 'node:vm';
import { runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, dibaoStandards, specialSupport } from '../../src/index.js';
import { bareContext } from './bundle.js';

let ctx: vm.Context;
beforeAll(async () => {
  ctx = await bareContext();
}, 60_000);

/** Calls `DibaoRules.<fn>` inside the context with the given arguments passed as JSON text or as objects. */
function call(fn: string, args: unknown[], asObjects = false): string {
  const list = args
    .map((a) =>
      a === undefined
        ? 'undefined'
        : asObjects
          ? `(${JSON.stringify(a)})`
          : JSON.stringify(JSON.stringify(a)),
    )
    .join(', ');
  return runInContext(`DibaoRules.${fn}(${list})`, ctx) as string;
}

function fixtures(concept: string): Array<{ file: string; input: Record<string, unknown>; error: boolean }> {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', concept);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const fx = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        input: Record<string, unknown>;
        expectedError?: unknown;
      };
      return { file, input: fx.input, error: fx.expectedError !== undefined };
    });
}

describe('udfAssess in a bare V8 context', () => {
  it('returns exactly the JSON of assessHousehold for every household fixture, as text or as objects', () => {
    let compared = 0;
    for (const fx of [...fixtures('assess-household'), ...fixtures('national2021')]) {
      const { household, policy } = fx.input as { household: never; policy: never };
      if (fx.error) {
        const out = JSON.parse(call('udfAssess', [household, policy])) as { error?: { issues: unknown[] } };
        expect(out.error?.issues.length, fx.file).toBeGreaterThan(0);
        continue;
      }
      const expected = JSON.stringify(assessHousehold(household, policy));
      expect(call('udfAssess', [household, policy]), fx.file).toBe(expected);
      expect(call('udfAssess', [household, policy], true), fx.file).toBe(expected);
      expect(call('udfAssess', [household, policy, { trace: false }]), fx.file).toBe(
        JSON.stringify(assessHousehold(household, policy, { trace: false })),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('returns an error document naming the argument and the field, and never throws', () => {
    const household = {
      assessmentDate: '2024-06-30',
      area: 'urban',
      members: [{ birthDate: '1980-02-30', incomes: [] }],
    };
    const policy = { dibaoStandardPerMonth: { urban: '770', rural: '520' } };
    const bad = JSON.parse(call('udfAssess', [household, policy])) as {
      error: { name: string; issues: Array<{ path: string; code: string }> };
    };
    expect(bad.error.name).toBe('DibaoInputError');
    expect(bad.error.issues).toContainEqual(
      expect.objectContaining({ path: 'household.members[0].birthDate', code: 'invalid_date' }),
    );

    const badPolicy = JSON.parse(
      call('udfAssess', [
        { ...household, members: [{ birthDate: '1980-02-28', incomes: [] }] },
        { dibaoStandardPerMonth: { urban: '7,70', rural: '520' } },
      ]),
    ) as { error: { issues: Array<{ path: string }> } };
    expect(badPolicy.error.issues[0]?.path).toBe('policy.dibaoStandardPerMonth.urban');

    const notJson = JSON.parse(runInContext(`DibaoRules.udfAssess('{"area":', '{}')`, ctx) as string) as {
      error: { issues: Array<{ path: string; code: string }> };
    };
    expect(notJson.error.issues[0]).toMatchObject({ path: 'household', code: 'invalid_type' });
    const missing = JSON.parse(runInContext('DibaoRules.udfAssess(null)', ctx) as string) as {
      error: { issues: Array<{ path: string; code: string }> };
    };
    expect(missing.error.issues[0]).toMatchObject({ path: 'household', code: 'required' });
    const badOptions = JSON.parse(call('udfAssess', [household, policy, { trace: 'no' }])) as {
      error: { issues: Array<{ path: string }> };
    };
    expect(badOptions.error.issues[0]?.path).toBe('options');
  });

  it('takes one { household, policy } document too', () => {
    const fx = fixtures('assess-household').find((f) => !f.error);
    if (!fx) throw new Error('no household fixture');
    const { household, policy } = fx.input as { household: never; policy: never };
    expect(call('udfAssessRequest', [{ household, policy }])).toBe(
      JSON.stringify(assessHousehold(household, policy)),
    );
    const stray = JSON.parse(call('udfAssessRequest', [{ household, policy, extra: 1 }])) as {
      error: { issues: Array<{ path: string; code: string }> };
    };
    expect(stray.error.issues[0]).toMatchObject({ path: 'extra', code: 'unknown_key' });
  });
});

describe('udfStandards and udfSupport in a bare V8 context', () => {
  it('return exactly the JSON of the core for every fixture', () => {
    for (const [concept, fn, core] of [
      ['dibao-standard', 'udfStandards', (i: never) => dibaoStandards(i)],
      ['special-support', 'udfSupport', (i: never) => specialSupport(i)],
    ] as const) {
      for (const fx of fixtures(concept)) {
        const out = call(fn, [fx.input]);
        if (fx.error) expect(JSON.parse(out).error.name, fx.file).toBe('DibaoInputError');
        else expect(out, fx.file).toBe(JSON.stringify(core(fx.input as never)));
      }
    }
  });
});
