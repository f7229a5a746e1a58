/**
 * Chinese labels of the codes the household, standards and support functions write into their results and
 * errors: classes, bases, special groups, obligations, warnings, violations, areas, rule versions, self-care
 * levels. Data only. The spreadsheet bundle carries this part alone (the sheet functions
 * return nothing else); `codes.ts` adds the codes of the other functions.
 */
import type { ClassBasis } from '../rules/classification.js';
import type { DibaoStandardViolationCode } from '../rules/dibao-standard.js';
import type {
  AssessmentWarningCode,
  HouseholdClass,
  MemberClass,
  SpecialGroup,
} from '../rules/household-types.js';
import type { SpecialSupportViolationCode } from '../rules/special-support.js';
import type { TemporaryAssistanceWarning } from '../rules/temporary-assistance.js';
import type { SelfCareAbility } from '../schema/special-support.js';

/** A table of labels whose keys are exactly the codes `K`. */
export type Labels<K extends string> = Readonly<Record<K, string>>;

/** 家庭类别（第5条(2)(3)、第6条）. */
const householdClass = {
  dibao: '低保',
  lowIncome: '低收入',
  none: '不属于低保或低收入',
  undetermined: '待定',
} as const satisfies Labels<HouseholdClass>;

/** 成员类别：特困优先于家庭类别（第5条(1)）. */
const memberClass = {
  extremelyPoor: '特困人员',
  ...householdClass,
} as const satisfies Labels<MemberClass>;

/**
 * 认定依据. `gradualExit`（渐退期，最低生活保障审核确认办法(2021)第33条）is the basis of the rules in force
 * since 2021.
 */
const basis = {
  income: '收入检验',
  illnessExpenditure: '因病支出型',
  gradualExit: '渐退期',
} as const satisfies Labels<ClassBasis | 'gradualExit'>;

/** 第10条 特殊对象. */
const specialGroup = {
  seriousIllness: '重病患者',
  severeDisability: '重残人员',
  age70Plus: '70周岁以上老年人',
  minor: '未成年人',
} as const satisfies Labels<SpecialGroup>;

/** 第11条 成员义务. */
const obligation = { communityService: '公益性社区服务' } as const;

/**
 * Warnings of a household assessment, of temporary assistance and of entitlements. `GRADUAL_EXIT` and
 * `SINGLE_PERSON_DIBAO` are warnings of the rules in force since 2021.
 */
const warning = {
  THRESHOLD_EQUALITY: '收入恰等于标准线',
  PROPERTY_GAP: '收入低于标准但财产仅符合低收入条件',
  EXTREMELY_POOR_IN_HOUSEHOLD: '多人家庭中有特困人员',
  SPECIAL_GRANT_RATE_NOT_SET: '特殊对象增发比例未设定',
  GRADUAL_EXIT: '渐退期',
  SINGLE_PERSON_DIBAO: '单人户纳入低保',
  ILLUSTRATIVE_FIGURES: '示例数字（非当地公布数值）',
  CAPPED: '已按单次救助上限封顶',
} as const satisfies Labels<
  | AssessmentWarningCode
  | TemporaryAssistanceWarning['code']
  | 'GRADUAL_EXIT'
  | 'SINGLE_PERSON_DIBAO'
  | 'ILLUSTRATIVE_FIGURES'
>;

/** Violations of 第4条 (standards) and 第12条 (support standards). */
const violation = {
  BELOW_INCOME_FLOOR: '低于上上年度城市居民人均可支配收入的20%',
  ABOVE_WAGE_CAP: '超过上上年度最低工资标准的40%',
  BELOW_PROVINCIAL_GUIDANCE: '低于省低保最低指导标准',
  BELOW_RATIO_STANDARD: '低于按城乡收入比折算的农村标准',
  BELOW_POVERTY_LINE: '低于国家现行扶贫标准',
  INFEASIBLE_BAND: '收入下限高于工资上限，无合规的城市标准',
  GUIDANCE_ABOVE_CAP: '省指导标准高于工资上限',
  BASIC_MULTIPLIER_BELOW_MINIMUM: '基本生活标准倍数低于1.3倍',
  CARE_RATE_BELOW_MINIMUM: '照料护理比例低于第12条最低比例',
} as const satisfies Labels<DibaoStandardViolationCode | SpecialSupportViolationCode>;

const area = { urban: '城市', rural: '农村' } as const satisfies Labels<'urban' | 'rural'>;

/** 规则版本（`policy.rulesVersion`）. */
const rulesVersion = {
  draft2018: '吉林省征求意见稿（2018）',
  national2021: '国家现行规定（2021年起）',
} as const;

/** 特困人员认定办法 version in force on the assessment date (`extremelyPoorRules`). */
const extremelyPoorRules = {
  '2016': '特困人员认定办法（2016）',
  '2021': '特困人员认定办法（2021）',
} as const;

/** 生活自理能力（特困人员认定办法(2021)第22条）. */
const selfCareAbility = {
  able: '具备生活自理能力',
  partiallyLost: '部分丧失生活自理能力',
  fullyLost: '完全丧失生活自理能力',
} as const satisfies Labels<SelfCareAbility>;

/**
 * The labels of the codes in household, standards and support results, by kind. Where
 * one code has two meanings (`none`: a household class or no supporter), the kind tells them apart.
 * @see 第5条
 * @see 第10条
 */
export const RESULT_CODE_LABELS_ZH = {
  householdClass,
  memberClass,
  basis,
  specialGroup,
  obligation,
  warning,
  violation,
  area,
  rulesVersion,
  extremelyPoorRules,
  selfCareAbility,
} as const;
