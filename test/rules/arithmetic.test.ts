/**
 * The two arithmetics of the household rules (src/rules/arithmetic.ts) agree operation by operation: the
 * integer one (分) computes, compares and writes what the decimal one does, and declines — never answers
 * wrongly — beyond the safe integers or for an amount times a rate that is not a whole 分.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { DECIMAL, DECLINE, FEN, RATE_UNITS, UNITS_PER_YUAN } from '../../src/rules/arithmetic.js';

/** A FEN amount and the same amount in decimal. */
const both = (units: number) => ({ f: units, d: new Dec(units).div(UNITS_PER_YUAN) });
/** Amounts near the standard, where a rate often gives a whole 分 and sometimes not. */
const fenAmount = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map(both),
  fc.integer({ min: 0, max: 3000 }).map((yuan) => both(yuan * 100)),
);
const anyAmount = fc.integer({ min: -1e12, max: 1e12 }).map(both);
const rate = fc.integer({ min: 0, max: 100_000 }).map((r) => ({ f: r, d: new Dec(r).div(RATE_UNITS) }));
const k = fc.integer({ min: 1, max: 1200 });
function declines(f: () => unknown): boolean {
  try {
    f();
  } catch (e) {
    return e === DECLINE;
  }
  return false;
}

const seed = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };

describe('FEN ≡ DECIMAL, operation by operation', () => {
  it('sums, differences, multiples, rates and comparisons', () => {
    fc.assert(
      fc.property(fenAmount, anyAmount, rate, k, (a, b, r, n) => {
        expect(FEN.shown(FEN.add(a.f, b.f))).toBe(DECIMAL.shown(DECIMAL.add(a.d, b.d)));
        expect(FEN.shown(FEN.sub(a.f, b.f))).toBe(DECIMAL.shown(DECIMAL.sub(a.d, b.d)));
        expect(FEN.shown(FEN.times(b.f, n))).toBe(DECIMAL.shown(DECIMAL.times(b.d, n)));
        const exact = DECIMAL.scale(a.d, r.d);
        if (exact.mul(UNITS_PER_YUAN).isInteger())
          expect(FEN.shown(FEN.scale(a.f, r.f))).toBe(DECIMAL.shown(exact));
        else expect(declines(() => FEN.scale(a.f, r.f))).toBe(true);
        expect(FEN.shownRate(r.f)).toBe(DECIMAL.shownRate(r.d));
        expect(FEN.lt(a.f, b.f)).toBe(DECIMAL.lt(a.d, b.d));
        expect(FEN.lte(a.f, b.f)).toBe(DECIMAL.lte(a.d, b.d));
        expect(FEN.eq(a.f, b.f)).toBe(DECIMAL.eq(a.d, b.d));
        expect(FEN.isNeg(a.f)).toBe(DECIMAL.isNeg(a.d));
        expect(FEN.isZero(a.f)).toBe(DECIMAL.isZero(a.d));
        expect(FEN.shown(FEN.min(a.f, b.f))).toBe(DECIMAL.shown(DECIMAL.min(a.d, b.d)));
        expect(FEN.shown(FEN.max(a.f, b.f))).toBe(DECIMAL.shown(DECIMAL.max(a.d, b.d)));
        expect(FEN.shownPer(b.f, n)).toBe(DECIMAL.shownPer(b.d, n));
      }),
      { numRuns: 3000, ...seed },
    );
  });

  it('output amounts: one half-up rounding of an exact quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }).map(both), k, (a, n) => {
        expect(FEN.money(a.f)).toBe(DECIMAL.money(a.d));
        expect(FEN.moneyPer(a.f, n)).toBe(DECIMAL.moneyPer(a.d, n));
        expect(FEN.shown(FEN.roundMoneyPer(a.f, n))).toBe(DECIMAL.shown(DECIMAL.roundMoneyPer(a.d, n)));
      }),
      { numRuns: 3000, ...seed },
    );
    expect(FEN.money(FEN.zero)).toBe('0.00');
    expect(FEN.money(FEN.one)).toBe('1.00');
    expect(FEN.moneyPer(1, 2)).toBe('0.01'); // ½ 分 rounds up
    expect(FEN.moneyPer(1, 3)).toBe('0.00');
  });

  it('halves, rates written as text, amounts compared with an amount times a rate, and keys', () => {
    fc.assert(
      fc.property(fenAmount, anyAmount, rate, (a, b, r) => {
        if (a.f % 2 === 0) expect(FEN.shown(FEN.half(a.f))).toBe(DECIMAL.shown(DECIMAL.half(a.d)));
        else expect(declines(() => FEN.half(a.f))).toBe(true);
        const text = DECIMAL.shownRate(r.d);
        expect(FEN.rate(text)).toBe(r.f);
        expect(DECIMAL.rate(text).eq(r.d)).toBe(true);
        if (Math.abs(b.f * r.f) <= Number.MAX_SAFE_INTEGER)
          expect(FEN.cmpScaled(a.f, b.f, r.f)).toBe(DECIMAL.cmpScaled(a.d, b.d, r.d));
        else expect(declines(() => FEN.cmpScaled(a.f, b.f, r.f))).toBe(true);
        // exactly at b × r: a whole 分 when b counts whole 1/10000 元 steps
        const small = FEN.times(a.f % 100_000, RATE_UNITS);
        expect(FEN.cmpScaled(FEN.scale(small, r.f), small, r.f)).toBe(0);
        expect(FEN.key(a.f) === FEN.key(b.f)).toBe(DECIMAL.key(a.d) === DECIMAL.key(b.d));
        expect(DECIMAL.key(a.d) === DECIMAL.key(b.d)).toBe(a.f === b.f);
      }),
      { numRuns: 3000, ...seed },
    );
    expect(DECIMAL.key(new Dec('1.50'))).toBe(DECIMAL.key(new Dec('1.5')));
    expect(FEN.rate('1.5')).toBe(15_000);
    expect(DECIMAL.cmpScaled(new Dec(3), new Dec(2), new Dec('1.5'))).toBe(0);
    expect(FEN.cmpScaled(299, 200, 15_000)).toBe(-1);
    expect(FEN.cmpScaled(301, 200, 15_000)).toBe(1);
  });

  it('declines instead of losing exactness', () => {
    expect(declines(() => FEN.add(Number.MAX_SAFE_INTEGER, 1))).toBe(true);
    expect(declines(() => FEN.sub(-Number.MAX_SAFE_INTEGER, 1))).toBe(true);
    expect(declines(() => FEN.times(2 ** 52, 4))).toBe(true);
    expect(declines(() => FEN.scale(1, 3000))).toBe(true); // 1 分 × 0.3: finer than 1 分
    expect(declines(() => FEN.scale(10 ** 15, 100_000))).toBe(true);
    expect(declines(() => FEN.money(-1))).toBe(true);
    expect(declines(() => FEN.moneyPer(-1, 12))).toBe(true);
    expect(declines(() => FEN.roundMoneyPer(-1, 12))).toBe(true);
    expect(declines(() => FEN.half(3))).toBe(true); // 1.5 分
    expect(declines(() => FEN.rate('1.23456'))).toBe(true); // finer than 1/10000
    expect(declines(() => FEN.cmpScaled(2 ** 50, 1, 1))).toBe(true); // 2^50 × 10000 is beyond the safe integers
    expect(FEN.scale(620 * UNITS_PER_YUAN, 3000)).toBe(186 * UNITS_PER_YUAN);
    expect(declines(() => FEN.add(1, 2))).toBe(false);
    // the safe range is closed: exactly ±(2^53 − 1) is still exact and kept
    expect(FEN.add(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(FEN.sub(-Number.MAX_SAFE_INTEGER + 1, 1)).toBe(-Number.MAX_SAFE_INTEGER);
  });
});

describe('roundMoneyPer with policy.benefitRounding (审核确认办法(2021)第23条): once, to 分 / 角 / 元, half-up or up', () => {
  const R = (unit: '0.01' | '0.1' | '1', mode: 'halfUp' | 'up') => ({ unit, mode });
  const all = [
    R('0.01', 'halfUp'),
    R('0.01', 'up'),
    R('0.1', 'halfUp'),
    R('0.1', 'up'),
    R('1', 'halfUp'),
    R('1', 'up'),
  ];

  it('by hand: 2440 ÷ 12 = 203.333…, 20.35, 20.50 and a whole 20 元', () => {
    const cases: Array<[number, number, ReturnType<typeof R>, string]> = [
      [244_000, 12, R('0.01', 'halfUp'), '203.33'],
      [244_000, 12, R('0.01', 'up'), '203.34'],
      [244_000, 12, R('0.1', 'halfUp'), '203.3'],
      [244_000, 12, R('0.1', 'up'), '203.4'],
      [244_000, 12, R('1', 'halfUp'), '203'],
      [244_000, 12, R('1', 'up'), '204'],
      [2035, 1, R('0.1', 'halfUp'), '20.4'], // 20.35: the 5 rounds up
      [2035, 1, R('1', 'halfUp'), '20'],
      [2050, 1, R('1', 'halfUp'), '21'], // 20.5 → 21
      [2000, 1, R('1', 'up'), '20'], // already whole: up adds nothing
      [2000, 1, R('0.1', 'up'), '20'],
      [2001, 1, R('0.1', 'up'), '20.1'], // 1 分 above a 角 is rounded up to the next 角
    ];
    for (const [fen, per, r, want] of cases) {
      expect(FEN.shown(FEN.roundMoneyPer(fen, per, r))).toBe(want);
      expect(DECIMAL.shown(DECIMAL.roundMoneyPer(new Dec(fen).div(UNITS_PER_YUAN), per, r))).toBe(want);
    }
  });

  it('FEN ≡ DECIMAL on generated amounts; a negative amount is declined, never rounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }).map(both), k, fc.constantFrom(...all), (a, n, r) => {
        expect(FEN.shown(FEN.roundMoneyPer(a.f, n, r))).toBe(DECIMAL.shown(DECIMAL.roundMoneyPer(a.d, n, r)));
      }),
      { numRuns: 3000, ...seed },
    );
    for (const r of all) expect(declines(() => FEN.roundMoneyPer(-1, 12, r))).toBe(true);
  });
});
