/**
 * 劳动能力 (labor capacity) of a member, as the 特困人员认定办法 in force on the assessment date defines
 * 无劳动能力: the 2016 rules (民发〔2016〕178号) before 2021-07-01, the 2021 rules from that day.
 */
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';

/**
 * The day the 特困人员认定办法(2021) took effect and repealed the 2016 rules.
 * @see 第5条
 */
export const EXTREMELY_POOR_RULES_2021_FROM = '2021-07-01';

/**
 * 无劳动能力 by age: "60周岁以上的老年人" (认定办法 第5条(一)).
 * @see 第5条
 */
export const NO_LABOR_CAPACITY_FROM_AGE = 60;
/**
 * 无劳动能力 by age: "未满16周岁的未成年人" (认定办法 第5条(二)).
 * @see 第5条
 */
export const NO_LABOR_CAPACITY_UNDER_AGE = 16;

/**
 * Which 特困人员认定办法 governs an assessment date.
 * @see 第5条
 */
export type ExtremelyPoorRulesVersion = '2016' | '2021';

/**
 * The 特困人员认定办法 version in force on `assessmentDate` (`YYYY-MM-DD`).
 * @see 第5条
 * @example extremelyPoorRulesVersion('2021-06-30') // '2016'
 */
export function extremelyPoorRulesVersion(assessmentDate: string): ExtremelyPoorRulesVersion {
  return assessmentDate < EXTREMELY_POOR_RULES_2021_FROM ? '2016' : '2021';
}

/**
 * The article that defines 无劳动能力 in a version.
 * @see 第5条
 */
export function laborCapacityArticle(version: ExtremelyPoorRulesVersion): string {
  return version === '2016' ? '特困人员认定办法(2016)' : '特困人员认定办法(2021)第5条';
}

function disabilityMeansNoCapacity(
  d: NonNullable<ParsedMember['disability']>,
  version: ExtremelyPoorRulesVersion,
): boolean {
  const mindGrades = version === '2016' ? 2 : 3; // intellectual / mental: grade 1–2 (2016), 1–3 (2021)
  const physicalGrades = version === '2016' ? 1 : 2; // physical: grade 1 (2016), 1–2 (2021)
  switch (d.category) {
    case 'intellectual':
    case 'mental':
      return d.grade <= mindGrades;
    case 'physical':
      return d.grade <= physicalGrades;
    case 'visual':
      return version === '2021' && d.grade === 1;
    default:
      return false;
  }
}

/**
 * Whether a member has labor capacity. An assessed `laborCapacity` wins; otherwise a member has none when
 * aged ≥ 60 or < 16, or by disability: before 2021-07-01 intellectual/mental grade 1–2 or physical grade 1;
 * from 2021-07-01 intellectual/mental grade 1–3, physical grade 1–2 or visual grade 1. Everyone else has
 * labor capacity (an absent `disability` means no disability certificate on record).
 * @see 第5条
 * @see 第11条
 * @example hasLaborCapacity({ birthDate: '1990-01-01', disability: { category: 'intellectual', grade: 3 } }, 31, '2021', t, 'members[0]') // false
 */
export function hasLaborCapacity(
  member: Omit<ParsedMember, 'incomes'>,
  age: number,
  version: ExtremelyPoorRulesVersion,
  t: Tracer,
  path: string,
): boolean {
  const article = laborCapacityArticle(version);
  if (member.laborCapacity !== undefined) {
    if (t.enabled)
      t.step(
        'laborCapacity.assessed',
        article,
        { member: path, laborCapacity: member.laborCapacity },
        member.laborCapacity,
        '采用经认定的劳动能力结论',
      );
    return member.laborCapacity;
  }
  const d = member.disability;
  const byAge = age >= NO_LABOR_CAPACITY_FROM_AGE || age < NO_LABOR_CAPACITY_UNDER_AGE;
  const byDisability = d !== undefined && disabilityMeansNoCapacity(d, version);
  const capacity = !(byAge || byDisability);
  if (t.enabled)
    t.step(
      'laborCapacity.derived',
      article,
      {
        member: path,
        age,
        rulesVersion: version,
        disabilityCategory: d ? d.category : null,
        disabilityGrade: d ? d.grade : null,
      },
      capacity,
      byAge
        ? '60周岁以上或未满16周岁，认定为无劳动能力'
        : byDisability
          ? `残疾类别与等级属于${version}年认定办法规定的无劳动能力情形`
          : '不属于无劳动能力情形，推定有劳动能力',
    );
  return capacity;
}
