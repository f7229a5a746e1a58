/**
 * The explanation of the 低保金 (社会救助暂行办法第12条, 第10条): the three steps a caseworker reads — 差额,
 * grants, total — with every value they read, and the step that says why no amount is given.
 * Worked by hand: n = 2, S = 620, H = 1000 a month, one member cancelled (第11条):
 * 差额 = (620 − 1000 ÷ 2) × 1 = 120; the remaining member's grant 62.5 → 62.50; total 182.50.
 */
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import * as benefit from '../../src/rules/dibao-benefit.js';
import { dibaoBenefit, householdBenefit } from './decimal-rules.js';
import { tracer } from './household-helpers.js';

const S = new Dec(620);

describe('dibaoBenefit trace', () => {
  it('差额, grants and total: each step lists what it read', () => {
    const t = tracer();
    const b = dibaoBenefit(new Dec(12000), 2, S, 1, [new Dec('62.5')], t);
    expect(b).toEqual({ basePerMonth: '120.00', specialGrantsPerMonth: '62.50', totalPerMonth: '182.50' });
    expect(t.steps).toEqual([
      {
        rule: 'dibaoBenefit.base',
        article: '社会救助暂行办法第12条',
        inputs: {
          standardPerMonth: '620',
          incomePerMonth: '1000',
          members: 2,
          cancelledMembers: 1,
          exact: '120',
        },
        output: '120.00',
        note: '差额 = (620 − 1000 ÷ 2) × 1人，精确计算后四舍五入到分',
      },
      {
        rule: 'dibaoBenefit.specialGrants',
        article: '第10条',
        inputs: { grants: ['62.5'], exact: '62.5' },
        output: '62.50',
        note: '未被取消待遇成员的特殊对象增发补助金之和，四舍五入到分',
      },
      {
        rule: 'dibaoBenefit.total',
        article: '社会救助暂行办法第12条',
        inputs: { basePerMonth: '120.00', specialGrantsPerMonth: '62.50' },
        output: '182.50',
        note: '每月低保金 = 差额 + 增发补助金',
      },
    ]);
  });

  it('zero grants are listed but add nothing; the exact 差额 is shown before rounding', () => {
    // 1 person, income 5000 a year → 620 − 416.666… = 203.333… → 203.33 (a repeating figure is shown to 6
    // decimals, the last one rounded: 416.666667…)
    const t = tracer();
    dibaoBenefit(new Dec(5000), 1, S, 0, [ZERO], t);
    expect(t.steps[0]?.inputs).toMatchObject({ incomePerMonth: '416.666667…', exact: '203.333333…' });
    expect(t.steps[1]?.inputs).toEqual({ grants: ['0'], exact: '0' });
  });
});

describe('householdBenefit — why no amount', () => {
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

  it('H not exact: one step says the amount cannot be computed, missing names the income paths', () => {
    const t = tracer();
    const r = householdBenefit({ ...base, incomeTwelfths: null, incomeMissing: ['receivingDibao'] }, t);
    expect(r).toEqual({ benefit: null, missing: ['receivingDibao'] });
    expect(t.steps).toEqual([
      {
        rule: 'dibaoBenefit.base',
        article: '社会救助暂行办法第12条',
        inputs: { householdIncomePerMonth: null },
        output: null,
        note: '家庭收入未精确确定，低保金无法计算',
      },
    ]);
  });

  it('低保 for certain but on no single basis (income and illness tests differ across the unknowns): no amount', () => {
    // the 差额 uses the income of the test that qualified; when that test is not fixed, neither is the income
    const t = tracer();
    const r = householdBenefit(
      { ...base, basis: null, incomeTwelfths: new Dec(6000), incomeMissing: ['members[0].incomes'] },
      t,
    );
    expect(r).toEqual({ benefit: null, missing: ['members[0].incomes'] });
    expect(t.steps.map((s) => s.rule)).toEqual(['dibaoBenefit.base']);
  });

  it('a cancelled member is not paid and their grant is not added: 2 members, income 0 → 620 × 1 + 62', () => {
    // 差额 = (620 − 0 ÷ 2) × 1 = 620; only the remaining member's grant 62 counts
    const r = householdBenefit(
      { ...base, members: 2, cancelled: [true, false], grants: [new Dec('93'), new Dec('62')] },
      tracer(),
    );
    expect(r).toEqual({
      benefit: { basePerMonth: '620.00', specialGrantsPerMonth: '62.00', totalPerMonth: '682.00' },
      missing: [],
    });
  });

  it('a cancellation that is unknown leaves the amount open; its path is reported by the 第11条 rule, not again here', () => {
    expect(
      householdBenefit({ ...base, members: 2, cancelled: [false, null], grants: [ZERO, ZERO] }, tracer()),
    ).toEqual({
      benefit: null,
      missing: [],
    });
  });

  it('an untraced call gives the same result and records nothing', () => {
    const t = new Tracer(false);
    const r = householdBenefit({ ...base, incomeTwelfths: null, incomeMissing: ['x'] }, t);
    expect(r).toEqual({ benefit: null, missing: ['x'] });
    expect(t.steps).toEqual([]);
  });
});

describe('dibaoBenefit — policy benefitRounding (审核确认办法(2021)第23条): rounded once, the notes say how', () => {
  // 1 person, S = 620, income 5000 a year: 差额 = 620 − 5000 ÷ 12 = 620 − 416.666… = 203.333… a month;
  // one grant of 62.345 (exact). Each rounding applies to the 差额 and to the grants, once, at the end.
  const run = (rounding: benefit.BenefitRounding) => {
    const t = tracer();
    const b = benefit.dibaoBenefit(DECIMAL, new Dec(5000), 1, S, 0, [new Dec('62.345')], t, rounding);
    return { b, notes: t.steps.map((s) => s.note), outputs: t.steps.map((s) => s.output) };
  };
  const baseNote = (how: string) => `差额 = (620 − 416.666667… ÷ 1) × 1人，精确计算后${how}`;
  const grantsNote = (how: string) => `未被取消待遇成员的特殊对象增发补助金之和，${how}`;

  it('0.01 元, up: 203.333… → 203.34, 62.345 → 62.35', () => {
    const r = run({ unit: '0.01', mode: 'up' });
    expect(r.b).toEqual({ basePerMonth: '203.34', specialGrantsPerMonth: '62.35', totalPerMonth: '265.69' });
    expect(r.notes.slice(0, 2)).toEqual([baseNote('向上取整到分'), grantsNote('向上取整到分')]);
  });

  it('0.1 元, half-up: 203.333… → 203.3, 62.345 → 62.3', () => {
    const r = run({ unit: '0.1', mode: 'halfUp' });
    expect(r.b).toEqual({ basePerMonth: '203.30', specialGrantsPerMonth: '62.30', totalPerMonth: '265.60' });
    expect(r.notes.slice(0, 2)).toEqual([baseNote('四舍五入到角'), grantsNote('四舍五入到角')]);
  });

  it('1 元, up: 203.333… → 204, 62.345 → 63', () => {
    const r = run({ unit: '1', mode: 'up' });
    expect(r.b).toEqual({ basePerMonth: '204.00', specialGrantsPerMonth: '63.00', totalPerMonth: '267.00' });
    expect(r.notes.slice(0, 2)).toEqual([baseNote('向上取整到元'), grantsNote('向上取整到元')]);
  });

  it('1 元, half-up: 203.333… → 203, 62.345 → 62', () => {
    const r = run({ unit: '1', mode: 'halfUp' });
    expect(r.b).toEqual({ basePerMonth: '203.00', specialGrantsPerMonth: '62.00', totalPerMonth: '265.00' });
    expect(r.notes.slice(0, 2)).toEqual([baseNote('四舍五入到元'), grantsNote('四舍五入到元')]);
  });

  it('0.01 元, half-up given explicitly reads as the default: 四舍五入到分', () => {
    const r = run({ unit: '0.01', mode: 'halfUp' });
    expect(r.b).toEqual({ basePerMonth: '203.33', specialGrantsPerMonth: '62.35', totalPerMonth: '265.68' });
    expect(r.notes.slice(0, 2)).toEqual([baseNote('四舍五入到分'), grantsNote('四舍五入到分')]);
  });
});
