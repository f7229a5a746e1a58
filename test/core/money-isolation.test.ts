/**
 * The private decimal clone is immune to the host application changing the global decimal.js
 * configuration (DESIGN §2.2): rules give the same figures whatever the global settings are.
 */
import DecimalJs from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ceilTo, Dec, floorTo, money2, toDec } from '../../src/core/money.js';
import { dibaoStandards, specialSupport } from '../../src/index.js';

const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpNeg: DecimalJs.toExpNeg };

afterEach(() => {
  DecimalJs.set(saved);
});

describe('global decimal.js configuration', () => {
  it('changing the global precision and rounding does not reach the clone', () => {
    const before = JSON.stringify(
      dibaoStandards({
        year: 2016,
        urbanDisposableIncomePerYear: '26860',
        ruralDisposableIncomePerYear: '11837',
        minimumWagePerMonth: '1220',
        povertyLinePerYear: '2800',
        roundingUnit: '0.01',
      }),
    );
    DecimalJs.set({ precision: 3, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -1 });
    expect(new DecimalJs(2).div(3).toString()).toBe('6.66e-1'); // the global is really changed (3 digits, down, exponent)
    expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    expect(Dec.precision).toBe(40);
    expect(Dec.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(money2(toDec('0.005'))).toBe('0.01');
    expect(ceilTo(toDec('447.6666'), toDec('0.01')).toString()).toBe('447.67');
    expect(floorTo(toDec('488.4'), toDec('10')).toString()).toBe('480');
    const after = JSON.stringify(
      dibaoStandards({
        year: 2016,
        urbanDisposableIncomePerYear: '26860',
        ruralDisposableIncomePerYear: '11837',
        minimumWagePerMonth: '1220',
        povertyLinePerYear: '2800',
        roundingUnit: '0.01',
      }),
    );
    expect(after).toBe(before);
    expect(
      specialSupport({
        priorYearDibaoStandardPerMonth: '415',
        priorYearMinimumWagePerMonth: '1780',
        selfCareAbility: 'fullyLost',
        roundingUnit: '0.01',
      }).basicLivingPerMonth,
    ).toBe('539.50');
  });

  it('the clone does not change the global either', () => {
    new Dec(1).div(7);
    Dec.set({ precision: 40 });
    expect(DecimalJs.precision).toBe(saved.precision);
    expect(DecimalJs.rounding).toBe(saved.rounding);
  });
});
