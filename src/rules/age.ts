/**
 * 周岁年龄 on the assessment date: the age every article of the household rules tests.
 */
import type { Tracer } from '../core/trace.js';

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Whole years (周岁) from `birth` to `on`, both `YYYYMMDD` day numbers of valid dates with birth ≤ on. A
 * year is completed on the birthday; a birthday on 29 February is completed on 28 February of a common year
 * (民法典 第201条) — the same result as `ageOn` of `src/core/dates.ts` (a property test checks this), computed
 * on numbers because it runs once per member in batch assessments.
 * @see 第5条
 * @example ageOnDays(20080229, 20260228) // 18
 */
export function ageOnDays(birth: number, on: number): number {
  const monthDay = on % 10_000;
  const yo = (on - monthDay) / 10_000;
  let anniversary = birth % 10_000;
  if (anniversary === 229 && !isLeapYear(yo)) anniversary = 228;
  const years = yo - (birth - (birth % 10_000)) / 10_000;
  return monthDay < anniversary ? years - 1 : years;
}

/**
 * {@link ageOnDays} of two validated `YYYY-MM-DD` dates.
 * @see 第5条
 * @example ageOnIsoDates('2004-02-29', '2022-02-28') // 18
 */
export function ageOnIsoDates(birthDate: string, on: string): number {
  const day = (s: string) =>
    Number(s.slice(0, 4)) * 10_000 + Number(s.slice(5, 7)) * 100 + Number(s.slice(8, 10));
  return ageOnDays(day(birthDate), day(on));
}

/**
 * A member's age in whole years (周岁) on the assessment date, traced.
 * @see 第5条
 * @see 第10条
 * @see 第11条
 * @example memberAge({ birthDate: '2008-02-29', birthDay: 20080229 }, { assessmentDate: '2026-02-28', day: 20260228 }, t, 'members[0]') // 18
 */
export function memberAge(
  member: { birthDate: string; birthDay: number },
  household: { assessmentDate: string; day: number },
  t: Tracer,
  path: string,
): number {
  const age = ageOnDays(member.birthDay, household.day);
  if (t.enabled)
    t.step(
      'member.age',
      '民法典第201条',
      { member: path, birthDate: member.birthDate, assessmentDate: household.assessmentDate },
      age,
      '按评估日计算周岁年龄，生日当天满周岁（2月29日出生者平年以2月28日为生日）',
    );
  return age;
}
