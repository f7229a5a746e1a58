/**
 * 低保金 (社会救助暂行办法第12条): paid monthly as the 差额 between the local standard and the household's
 * per-capita income, for each member not cancelled under 第11条, plus the 第10条 special grants. Written once
 * for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import { MONTHS_PER_YEAR } from './household-income.js';

/**
 * The monthly 低保金 of a household, money strings with two decimals.
 * @see 社会救助暂行办法第12条
 */
export interface DibaoBenefit {
  basePerMonth: string;
  specialGrantsPerMonth: string;
  totalPerMonth: string;
}

/**
 * base = (S − I ÷ n) × (n − cancelled), computed exactly as (12·n·S − 12·I) × (n − cancelled) ÷ (12·n) and
 * rounded half-up to 0.01 once at the end (never from a rounded per-capita figure); specialGrants = Σ grants
 * of the members not cancelled, rounded once; total = base + specialGrants. `incomeTwelfths` = 12 × I of the
 * test that qualified (H, or A for 第6条, never below 0).
 * @see 社会救助暂行办法第12条
 * @see 第10条
 * @see 第11条
 * @example dibaoBenefit(DECIMAL, new Dec('12000'), 2, new Dec('620'), 0, [ZERO, ZERO], t) // base (1240 − 1000) × 2 ÷ 2 = 240.00
 */
export function dibaoBenefit<T, R>(
  A: Arithmetic<T, R>,
  incomeTwelfths: T,
  members: number,
  standardPerMonth: T,
  cancelled: number,
  grantsOfRemaining: readonly T[],
  t: Tracer,
): DibaoBenefit {
  const yearlyLine = A.times(standardPerMonth, MONTHS_PER_YEAR * members);
  const gap = A.sub(yearlyLine, incomeTwelfths);
  const paid = members - cancelled;
  const exact = A.isNeg(gap) ? A.zero : A.times(gap, paid); // 12·n × the exact base
  const base = A.roundMoneyPer(exact, MONTHS_PER_YEAR * members);
  let grantsExact = A.zero;
  for (const g of grantsOfRemaining) grantsExact = A.add(grantsExact, g);
  const grants = A.roundMoneyPer(grantsExact, 1);
  const total = A.add(base, grants);
  const baseText = A.money(base);
  const grantsText = A.money(grants);
  if (t.enabled) {
    const income = A.shownPer(incomeTwelfths, MONTHS_PER_YEAR);
    const S = A.shown(standardPerMonth);
    t.step(
      'dibaoBenefit.base',
      '社会救助暂行办法第12条',
      {
        standardPerMonth: S,
        incomePerMonth: income,
        members,
        cancelledMembers: cancelled,
        exact: A.shownPer(exact, MONTHS_PER_YEAR * members),
      },
      baseText,
      `差额 = (${S} − ${income} ÷ ${members}) × ${paid}人，精确计算后四舍五入到分`,
    );
    t.step(
      'dibaoBenefit.specialGrants',
      '第10条',
      { grants: grantsOfRemaining.map((g) => A.shown(g)), exact: A.shown(grantsExact) },
      grantsText,
      '未被取消待遇成员的特殊对象增发补助金之和，四舍五入到分',
    );
    t.step(
      'dibaoBenefit.total',
      '社会救助暂行办法第12条',
      { basePerMonth: baseText, specialGrantsPerMonth: grantsText },
      A.money(total),
      '每月低保金 = 差额 + 增发补助金',
    );
  }
  return { basePerMonth: baseText, specialGrantsPerMonth: grantsText, totalPerMonth: A.money(total) };
}

/**
 * What {@link householdBenefit} needs from the other rules.
 * @see 社会救助暂行办法第12条
 */
export interface HouseholdBenefitInput<T> {
  householdClass: 'dibao' | 'lowIncome' | 'none' | 'undetermined';
  basis: 'income' | 'illnessExpenditure' | null;
  /** 12 × H when known exactly. */
  incomeTwelfths: T | null;
  /** 12 × max(A, 0) when the 第6条 test ran and H is known. */
  afterMedicalTwelfths: T | null;
  members: number;
  standardPerMonth: T;
  /** Per member: cancelled under 第11条 (null = unknown). */
  cancelled: ReadonlyArray<boolean | null>;
  /** Per member: exact 第10条 grant. */
  grants: readonly T[];
  /** Paths that leave the 差额 open (income facts). */
  incomeMissing: readonly string[];
}

const NO_BENEFIT: { benefit: null; missing: readonly string[] } = Object.freeze({
  benefit: null,
  missing: Object.freeze([]),
});

/**
 * The household's 低保金, or `null` when the household is not (or not known to be) 低保, or when an unknown
 * fact (exact income, a member's cancellation) leaves the amount open — then `missing` says which. Uses
 * the income of the test that qualified (`basis`).
 * @see 社会救助暂行办法第12条
 * @see 第10条
 * @see 第11条
 */
export function householdBenefit<T, R>(
  A: Arithmetic<T, R>,
  input: HouseholdBenefitInput<T>,
  t: Tracer,
): { benefit: DibaoBenefit | null; missing: readonly string[] } {
  if (input.householdClass !== 'dibao') return NO_BENEFIT;
  const income = input.basis === 'illnessExpenditure' ? input.afterMedicalTwelfths : input.incomeTwelfths;
  if (income === null || input.basis === null) {
    if (t.enabled)
      t.step(
        'dibaoBenefit.base',
        '社会救助暂行办法第12条',
        { householdIncomePerMonth: null },
        null,
        '家庭收入未精确确定，低保金无法计算',
      );
    return { benefit: null, missing: input.incomeMissing };
  }
  let cancelled = 0;
  const remaining: T[] = [];
  for (let i = 0; i < input.cancelled.length; i++) {
    const c = input.cancelled[i];
    if (c === null) return NO_BENEFIT;
    if (c) cancelled++;
    else remaining.push(input.grants[i] as T);
  }
  return {
    benefit: dibaoBenefit(A, income, input.members, input.standardPerMonth, cancelled, remaining, t),
    missing: NO_BENEFIT.missing,
  };
}
