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
 * 家庭经济状况认定条件"). With `inclusive` (DESIGN §5) the bounds include equality.
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
 * Whether the 第6条 test sets the household's class and basis: when it ranks higher than the income test
 * (低保 > 低收入 > none), and on a tie (both 低保 or both 低收入) when medical costs are above 0 — its lower
 * income A then gives the larger 差额, so more income never pays more (the v1.1 tie correction). With no
 * medical costs A equals 12·H and the income test stays the basis. Ranks are 0 none, 1 低收入, 2 低保.
 * @see 第6条
 * @example illnessDecides(2, 2, true) // true: both 低保, medical > 0 → the 第6条 basis and its 差额
 */
export function illnessDecides(illnessRank: number, incomeRank: number, medicalAboveZero: boolean): boolean {
  return illnessRank > incomeRank || (illnessRank === incomeRank && illnessRank > 0 && medicalAboveZero);
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
