/** 第6条: A = 12H − medical; bounds 12·n·S and 2 × 12·n·S; 低保 property required for both. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { illnessDecides } from '../../src/rules/illness-expenditure.js';
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

describe('illnessDecides — which test the class rests on (第5条 vs 第6条, RANK none 0 < 低收入 1 < 低保 2)', () => {
  it('the 第6条 test decides only when it is better, or ties above none with medical costs above 0', () => {
    expect(illnessDecides(2, 1, true)).toBe(true); // 低保 by 第6条, 低收入 by income: 第6条
    expect(illnessDecides(2, 2, true)).toBe(true); // tie, medical > 0: 第6条 (its lower income, larger 差额)
    expect(illnessDecides(2, 2, false)).toBe(false); // tie, medical 0: the income test
    expect(illnessDecides(0, 0, true)).toBe(false); // both none: no basis from 第6条
  });

  it('a worse 第6条 class never decides, even with medical costs above 0', () => {
    expect(illnessDecides(1, 2, true)).toBe(false); // 低收入 by 第6条, 低保 by income: the income test
    expect(illnessDecides(0, 1, true)).toBe(false);
  });
});
