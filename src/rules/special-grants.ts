/**
 * 低保特殊对象 (第10条): 重病患者、重残人员、70周岁以上老年人和未成年人 in a 低保 household receive an
 * extra grant of a locally set share of the 低保 standard. Written once for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import type { Arithmetic } from './arithmetic.js';
import type { PolicyFigures } from './household-facts.js';
import type { AssessmentWarning, SpecialGroup } from './household-types.js';

/**
 * "70周岁以上老年人": aged 70 or more ("以上" includes 70).
 * @see 第10条
 */
export const AGE_70_PLUS = 70;
/**
 * "未成年人": younger than 18 (民法典第17条).
 * @see 第10条
 */
export const ADULT_AGE = 18;
/**
 * "重残人员": disability grade 1–2 of any category.
 * @see 第10条
 */
export const SEVERE_DISABILITY_MAX_GRADE = 2;

/**
 * The Chinese name of each 第10条 special group, as notes and warnings write it.
 * @see 第10条
 */
export const SPECIAL_GROUP_NAMES: Readonly<Record<SpecialGroup, string>> = {
  seriousIllness: '重病患者',
  severeDisability: '重残人员',
  age70Plus: '70周岁以上老年人',
  minor: '未成年人',
};

/**
 * The 第10条 special groups a member belongs to, in a fixed order: seriousIllness (`seriousIllness: true`),
 * severeDisability (disability grade 1–2 of any category), age70Plus (age ≥ 70, "以上" includes 70),
 * minor (age < 18, 未成年人 under 民法典 第17条).
 * @see 第10条
 * @example specialGroups({ birthDate: '1950-01-01', seriousIllness: true }, 76) // ['seriousIllness', 'age70Plus']
 */
export function specialGroups(
  member: Omit<ParsedMember, 'incomes'>,
  age: number,
  t?: Tracer,
  path = '',
): SpecialGroup[] {
  const groups: SpecialGroup[] = [];
  if (member.seriousIllness === true) groups.push('seriousIllness');
  if (member.disability !== undefined && member.disability.grade <= SEVERE_DISABILITY_MAX_GRADE)
    groups.push('severeDisability');
  if (age >= AGE_70_PLUS) groups.push('age70Plus');
  if (age < ADULT_AGE) groups.push('minor');
  if (t?.enabled && groups.length > 0)
    t.step(
      'specialGroups.member',
      '第10条',
      {
        member: path,
        age,
        seriousIllness: member.seriousIllness ?? null,
        disabilityGrade: member.disability ? member.disability.grade : null,
      },
      groups,
      groups
        .map((g) =>
          g === 'age70Plus'
            ? `${age} ≥ 70：70周岁以上老年人`
            : g === 'minor'
              ? `${age} < 18：未成年人`
              : g === 'severeDisability'
                ? `残疾${member.disability?.grade}级（1–2级）：重残人员`
                : '重病患者',
        )
        .join('；'),
    );
  return groups;
}

/**
 * A member's 第10条 grant in a 低保 household = S × rate of each group, combined by `specialGrantStacking`:
 * `max` (default, one grant per person, the highest) or `sum` — exact, not rounded (the household's grants
 * are rounded once, in the 低保金). Only members of a `dibao` household (城乡低保对象) get one: the caller asks
 * only for them. A group whose rate is not set counts 0 (see {@link rateNotSetWarnings}).
 * @see 第10条
 */
export function specialGrant<T, R>(
  A: Arithmetic<T, R>,
  groups: readonly SpecialGroup[],
  p: Pick<PolicyFigures<T, R>, 'rates' | 'stackingSum'>,
  standardPerMonth: T,
  t: Tracer,
  path: string,
): T {
  let total = A.zero;
  const parts: string[] | null = t.enabled ? [] : null;
  for (const g of groups) {
    const rate = p.rates[g];
    if (rate === undefined) {
      parts?.push(`${SPECIAL_GROUP_NAMES[g]} 比例未设定 → 0`);
      continue;
    }
    const amount = A.scale(standardPerMonth, rate);
    parts?.push(
      `${SPECIAL_GROUP_NAMES[g]} ${A.shown(standardPerMonth)} × ${A.shownRate(rate)} = ${A.shown(amount)}`,
    );
    total = p.stackingSum ? A.add(total, amount) : A.max(total, amount);
  }
  if (parts !== null && groups.length > 0)
    t.step(
      'specialGrant.member',
      '第10条',
      {
        member: path,
        groups: [...groups],
        stacking: p.stackingSum ? 'sum' : 'max',
        standardPerMonth: A.shown(standardPerMonth),
        grants: parts,
      },
      A.shown(total),
      stackingNote(p.stackingSum),
    );
  return total;
}

/**
 * One `SPECIAL_GRANT_RATE_NOT_SET` warning per special group present in a 低保 household whose rate the
 * policy does not set (the grant counts 0 for it); `groups[i]` are member i's special groups.
 * @see 第10条
 */
export function rateNotSetWarnings(
  groups: ReadonlyArray<readonly SpecialGroup[]>,
  rates: Readonly<Record<SpecialGroup, unknown>>,
): AssessmentWarning[] {
  let byGroup: Map<SpecialGroup, string[]> | null = null;
  for (let i = 0; i < groups.length; i++)
    for (const group of groups[i] as readonly SpecialGroup[]) {
      if (rates[group] !== undefined) continue;
      byGroup ??= new Map();
      const list = byGroup.get(group);
      if (list) list.push(`members[${i}]`);
      else byGroup.set(group, [`members[${i}]`]);
    }
  const out: AssessmentWarning[] = [];
  if (byGroup !== null)
    for (const [g, paths] of byGroup)
      out.push({
        code: 'SPECIAL_GRANT_RATE_NOT_SET',
        article: '第10条',
        message: `${paths.join('、')} 属于${SPECIAL_GROUP_NAMES[g]}，但政策未设定该类增发补助金比例（specialGrantRates.${g}），按 0 计算；比例由当地县级民政部门确定`,
      });
  return out;
}

/**
 * The note of a member's grant: one grant per person, the highest (`max`), or the sum of the groups' grants.
 * @see 第10条
 */
export function stackingNote(sum: boolean): string {
  return sum ? '属多类特殊对象的，各项增发补助金相加' : '属多类特殊对象的，取最高一项增发补助金';
}
