/**
 * 因病支出型贫困家庭 (第6条): the household's yearly income less out-of-pocket medical costs, per head,
 * against the 低保 and the 低收入 standards — with the 低保 property conditions for both.
 */
import { type Dec, ZERO } from '../core/money.js';
import type { IncomeClass } from './household-types.js';

/**
 * Yearly income after medical costs A = 12 × H − medical (exact; may be negative when costs exceed income).
 * @see 第6条
 * @example incomeAfterMedical(new Dec('12000'), new Dec('5000')).toString() // '7000'
 */
export function incomeAfterMedical(householdTwelfths: Dec, medicalPerYear: Dec): Dec {
  return householdTwelfths.sub(medicalPerYear);
}

/**
 * The income used for per-capita figures and the 差额 on the 第6条 basis: A, but never below 0
 * (costs above income leave nothing to count, not a negative income).
 * @see 第6条
 */
export function countableIncomeAfterMedical(a: Dec): Dec {
  return a.isNeg() ? ZERO : a;
}

/**
 * The 第6条 class at one point: A < 12·n·S → `dibao`; A < 2·12·n·S → `lowIncome` (the 低收入认定标准 is twice
 * the 低保 standard, 第5条(3)); both need the 低保 property conditions (the text says "符合当地申请最低生活保障
 * 家庭经济状况认定条件"). With `inclusive` (docs/contract.md#known-gaps-in-the-text) the bounds include equality.
 * `yearlyStandard` = 12·n·S.
 * @see 第6条
 */
export function illnessExpenditureClass(
  a: Dec,
  propertyMeetsDibao: boolean,
  yearlyStandard: Dec,
  inclusive: boolean,
  doubleStandard: Dec = yearlyStandard.add(yearlyStandard),
): IncomeClass {
  if (!propertyMeetsDibao) return 'none';
  const c1 = a.cmp(yearlyStandard);
  if (c1 < 0 || (inclusive && c1 === 0)) return 'dibao';
  const c2 = a.cmp(doubleStandard);
  if (c2 < 0 || (inclusive && c2 === 0)) return 'lowIncome';
  return 'none';
}

/**
 * 12 × max(A, 0) for per-capita display and the 差额 on the 第6条 basis; `null` when no medical costs were
 * given or H is not known exactly.
 * @see 第6条
 */
export function afterMedicalTwelfths(householdTwelfths: Dec | null, medicalPerYear: Dec | null): Dec | null {
  if (householdTwelfths === null || medicalPerYear === null) return null;
  return countableIncomeAfterMedical(incomeAfterMedical(householdTwelfths, medicalPerYear));
}
