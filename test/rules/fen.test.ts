/** The integer primitives of the FEN arithmetic (src/rules/fen.ts). */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { shown } from '../../src/rules/display.js';
import { shiftedDayText } from '../../src/rules/fast-dates.js';
import { divHalfUp, fenText, moneyFen, scaledOf, shownRatio } from '../../src/rules/fen.js';

describe('fen helpers', () => {
  it('divides with one half-up rounding', () => {
    expect(divHalfUp(1004, 10)).toBe(100);
    expect(divHalfUp(1005, 10)).toBe(101);
    expect(divHalfUp(1006, 10)).toBe(101);
    expect(divHalfUp(0, 7)).toBe(0);
    expect(divHalfUp(5, 12)).toBe(0);
    expect(divHalfUp(6, 12)).toBe(1);
  });
  it('writes 分 with two decimals', () => {
    expect(fenText(0)).toBe('0.00');
    expect(fenText(5)).toBe('0.05');
    expect(fenText(62_000)).toBe('620.00');
    expect(fenText(123_410)).toBe('1234.10');
  });
});

describe('fen readers and trace formatting of the fast path', () => {
  it('reads money and rates by char codes as toDec reads them, -1 outside the fast path', () => {
    expect(scaledOf('620', 2)).toBe(62_000);
    expect(scaledOf('620.5', 2)).toBe(62_050);
    expect(scaledOf('0.05', 2)).toBe(5);
    expect(scaledOf(19.99, 2)).toBe(1999);
    expect(scaledOf(-0, 2)).toBe(0);
    expect(Object.is(scaledOf(-0, 2), 0)).toBe(true);
    expect(scaledOf(24, 4)).toBe(240_000);
    expect(scaledOf(24.5, 4)).toBe(245_000);
    expect(scaledOf('0.3', 4)).toBe(3000);
    expect(scaledOf(7, 3)).toBe(7000);
    for (const bad of ['', '.5', '5.', '01', '1,200', '1e3', '-1', '0.125', '1000000000', ' 1', '1.x'])
      expect(scaledOf(bad, 2)).toBe(-1);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, 1e9, 5e-7, null, undefined, true, {}])
      expect(scaledOf(bad, 2)).toBe(-1);
    expect(moneyFen('999999999.99')).toBe(99_999_999_999);
  });
  it('shows a ratio as the decimal path shows a Dec: exact up to 6 decimals, else 6 decimals and …', () => {
    expect(shownRatio(0, 12)).toBe('0');
    expect(shownRatio(1200, 1200)).toBe('1');
    expect(shownRatio(100, 12)).toBe('8.333333…');
    expect(shownRatio(200, 3)).toBe('66.666667…');
    expect(shownRatio(15, 10)).toBe('1.5');
    expect(shownRatio(1, 1_000_000)).toBe('0.000001');
    expect(shownRatio(1, 16_000_000)).toBe('0.000000…');
    expect(shownRatio(3, 4_000_000)).toBe('0.000001…');
    expect(shownRatio(9_999_999, 10_000_000)).toBe('1.000000…');
    expect(shownRatio(-150, 100)).toBe('-1.5');
    expect(shownRatio(-1, 3)).toBe('-0.333333…');
    expect(shownRatio(620_000_000, 1_000_000)).toBe('620');
    expect(shownRatio(620_500_000, 1_000_000)).toBe('620.5');
    expect(shownRatio(620_050_000, 1_000_000)).toBe('620.05');
    expect(shownRatio(70_000, 1_000_000)).toBe('0.07');
    expect(shownRatio(-620_500_000, 1_000_000)).toBe('-620.5');
  });
  it('refuses a non-digit after the decimal point (zod refuses it too)', () => {
    expect(scaledOf('1.0x', 2)).toBe(-1);
    expect(scaledOf('1./', 2)).toBe(-1); // '/' is just below '0'
    expect(scaledOf('1.:', 2)).toBe(-1); // ':' is just above '9'
  });

  it('writes large amounts above the small-integer range', () => {
    expect(fenText(300_000_000_000)).toBe('3000000000.00');
    expect(fenText(300_000_000_001)).toBe('3000000000.01');
  });
});

describe('shownRatio ≡ shown of the decimal path', () => {
  it('on generated ratios', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e13 }),
        fc.constantFrom(1, 3, 7, 12, 100, 1200, 2400, 7200, 10_000, 1_000_000, 120_000),
        (num, den) => {
          expect(shownRatio(num, den)).toBe(shown(new Dec(num).div(den)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('shiftedDayText — months back to a month end, with the Gregorian leap years (第11条 windows)', () => {
  it('2000 is a leap year (÷ 400), 1900 and 2100 are not (÷ 100); 2024 is, 2023 is not', () => {
    expect(shiftedDayText(20000331, -1)).toBe('2000-02-29');
    expect(shiftedDayText(19000331, -1)).toBe('1900-02-28');
    expect(shiftedDayText(21000331, -1)).toBe('2100-02-28');
    expect(shiftedDayText(20240831, -6)).toBe('2024-02-29');
    expect(shiftedDayText(20230831, -6)).toBe('2023-02-28');
  });
});
