/**
 * Properties of 第4条 and 第12条 over random figures, checked with integer arithmetic in fen (BigInt), independent of
 * the library's decimal code: each reported bound is the tightest multiple of the rounding unit, and a locality that
 * publishes exactly the reported minimum is compliant while one unit less is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dibaoStandards, specialSupport } from '../../src/index.js';

/** fen (integer hundredths) → decimal string. */
const yuan = (fen: bigint): string => {
  const s = fen.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};
/** "576.00" → 57600n. */
const fen = (money: string): bigint => {
  const [i, f = ''] = money.split('.');
  return BigInt(i ?? '0') * 100n + BigInt(`${f}00`.slice(0, 2));
};

const UNITS_FEN = [1n, 5n, 100n, 300n, 1000n];
const amount = (max: number) => fc.bigInt({ min: 0n, max: BigInt(max) });

const standardsArb = fc.record({
  urban: fc.bigInt({ min: 100n, max: 10_000_000n }),
  rural: amount(10_000_000),
  wage: amount(500_000),
  poverty: amount(1_000_000),
  guidance: fc.option(fc.record({ urban: amount(150_000), rural: amount(100_000) }), { nil: undefined }),
  unit: fc.constantFrom(...UNITS_FEN),
});

type StandardsCase = typeof standardsArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(x: StandardsCase) {
  return {
    year: 2022,
    urbanDisposableIncomePerYear: yuan(x.urban),
    ruralDisposableIncomePerYear: yuan(x.rural),
    minimumWagePerMonth: yuan(x.wage),
    povertyLinePerYear: yuan(x.poverty),
    roundingUnit: yuan(x.unit),
    ...(x.guidance === undefined
      ? {}
      : {
          provincialGuidance: {
            urbanPerMonth: yuan(x.guidance.urban),
            ruralPerMonth: yuan(x.guidance.rural),
          },
        }),
  };
}

describe('第4条 properties', () => {
  it('floor and cap are the tightest unit multiples of 20% ÷ 12 and 40%', () => {
    fc.assert(
      fc.property(standardsArb, (x) => {
        const r = dibaoStandards(inputOf(x), { trace: false });
        const F = fen(r.urban.floorPerMonth);
        const C = fen(r.urban.capPerMonth);
        // floor: 60 × F ≥ U (F ≥ 0.2U/12), and one unit less is below
        expect(F % x.unit).toBe(0n);
        expect(60n * F >= x.urban).toBe(true);
        expect(60n * (F - x.unit) < x.urban).toBe(true);
        // cap: 5 × C ≤ 2W, and one unit more is above
        expect(C % x.unit).toBe(0n);
        expect(5n * C <= 2n * x.wage).toBe(true);
        expect(5n * (C + x.unit) > 2n * x.wage).toBe(true);
        expect(r.urban.feasible).toBe(F <= C);
        // rural derived: D × U ≥ basis × R, one unit less is below
        const B = fen(r.rural.basisUrbanPerMonth);
        const D = fen(r.rural.derivedPerMonth);
        expect(D * x.urban >= B * x.rural).toBe(true);
        expect(D === 0n || (D - x.unit) * x.urban < B * x.rural).toBe(true);
        const P = fen(r.rural.povertyLinePerMonth);
        expect(12n * P >= x.poverty && 12n * (P - x.unit) < x.poverty).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('publishing the reported minimums complies; one unit less does not', () => {
    fc.assert(
      fc.property(standardsArb, (x) => {
        const base = dibaoStandards(inputOf(x), { trace: false });
        const urbanMin = fen(base.urban.minimumPerMonth);
        const ruralMin = fen(base.rural.minimumPerMonth);
        const atMin = dibaoStandards(
          { ...inputOf(x), proposed: { ruralPerMonth: yuan(ruralMin) } },
          { trace: false },
        );
        expect(atMin.rural.proposed?.compliant).toBe(true);
        if (ruralMin >= x.unit) {
          const below = dibaoStandards(
            { ...inputOf(x), proposed: { ruralPerMonth: yuan(ruralMin - x.unit) } },
            { trace: false },
          );
          expect(below.rural.proposed?.compliant).toBe(false);
        }
        const urbanAtMin = dibaoStandards(
          { ...inputOf(x), proposed: { urbanPerMonth: yuan(urbanMin) } },
          { trace: false },
        );
        // the minimum is compliant exactly when no result-level conflict exists
        expect(urbanAtMin.urban.proposed?.compliant).toBe(base.violations.length === 0);
        const codes = urbanAtMin.urban.proposed?.violations.map((v) => v.code) ?? [];
        expect(codes.filter((c) => c !== 'ABOVE_WAGE_CAP')).toEqual([]);
        if (urbanMin >= x.unit) {
          const below = dibaoStandards(
            { ...inputOf(x), proposed: { urbanPerMonth: yuan(urbanMin - x.unit) } },
            { trace: false },
          );
          const belowCodes = below.urban.proposed?.violations.map((v) => v.code) ?? [];
          expect(
            belowCodes.some((c) => c === 'BELOW_INCOME_FLOOR' || c === 'BELOW_PROVINCIAL_GUIDANCE'),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('numbers and strings of the same amounts give the same JSON', () => {
    fc.assert(
      fc.property(standardsArb, (x) => {
        const strings = inputOf(x);
        const numbers = {
          ...strings,
          urbanDisposableIncomePerYear: Number(strings.urbanDisposableIncomePerYear),
          minimumWagePerMonth: Number(strings.minimumWagePerMonth),
        };
        expect(JSON.stringify(dibaoStandards(numbers))).toBe(JSON.stringify(dibaoStandards(strings)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('第12条 properties', () => {
  const arb = fc.record({
    standard: amount(200_000),
    wage: amount(500_000),
    multiplierPct: fc.integer({ min: 100, max: 250 }),
    unit: fc.constantFrom(...UNITS_FEN),
    ability: fc.constantFrom('able', 'partiallyLost', 'fullyLost') as fc.Arbitrary<
      'able' | 'partiallyLost' | 'fullyLost'
    >,
  });

  it('basic and care are the tightest unit multiples; total = basic + care; violations iff below minimum', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const r = specialSupport(
          {
            priorYearDibaoStandardPerMonth: yuan(x.standard),
            priorYearMinimumWagePerMonth: yuan(x.wage),
            basicLivingMultiplier: (x.multiplierPct / 100).toString(),
            selfCareAbility: x.ability,
            roundingUnit: yuan(x.unit),
          },
          { trace: false },
        );
        const basic = fen(r.basicLivingPerMonth);
        const m = BigInt(x.multiplierPct);
        expect(basic % x.unit).toBe(0n);
        expect(100n * basic >= m * x.standard && 100n * (basic - x.unit) < m * x.standard).toBe(true);
        const pct = { able: 10n, partiallyLost: 20n, fullyLost: 30n }[x.ability];
        expect(r.carePerMonth).not.toBeNull();
        const care = fen(r.carePerMonth ?? '');
        expect(100n * care >= pct * x.wage && 100n * (care - x.unit) < pct * x.wage).toBe(true);
        expect(fen(r.totalPerMonth ?? '')).toBe(basic + care);
        expect(r.violations.length > 0).toBe(x.multiplierPct < 130);
        const by = r.carePerMonthByAbility;
        expect(fen(by.able) <= fen(by.partiallyLost) && fen(by.partiallyLost) <= fen(by.fullyLost)).toBe(
          true,
        );
      }),
      { numRuns: 400 },
    );
  });
});
