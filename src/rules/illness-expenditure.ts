/**
 * 因病支出型贫困家庭 (第6条): the household's yearly income less out-of-pocket medical costs, per head,
 * against the 低保 and the 低收入 standards — with the 低保 property conditions for both. Written once for
 * both arithmetics (`arithmetic.ts`).
 */
import type { Arithmetic } from './arithmetic.js';
import type { IncomeClass } from './household-types.js';

/**
 * The 第6条 class at one point: A < 12·n·S → `dibao`; A < 2·12·n·S → `lowIncome` (the 低收入认定标准 is twice
 * the 低保 standard, 第5条(3)); both need the 低保 property conditions (the text says "符合当地申请最低生活保障
 * 家庭经济状况认定条件"). With `inclusive` (thresholdInclusive) the bounds include equality. `a` = A = 12·H −
 * medical, `yearlyStandard` = 12·n·S and `yearlyLowIncomeLine` its multiple of the 低收入 bound, in one unit
 * (twelfths, or doubled twelfths for the samples of the classification).
 * @see 第6条
 * @example illnessExpenditureClass(DECIMAL, new Dec('7000'), true, new Dec('7440'), new Dec('14880'), false) // 'dibao'
 */
export function illnessExpenditureClass<T, R>(
  A: Arithmetic<T, R>,
  a: T,
  propertyMeetsDibao: boolean,
  yearlyStandard: T,
  yearlyLowIncomeLine: T,
  inclusive: boolean,
): IncomeClass {
  if (!propertyMeetsDibao) return 'none';
  if (A.lt(a, yearlyStandard) || (inclusive && A.eq(a, yearlyStandard))) return 'dibao';
  if (A.lt(a, yearlyLowIncomeLine) || (inclusive && A.eq(a, yearlyLowIncomeLine))) return 'lowIncome';
  return 'none';
}

/**
 * 12 × max(A, 0) for per-capita display and the 差额 on the 第6条 basis (costs above income leave nothing to
 * count, not a negative income); `null` when no medical costs were given or H is not known exactly.
 * @see 第6条
 */
export function afterMedicalTwelfths<T, R>(
  A: Arithmetic<T, R>,
  householdTwelfths: T | null,
  medicalPerYear: T | null,
): T | null {
  if (householdTwelfths === null || medicalPerYear === null) return null;
  const a = A.sub(householdTwelfths, medicalPerYear);
  return A.isNeg(a) ? A.zero : a;
}
