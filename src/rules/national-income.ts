/**
 * 家庭收入 under the national rules (policy.rulesVersion `national2021`, N1): one countable income H′ — each
 * member's income after the 必要的就业成本 taken from their wage income, less the household's 刚性支出 (its
 * out-of-pocket medical costs, capped by the policy), never below 0. Sums are kept exactly in twelfths (12 × the
 * monthly amount), as the seed's income rule does. Written once for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import type { IncomeEntryFacts } from './household-facts.js';
import { MONTHS_PER_YEAR } from './household-income.js';

/** The article of N1. */
const INCOME_ARTICLE = '最低生活保障审核确认办法(2021)第13条';

/**
 * One member's income under N1, in twelfths.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export interface NationalMemberIncome<T> {
  /** All countable entries (perMonth × 12 + perYear). */
  total: T;
  /** The `employment` (工资性收入) entries. */
  employment: T;
  /** 必要的就业成本 deducted: min(policy deduction × 12, employment). */
  employmentCost: T;
  /** total − employmentCost. */
  own: T;
}

/**
 * 必要的就业成本 of one member, in twelfths: the policy's monthly deduction, taken from the member's wage income
 * (`employment` entries) only and never more than it.
 * @see 最低生活保障审核确认办法(2021)第13条
 * @example employmentCostTwelfths(DECIMAL, new Dec(720), new Dec(1200)).toString() // '720' (60 a month of 100)
 */
export function employmentCostTwelfths<T, R>(A: Arithmetic<T, R>, employment: T, deductionTwelfths: T): T {
  return A.lt(employment, deductionTwelfths) ? employment : deductionTwelfths;
}

/**
 * A member's income under N1 (`null` when `incomes` is absent: unknown): `entries` with their amounts at
 * `amounts[first + j]` (perMonth or perYear as given), the entries listed in `skip` left out (the 渐退期
 * recomputation, N5).
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function nationalMemberIncome<T, R>(
  A: Arithmetic<T, R>,
  entries: readonly IncomeEntryFacts[] | null,
  amounts: readonly T[],
  first: number,
  deductionPerMonth: T,
  skip?: readonly number[],
): NationalMemberIncome<T> | null {
  if (entries === null) return null;
  let total = A.zero;
  let employment = A.zero;
  for (let j = 0; j < entries.length; j++) {
    if (skip?.includes(j)) continue;
    const e = entries[j] as IncomeEntryFacts;
    const given = amounts[first + j] as T;
    const x = e.perMonth !== undefined ? A.times(given, MONTHS_PER_YEAR) : given;
    total = A.add(total, x);
    if (e.kind === 'employment') employment = A.add(employment, x);
  }
  const employmentCost = employmentCostTwelfths(A, employment, A.times(deductionPerMonth, MONTHS_PER_YEAR));
  return { total, employment, employmentCost, own: A.sub(total, employmentCost) };
}

/**
 * The 刚性支出 deducted from the household income, in twelfths: the out-of-pocket medical costs of the last 12
 * months (already a yearly figure = 12 × monthly), capped by `rigidExpenditureDeductionCapPerYear` when set;
 * 0 when no costs are given.
 * @see 最低生活保障审核确认办法(2021)第13条
 * @example rigidDeductionTwelfths(DECIMAL, new Dec(3600), new Dec(2400)).toString() // '2400' (200 a month)
 */
export function rigidDeductionTwelfths<T, R>(
  A: Arithmetic<T, R>,
  medicalPerYear: T | null,
  capPerYear: T | undefined,
): T {
  if (medicalPerYear === null) return A.zero;
  return capPerYear !== undefined && A.lt(capPerYear, medicalPerYear) ? capPerYear : medicalPerYear;
}

/**
 * H′ = max(0, Σ counted members' income after employment cost − rigid expenditure), in twelfths.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function countableIncome<T, R>(A: Arithmetic<T, R>, ownSum: T, rigid: T): T {
  const h = A.sub(ownSum, rigid);
  return A.isNeg(h) ? A.zero : h;
}

/**
 * Traces one member's N1 income.
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export function traceNationalMemberIncome<T, R>(
  A: Arithmetic<T, R>,
  t: Tracer,
  path: string,
  income: NationalMemberIncome<T> | null,
  deductionPerMonth: T,
): void {
  if (!t.enabled) return;
  if (income === null) {
    t.step(
      'nationalIncome.member',
      INCOME_ARTICLE,
      { member: path, incomes: null },
      null,
      '成员收入未提供，家庭收入未知',
    );
    return;
  }
  t.step(
    'nationalIncome.member',
    INCOME_ARTICLE,
    {
      member: path,
      incomePerMonth: A.shownPer(income.total, MONTHS_PER_YEAR),
      employmentPerMonth: A.shownPer(income.employment, MONTHS_PER_YEAR),
      employmentCostDeductionPerMonth: A.shown(deductionPerMonth),
    },
    A.shownPer(income.own, MONTHS_PER_YEAR),
    `工资性收入扣除必要的就业成本 ${A.shownPer(income.employmentCost, MONTHS_PER_YEAR)} 元/月（不超过工资性收入）后的本人月收入`,
  );
}
