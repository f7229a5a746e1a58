/**
 * The global bundle never throws, whatever a host or a caller passes: a getter that throws an object whose
 * `toString` throws, a revoked proxy as a range, deep, bigint and cyclic values. Sheet functions return an
 * error value; UDFs return an error document whose issue names the path (`household.members[0]…`). Checked
 * on the sources and on the built bundle in a bare V8 context (values made outside it, as a host makes them).
 */
import type * as vm from 'node:vm';
import { runInContext } from 'node:vm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as sheet from '../../src/spreadsheet/index.js';
import {
  deepArray,
  HOSTILE,
  hostileArb,
  poisonedThrowable,
  revokedProxy,
  withGetter,
} from '../property/hostile.js';
import { bareContext } from './bundle.js';

type Entry = (...args: unknown[]) => unknown;
const NAMES = Object.entries(sheet as Record<string, unknown>)
  .filter(([, v]) => typeof v === 'function')
  .map(([name]) => name);

let ctx: vm.Context;
let bundle: Record<string, Entry>;
beforeAll(async () => {
  ctx = await bareContext();
  bundle = runInContext('DibaoRules', ctx) as Record<string, Entry>;
}, 120_000);

const household = {
  assessmentDate: '2024-01-01',
  area: 'urban',
  members: [{ birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '300' }] }],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
};
const policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' } };

function isCellValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return !v.startsWith('#') || /^#(VALUE!|N\/A|ERROR!) /.test(v);
  return typeof v === 'boolean';
}

/** Calls `name` on the sources and on the bundle; both must return (a cell value, rows, or JSON text). */
function callBoth(name: string, args: unknown[]): unknown[] {
  return [sheet as unknown as Record<string, Entry>, bundle].map((api) => {
    const fn = api[name] as Entry;
    let out: unknown;
    expect(() => {
      out = fn(...args);
    }, `${name} threw`).not.toThrow();
    if (name.startsWith('udf')) expect(() => JSON.parse(out as string)).not.toThrow();
    else if (name.endsWith('_RANGE')) {
      for (const row of out as unknown[][]) for (const v of row) expect(isCellValue(v), String(v)).toBe(true);
    } else if (typeof out !== 'object') expect(isCellValue(out), String(out)).toBe(true);
    return out;
  });
}

describe('the global bundle never throws on hostile values', () => {
  it('covers every entry', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(20);
    expect(
      Object.keys(bundle)
        .filter((k) => typeof bundle[k] === 'function')
        .sort(),
    ).toEqual([...NAMES].sort());
  });

  it('any entry, any argument hostile, at the top or inside a row', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.nat({ max: 6 }),
        fc.boolean(),
        hostileArb,
        (name, at, inRow, [, make]) => {
          const args: unknown[] = name.startsWith('udf')
            ? [household, policy, { trace: false }]
            : name.endsWith('_RANGE')
              ? [[[2, 300, 620]]]
              : [2, 300, 620, true, true];
          if (inRow && name.endsWith('_RANGE')) (args[0] as unknown[][])[0] = [make()];
          else args[at % args.length] = make();
          callBoth(name, args);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a getter that throws an object whose toString throws: an error value, not an exception', () => {
    const cell = withGetter('x', () => {
      throw poisonedThrowable();
    });
    for (const out of callBoth('DIBAO_CLASS', [cell, 300, 620])) expect(String(out)).toMatch(/^#VALUE! /);
    const h = withGetter(
      'area',
      () => {
        throw poisonedThrowable();
      },
      household,
    );
    for (const out of callBoth('udfAssess', [h, policy])) {
      expect(JSON.parse(out as string).error.issues[0]).toMatchObject({
        path: 'household.area',
        code: 'unreadable',
      });
    }
  });

  it('*_RANGE on a revoked proxy: one row with the error value', () => {
    for (const name of NAMES.filter((n) => n.endsWith('_RANGE'))) {
      for (const out of callBoth(name, [revokedProxy([])])) {
        expect((out as unknown[][]).length).toBe(1);
        expect(String((out as unknown[][])[0]?.[0])).toMatch(/^#VALUE! rows: /);
      }
      const [src] = callBoth(name, [[[1, 2, 3], revokedProxy([]), []]]) as unknown[][][];
      expect(String(src?.[1]?.[0])).toMatch(/^#VALUE! \[1\]: /);
    }
  });

  it('deep, bigint and cyclic JSON arguments: an error document with a path', () => {
    const cyclic: Record<string, unknown> = { ...household };
    cyclic.self = cyclic;
    const cases: Array<[unknown, string, string]> = [
      [{ ...household, members: deepArray(5000) }, 'too_deep', 'household.members'],
      [{ ...household, id: 10n }, 'invalid_type', 'household.id'],
      [cyclic, 'cyclic', 'household.self'],
    ];
    for (const [h, code, path] of cases) {
      for (const out of callBoth('udfAssess', [h, policy])) {
        const issue = JSON.parse(out as string).error.issues[0] as { code: string; path: string };
        expect(issue.code).toBe(code);
        expect(issue.path.startsWith(path)).toBe(true);
      }
    }
    // JSON text nested 5 000 deep: parsed, then refused with a path (no RangeError).
    const text = `{"household":${'['.repeat(5000)}${']'.repeat(5000)},"policy":${JSON.stringify(policy)}}`;
    for (const out of callBoth('udfAssessRequest', [text])) {
      expect(JSON.parse(out as string).error.issues[0]).toMatchObject({ code: 'too_deep' });
    }
  });

  it('each hostile value as a whole argument of every entry', () => {
    for (const name of NAMES) for (const [, make] of HOSTILE) callBoth(name, [make(), make()]);
  });
});
