/**
 * 临时救助（第14条）的输入：一次困难事件（case）与当地临时救助规则（policy.temporaryAssistance）。
 * The local figures (multiples of the monthly standard, the cap, the township approval limit) are policy
 * inputs: Jilin has published no province-wide figures for them, so every policy states their source.
 * The `…Descriptions` tables give the Chinese field descriptions of the published JSON Schemas.
 */
import * as z from 'zod/mini';
import { type Descriptions, isoDate, money, strictObject } from './common.js';

/** 事件类别：突发事件、意外伤害、重大疾病、生活必需支出突增、其他特殊原因. */
export const HARDSHIP_EVENT_KINDS = [
  'suddenEvent',
  'accidentalInjury',
  'seriousIllness',
  'essentialExpenditure',
  'other',
] as const;

/** 临时救助类型：急难型 / 支出型. */
export const TEMPORARY_ASSISTANCE_TYPES = ['emergency', 'expenditure'] as const;

/** 急难程度：一般 / 较重 / 严重. */
export const HARDSHIP_SEVERITIES = ['general', 'serious', 'critical'] as const;

/** The event behind a temporary-assistance case (第14条). */
export const hardshipEventSchema = strictObject({
  kind: z.enum(HARDSHIP_EVENT_KINDS),
  type: z.optional(z.enum(TEMPORARY_ASSISTANCE_TYPES)),
  description: z.optional(z.string().check(z.maxLength(500))),
  date: z.optional(isoDate()),
  severity: z.optional(z.enum(HARDSHIP_SEVERITIES)),
  essentialExpenditurePerYear: z.optional(money()),
  basicLivingInHardship: z.optional(z.boolean()),
});

/** JSON Schema descriptions of {@link hardshipEventSchema}. */
export const hardshipEventDescriptions = (): Descriptions<typeof hardshipEventSchema> => ({
  $: '导致基本生活困难的事件（第14条）',
  kind: '事件类别：suddenEvent 突发事件、accidentalInjury 意外伤害、seriousIllness 重大疾病、essentialExpenditure 生活必需支出突然增加超出承受能力、other 其他特殊原因',
  type: '救助类型（emergency 急难型 / expenditure 支出型）；缺省时由事件类别推定，事件类别为 other 时必填',
  description: '事件简述（仅供记录）',
  date: '事件发生日期 YYYY-MM-DD（仅供记录）',
  severity: '急难程度（急难型必需）：general 一般、serious 较重、critical 严重',
  essentialExpenditurePerYear:
    '支出型必需：近12个月生活必需支出（医疗、教育等刚性支出，已扣除保险报销和其他救助），元/年',
  basicLivingInHardship:
    '是否因此导致基本生活陷入困境，且其他社会救助制度暂时无法覆盖或救助后基本生活仍有严重困难（第14条）',
});

/** A temporary-assistance case: the household and its event. */
export const temporaryAssistanceCaseSchema = strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  area: z.enum(['urban', 'rural']),
  householdSize: z.number().check(z.int(), z.gte(1), z.lte(100)),
  householdIncomePerMonth: z.optional(money()),
  event: hardshipEventSchema,
});

/** JSON Schema descriptions of {@link temporaryAssistanceCaseSchema}. */
export const temporaryAssistanceCaseDescriptions = (): Descriptions<
  typeof temporaryAssistanceCaseSchema
> => ({
  $: '临时救助案件（第14条）',
  id: '案件或家庭编号',
  area: '适用的低保标准：urban 城市 / rural 农村',
  householdSize: '共同生活的家庭成员人数',
  householdIncomePerMonth: '家庭月收入合计（支出型必需），元/月',
  event: hardshipEventDescriptions(),
});

/** The local temporary-assistance rule (a policy block): all figures are local policy inputs. */
export const temporaryAssistanceRulesSchema = strictObject({
  source: z.string().check(z.minLength(1), z.maxLength(1000)),
  illustrative: z.boolean(),
  emergencyMultiples: strictObject({
    general: money(),
    serious: money(),
    critical: money(),
  }),
  expenditureRate: money(),
  capMultiple: money(),
  townshipApprovalLimitPerEvent: money(),
});

/** JSON Schema descriptions of {@link temporaryAssistanceRulesSchema}. */
export const temporaryAssistanceRulesDescriptions = (): Descriptions<
  typeof temporaryAssistanceRulesSchema
> => ({
  $: '当地临时救助规则（第14条），数字为当地政策输入',
  source: '这些数字的来源（文件名、文号或“示例”说明）',
  illustrative: 'true 表示数字为示例，并非吉林省公布的标准（结果附 ILLUSTRATIVE_FIGURES 警告）',
  emergencyMultiples: {
    $: '急难型救助金额 = 月低保标准 × 倍数 × 家庭人口',
    general: '急难型·一般：每人按月低保标准的倍数',
    serious: '急难型·较重：每人按月低保标准的倍数',
    critical: '急难型·严重：每人按月低保标准的倍数',
  },
  expenditureRate: '支出型：超出家庭承受能力的必需支出的救助比例（如 0.5）',
  capMultiple: '单次救助上限：月低保标准的倍数（每户每次）',
  townshipApprovalLimitPerEvent:
    '乡镇(街道)以备用金审批发放的上限（元/次，含本数）；超过的报县级民政部门审批',
});

/** A temporary-assistance case as the caller writes it (money as string or number). */
/** The event of a case. */
/** The local rule block as the caller writes it. */
export type { HardshipEvent, TemporaryAssistanceCase, TemporaryAssistanceRules } from './input-types.js';
