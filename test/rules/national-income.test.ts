/**
 * 家庭收入 under the national rules (最低生活保障审核确认办法(2021)第13条): each member's income less the 必要的就业成本,
 * taken from wage (`employment`) income only and never more than it; the household's 刚性支出 (out-of-pocket
 * medical costs, capped by the policy) deducted; never below 0. Everything in twelfths (12 × the monthly amount).
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import type { IncomeEntryFacts } from '../../src/rules/household-facts.js';
import {
  countableIncome,
  employmentCostTwelfths,
  nationalMemberIncome,
  rigidDeductionTwelfths,
  traceNationalMemberIncome,
} from '../../src/rules/national-income.js';

const d = (x: string) => new Dec(x);
// wage 100/月, business 1200/年 = 100/月, wage 50/月: total 250/月 = 3000 twelfths; wage 150/月 = 1800
const entries: IncomeEntryFacts[] = [
  { kind: 'employment', perMonth: '100' },
  { kind: 'business' },
  { kind: 'employment', perMonth: '50' },
];
const amounts = [d('100'), d('1200'), d('50')];
const income = (deduction: string, skip?: number[]) =>
  nationalMemberIncome(DECIMAL, entries, amounts, 0, d(deduction), skip);
const text = (r: ReturnType<typeof nationalMemberIncome>) =>
  r === null ? null : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toString()]));

describe('nationalMemberIncome', () => {
  it('deduction 60/月 from wage 150/月: own = 250 − 60 = 190 a month (2280 twelfths)', () => {
    expect(text(income('60'))).toEqual({
      total: '3000',
      employment: '1800',
      employmentCost: '720',
      own: '2280',
    });
  });

  it('the deduction never exceeds the wage income, and is not taken from business income', () => {
    // deduction 200/月 > wage 150/月: only 150 is deducted; the business 100/月 stays
    expect(text(income('200'))).toEqual({
      total: '3000',
      employment: '1800',
      employmentCost: '1800',
      own: '1200',
    });
  });

  it('entries skipped for the 渐退期 are left out; absent incomes are unknown', () => {
    // skip the first wage entry: wage 50/月, business 100/月; deduction 60/月 → 50 deducted
    expect(text(income('60', [0]))).toEqual({
      total: '1800',
      employment: '600',
      employmentCost: '600',
      own: '1200',
    });
    expect(nationalMemberIncome(DECIMAL, null, [], 0, d('60'))).toBeNull();
  });

  it('employmentCostTwelfths: the smaller of the wage income and the deduction', () => {
    expect(employmentCostTwelfths(DECIMAL, d('1200'), d('720')).toString()).toBe('720');
    expect(employmentCostTwelfths(DECIMAL, d('600'), d('720')).toString()).toBe('600');
  });
});

describe('rigid expenditure and H′', () => {
  it('the medical costs, capped when the policy sets a cap; 0 when none are given', () => {
    expect(rigidDeductionTwelfths(DECIMAL, d('3600'), d('2400')).toString()).toBe('2400');
    expect(rigidDeductionTwelfths(DECIMAL, d('1800'), d('2400')).toString()).toBe('1800');
    expect(rigidDeductionTwelfths(DECIMAL, d('3600'), undefined).toString()).toBe('3600');
    expect(rigidDeductionTwelfths(DECIMAL, null, d('2400')).toString()).toBe('0');
  });

  it('H′ = the sum less the rigid expenditure, never below 0', () => {
    expect(countableIncome(DECIMAL, d('2280'), d('1800')).toString()).toBe('480');
    expect(countableIncome(DECIMAL, d('1800'), d('2280')).toString()).toBe('0');
  });
});

describe('traceNationalMemberIncome', () => {
  it('one step: the monthly income, the wage income, the deduction, and the income after it', () => {
    const t = new Tracer(true);
    traceNationalMemberIncome(DECIMAL, t, 'members[0]', income('60'), d('60'));
    expect(t.steps).toEqual([
      {
        rule: 'nationalIncome.member',
        article: '最低生活保障审核确认办法(2021)第13条',
        inputs: {
          member: 'members[0]',
          incomePerMonth: '250',
          employmentPerMonth: '150',
          employmentCostDeductionPerMonth: '60',
        },
        output: '190',
        note: '工资性收入扣除必要的就业成本 60 元/月（不超过工资性收入）后的本人月收入',
      },
    ]);
  });

  it('absent incomes: the step says the household income is unknown; untraced nothing is recorded', () => {
    const t = new Tracer(true);
    traceNationalMemberIncome(DECIMAL, t, 'members[1]', null, d('60'));
    expect(t.steps).toEqual([
      {
        rule: 'nationalIncome.member',
        article: '最低生活保障审核确认办法(2021)第13条',
        inputs: { member: 'members[1]', incomes: null },
        output: null,
        note: '成员收入未提供，家庭收入未知',
      },
    ]);
    const quiet = new Tracer(false);
    traceNationalMemberIncome(DECIMAL, quiet, 'members[1]', null, d('60'));
    expect(quiet.steps).toEqual([]);
  });
});
