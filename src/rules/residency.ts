/**
 * 落实进城农业人口享受低保政策 (第9条): which local standard — urban or rural — applies to a person, and the
 * standard the household assessment reads from the policy.
 */
import { parseIsoDate, shiftMonths } from '../core/dates.js';
import type { RuleOptions } from '../core/options.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { parseInput } from '../schema/parse.js';
import { type ResidencyFacts, residencyFactsSchema } from '../schema/residency.js';
import type { Arithmetic } from './arithmetic.js';
import type { Tri } from './household-types.js';

/**
 * Why a standard applies.
 * @see 第9条
 */
export type ResidencyReason =
  | 'URBAN_HUKOU'
  | 'SETTLED_IN_CITY'
  | 'RESIDENCE_PERMIT'
  | 'RURAL'
  | 'UNDETERMINED';

/**
 * Result of {@link residencyStandardArea}.
 * @see 第9条
 */
export interface ResidencyResult {
  /** The standard that applies; `null` when an unknown fact could change it. */
  area: 'urban' | 'rural' | null;
  reason: ResidencyReason;
  article: string;
  missing: string[];
  trace: TraceStep[];
}

/** "一年以上" = at least one year, inclusive (民法典 第1259条): since + 12 months ≤ on. */
function atLeastOneYear(since: string | undefined, on: string, assessment: Date): Tri {
  if (since === undefined) return null;
  if (since > on) return false;
  return shiftMonths(parseIsoDate(since), 12).getTime() <= assessment.getTime();
}

/**
 * Decides whether the urban 低保 standard applies (第9条): urban 户籍 (`URBAN_HUKOU`); an agricultural person
 * settled in the city (`SETTLED_IN_CITY`, 进城落户); or a holder of an urban 居住证 who has lived there
 * continuously AND paid basic pension insurance AND basic medical insurance for one year or more
 * (`RESIDENCE_PERMIT`; 一年以上 includes exactly one year, 民法典 第1259条; a start on 29 February completes
 * its year on 28 February). Otherwise `RURAL`; `UNDETERMINED` (area `null`) when an unknown fact could
 * change the answer, with the missing paths.
 * @see 第9条
 * @example residencyStandardArea({ assessmentDate: '2026-06-30', hukou: 'rural', settledInCity: false, residencePermit: true, continuousResidenceSince: '2025-06-30', basicPensionInsuranceSince: '2025-06-30', basicMedicalInsuranceSince: '2025-01-01' }).reason // 'RESIDENCE_PERMIT'
 */
export function residencyStandardArea(facts: ResidencyFacts, options?: RuleOptions): ResidencyResult {
  const f = parseInput(residencyFactsSchema, facts);
  const t = new Tracer(options?.trace !== false);
  const article = '第9条';
  const on = f.assessmentDate;
  const assessment = parseIsoDate(on);
  const urbanHukou: Tri = f.hukou === undefined ? null : f.hukou === 'urban';
  t.step(
    'residency.hukou',
    article,
    { hukou: f.hukou ?? null },
    urbanHukou,
    '城市（城镇）户籍适用城市低保标准',
  );
  const settled: Tri = f.settledInCity ?? null;
  t.step(
    'residency.settledInCity',
    article,
    { settledInCity: settled },
    settled,
    '进城落户农业人口及时纳入城市低保',
  );
  const residence = atLeastOneYear(f.continuousResidenceSince, on, assessment);
  const pension = atLeastOneYear(f.basicPensionInsuranceSince, on, assessment);
  const medical = atLeastOneYear(f.basicMedicalInsuranceSince, on, assessment);
  const permit: Tri = f.residencePermit ?? null;
  let permitPath: Tri;
  if (permit === false || residence === false || pension === false || medical === false) permitPath = false;
  else if (permit === null || residence === null || pension === null || medical === null) permitPath = null;
  else permitPath = true;
  t.step(
    'residency.residencePermit',
    article,
    {
      residencePermit: permit,
      continuousResidenceSince: f.continuousResidenceSince ?? null,
      basicPensionInsuranceSince: f.basicPensionInsuranceSince ?? null,
      basicMedicalInsuranceSince: f.basicMedicalInsuranceSince ?? null,
      assessmentDate: on,
      residenceOneYear: residence,
      pensionOneYear: pension,
      medicalOneYear: medical,
    },
    permitPath,
    '持城市居住证，且连续居住、缴纳基本养老保险和基本医疗保险均满一年以上（含一年）',
  );
  let area: 'urban' | 'rural' | null;
  let reason: ResidencyReason;
  if (urbanHukou === true) [area, reason] = ['urban', 'URBAN_HUKOU'];
  else if (settled === true) [area, reason] = ['urban', 'SETTLED_IN_CITY'];
  else if (permitPath === true) [area, reason] = ['urban', 'RESIDENCE_PERMIT'];
  else if (urbanHukou === false && settled === false && permitPath === false)
    [area, reason] = ['rural', 'RURAL'];
  else [area, reason] = [null, 'UNDETERMINED'];
  const missing: string[] = [];
  if (area === null) {
    if (urbanHukou === null) missing.push('hukou');
    if (settled === null) missing.push('settledInCity');
    if (permitPath === null) {
      if (permit === null) missing.push('residencePermit');
      if (residence === null) missing.push('continuousResidenceSince');
      if (pension === null) missing.push('basicPensionInsuranceSince');
      if (medical === null) missing.push('basicMedicalInsuranceSince');
    }
  }
  t.step(
    'residency.area',
    article,
    { reason },
    area,
    area === 'urban'
      ? '适用居住地城市低保标准'
      : area === 'rural'
        ? '不适用城市低保标准'
        : '所缺事实可能改变结论',
  );
  return { area, reason, article, missing, trace: t.steps };
}

/**
 * The 低保 standard S the household assessment applies: the policy's standard of the household's area, in
 * either arithmetic (`arithmetic.ts`).
 * @see 第4条
 * @see 第9条
 */
export function applicableStandard<T, R>(
  A: Arithmetic<T, R>,
  standard: { urban: T; rural: T },
  area: 'urban' | 'rural',
  t: Tracer,
): T {
  const s = standard[area];
  if (t.enabled)
    t.step(
      'policy.dibaoStandardPerMonth',
      '第9条',
      { area, urban: A.shown(standard.urban), rural: A.shown(standard.rural) },
      A.shown(s),
      area === 'urban' ? '适用当地城市低保标准（元/人·月）' : '适用当地农村低保标准（元/人·月）',
    );
  return s;
}
