/**
 * 低保特殊对象 (第10条): 重病患者、重残人员、70周岁以上老年人和未成年人 in a 低保 household receive an
 * extra grant of a locally set share of the 低保 standard.
 */
import { type Dec, ZERO } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import { shown } from './display.js';
import type { AssessmentWarning, HouseholdClass, SpecialGroup } from './household-types.js';

const GROUP_NAME: Record<SpecialGroup, string> = {
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
export function specialGroups(member: ParsedMember, age: number, t?: Tracer, path = ''): SpecialGroup[] {
  const groups: SpecialGroup[] = [];
  if (member.seriousIllness === true) groups.push('seriousIllness');
  if (member.disability !== undefined && member.disability.grade <= 2) groups.push('severeDisability');
  if (age >= 70) groups.push('age70Plus');
  if (age < 18) groups.push('minor');
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
 * One member's grant and the groups whose rate the policy does not set.
 * @see 第10条
 */
export interface SpecialGrant {
  /** Exact grant, 元/月 (not rounded); 0 outside a 低保 household. */
  perMonth: Dec;
  /** `false` when the household is not 低保 (no grant is due, none computed). */
  due: boolean;
  ratesNotSet: SpecialGroup[];
}

const NOT_DUE: SpecialGrant = { perMonth: ZERO, due: false, ratesNotSet: [] };

/**
 * A member's 第10条 grant = S × rate of each group, combined by `specialGrantStacking`: `max` (default, one
 * grant per person, the highest) or `sum`. Only members of a `dibao` household (城乡低保对象) get one. A group
 * whose rate is not set counts 0 and is reported.
 * @see 第10条
 */
export function specialGrant(
  householdClass: HouseholdClass,
  groups: readonly SpecialGroup[],
  policy: ParsedPolicy,
  standardPerMonth: Dec,
  t: Tracer,
  path: string,
): SpecialGrant {
  if (householdClass !== 'dibao') return NOT_DUE;
  const stacking = policy.specialGrantStacking ?? 'max';
  const rates = policy.specialGrantRates;
  let total = ZERO;
  const ratesNotSet: SpecialGroup[] = [];
  const parts: string[] = [];
  for (const g of groups) {
    const rate = rates?.[g];
    if (rate === undefined) {
      ratesNotSet.push(g);
      if (t.enabled) parts.push(`${GROUP_NAME[g]} 比例未设定 → 0`);
      continue;
    }
    const amount = standardPerMonth.mul(rate);
    if (t.enabled)
      parts.push(`${GROUP_NAME[g]} ${shown(standardPerMonth)} × ${shown(rate)} = ${shown(amount)}`);
    total = stacking === 'sum' ? total.add(amount) : amount.gt(total) ? amount : total;
  }
  if (t.enabled && groups.length > 0)
    t.step(
      'specialGrant.member',
      '第10条',
      {
        member: path,
        groups: [...groups],
        stacking,
        standardPerMonth: shown(standardPerMonth),
        grants: parts,
      },
      shown(total),
      stackingNote(stacking === 'sum'),
    );
  return { perMonth: total, due: true, ratesNotSet };
}

/**
 * One `SPECIAL_GRANT_RATE_NOT_SET` warning per special group present in a 低保 household whose rate the
 * policy does not set (the grant counts 0 for it); `grants[i]` is member i's grant.
 * @see 第10条
 */
export function rateNotSetWarnings(grants: readonly SpecialGrant[]): AssessmentWarning[] {
  const byGroup = new Map<SpecialGroup, string[]>();
  grants.forEach((g, i) => {
    for (const group of g.ratesNotSet) {
      const list = byGroup.get(group);
      if (list) list.push(`members[${i}]`);
      else byGroup.set(group, [`members[${i}]`]);
    }
  });
  const out: AssessmentWarning[] = [];
  for (const [g, paths] of byGroup)
    out.push({
      code: 'SPECIAL_GRANT_RATE_NOT_SET',
      article: '第10条',
      message: `${paths.join('、')} 属于${GROUP_NAME[g]}，但政策未设定该类增发补助金比例（specialGrantRates.${g}），按 0 计算；比例由当地县级民政部门确定`,
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
