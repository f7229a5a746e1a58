/**
 * Properties of specialSupport (第12条) and selfCareAbilityFromAdl (特困人员认定办法(2021) 第21–22条) over
 * generated inputs (test/rules/standards.property.test.ts checks the bounds in BigInt fen): the figures
 * meet their minimums in decimal, ADL-derived ability agrees with the count of failed items, results are
 * deterministic, inputs are never mutated, any JSON gives a clean result or a DibaoInputError, and
 * prototype keys are refused.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DibaoInputError } from '../../src/core/errors.js';
import { Dec } from '../../src/core/money.js';
import { selfCareAbilityFromAdl } from '../../src/rules/self-care.js';
import { specialSupport } from '../../src/rules/special-support.js';
import { adlArb } from './arbitraries.js';
import {
  awkwardJson,
  deepFreeze,
  expectCleanJson,
  jsonPaths,
  moneyArb,
  replaceAt,
  resultOrInputError,
  withOwnKey,
} from './helpers.js';

type Input = Parameters<typeof specialSupport>[0];
const RUNS = { numRuns: 100 };
const ITEMS = ['eating', 'dressing', 'transferring', 'toileting', 'indoorWalking', 'bathing'] as const;

const inputArb = fc.record(
  {
    priorYearDibaoStandardPerMonth: moneyArb(0, 200_000),
    priorYearMinimumWagePerMonth: moneyArb(0, 500_000),
    adl: adlArb,
    basicLivingMultiplier: fc.constantFrom('1.3', '1.5', '1.2', 2, '1.35'),
    careRates: fc.record({
      able: fc.constantFrom('0.1', '0.05', '0.15'),
      partiallyLost: fc.constantFrom('0.2', '0.25', '0.1'),
      fullyLost: fc.constantFrom('0.3', '0.4', 0.2),
    }),
    roundingUnit: fc.constantFrom('1', '0.01', '0.1', '5', 10),
  },
  { requiredKeys: ['priorYearDibaoStandardPerMonth', 'priorYearMinimumWagePerMonth'] },
);

const d = (x: string | number) => new Dec(String(x));

describe('specialSupport properties (第12条)', () => {
  it('basic living and care are the smallest multiples of the unit at or above their products', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = specialSupport(input as Input, { trace: false });
        const unit = d(input.roundingUnit ?? '1');
        const basicExact = d(input.basicLivingMultiplier ?? '1.3').mul(
          d(input.priorYearDibaoStandardPerMonth),
        );
        const basic = d(r.basicLivingPerMonth);
        expect(basic.mod(unit).isZero() && basic.gte(basicExact) && basic.minus(unit).lt(basicExact)).toBe(
          true,
        );
        const rates = input.careRates ?? { able: '0.1', partiallyLost: '0.2', fullyLost: '0.3' };
        for (const level of ['able', 'partiallyLost', 'fullyLost'] as const) {
          const exact = d(rates[level]).mul(d(input.priorYearMinimumWagePerMonth));
          const care = d(r.carePerMonthByAbility[level]);
          expect(care.mod(unit).isZero() && care.gte(exact) && care.minus(unit).lt(exact)).toBe(true);
        }
        // where the ability came from: given, derived from the ADL items, or unknown
        const given = (input as { selfCareAbility?: string }).selfCareAbility !== undefined;
        expect(r.selfCareAbilitySource).toBe(given ? 'given' : r.selfCareAbility !== null ? 'adl' : null);
        if (r.selfCareAbility === null) {
          expect(r.carePerMonth).toBeNull();
          expect(r.totalPerMonth).toBeNull();
          expect(r.missing.length).toBeGreaterThan(0);
        } else {
          expect(r.carePerMonth).toBe(r.carePerMonthByAbility[r.selfCareAbility]);
          expect(d(r.totalPerMonth ?? 'NaN').eq(basic.add(d(r.carePerMonth ?? 'NaN')))).toBe(true);
        }
        const below = d(input.basicLivingMultiplier ?? '1.3').lt('1.3');
        expect(r.violations.some((v) => v.code === 'BASIC_MULTIPLIER_BELOW_MINIMUM')).toBe(below);
      }),
      RUNS,
    );
  });

  it('the ADL level follows the count of failed items (0 able, 1–3 partly, 4–6 fully), or is null while open', () => {
    fc.assert(
      fc.property(adlArb, (adl) => {
        const r = selfCareAbilityFromAdl(adl, { trace: false });
        const failed = ITEMS.filter((k) => adl[k] === false).length;
        const unknown = ITEMS.filter((k) => adl[k] === undefined).length;
        const level = (n: number) => (n === 0 ? 'able' : n <= 3 ? 'partiallyLost' : 'fullyLost');
        const lo = level(failed);
        const hi = level(failed + unknown);
        expect(r.selfCareAbility).toBe(lo === hi ? lo : null);
        expect(r.failedItems.length).toBe(failed);
        expect(r.unknownItems.length).toBe(unknown);
        const viaSupport = specialSupport(
          { priorYearDibaoStandardPerMonth: '600', priorYearMinimumWagePerMonth: '1640', adl },
          { trace: false },
        );
        expect(viaSupport.selfCareAbility).toBe(r.selfCareAbility);
      }),
      RUNS,
    );
  });

  it('is deterministic to the byte, never mutates its input, and writes clean JSON', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = JSON.stringify(input);
        const a = JSON.stringify(specialSupport(deepFreeze(structuredClone(input)) as Input));
        const b = JSON.stringify(specialSupport(structuredClone(input) as Input));
        expect(b).toBe(a);
        expect(JSON.stringify(input)).toBe(before);
        const quiet = specialSupport(input as Input, { trace: false });
        expect(JSON.stringify({ ...quiet, trace: JSON.parse(a).trace })).toBe(a);
        expectCleanJson(JSON.parse(a));
      }),
      RUNS,
    );
  });

  it('any JSON, or a valid input with one field replaced, gives a clean result or a DibaoInputError', () => {
    fc.assert(
      fc.property(
        awkwardJson,
        inputArb.chain((i) => fc.tuple(fc.constant(i), fc.constantFrom(...jsonPaths(i)))),
        awkwardJson,
        (whole, [input, path], bad) => {
          for (const v of [whole, replaceAt(input, path, bad)]) {
            const r = resultOrInputError(specialSupport, v);
            if (r !== null) expectCleanJson(r);
            const s = resultOrInputError(selfCareAbilityFromAdl, v);
            if (s !== null) expectCleanJson(s);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses __proto__, constructor and prototype keys at the top, in adl and in careRates', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom([], ['adl'], ['careRates']),
        (input, key, at) => {
          const withParts = {
            ...input,
            adl: input.adl ?? {},
            careRates: input.careRates ?? { able: '0.1', partiallyLost: '0.2', fullyLost: '0.3' },
          };
          let thrown: unknown;
          try {
            specialSupport(withOwnKey(withParts, at, key, 1) as Input);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(DibaoInputError);
          expect((thrown as DibaoInputError).issues).toContainEqual(
            expect.objectContaining({ path: [...at, key].join('.'), code: 'forbidden_key' }),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
