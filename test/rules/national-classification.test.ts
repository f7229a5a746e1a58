/**
 * The national class at one point (最低生活保障审核确认办法(2021)第8条, 社会救助暂行办法第9条): 低保 below 12·n·S
 * (≤ with thresholdInclusive) with the 低保 property met; 边缘 (lowIncome) below m × 12·n·S — always strictly —
 * with the 低收入 property met, including income below S whose 低保 property fails (no gap). Hand figures:
 * n = 1, S = 600 → 12·n·S = 7200; m = 1.5 → 10800.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import {
  NATIONAL_LOW_INCOME_MULTIPLIER,
  nationalIncomeClass,
  nationalLowIncomeMultiplier,
} from '../../src/rules/national-classification.js';

const line = new Dec(7200);
const m = new Dec('1.5');
const at = (h: number, pd: boolean, pl: boolean, inclusive = false) =>
  nationalIncomeClass(DECIMAL, new Dec(h), pd, pl, line, m, inclusive);

describe('nationalIncomeClass', () => {
  it('below 7200 with the 低保 property: 低保; at 7200 only with thresholdInclusive', () => {
    expect(at(7199, true, true)).toBe('dibao');
    expect(at(7200, true, true)).toBe('lowIncome');
    expect(at(7200, true, true, true)).toBe('dibao');
  });

  it('边缘 below 10800, strictly even with thresholdInclusive; the 低收入 property needed', () => {
    expect(at(10799, true, true)).toBe('lowIncome');
    expect(at(10800, true, true)).toBe('none');
    expect(at(10800, true, true, true)).toBe('none');
    expect(at(9000, true, false)).toBe('none');
  });

  it('income below S with the 低保 property failing is 边缘 — no gap', () => {
    expect(at(7000, false, true)).toBe('lowIncome');
    expect(at(7000, false, false)).toBe('none');
  });

  it('the multiplier: the policy’s, else 1.5', () => {
    expect(NATIONAL_LOW_INCOME_MULTIPLIER).toBe('1.5');
    expect(nationalLowIncomeMultiplier(DECIMAL, null).toString()).toBe('1.5');
    expect(nationalLowIncomeMultiplier(DECIMAL, new Dec('1.8')).toString()).toBe('1.8');
  });
});
