/** 第6条: A = 12H − medical; bounds 12·n·S and 2 × 12·n·S; 低保 property required for both. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { afterMedicalTwelfths, illnessExpenditureClass } from './decimal-rules.js';

const line = new Dec(7440); // 12 × 1 × 620

describe('illness-expenditure test', () => {
  it('A < line → dibao; = line → lowIncome (literal) or dibao (inclusive); < 2·line → lowIncome', () => {
    expect(illnessExpenditureClass(new Dec('7439.99'), true, line, false)).toBe('dibao');
    expect(illnessExpenditureClass(new Dec('7440'), true, line, false)).toBe('lowIncome');
    expect(illnessExpenditureClass(new Dec('7440'), true, line, true)).toBe('dibao');
    expect(illnessExpenditureClass(new Dec('14879.99'), true, line, false)).toBe('lowIncome');
    expect(illnessExpenditureClass(new Dec('14880'), true, line, false)).toBe('none');
    expect(illnessExpenditureClass(new Dec('14880'), true, line, true)).toBe('lowIncome');
  });
  it('needs the 低保 property conditions for both classes', () => {
    expect(illnessExpenditureClass(new Dec('0'), false, line, false)).toBe('none');
    expect(illnessExpenditureClass(new Dec('10000'), false, line, false)).toBe('none');
  });
  it('A may be negative in the comparison but counts as 0 for amounts', () => {
    expect(illnessExpenditureClass(new Dec(3600).sub(new Dec(6000)), true, line, false)).toBe('dibao');
    expect(afterMedicalTwelfths(new Dec(3600), new Dec(6000))?.toString()).toBe('0');
    expect(afterMedicalTwelfths(null, new Dec(6000))).toBeNull();
    expect(afterMedicalTwelfths(new Dec(3600), null)).toBeNull();
  });
});
