/** Integer 分 helpers of the assessHousehold fast path (src/rules/fen.ts). */
import { describe, expect, it } from 'vitest';
import { divHalfUp, fenOf, fenText, MAX_FEN, safeTimes, tenThousandthsOf } from '../../src/rules/fen.js';

describe('fen helpers', () => {
  it('reads money with at most two decimals as 分, as toDec reads it', () => {
    expect(fenOf('0')).toBe(0);
    expect(fenOf('620')).toBe(62_000);
    expect(fenOf('1234.5')).toBe(123_450);
    expect(fenOf('1234.05')).toBe(123_405);
    expect(fenOf(0.1)).toBe(10);
    expect(fenOf(19.99)).toBe(1999);
    expect(fenOf('999999999.99')).toBe(MAX_FEN - 1);
  });
  it('refuses what the fast path cannot carry exactly', () => {
    expect(fenOf('0.125')).toBeNull();
    expect(fenOf('1000000000')).toBeNull();
    expect(fenOf(1e21)).toBeNull();
    expect(fenOf(5e-7)).toBeNull();
    expect(fenOf('01')).toBeNull();
  });
  it('reads rates and months in 1/10000', () => {
    expect(tenThousandthsOf('0.3')).toBe(3000);
    expect(tenThousandthsOf('0.05')).toBe(500);
    expect(tenThousandthsOf('24')).toBe(240_000);
    expect(tenThousandthsOf('0.1234')).toBe(1234);
    expect(tenThousandthsOf('0.12345')).toBeNull();
    expect(tenThousandthsOf('1e-7')).toBeNull();
  });
  it('multiplies only within the safe integers', () => {
    expect(safeTimes(3, 4)).toBe(12);
    expect(safeTimes(2 ** 30, 2 ** 22)).toBe(2 ** 52);
    expect(safeTimes(2 ** 30, 2 ** 24)).toBeNull();
  });
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
