/**
 * 家庭类别 under the national rules (N2): 低保 below the standard, 最低生活保障边缘家庭 below 1.5 times it — one
 * income H′, no gap at the standard and no property gap. Written once for both arithmetics (`arithmetic.ts`).
 */
import type { Arithmetic } from './arithmetic.js';
import type { IncomeClass } from './household-types.js';

/**
 * 最低生活保障边缘家庭: per-capita income below 1.5 × the local 低保 standard (the default of
 * `policy.lowIncomeMultiplier` under national2021).
 * @see 最低生活保障审核确认办法(2021)第8条
 */
export const NATIONAL_LOW_INCOME_MULTIPLIER = '1.5';

/**
 * The multiplier m of the 边缘 line: `policy.lowIncomeMultiplier`, or 1.5.
 * @see 最低生活保障审核确认办法(2021)第8条
 */
export function nationalLowIncomeMultiplier<T, R>(A: Arithmetic<T, R>, fromPolicy: R | null): R {
  return fromPolicy ?? A.rate(NATIONAL_LOW_INCOME_MULTIPLIER);
}

/**
 * The national class at one point, in twelfths (`yearlyLine` = 12·n·S): `dibao` iff H′ < 12·n·S (≤ with
 * `inclusive`) and the 低保 property conditions hold; else `lowIncome` iff H′ < m·12·n·S (always strict: 低于)
 * and the 低收入 (边缘) property conditions hold; else `none`. Income below the standard with only the 低保
 * property failing is 边缘 — the national definition (不符合最低生活保障条件 … 人均收入低于 1.5 倍) has no gap.
 * @see 最低生活保障审核确认办法(2021)第8条
 * @see 社会救助暂行办法第9条
 * @example nationalIncomeClass(DECIMAL, new Dec(7200), true, true, new Dec(7200), new Dec('1.5'), false) // 'lowIncome'
 */
export function nationalIncomeClass<T, R>(
  A: Arithmetic<T, R>,
  householdTwelfths: T,
  propertyMeetsDibao: boolean,
  propertyMeetsLowIncome: boolean,
  yearlyLine: T,
  multiplier: R,
  inclusive: boolean,
): IncomeClass {
  const below = A.lt(householdTwelfths, yearlyLine) || (inclusive && A.eq(householdTwelfths, yearlyLine));
  if (below && propertyMeetsDibao) return 'dibao';
  if (propertyMeetsLowIncome && A.cmpScaled(householdTwelfths, yearlyLine, multiplier) < 0)
    return 'lowIncome';
  return 'none';
}
