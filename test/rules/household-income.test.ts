/** 第5条 income and the 第11条 exemption: exact twelfths, per-member caps, windows, unknowns. */
import { describe, expect, it } from 'vitest';
import { exemptionWindowStart, householdIncome, perCapitaIncomePerMonth } from './decimal-rules.js';
import { CHANGCHUN_2018, date, household, policy, tracer } from './household-helpers.js';

const withExemption = policy({
  ...CHANGCHUN_2018,
  employmentIncomeExemption: { perMonth: '300', months: 6 },
});

describe('household income (第5条)', () => {
  it('adds monthly entries and yearly entries ÷ 12 without rounding first', () => {
    const h = household({
      assessmentDate: '2018-09-01',
      area: 'urban',
      members: [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '1000' },
            { kind: 'other', perYear: '1000' },
          ],
        },
        { birthDate: '1982-01-01', incomes: [] },
      ],
    });
    const r = householdIncome(h, policy(), date('2018-09-01'), tracer());
    expect(r.exact?.toString()).toBe('13000'); // 12 × 1000 + 1000, in twelfths
    expect(r.exact?.div(12).toFixed(6)).toBe('1083.333333');
    expect(perCapitaIncomePerMonth(r.exact, 2)).toBe('541.67');
    expect(r.missing).toEqual([]);
  });

  it('an absent incomes list leaves H unbounded above and names the member', () => {
    const h = household({
      assessmentDate: '2018-09-01',
      area: 'urban',
      members: [
        { birthDate: '1980-01-01', incomes: [{ kind: 'pension', perMonth: '700' }] },
        { birthDate: '1982-01-01' },
      ],
    });
    const r = householdIncome(h, policy(), date('2018-09-01'), tracer());
    expect(r.exact).toBeNull();
    expect(r.high).toBeNull();
    expect(r.low.toString()).toBe('8400');
    expect(r.missing).toEqual(['members[1].incomes']);
    expect(perCapitaIncomePerMonth(r.exact, 2)).toBeNull();
  });

  it('an empty incomes list is zero, not unknown', () => {
    const h = household({
      assessmentDate: '2018-09-01',
      area: 'urban',
      members: [{ birthDate: '1980-01-01', incomes: [] }],
    });
    expect(householdIncome(h, policy(), date('2018-09-01'), tracer()).exact?.toString()).toBe('0');
  });
});

describe('employment-income exemption (第11条)', () => {
  const base = (since: string | undefined, receivingDibao?: boolean) =>
    household({
      assessmentDate: '2018-09-01',
      area: 'urban',
      ...(receivingDibao === undefined ? {} : { receivingDibao }),
      members: [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '700', ...(since ? { since } : {}) },
            { kind: 'pension', perMonth: '100', since: '2018-08-01' },
          ],
        },
      ],
    });

  it('window is (assessmentDate − months, assessmentDate]', () => {
    expect(exemptionWindowStart(date('2018-09-01'), 6)).toBe('2018-03-01');
    expect(exemptionWindowStart(date('2018-08-31'), 6)).toBe('2018-02-28');
  });

  it('a start exactly `months` before is outside; one day later is inside', () => {
    const outside = householdIncome(base('2018-03-01', true), withExemption, date('2018-09-01'), tracer());
    expect(outside.exact?.div(12).toString()).toBe('800');
    const inside = householdIncome(base('2018-03-02', true), withExemption, date('2018-09-01'), tracer());
    expect(inside.exact?.div(12).toString()).toBe('500'); // 700 − min(700, 300) + 100 (pension not exempt)
  });

  it('a start on the assessment date counts; a start after it does not', () => {
    expect(
      householdIncome(base('2018-09-01', true), withExemption, date('2018-09-01'), tracer())
        .exact?.div(12)
        .toString(),
    ).toBe('500');
    expect(
      householdIncome(base('2018-09-02', true), withExemption, date('2018-09-01'), tracer())
        .exact?.div(12)
        .toString(),
    ).toBe('800');
  });

  it('does not apply to a household not receiving 低保, nor without a policy exemption', () => {
    expect(
      householdIncome(base('2018-05-01', false), withExemption, date('2018-09-01'), tracer())
        .exact?.div(12)
        .toString(),
    ).toBe('800');
    expect(
      householdIncome(base('2018-05-01', true), policy(), date('2018-09-01'), tracer())
        .exact?.div(12)
        .toString(),
    ).toBe('800');
  });

  it('unknown receivingDibao or since gives an interval and names the fact', () => {
    const r1 = householdIncome(base('2018-05-01'), withExemption, date('2018-09-01'), tracer());
    expect(r1.exact).toBeNull();
    expect([r1.low.div(12).toString(), r1.high?.div(12).toString()]).toEqual(['500', '800']);
    expect(r1.missing).toEqual(['receivingDibao']);
    const r2 = householdIncome(base(undefined, true), withExemption, date('2018-09-01'), tracer());
    expect(r2.missing).toEqual(['members[0].incomes[0].since']);
  });

  it('the cap is per member and covers employment and business together', () => {
    const h = household({
      assessmentDate: '2018-09-01',
      area: 'urban',
      receivingDibao: true,
      members: [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '200', since: '2018-06-01' },
            { kind: 'business', perYear: '2400', since: '2018-07-01' },
          ],
        },
        { birthDate: '1981-01-01', incomes: [{ kind: 'business', perMonth: '100', since: '2018-08-01' }] },
      ],
    });
    const r = householdIncome(h, withExemption, date('2018-09-01'), tracer());
    // member 0: 200 + 200 = 400 − 300 = 100; member 1: 100 − 100 = 0
    expect(r.exact?.div(12).toString()).toBe('100');
    expect(r.members[0]?.div(12).toString()).toBe('400'); // the member's own income, before the exemption
  });
});
