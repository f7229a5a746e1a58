/**
 * 最低生活保障与就业援助的衔接 (第11条): working age, cancellation of an urban 低保 member's benefit after
 * three or more refused job referrals within half a year, and the community-service obligation.
 */
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import { shiftedDayText } from './fast-dates.js';
import type { LaborAge } from './household-facts.js';
import type { HouseholdClass, Tri } from './household-types.js';

export type { LaborAge } from './household-facts.js';

/**
 * Default working ages: 16 ≤ age < 60 (men) / 55 (women).
 * @see 第11条
 */
export const DEFAULT_LABOR_AGE = { min: 16, maxMale: 60, maxFemale: 55 } as const;
/**
 * "半年内": the refusal window in months.
 * @see 第11条
 */
export const REFUSAL_WINDOW_MONTHS = 6;
/**
 * "三次以上" = ≥ 3 (民法典 第1259条).
 * @see 第11条
 */
export const REFUSALS_FOR_CANCELLATION = 3;

/**
 * The working-age bounds the policy sets (default 16 / 60 / 55: age < max), traced as a parameter read.
 * @see 第11条
 */
export function laborAgeOf(policy: { laborAge: LaborAge | undefined }, t: Tracer): LaborAge {
  const la = policy.laborAge ?? DEFAULT_LABOR_AGE;
  if (t.enabled)
    t.step(
      'policy.laborAge',
      '第11条',
      {
        min: la.min,
        maxMale: la.maxMale,
        maxFemale: la.maxFemale,
        fromPolicy: policy.laborAge !== undefined,
      },
      `${la.min} ≤ 年龄 < ${la.maxMale}（男）/ ${la.maxFemale}（女）`,
      policy.laborAge !== undefined
        ? '采用政策设定的劳动年龄段'
        : '政策未设定，采用默认劳动年龄段 16–60（男）/16–55（女）',
    );
  return la;
}

/**
 * Whether a member is of working age with labor capacity: min ≤ age < max for the member's sex
 * (`laborAge`, default 16 / 60 / 55). `null` when the sex is unknown and the two upper bounds disagree.
 * @see 第11条
 * @example workingAge(57, undefined, true, DEFAULT_LABOR_AGE) // null with default ages (57 < 60 but ≥ 55)
 */
export function workingAge(
  age: number,
  sex: ParsedMember['sex'],
  laborCapacity: boolean,
  la: LaborAge,
  t?: Tracer,
  path = '',
): Tri {
  let result: Tri;
  if (!laborCapacity || age < la.min) result = false;
  else if (sex === 'male') result = age < la.maxMale;
  else if (sex === 'female') result = age < la.maxFemale;
  else {
    const male = age < la.maxMale;
    result = male === age < la.maxFemale ? male : null;
  }
  if (t?.enabled) {
    const max =
      sex === 'male'
        ? String(la.maxMale)
        : sex === 'female'
          ? String(la.maxFemale)
          : `${la.maxMale}（男）/${la.maxFemale}（女）`;
    let note: string;
    if (!laborCapacity) note = '无劳动能力，不属于劳动年龄段内有劳动能力的人员';
    else if (age < la.min) note = `${age} < ${la.min}：未到劳动年龄`;
    else if (result === null) note = `${la.min} ≤ ${age}，是否 < 上限 ${max} 取决于未知的性别`;
    else note = result ? `${la.min} ≤ ${age} < ${max}：在劳动年龄段内` : `${age} ≥ ${max}：已超过劳动年龄`;
    t.step(
      'employment.workingAge',
      '第11条',
      {
        member: path,
        age,
        sex: sex ?? null,
        laborCapacity,
        min: la.min,
        maxMale: la.maxMale,
        maxFemale: la.maxFemale,
      },
      result,
      note,
    );
  }
  return result;
}

/**
 * The first excluded day of the refusal window: refusals dated after it and not after the assessment date
 * count (assessmentDate − 6 months < date ≤ assessmentDate). `day` = the assessment date as `YYYYMMDD`.
 * @see 第11条
 * @example refusalWindowStart(20260831) // '2026-02-28'
 */
export function refusalWindowStart(day: number): string {
  return shiftedDayText(day, -REFUSAL_WINDOW_MONTHS);
}

/**
 * Refused referrals dated within (windowStart, assessmentDate].
 * @see 第11条
 */
export function refusalsInWindow(
  member: Pick<ParsedMember, 'jobReferralRefusals'>,
  windowStart: string,
  assessmentDate: string,
): number {
  const dates = member.jobReferralRefusals;
  if (dates === undefined) return 0;
  let count = 0;
  for (const d of dates) if (d > windowStart && d <= assessmentDate) count++;
  return count;
}

/**
 * The 第11条 outcome of one member.
 * @see 第11条
 */
export interface EmploymentOutcome {
  dibaoCancelled: Tri;
  obligations: Array<'communityService'>;
  missing: readonly string[];
}

/** The outcome of a member nothing of 第11条 applies to (untraced): fresh obligations, shared empty missing. */
const NO_MISSING: readonly string[] = Object.freeze([]);

/**
 * 第11条 for one member. `dibaoCancelled` in an urban `dibao` household for a working-age member with ≥ 3
 * refusals in the window; `communityService` for a working-age member, not cancelled, with `employed: false`,
 * in an urban `dibao` household (the text speaks of 城市居民 and the 居民委员会 only). When the household class is `undetermined`, a cancellation that would apply if it
 * were 低保 is `null`. Unknown sex or employment that could change the outcome is reported missing (paths
 * of member `i`).
 * @see 第11条
 */
export function employmentOutcome(
  member: Omit<ParsedMember, 'incomes'>,
  i: number,
  isWorkingAge: Tri,
  refusals: number,
  area: 'urban' | 'rural',
  householdClass: HouseholdClass,
  windowStart: string,
  t: Tracer,
): EmploymentOutcome {
  const enoughRefusals = refusals >= REFUSALS_FOR_CANCELLATION;
  const obligationPossible = area === 'urban' && householdClass === 'dibao' && isWorkingAge !== false;
  // Nothing can apply and nothing is traced: the outcome below, without building it.
  if (!t.enabled && !enoughRefusals && !obligationPossible)
    return { dibaoCancelled: false, obligations: [], missing: NO_MISSING };
  const path = `members[${i}]`;
  const missing: string[] = [];
  let condition: Tri = false;
  if (area === 'urban' && enoughRefusals) condition = isWorkingAge;
  let dibaoCancelled: Tri;
  if (householdClass === 'dibao') dibaoCancelled = condition;
  else if (householdClass === 'undetermined') dibaoCancelled = condition === false ? false : null;
  else dibaoCancelled = false;
  if (dibaoCancelled === null && isWorkingAge === null) missing.push(`${path}.sex`);
  if (t.enabled && (refusals > 0 || member.jobReferralRefusals !== undefined))
    t.step(
      'employment.cancellation',
      '第11条',
      {
        member: path,
        area,
        householdClass,
        workingAge: isWorkingAge,
        refusalsInWindow: refusals,
        windowAfter: windowStart,
        threshold: REFUSALS_FOR_CANCELLATION,
      },
      dibaoCancelled,
      area !== 'urban'
        ? '取消待遇的规定只适用于城市低保，农村不适用'
        : !enoughRefusals
          ? `半年内拒绝职业介绍 ${refusals} 次，少于3次，不取消`
          : dibaoCancelled === true
            ? `劳动年龄内有劳动能力，半年内拒绝职业介绍 ${refusals} 次（三次以上），取消其低保待遇`
            : dibaoCancelled === null
              ? '是否取消待遇取决于未知事实'
              : '不在劳动年龄段内或无劳动能力，或家庭不是低保家庭，不取消',
    );
  const obligations: Array<'communityService'> = [];
  if (area === 'urban' && householdClass === 'dibao' && dibaoCancelled === false && isWorkingAge !== false) {
    if (isWorkingAge === true && member.employed === false) obligations.push('communityService');
    if (member.employed === undefined) missing.push(`${path}.employed`);
    if (isWorkingAge === null && member.employed !== true) missing.push(`${path}.sex`);
    if (t.enabled)
      t.step(
        'employment.communityService',
        '第11条',
        { member: path, workingAge: isWorkingAge, employed: member.employed ?? null },
        obligations.length > 0,
        obligations.length > 0
          ? '就业年龄段内尚未就业，享受低保期间应参加居委会组织的公益性社区服务'
          : member.employed === true
            ? '已就业，无公益性社区服务义务'
            : '是否就业或是否在劳动年龄段内未知，社区服务义务待定',
      );
  }
  return { dibaoCancelled, obligations, missing };
}
