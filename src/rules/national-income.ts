/**
 * 家庭收入 under the national rules (policy.rulesVersion `national2021`, N1): one countable income H′ — each
 * member's income after the 必要的就业成本 taken from their wage income, less the household's 刚性支出 (its
 * out-of-pocket medical costs, capped by the policy), never below 0. Sums are kept exactly in twelfths (12 × the
 * monthly amount), as the seed's income rule does.
 */
import { type Dec, MONTHS_PER_YEAR, ZERO } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import { shown } from './display.js';

/**
 * One member's income under N1, in twelfths.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export interface NationalMemberIncome {
  /** All countable entries (perMonth × 12 + perYear). */
  total: Dec;
  /** The `employment` (工资性收入) entries. */
  employment: Dec;
  /** 必要的就业成本 deducted: min(policy deduction × 12, employment). */
  employmentCost: Dec;
  /** total − employmentCost. */
  own: Dec;
}

/** The twelfths of one income entry (perMonth × 12, or perYear). */
export function entryTwelfths(e: { perMonth?: Dec | undefined; perYear?: Dec | undefined }): Dec {
  return e.perMonth !== undefined ? e.perMonth.mul(MONTHS_PER_YEAR) : (e.perYear as Dec);
}

/**
 * 必要的就业成本 of one member, in twelfths: the policy's monthly deduction, taken from the member's wage income
 * (`employment` entries) only and never more than it.
 * @see 最低生活保障审核确认办法(2021)第13条
 * @example employmentCostTwelfths(new Dec(720), new Dec(1200)).toString() // '720' (60 a month of 100)
 */
export function employmentCostTwelfths(employment: Dec, deductionTwelfths: Dec): Dec {
  return employment.lt(deductionTwelfths) ? employment : deductionTwelfths;
}

/**
 * A member's income under N1 (`null` when `incomes` is absent: unknown), with the entries listed in
 * `skip` left out (the 渐退期 recomputation, N5).
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function nationalMemberIncome(
  member: ParsedMember,
  deductionPerMonth: Dec,
  skip?: ReadonlySet<number>,
): NationalMemberIncome | null {
  if (member.incomes === undefined) return null;
  let total = ZERO;
  let employment = ZERO;
  member.incomes.forEach((e, j) => {
    if (skip?.has(j)) return;
    const x = entryTwelfths(e);
    total = total.add(x);
    if (e.kind === 'employment') employment = employment.add(x);
  });
  const employmentCost = employmentCostTwelfths(employment, deductionPerMonth.mul(MONTHS_PER_YEAR));
  return { total, employment, employmentCost, own: total.sub(employmentCost) };
}

/**
 * The 刚性支出 deducted from the household income, in twelfths: the out-of-pocket medical costs of the last 12
 * months (already a yearly figure = 12 × monthly), capped by `rigidExpenditureDeductionCapPerYear` when set;
 * 0 when no costs are given.
 * @see 最低生活保障审核确认办法(2021)第13条
 * @example rigidDeductionTwelfths(new Dec(3600), new Dec(2400)).toString() // '2400' (200 a month)
 */
export function rigidDeductionTwelfths(medicalPerYear: Dec | undefined, capPerYear: Dec | undefined): Dec {
  if (medicalPerYear === undefined) return ZERO;
  return capPerYear !== undefined && capPerYear.lt(medicalPerYear) ? capPerYear : medicalPerYear;
}

/**
 * H′ = max(0, Σ counted members' income after employment cost − rigid expenditure), in twelfths.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function countableIncome(ownSum: Dec, rigid: Dec): Dec {
  const h = ownSum.sub(rigid);
  return h.isNeg() ? ZERO : h;
}

/**
 * Traces one member's N1 income.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function traceNationalMemberIncome(
  t: Tracer,
  path: string,
  income: NationalMemberIncome | null,
  deductionPerMonth: Dec,
): void {
  if (!t.enabled) return;
  if (income === null) {
    t.step(
      'nationalIncome.member',
      '最低生活保障审核确认办法(2021)第13条',
      { member: path, incomes: null },
      null,
      '成员收入未提供，家庭收入未知',
    );
    return;
  }
  t.step(
    'nationalIncome.member',
    '最低生活保障审核确认办法(2021)第13条',
    {
      member: path,
      incomePerMonth: shown(income.total.div(MONTHS_PER_YEAR)),
      employmentPerMonth: shown(income.employment.div(MONTHS_PER_YEAR)),
      employmentCostDeductionPerMonth: shown(deductionPerMonth),
    },
    shown(income.own.div(MONTHS_PER_YEAR)),
    `工资性收入扣除必要的就业成本 ${shown(income.employmentCost.div(MONTHS_PER_YEAR))} 元/月（不超过工资性收入）后的本人月收入`,
  );
}
