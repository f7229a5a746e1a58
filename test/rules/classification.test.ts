/** 第5条 income test at a point, and classifyHousehold over unknowns: exact bounds, options, warnings, missing. */
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/core/money.js';
import { classifyHousehold, incomeTestClass } from './decimal-rules.js';
import { classificationInput as input, tracer } from './household-helpers.js';

const line = new Dec(12 * 2 * 620); // 12·n·S for n = 2, S = 620 → 14880

describe('incomeTestClass (第5条(2)(3))', () => {
  const at = (monthly: string, pd = true, pl = true, inclusive = false, admits = false) =>
    incomeTestClass(new Dec(monthly).mul(12), pd, pl, line, inclusive, admits);
  it('below, equal, between, equal-double, above — literal', () => {
    expect(at('1239.99')).toBe('dibao');
    expect(at('1240')).toBe('none');
    expect(at('1240.01')).toBe('lowIncome');
    expect(at('2479.99')).toBe('lowIncome');
    expect(at('2480')).toBe('none');
  });
  it('thresholdInclusive: ≤ n·S 低保, ≤ 2n·S 低收入', () => {
    expect(at('1240', true, true, true)).toBe('dibao');
    expect(at('2480', true, true, true)).toBe('lowIncome');
    expect(at('2480.01', true, true, true)).toBe('none');
  });
  it('property conditions and lowIncomeAdmitsBelowStandard', () => {
    expect(at('1000', false, true)).toBe('none');
    expect(at('1000', false, true, false, true)).toBe('lowIncome');
    expect(at('1000', false, false, false, true)).toBe('none');
    expect(at('1800', true, false)).toBe('none');
  });
});

const m = (x: string) => new Dec(x).mul(12);

describe('classifyHousehold', () => {
  it('warns THRESHOLD_EQUALITY only when the option would change the class', () => {
    const eq = classifyHousehold(input({ exact: m('1240') }, true, true), tracer());
    expect(eq.class).toBe('none');
    expect(eq.warnings.map((w) => w.code)).toEqual(['THRESHOLD_EQUALITY']);
    // property fails both: inclusive would still give none → no warning
    const noGap = classifyHousehold(input({ exact: m('1240') }, false, false), tracer());
    expect(noGap.warnings).toEqual([]);
  });

  it('warns PROPERTY_GAP only when income is below S, 低保 property fails and 低收入 property does not', () => {
    expect(classifyHousehold(input({ exact: m('1000') }, false, true), tracer()).warnings[0]?.code).toBe(
      'PROPERTY_GAP',
    );
    expect(classifyHousehold(input({ exact: m('1000') }, false, false), tracer()).warnings).toEqual([]);
    expect(classifyHousehold(input({ exact: m('1800') }, false, true), tracer()).warnings).toEqual([]);
  });

  it('unknown income: undetermined unless every possible income gives one class', () => {
    const open = classifyHousehold(
      input({ low: m('500'), high: null, missing: ['members[1].incomes'] }, true, true),
      tracer(),
    );
    expect(open).toMatchObject({ class: 'undetermined', missing: ['members[1].incomes'] });
    const above = classifyHousehold(
      input({ low: m('2500'), high: null, missing: ['members[1].incomes'] }, true, true),
      tracer(),
    );
    expect(above).toMatchObject({ class: 'none', missing: [] });
    const propertyFails = classifyHousehold(
      input({ low: ZERO, high: null, missing: ['members[1].incomes'] }, false, false),
      tracer(),
    );
    expect(propertyFails).toMatchObject({ class: 'none', missing: [] });
  });

  it('lists only the unknown facts that matter', () => {
    // H below S: 低收入 property is irrelevant under the literal reading
    const r = classifyHousehold(input({ exact: m('1000') }, null, null), tracer());
    expect(r).toMatchObject({ class: 'undetermined', missing: ['property.financialAssets'] });
    // H between: only 低收入 property matters
    const b = classifyHousehold(input({ exact: m('1800') }, null, null), tracer());
    expect(b).toMatchObject({ class: 'undetermined', missing: ['property.vehicles'] });
  });

  it('an interval inside one band is decided', () => {
    const r = classifyHousehold(
      input({ low: m('400'), high: m('700'), missing: ['receivingDibao'] }, true, true),
      tracer(),
    );
    expect(r).toMatchObject({ class: 'dibao', basis: 'income', missing: [] });
  });

  it('better of income and illness tests; income on a tie', () => {
    const medical = { medicalPerYear: new Dec('12000') };
    const illness = classifyHousehold(input({ exact: m('1800') }, true, true, medical), tracer());
    expect(illness).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      incomeTestClass: 'lowIncome',
      illnessTestClass: 'dibao',
    });
    const tie = classifyHousehold(input({ exact: m('1000') }, true, true, medical), tracer());
    expect(tie).toMatchObject({ class: 'dibao', basis: 'income' });
  });

  it('a known 低保 from the illness test decides while the income test is open', () => {
    const r = classifyHousehold(
      input({ exact: m('1800') }, true, null, { medicalPerYear: new Dec('12000') }),
      tracer(),
    );
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      incomeTestClass: 'undetermined',
      missing: [],
    });
  });

  it('traces the comparison with its numbers', () => {
    const t = tracer();
    classifyHousehold(input({ exact: m('900') }, true, true), t);
    const step = t.steps.find((s) => s.rule === 'classification.incomeTest');
    expect(step).toMatchObject({ article: '第5条', output: 'dibao' });
    expect(step?.note).toContain('900 < n·S = 1240');
  });
});
