/**
 * 周岁年龄 on the assessment date: the age every article of the household rules tests.
 */
import type { Tracer } from '../core/trace.js';

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Whole years (周岁) from `birthDate` to `on`, both validated `YYYY-MM-DD` strings with birth ≤ on. A year is
 * completed on the birthday; a birthday on 29 February is completed on 28 February of a common year
 * (民法典 第201条) — the same result as `ageOn` of `src/core/dates.ts` (a property test checks this), computed
 * from the strings without building dates because it runs once per member in batch assessments.
 * @see 第5条
 * @example ageOnIsoDates('2004-02-29', '2022-02-28') // 18
 */
export function ageOnIsoDates(birthDate: string, on: string): number {
  const yb = Number(birthDate.slice(0, 4));
  const yo = Number(on.slice(0, 4));
  let anniversary = birthDate.slice(5);
  if (anniversary === '02-29' && !isLeapYear(yo)) anniversary = '02-28';
  return on.slice(5) < anniversary ? yo - yb - 1 : yo - yb;
}

/**
 * A member's age in whole years (周岁) on the assessment date, traced.
 * @see 第5条
 * @see 第10条
 * @see 第11条
 * @example memberAge('2008-02-29', '2026-02-28', t, 'members[0]') // 18
 */
export function memberAge(birthDate: string, assessmentDate: string, t: Tracer, path: string): number {
  const age = ageOnIsoDates(birthDate, assessmentDate);
  if (t.enabled)
    t.step(
      'member.age',
      '民法典第201条',
      { member: path, birthDate, assessmentDate },
      age,
      '按评估日计算周岁年龄，生日当天满周岁（2月29日出生者平年以2月28日为生日）',
    );
  return age;
}
