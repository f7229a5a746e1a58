/**
 * Words for the values a trace step reads (`TraceStep.inputs`): each key's Chinese name, its unit, and the
 * kind of code its value is. Data only.
 */
import type { CodeKind } from '../labels/code-label.js';

/** A trace input's Chinese name and, for amounts and counts, its unit. */
export interface InputLabel {
  readonly name: string;
  readonly unit?: string;
  /** The value is a code of this kind (written with its Chinese label). */
  readonly codes?: CodeKind;
  /** What `null` means for this key when it is not “unknown” (a fact not given that counts as absent). */
  readonly nullWords?: string;
}

const yuanMonth = '元/月';
const yuanPersonMonth = '元/人·月';
const yuanYear = '元/年';

/**
 * Trace input key → words.
 * @see 第5条
 */
export const INPUT_LABELS: Readonly<Record<string, InputLabel>> = {
  // household and member facts
  member: { name: '成员' },
  members: { name: '家庭人口', unit: '人' },
  area: { name: '适用地区', codes: 'area' },
  urban: { name: '城市低保标准', unit: yuanPersonMonth },
  rural: { name: '农村低保标准', unit: yuanPersonMonth },
  birthDate: { name: '出生日期' },
  assessmentDate: { name: '评估日期' },
  age: { name: '年龄', unit: '周岁' },
  sex: { name: '性别', codes: 'sex' },
  disabled: { name: '残疾人' },
  disabilityCategory: { name: '残疾类别', codes: 'disabilityCategory', nullWords: '无' },
  disabilityGrade: { name: '残疾等级', unit: '级', nullWords: '无' },
  seriousIllness: { name: '重病患者', nullWords: '未填写（按否）' },
  rulesVersion: { name: '适用的规则', codes: 'extremelyPoorRules' },
  laborCapacity: { name: '有劳动能力' },
  livelihoodSource: { name: '有生活来源' },
  supporters: { name: '法定义务人', codes: 'supporters' },
  assessed: { name: '经认定的结论', nullWords: '未填写（按规则推定）' },
  employed: { name: '已就业' },
  entries: { name: '收入项' },
  incomes: { name: '收入' },
  ownIncomePerMonth: { name: '本人月收入', unit: yuanMonth },
  receivingDibao: { name: '已享受低保' },
  // policy
  standardPerMonth: { name: '低保标准', unit: yuanPersonMonth },
  perMonth: { name: '每月豁免上限', unit: yuanMonth },
  months: { name: '豁免期', unit: '个月' },
  windowAfter: { name: '期间起点（不含）' },
  windowUntil: { name: '期间终点（含）' },
  min: { name: '劳动年龄下限', unit: '周岁' },
  maxMale: { name: '男性劳动年龄上限（不含）', unit: '周岁' },
  maxFemale: { name: '女性劳动年龄上限（不含）', unit: '周岁' },
  fromPolicy: { name: '政策设定' },
  thresholdInclusive: { name: '等于标准时计入较低一档（thresholdInclusive）' },
  lowIncomeAdmitsBelowStandard: { name: '收入低于标准者可认定为低收入（lowIncomeAdmitsBelowStandard）' },
  stacking: { name: '多类特殊对象的增发方式', codes: 'specialGrantStacking' },
  // income
  exemptIncomePerMonth: { name: '豁免期内的就业、经营收入', unit: yuanMonth },
  unknownSincePerMonth: { name: '起始日期未知的就业、经营收入', unit: yuanMonth },
  capPerMonth: { name: '上限', unit: yuanMonth },
  householdIncomePerMonth: { name: '家庭月收入 H', unit: yuanMonth },
  incomePerMonth: { name: '用于计算差额的家庭月收入', unit: yuanMonth },
  // property
  meetsDibao: { name: '符合低保财产条件' },
  meetsLowIncome: { name: '符合低收入财产条件' },
  financialAssets: { name: '金融资产', unit: '元' },
  financialAssetsPerCapitaMonths: { name: '人均金融资产上限', unit: '个月低保标准' },
  limit: { name: '上限', unit: '元' },
  vehicles: { name: '机动车', unit: '辆' },
  maxVehicles: { name: '机动车上限', unit: '辆' },
  extraHousingUnits: { name: '其他住房', unit: '套' },
  maxExtraHousingUnits: { name: '其他住房上限', unit: '套' },
  missing: { name: '缺少的事实' },
  propertyAssessment: { name: '核对平台认定结论' },
  'policy.propertyLimits.dibao': { name: '政策规定的低保家庭财产条件' },
  'policy.propertyLimits.lowIncome': { name: '政策规定的低收入家庭财产条件' },
  propertyMeetsDibao: { name: '财产符合低保条件' },
  propertyMeetsLowIncome: { name: '财产符合低收入条件' },
  // classification
  nTimesStandard: { name: 'n·S', unit: yuanMonth },
  twiceNTimesStandard: { name: '2n·S', unit: yuanMonth },
  yearlyHouseholdIncome: { name: '家庭年收入 12H', unit: yuanYear },
  medicalOutOfPocketPerYear: { name: '个人自负医疗费用', unit: yuanYear },
  incomeAfterMedicalPerYear: { name: '扣减医疗费用后的家庭年收入 A', unit: yuanYear },
  yearlyDibaoLine: { name: '年低保线 12n·S', unit: yuanYear },
  yearlyLowIncomeLine: { name: '年低收入线 24n·S', unit: yuanYear },
  incomeTest: { name: '收入检验结果', codes: 'householdClass' },
  illnessExpenditureTest: {
    name: '因病支出型检验结果',
    codes: 'householdClass',
    nullWords: '未进行（未填写医疗费用）',
  },
  householdClass: { name: '家庭类别', codes: 'householdClass' },
  class: { name: '类别', codes: 'memberClass' },
  // special groups, employment, benefit
  groups: { name: '特殊对象类别', codes: 'specialGroup' },
  specialGroups: { name: '特殊对象类别', codes: 'specialGroup' },
  grants: { name: '各项增发' },
  workingAge: { name: '劳动年龄段内有劳动能力' },
  refusalsInWindow: { name: '期间内拒绝职业介绍', unit: '次' },
  threshold: { name: '取消待遇的次数', unit: '次' },
  cancelledMembers: { name: '被取消待遇的成员', unit: '人' },
  exact: { name: '精确值', unit: yuanMonth },
  basePerMonth: { name: '差额', unit: yuanMonth },
  specialGrantsPerMonth: { name: '增发补助金', unit: yuanMonth },
  // 国家现行规定（2021年起）
  countedMembers: { name: '计入家庭核算的人数', unit: '人' },
  employmentPerMonth: { name: '工资性收入', unit: yuanMonth },
  employmentCostDeductionPerMonth: { name: '必要就业成本扣除标准', unit: yuanMonth },
  employmentCostPerMonth: { name: '扣除的必要就业成本', unit: yuanMonth },
  rigidExpenditurePerMonth: { name: '扣除的刚性支出', unit: yuanMonth },
  rigidExpenditurePerYear: { name: '近12个月刚性支出', unit: yuanYear },
  lowIncomeMultiplier: { name: '低保边缘家庭上限倍数' },
  earliestSince: { name: '最早的新就业收入起始日' },
  inGroup: { name: '属于可单独申请的人员' },
  priorYearResidentDisposableIncomePerYear: { name: '上年度居民人均可支配收入', unit: yuanYear },
  minShareOfIncome: { name: '刚性支出占家庭收入的规定比例' },
  yearlyIncome: { name: '家庭年收入', unit: yuanYear },
  // 第4条 standards
  year: { name: '标准年度' },
  dataYear: { name: '统计数据年度' },
  urbanDisposableIncomePerYear: { name: '城市居民人均可支配收入', unit: yuanYear },
  ruralDisposableIncomePerYear: { name: '农村居民人均可支配收入', unit: yuanYear },
  minimumWagePerMonth: { name: '最低工资标准', unit: yuanMonth },
  povertyLinePerYear: { name: '国家扶贫标准', unit: '元/人·年' },
  share: { name: '比例' },
  monthsPerYear: { name: '每年月数', unit: '个月' },
  roundingUnit: { name: '取整单位', unit: '元' },
  unroundedPerMonth: { name: '取整前', unit: yuanPersonMonth },
  floorPerMonth: { name: '下限', unit: yuanPersonMonth },
  guidancePerMonth: { name: '省指导标准', unit: yuanPersonMonth },
  urbanPerMonth: { name: '省城市指导标准', unit: yuanPersonMonth },
  ruralPerMonth: { name: '省农村指导标准', unit: yuanPersonMonth },
  proposedUrbanPerMonth: { name: '拟定城市标准', unit: yuanPersonMonth },
  proposedRuralPerMonth: { name: '拟定农村标准', unit: yuanPersonMonth },
  urbanMinimumPerMonth: { name: '城市标准最低值', unit: yuanPersonMonth },
  basisUrbanPerMonth: { name: '折算基数', unit: yuanPersonMonth },
  derivedPerMonth: { name: '比例折算值', unit: yuanPersonMonth },
  povertyLinePerMonth: { name: '扶贫标准折合每月', unit: yuanPersonMonth },
  guidanceUrbanPerMonth: { name: '省城市指导标准', unit: yuanPersonMonth },
  guidanceRuralPerMonth: { name: '省农村指导标准', unit: yuanPersonMonth },
  unroundedFloorPerMonth: { name: '精确下限', unit: yuanPersonMonth },
  unroundedCapPerMonth: { name: '精确上限', unit: yuanPersonMonth },
  unroundedDerivedPerMonth: { name: '精确比例折算值', unit: yuanPersonMonth },
  unroundedPovertyLinePerMonth: { name: '精确扶贫标准折合每月', unit: yuanPersonMonth },
  // 第12条 support
  priorYearDibaoStandardPerMonth: { name: '上年度低保标准', unit: yuanPersonMonth },
  priorYearMinimumWagePerMonth: { name: '上年度最低工资标准', unit: yuanMonth },
  basicLivingMultiplier: { name: '基本生活标准倍数' },
  minimumMultiplier: { name: '第12条最低倍数' },
  rate: { name: '比例' },
  minimumRate: { name: '第12条最低比例' },
  selfCareAbility: { name: '生活自理能力', codes: 'selfCareAbility' },
  adlLevel: { name: '按六项指标评估的生活自理能力', codes: 'selfCareAbility' },
  basicLivingPerMonth: { name: '基本生活标准', unit: yuanPersonMonth },
  carePerMonth: { name: '照料护理标准', unit: yuanPersonMonth },
  failedItems: { name: '不能达到的指标', unit: '项' },
  unknownItems: { name: '未评估的指标', unit: '项' },
  eating: { name: '自主吃饭' },
  dressing: { name: '自主穿衣' },
  transferring: { name: '自主上下床' },
  toileting: { name: '自主如厕' },
  indoorWalking: { name: '室内自主行走' },
  bathing: { name: '自主洗澡' },
};
