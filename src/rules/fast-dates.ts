/**
 * Dates of the fast path as `YYYYMMDD` numbers (`dayKey` of `src/schema/fen-household.ts`): the member's
 * age (民法典 第201条) and the start of a window counted back in months (第11条), without slicing strings.
 */
import type { Tracer } from '../core/trace.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * `ageOnIsoDates` of `age.ts` on `YYYYMMDD` numbers (birth ≤ on): whole years, a 29 February birthday
 * completed on 28 February of a common year (民法典 第201条); traced as `memberAge` traces it.
 * @see 第5条
 * @example ageOnDays(20080229, 20260228) // 18
 */
export function ageOnDays(
  birth: number,
  on: number,
  t?: Tracer,
  path = '',
  birthDate = '',
  onDate = '',
): number {
  const monthDay = on % 10_000;
  const yo = (on - monthDay) / 10_000;
  let anniversary = birth % 10_000;
  if (anniversary === 229 && !isLeap(yo)) anniversary = 228;
  const years = yo - (birth - (birth % 10_000)) / 10_000;
  const age = monthDay < anniversary ? years - 1 : years;
  if (t?.enabled)
    t.step(
      'member.age',
      '民法典第201条',
      { member: path, birthDate, assessmentDate: onDate },
      age,
      '按评估日计算周岁年龄，生日当天满周岁（2月29日出生者平年以2月28日为生日）',
    );
  return age;
}

/**
 * `shiftIsoMonths` of `src/core/dates.ts` on a `YYYYMMDD` day: the date `months` calendar months away
 * (month-end clamped), as `YYYY-MM-DD`.
 * @see 第11条
 * @example shiftedDayText(20260831, -6) // '2026-02-28'
 */
export function shiftedDayText(day: number, months: number): string {
  const d = day % 100;
  const ym = (day - d) / 100;
  const m = ym % 100;
  const total = ((ym - m) / 100) * 12 + m - 1 + months;
  const m0 = total % 12;
  const y = (total - m0) / 12;
  const dim = m0 === 1 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m0] as number);
  const dd = Math.min(d, dim);
  return `${y}-${m0 < 9 ? '0' : ''}${m0 + 1}-${dd < 10 ? '0' : ''}${dd}`;
}
