/**
 * Chinese labels of every code the library writes into a result or an error: those of the household,
 * standards and support results (`result-codes.ts`) and those of entitlements, temporary assistance,
 * residency and the inputs (sex, income kinds, disability categories…). Codes stay the stable values other
 * systems read; these labels are for people (the 核算说明, `dibao … --labels zh`, `DIBAO_LABEL`). Data only.
 *
 * Each table is checked against its TypeScript union with `satisfies`, so a code added to a union without a
 * label fails the type check; a test also collects the codes of every fixture's result.
 */
import type { DibaoIssueCode } from '../core/errors.js';
import type { DibaoDataErrorCode } from '../data/jilin/data-error.js';
import type { EntitlementMeasureName } from '../rules/entitlements.js';
import type { ResidencyReason } from '../rules/residency.js';
import type { TemporaryAssistanceResult } from '../rules/temporary-assistance.js';
import type { HousingFacts, SchoolingStage } from '../schema/entitlement-facts.js';
import type { IncomeEntry, Member } from '../schema/household.js';
import type { AdlItem } from '../schema/special-support.js';
import type { HardshipEvent } from '../schema/temporary-assistance.js';
import { type Labels, RESULT_CODE_LABELS_ZH } from './result-codes.js';

/** Issue codes of `DibaoInputError`, of the CLI's error records and of the data pack's `DibaoDataError`. */
const issue = {
  required: '缺少必填项',
  invalid_type: '类型不对',
  invalid_money: '金额格式不对',
  negative_money: '金额不能为负',
  invalid_number: '数字不对',
  invalid_date: '日期不对',
  invalid_enum: '取值不在允许范围内',
  unknown_key: '未知字段',
  forbidden_key: '禁止使用的字段名',
  out_of_range: '超出允许范围',
  too_few: '数量太少',
  too_many: '数量太多',
  inconsistent: '前后矛盾',
  unreadable: '无法读取',
  too_deep: '嵌套层数过多',
  cyclic: '循环引用',
  precision_exceeded: '超出可精确计算的范围',
  invalid_json: '不是合法的 JSON',
  invalid_csv: '不是合法的 CSV',
  csv_field_count: 'CSV 列数不对',
  failed: '处理失败',
  unknownRegion: '数据包中没有该区划',
  notInPack: '数据包中没有该数值',
} as const satisfies Labels<
  DibaoIssueCode | DibaoDataErrorCode | 'invalid_json' | 'invalid_csv' | 'csv_field_count' | 'failed'
>;

const sex = { male: '男', female: '女' } as const satisfies Labels<NonNullable<Member['sex']>>;

/** 收入类别. */
const incomeKind = {
  employment: '工资性收入',
  business: '经营净收入',
  property: '财产净收入',
  transfer: '转移净收入',
  pension: '养老金',
  other: '其他收入',
} as const satisfies Labels<IncomeEntry['kind']>;

/** 残疾类别. */
const disabilityCategory = {
  physical: '肢体残疾',
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
} as const satisfies Labels<NonNullable<Member['disability']>['category']>;

/** 法定赡养、抚养、扶养义务人. */
const supporters = {
  none: '无法定赡养、抚养、扶养义务人',
  unable: '法定义务人无履行义务能力',
  able: '法定义务人有履行义务能力',
} as const satisfies Labels<NonNullable<Member['supporters']>>;

/** The six self-care items (特困人员认定办法(2021)第21条). */
const adlItem = {
  eating: '自主吃饭',
  dressing: '自主穿衣',
  transferring: '自主上下床',
  toileting: '自主如厕',
  indoorWalking: '室内自主行走',
  bathing: '自主洗澡',
} as const satisfies Labels<AdlItem>;

/** 第10条 增发补助金 of a member in several groups. */
const specialGrantStacking = { max: '取最高一项', sum: '各项相加' } as const;

/** 第9条 residency reasons. */
const residencyReason = {
  URBAN_HUKOU: '城市户籍',
  SETTLED_IN_CITY: '进城落户',
  RESIDENCE_PERMIT: '持居住证且连续居住、缴纳养老和医疗保险满一年',
  RURAL: '适用农村标准',
  UNDETERMINED: '待定',
} as const satisfies Labels<ResidencyReason>;

/** Measures of `entitlements` (第10–21条). */
const entitlementMeasure = {
  specialGrant: '特殊对象增发补助金',
  communityService: '公益性社区服务',
  dibaoCancellation: '取消低保待遇',
  extremelyPoorSupport: '特困人员救助供养',
  temporaryAssistance: '临时救助',
  medicalAssistance: '医疗救助',
  insuranceContributionSubsidy: '城乡居民医保个人缴费补助',
  educationAid: '教育资助',
  housingAssistance: '住房救助',
  employmentAssistance: '就业援助',
  zeroEmploymentHousehold: '零就业家庭援助',
  socialInsuranceTransfer: '社会保险转移接续',
  pensionClaim: '养老保险待遇',
} as const satisfies Labels<EntitlementMeasureName>;

/** The status of a measure. */
const entitlementStatus = {
  applies: '适用',
  undetermined: '待定',
  notApplicable: '不适用',
} as const;

/** The values of the measures' details (forms of aid, services, coverage). */
const entitlementDetail = {
  preschoolAid: '学前教育资助',
  tuitionExemption: '免除学杂费',
  freeTextbooks: '免费提供教科书',
  boardingLivingSubsidy: '寄宿生生活费补助',
  nationalGrant: '国家助学金',
  localAid: '地方政府资助',
  scholarship: '奖学金',
  grant: '助学金',
  tuitionReduction: '学费减免',
  studentLoan: '助学贷款',
  workStudy: '勤工助学',
  publicRentalHousing: '公共租赁住房（实物保障）',
  rentalSubsidy: '租赁补贴',
  shantytownRenovation: '棚户区改造',
  skillsTraining: '就业技能培训',
  freeJobServices: '免费就业指导、职业介绍和政策咨询',
  startupSupport: '创业培训与扶持',
  atLeastOneEmployed: '确保至少1人就业',
  full: '全额补助',
  partial: '部分补助',
} as const;

/** 在读学段（第18条）. */
const schoolingStage = {
  none: '未在读',
  preschool: '学前教育',
  compulsory: '义务教育',
  seniorHigh: '普通高中',
  secondaryVocational: '中等职业教育',
  higher: '高等教育',
} as const satisfies Labels<SchoolingStage>;

/** 住房状况（第19条）. */
const housingTenure = {
  owned: '自有住房',
  publicRental: '公共租赁住房',
  privateRental: '租住私房',
  none: '无住房',
} as const satisfies Labels<NonNullable<HousingFacts['tenure']>>;

/** 临时救助（第14条）: status, type, approving level, event kind, severity. */
const temporaryAssistanceStatus = {
  eligible: '给予救助',
  notEligible: '不予救助',
  undetermined: '待定',
} as const satisfies Labels<TemporaryAssistanceResult['status']>;
const temporaryAssistanceType = { emergency: '急难型', expenditure: '支出型' } as const satisfies Labels<
  NonNullable<TemporaryAssistanceResult['type']>
>;
const approvingLevel = {
  township: '乡镇（街道）审批',
  county: '县级民政部门审批',
} as const satisfies Labels<NonNullable<TemporaryAssistanceResult['approvingLevel']>>;
const hardshipEventKind = {
  suddenEvent: '突发事件',
  accidentalInjury: '意外伤害',
  seriousIllness: '重大疾病',
  essentialExpenditure: '生活必需支出突然增加',
  other: '其他特殊原因',
} as const satisfies Labels<HardshipEvent['kind']>;
const hardshipSeverity = { general: '一般', serious: '较重', critical: '严重' } as const satisfies Labels<
  NonNullable<HardshipEvent['severity']>
>;

/** Words of the CLI summaries and of yes/no cells. */
const summaryWord = {
  true: '是',
  false: '否',
  compliant: '合规',
  notCompliant: '不合规',
  unknown: '未知',
} as const;

/**
 * The Chinese label of every code, by kind. Where one code has two meanings (`none`: a household class or
 * no supporter; `seriousIllness`: a 第10条 group or a 第14条 event), the kind tells them apart; the flat
 * flat look-up takes the first kind in this order.
 * @see 第5条
 * @see 第10条
 */
export const CODE_LABELS_ZH = {
  ...RESULT_CODE_LABELS_ZH,
  issue,
  sex,
  incomeKind,
  disabilityCategory,
  supporters,
  adlItem,
  specialGrantStacking,
  residencyReason,
  entitlementMeasure,
  entitlementStatus,
  entitlementDetail,
  schoolingStage,
  housingTenure,
  temporaryAssistanceStatus,
  temporaryAssistanceType,
  approvingLevel,
  hardshipEventKind,
  hardshipSeverity,
  summaryWord,
} as const;
