/** 社会救助暂行办法第12条: the exact 差额, cancelled members, grants, one half-up rounding at the end. */
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/core/money.js';
import { dibaoBenefit, householdBenefit } from './decimal-rules.js';
import { tracer } from './household-helpers.js';

const S = new Dec(620);

describe('差额', () => {
  it('is computed exactly and rounded once: 3 people, H = 1300 → 560.00 (not 560.01)', () => {
    expect(dibaoBenefit(new Dec(1300 * 12), 3, S, 0, [], tracer()).basePerMonth).toBe('560.00');
  });
  it('half-up: (620 − 1000.01 ÷ 2) × 1 = 119.995 → 120.00', () => {
    expect(dibaoBenefit(new Dec('1000.01').mul(12), 2, S, 1, [ZERO], tracer()).basePerMonth).toBe('120.00');
  });
  it('a repeating yearly income: 1 person, 5000/年 → 620 − 416.666… = 203.33', () => {
    expect(dibaoBenefit(new Dec(5000), 1, S, 0, [ZERO], tracer()).totalPerMonth).toBe('203.33');
  });
  it('grants are summed exactly then rounded once', () => {
    const b = dibaoBenefit(new Dec(0), 1, S, 0, [new Dec('0.005'), new Dec('0.005')], tracer());
    expect(b).toEqual({ basePerMonth: '620.00', specialGrantsPerMonth: '0.01', totalPerMonth: '620.01' });
  });
  it('an income above the line never gives a negative 差额', () => {
    expect(dibaoBenefit(new Dec(8000), 1, S, 0, [], tracer()).basePerMonth).toBe('0.00');
  });
  it('every member cancelled → 0.00', () => {
    expect(dibaoBenefit(new Dec(0), 1, S, 1, [], tracer()).basePerMonth).toBe('0.00');
  });
});

describe('householdBenefit', () => {
  const base = {
    householdClass: 'dibao' as const,
    basis: 'income' as const,
    incomeTwelfths: new Dec(0),
    afterMedicalTwelfths: null,
    members: 1,
    standardPerMonth: S,
    cancelled: [false],
    grants: [ZERO],
    incomeMissing: [],
  };
  it('null outside 低保', () => {
    expect(householdBenefit({ ...base, householdClass: 'lowIncome' }, tracer()).benefit).toBeNull();
    expect(householdBenefit({ ...base, householdClass: 'undetermined' }, tracer()).benefit).toBeNull();
  });
  it('null with the income paths when H is not exact', () => {
    expect(
      householdBenefit({ ...base, incomeTwelfths: null, incomeMissing: ['receivingDibao'] }, tracer()),
    ).toEqual({
      benefit: null,
      missing: ['receivingDibao'],
    });
  });
  it('null when a cancellation is unknown', () => {
    expect(householdBenefit({ ...base, cancelled: [null] }, tracer()).benefit).toBeNull();
  });
  it('uses A on the illness basis', () => {
    const r = householdBenefit(
      {
        ...base,
        basis: 'illnessExpenditure',
        incomeTwelfths: new Dec(9000),
        afterMedicalTwelfths: new Dec(3000),
      },
      tracer(),
    );
    expect(r.benefit?.basePerMonth).toBe('370.00'); // 620 − 3000 ÷ 12
  });
});
