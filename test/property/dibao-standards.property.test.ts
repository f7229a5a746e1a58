/**
 * Properties of dibaoStandards (第4条) over generated statistics, checked in decimal (test/rules/
 * standards.property.test.ts checks the same bounds in BigInt fen, with proposals one unit either side):
 * the minimums meet every bound they report and are the smallest such multiples of the rounding unit,
 * also for JSON-number inputs and units like 0.05; results are deterministic; inputs are never mutated;
 * any JSON either gives a clean result or a DibaoInputError, promptly, whatever its magnitude.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DibaoInputError } from '../../src/core/errors.js';
import { Dec } from '../../src/core/money.js';
import { dibaoStandards } from '../../src/rules/dibao-standard.js';
import { standardsInputArb } from './arbitraries.js';
import {
  awkwardJson,
  deepFreeze,
  expectCleanJson,
  jsonPaths,
  replaceAt,
  resultOrInputError,
  withOwnKey,
} from './helpers.js';

const RUNS = { numRuns: 100 };

const d = (x: string | number) => new Dec(String(x));

const inputArb = standardsInputArb(fc.constantFrom('1', '0.01', '0.1', '0.5', '5', '10', 1, 0.05));

type Input = Parameters<typeof dibaoStandards>[0];

/** m is a multiple of unit, ≥ every bound, and m − unit is below at least one of them. */
function expectSmallestMultipleAtLeast(m: Dec, unit: Dec, bounds: Dec[]): void {
  expect(m.mod(unit).isZero(), `${m} is a multiple of ${unit}`).toBe(true);
  for (const b of bounds) expect(m.gte(b), `${m} ≥ ${b}`).toBe(true);
  const lower = m.minus(unit);
  expect(
    bounds.some((b) => lower.lt(b)),
    `${lower} is below some bound of ${bounds.join(', ')}`,
  ).toBe(true);
}

describe('dibaoStandards properties (第4条)', () => {
  it('urban and rural minimums are the smallest multiples of the unit meeting every bound', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = dibaoStandards(input as Input, { trace: false });
        const unit = d(input.roundingUnit ?? '1');
        const U = d(input.urbanDisposableIncomePerYear);
        const R = d(input.ruralDisposableIncomePerYear);
        const W = d(input.minimumWagePerMonth);
        const L = d(input.povertyLinePerYear);
        const G = input.provincialGuidance;
        const floorExact = U.mul('0.2').div(12);
        const capExact = W.mul('0.4');

        // urban floor / cap / feasible
        expectSmallestMultipleAtLeast(d(r.urban.floorPerMonth), unit, [floorExact]);
        const cap = d(r.urban.capPerMonth);
        expect(cap.mod(unit).isZero()).toBe(true);
        expect(cap.lte(capExact)).toBe(true);
        expect(cap.plus(unit).gt(capExact)).toBe(true);
        expect(r.urban.feasible).toBe(d(r.urban.floorPerMonth).lte(cap));
        expect(r.violations.some((v) => v.code === 'INFEASIBLE_BAND')).toBe(!r.urban.feasible);

        // urban minimum meets the floor and the guidance
        const urbanBounds = G === undefined ? [floorExact] : [floorExact, d(G.urbanPerMonth)];
        expectSmallestMultipleAtLeast(d(r.urban.minimumPerMonth), unit, urbanBounds);

        // rural: derived from the exact ratio, poverty line ÷ 12, guidance
        const basis = d(input.proposed?.urbanPerMonth ?? r.urban.minimumPerMonth);
        expect(d(r.rural.basisUrbanPerMonth).eq(basis)).toBe(true);
        const derivedExact = basis.mul(R).div(U);
        expectSmallestMultipleAtLeast(d(r.rural.derivedPerMonth), unit, [basis.mul(R).div(U)]);
        expectSmallestMultipleAtLeast(d(r.rural.povertyLinePerMonth), unit, [L.div(12)]);
        const ruralBounds = [derivedExact, L.div(12)];
        if (G !== undefined) ruralBounds.push(d(G.ruralPerMonth));
        expectSmallestMultipleAtLeast(d(r.rural.minimumPerMonth), unit, ruralBounds);
        expect(r.rural.incomeRatio).toBe(R.div(U).toFixed(4, Dec.ROUND_HALF_UP));
      }),
      RUNS,
    );
  });

  it('is deterministic, byte for byte, and trace: false changes only the trace', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = JSON.stringify(dibaoStandards(input as Input));
        const b = JSON.stringify(dibaoStandards(structuredClone(input) as Input));
        expect(b).toBe(a);
        const quiet = dibaoStandards(input as Input, { trace: false });
        expect(quiet.trace).toEqual([]);
        expect(JSON.stringify({ ...quiet, trace: JSON.parse(a).trace })).toBe(a);
      }),
      RUNS,
    );
  });

  it('never mutates its input and writes only clean JSON', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = JSON.stringify(input);
        const r = dibaoStandards(deepFreeze(structuredClone(input)) as Input);
        expect(JSON.stringify(input)).toBe(before);
        expectCleanJson(JSON.parse(JSON.stringify(r)));
        expectCleanJson(r);
      }),
      RUNS,
    );
  });

  it('any JSON value gives a clean result or a DibaoInputError, nothing else', () => {
    fc.assert(
      fc.property(awkwardJson, (value) => {
        const r = resultOrInputError(dibaoStandards, value);
        if (r !== null) expectCleanJson(r);
      }),
      RUNS,
    );
  });

  it('a valid input with any one field replaced by awkward JSON gives a clean result or a DibaoInputError', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.constantFrom(...jsonPaths(input)), awkwardJson),
        ),
        ([input, path, replacement]) => {
          const r = resultOrInputError(dibaoStandards, replaceAt(input, path, replacement));
          if (r !== null) expectCleanJson(r);
        },
      ),
      RUNS,
    );
  });

  it('ends promptly on extreme magnitudes (values beyond the 40-digit precision once looped forever)', () => {
    const base = {
      year: 2022,
      urbanDisposableIncomePerYear: '34560',
      ruralDisposableIncomePerYear: '16636',
      minimumWagePerMonth: '1780',
      povertyLinePerYear: '4000',
      provincialGuidance: { urbanPerMonth: '650', ruralPerMonth: '415' },
    };
    const huge = [`1${'0'.repeat(44)}`, '9'.repeat(60), 1e300, Number.MAX_VALUE];
    const tiny = [`0.${'0'.repeat(39)}1`, 5e-324, `0.${'0'.repeat(60)}1`];
    const cases: unknown[] = [];
    for (const k of [
      'urbanDisposableIncomePerYear',
      'ruralDisposableIncomePerYear',
      'minimumWagePerMonth',
      'povertyLinePerYear',
    ]) {
      for (const v of [...huge, ...tiny]) cases.push({ ...base, [k]: v });
    }
    for (const v of [...huge, ...tiny]) {
      cases.push({ ...base, roundingUnit: v });
      cases.push({ ...base, provincialGuidance: { urbanPerMonth: v, ruralPerMonth: v } });
      cases.push({ ...base, proposed: { urbanPerMonth: v, ruralPerMonth: v } });
    }
    for (const input of cases) {
      const r = resultOrInputError(dibaoStandards, input);
      if (r !== null) expectCleanJson(r);
    }
  });

  it('refuses __proto__, constructor and prototype keys at any level', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.boolean(),
        (input, key, nested) => {
          const at = nested && input.provincialGuidance !== undefined ? ['provincialGuidance'] : [];
          const bad = withOwnKey(input, at, key, { polluted: true });
          let thrown: unknown;
          try {
            dibaoStandards(bad as Input);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(DibaoInputError);
          const path = [...at, key].join('.');
          expect((thrown as DibaoInputError).issues).toContainEqual(
            expect.objectContaining({ path, code: 'forbidden_key' }),
          );
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 30 },
    );
  });
});
