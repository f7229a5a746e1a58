/**
 * 周岁年龄 on the assessment date: the age every article of the household rules tests.
 */
import { ageOn, parseIsoDate } from '../core/dates.js';
import type { Tracer } from '../core/trace.js';

/**
 * A member's age in whole years (周岁) on the assessment date. A year is completed on the birthday; a
 * birthday on 29 February is completed on 28 February of a common year (民法典 第201条).
 * @see 第5条
 * @see 第10条
 * @see 第11条
 * @example memberAge('2008-02-29', parseIsoDate('2026-02-28')) // 18
 */
export function memberAge(birthDate: string, assessmentDate: Date, t: Tracer, path: string): number {
  const age = ageOn(parseIsoDate(birthDate), assessmentDate);
  if (t.enabled)
    t.step(
      'member.age',
      '民法典第201条',
      { member: path, birthDate },
      age,
      '按评估日计算周岁年龄，生日当天满周岁（2月29日出生者平年以2月28日为生日）',
    );
  return age;
}
