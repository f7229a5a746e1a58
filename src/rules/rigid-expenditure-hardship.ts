/**
 * 刚性支出困难家庭 (national rules, N8; 刚性支出困难家庭认定办法, in force from 2025-01-01): a household neither 低保,
 * 边缘 nor 特困 whose per-capita income is below last year's local per-capita disposable income, whose property
 * meets the local conditions and whose 刚性支出 of the last 12 months exceed the local share of its income.
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import type { HouseholdClass, Tri } from './household-types.js';

/** The article of the 刚性支出困难家庭 conditions. */
export const RIGID_EXPENDITURE_HARDSHIP_ARTICLE = '刚性支出困难家庭认定办法(2025)第4条';

/**
 * The first day of the 刚性支出困难家庭认定办法 (第十四条: 自2025年1月1日起施行).
 * @see 刚性支出困难家庭认定办法(2025)第14条
 */
export const RIGID_EXPENDITURE_HARDSHIP_FROM = '2025-01-01';

/**
 * What {@link rigidExpenditureHardship} reads.
 * @see 刚性支出困难家庭认定办法(2025)第4条
 */
export interface RigidExpenditureHardshipInput<T, R> {
  assessmentDate: string;
  conditions: { priorYearIncomePerYear: T; minShareOfIncome: R } | undefined;
  householdClass: HouseholdClass;
  /** Whether any member is 特困 (`null` = open). */
  anyExtremelyPoor: Tri;
  /** 12 × H: the household's monthly income after employment cost, before the rigid deduction; `null` = unknown. */
  incomeTwelfths: T | null;
  members: number;
  propertyMeetsLowIncome: Tri;
  rigidExpenditurePerYear: T | null;
  incomeMissing: readonly string[];
  propertyMissing: readonly string[];
}

function and3(a: Tri, b: Tri, c: Tri): Tri {
  if (a === false || b === false || c === false) return false;
  if (a === null || b === null || c === null) return null;
  return true;
}

/**
 * `{ eligible }` for a household whose class is decided `none` with no member 特困, on assessment dates from
 * 2025-01-01, when the policy sets the conditions; `null` otherwise. Eligible iff (二) H ÷ n × 12 < last year's
 * per-capita disposable income, (三) the 低收入 property conditions hold, and (四) the 刚性支出 of the last 12 months
 * exceed `minShareOfIncome` × 12·H (“超出”: strictly; any positive amount when H = 0). Unknown facts leave
 * `eligible` null and are listed.
 * @see 刚性支出困难家庭认定办法(2025)第4条
 * @see 刚性支出困难家庭认定办法(2025)第5条
 */
export function rigidExpenditureHardship<T, R>(
  A: Arithmetic<T, R>,
  input: RigidExpenditureHardshipInput<T, R>,
  t: Tracer,
): { result: { eligible: Tri } | null; missing: string[] } {
  const c = input.conditions;
  if (
    c === undefined ||
    input.assessmentDate < RIGID_EXPENDITURE_HARDSHIP_FROM ||
    input.householdClass !== 'none' ||
    input.anyExtremelyPoor === true
  )
    return { result: null, missing: [] };
  const h = input.incomeTwelfths;
  const below: Tri = h === null ? null : A.lt(h, A.times(c.priorYearIncomePerYear, input.members));
  const r = input.rigidExpenditurePerYear;
  const over: Tri = h === null || r === null ? null : A.cmpScaled(r, h, c.minShareOfIncome) > 0;
  const property = input.propertyMeetsLowIncome;
  let eligible = and3(below, property, over);
  // A member whose 特困 status is open may make the household ineligible to be assessed at all (第4条(一)).
  if (input.anyExtremelyPoor === null) eligible = null;
  const missing: string[] = [];
  if (eligible === null) {
    if (h === null) missing.push(...input.incomeMissing);
    if (property === null) missing.push(...input.propertyMissing);
    if (r === null) missing.push('rigidExpenditurePerYear');
  }
  if (t.enabled)
    t.step(
      'rigidExpenditureHardship.household',
      RIGID_EXPENDITURE_HARDSHIP_ARTICLE,
      {
        yearlyIncome: h === null ? null : A.shown(h),
        members: input.members,
        priorYearResidentDisposableIncomePerYear: A.shown(c.priorYearIncomePerYear),
        minShareOfIncome: A.shownRate(c.minShareOfIncome),
        rigidExpenditurePerYear: r === null ? null : A.shown(r),
        propertyMeetsLowIncome: property,
      },
      eligible,
      `人均年收入低于上年度居民人均可支配收入：${below ?? '未知'}；财产符合条件：${property ?? '未知'}；刚性支出超出家庭年收入的规定比例：${over ?? '未知'}`,
    );
  return { result: { eligible }, missing };
}
