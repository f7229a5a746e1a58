/**
 * The household of 第5、6、9、10、11条: who lives together, what they earn, what they own, and the facts the
 * articles test. An absent optional fact is unknown (docs/contract.md#principles); pass `"0"` or `[]` to say "none".
 * The `…Descriptions` tables give the Chinese field descriptions of the published JSON Schemas.
 */
import * as z from 'zod/mini';
import { type Descriptions, isoDate, money, strictObject } from './common.js';
import {
  householdEntitlementFactsDescriptions,
  householdEntitlementFactsShape,
  memberEntitlementFactsDescriptions,
  memberEntitlementFactsShape,
} from './entitlement-facts.js';

/** 收入类别。 */
export const INCOME_KINDS = ['employment', 'business', 'property', 'transfer', 'pension', 'other'] as const;
/** 残疾类别（残疾人证）。 */
export const DISABILITY_CATEGORIES = [
  'physical',
  'visual',
  'hearing',
  'speech',
  'intellectual',
  'mental',
  'multiple',
] as const;

/** One countable income entry of a member: exactly one of `perMonth` / `perYear`. */
export const incomeEntrySchema = z
  .strictObject({
    kind: z.enum(INCOME_KINDS),
    perMonth: z.optional(money()),
    perYear: z.optional(money()),
    since: z.optional(isoDate()),
  })
  .check(
    z.superRefine((e, ctx) => {
      const both = e.perMonth !== undefined && e.perYear !== undefined;
      const neither = e.perMonth === undefined && e.perYear === undefined;
      if (both || neither) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          params: {
            dibao: both ? 'inconsistent' : 'required',
            message: both
              ? '收入项只能填写 perMonth（元/月）或 perYear（元/年）之一，不能同时填写'
              : '收入项须填写 perMonth（元/月）或 perYear（元/年）之一',
            messageEn: both
              ? 'an income entry takes exactly one of perMonth or perYear, not both'
              : 'an income entry needs exactly one of perMonth or perYear',
          },
        });
      }
    }),
  );

/** JSON Schema descriptions of {@link incomeEntrySchema}. */
export const incomeEntryDescriptions = (): Descriptions<typeof incomeEntrySchema> => ({
  $: '一项可计入的家庭收入',
  kind: '收入类别：employment 工资性收入、business 经营净收入、property 财产净收入、transfer 转移净收入、pension 养老金、other 其他',
  perMonth: '每月收入金额（元/月）；与 perYear 二选一',
  perYear: '每年收入金额（元/年），按 ÷12 折算为月收入；与 perMonth 二选一',
  since: '该项收入的起始日期（就业、创业开始之日），用于第11条就业收入豁免期',
});

/** 残疾人证上的类别与等级。 */
export const disabilitySchema = strictObject({
  category: z.enum(DISABILITY_CATEGORIES),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

/** JSON Schema descriptions of {@link disabilitySchema}. */
export const disabilityDescriptions = (): Descriptions<typeof disabilitySchema> => ({
  $: '残疾情况（持残疾人证）；不填表示无残疾证记录',
  category:
    '残疾类别：physical 肢体、visual 视力、hearing 听力、speech 言语、intellectual 智力、mental 精神、multiple 多重',
  grade: '残疾等级 1–4 级（1级最重）',
});

/** 共同生活的家庭成员。 */
export const memberSchema = strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  birthDate: isoDate(),
  sex: z.optional(z.enum(['male', 'female'])),
  incomes: z.optional(z.array(incomeEntrySchema).check(z.maxLength(200))),
  disability: z.optional(disabilitySchema),
  seriousIllness: z.optional(z.boolean()),
  laborCapacity: z.optional(z.boolean()),
  livelihoodSource: z.optional(z.boolean()),
  supporters: z.optional(z.enum(['none', 'unable', 'able'])),
  employed: z.optional(z.boolean()),
  jobReferralRefusals: z.optional(z.array(isoDate()).check(z.maxLength(100))),
  unionHardshipWorker: z.optional(z.boolean()),
  // 第12、18、20、21条 facts read by `entitlements` (src/schema/entitlement-facts.ts).
  ...memberEntitlementFactsShape,
});

/** JSON Schema descriptions of {@link memberSchema}. */
export const memberDescriptions = (): Descriptions<typeof memberSchema> => ({
  $: '共同生活的家庭成员',
  id: '成员标识（调用方自定）',
  birthDate: '出生日期，用于计算评估日的周岁年龄',
  sex: '性别：male 男、female 女（劳动年龄上限不同）',
  incomes: { $: '可计入的收入项；不填 = 收入未知，[] = 无收入', '[]': incomeEntryDescriptions() },
  disability: disabilityDescriptions(),
  seriousIllness: '是否重病患者（第10条）；不填视为无重病记录',
  laborCapacity: '经认定的劳动能力；填写时优先于按年龄、残疾推定的结果',
  livelihoodSource: '经认定的生活来源；填写时优先于按本人收入与家庭财产推定的结果',
  supporters:
    '法定赡养、抚养、扶养义务人：none 无义务人、unable 义务人无履行义务能力、able 有履行能力；不填 = 未知',
  employed: '是否已就业（第11条公益性社区服务义务）；不填 = 未知',
  jobReferralRefusals: {
    $: '拒绝职业介绍服务的日期（第11条）；不填视为无拒绝记录',
    '[]': '拒绝职业介绍服务的日期',
  },
  unionHardshipWorker: '工会管理的企业困难职工（第7条）：按同一分类体系认定，结果中保留此标记',
  ...memberEntitlementFactsDescriptions(),
});

/** 家庭财产（第5条(2)(3)）。 */
export const propertySchema = strictObject({
  financialAssets: z.optional(money()),
  vehicles: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
  extraHousingUnits: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
});

/** JSON Schema descriptions of {@link propertySchema}. */
export const propertyDescriptions = (): Descriptions<typeof propertySchema> => ({
  $: '家庭财产情况；不填的项为未知',
  financialAssets: '家庭金融资产合计（元）：存款、有价证券等',
  vehicles: '家庭机动车辆数',
  extraHousingUnits: '唯一住房之外的其他住房套数',
});

/** 居民家庭经济状况核对平台的财产认定结论（第25条），优先于财产模型。 */
export const propertyAssessmentSchema = strictObject({
  meetsDibao: z.boolean(),
  meetsLowIncome: z.boolean(),
});

/** JSON Schema descriptions of {@link propertyAssessmentSchema}. */
export const propertyAssessmentDescriptions = (): Descriptions<typeof propertyAssessmentSchema> => ({
  $: '核对平台的财产认定结论（第25条）；给出时优先于 property 与 propertyLimits',
  meetsDibao: '家庭财产是否符合低保家庭财产条件',
  meetsLowIncome: '家庭财产是否符合低收入家庭财产条件',
});

/** The household input of {@link assessHousehold}. */
export const householdSchema = z
  .strictObject({
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    assessmentDate: isoDate(),
    area: z.enum(['urban', 'rural']),
    receivingDibao: z.optional(z.boolean()),
    members: z.array(memberSchema).check(z.minLength(1), z.maxLength(100)),
    medicalOutOfPocketPerYear: z.optional(money()),
    property: z.optional(propertySchema),
    propertyAssessment: z.optional(propertyAssessmentSchema),
    // 第14、19条 facts read by `entitlements` (src/schema/entitlement-facts.ts).
    ...householdEntitlementFactsShape,
  })
  .check(
    z.superRefine((h, ctx) => {
      h.members.forEach((m, i) => {
        if (m.birthDate > h.assessmentDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'birthDate'],
            params: {
              dibao: 'inconsistent',
              message: `出生日期 ${m.birthDate} 晚于评估日期 ${h.assessmentDate}`,
              messageEn: `birth date ${m.birthDate} is after the assessment date ${h.assessmentDate}`,
            },
          });
        }
      });
    }),
  );

/** JSON Schema descriptions of {@link householdSchema}. */
export const householdDescriptions = (): Descriptions<typeof householdSchema> => ({
  $: '待评估的家庭（第5、6、9、10、11条）',
  id: '家庭标识（调用方自定）',
  assessmentDate: '评估日期：计算年龄、豁免期、拒绝职业介绍期限和适用认定办法版本的基准日',
  area: '适用的低保标准：urban 城市、rural 农村（见第9条）',
  receivingDibao: '是否已是低保家庭（第11条就业收入豁免只适用于低保对象）；不填 = 未知',
  members: { $: '共同生活的家庭成员，至少一人', '[]': memberDescriptions() },
  medicalOutOfPocketPerYear: '近12个月个人自负医疗费用合计（元/年），用于第6条因病支出型认定',
  property: propertyDescriptions(),
  propertyAssessment: propertyAssessmentDescriptions(),
  ...householdEntitlementFactsDescriptions(),
});

/** A household as the caller passes it (money as `string | number`). */
/** A member as the caller passes it. */
/** One income entry as the caller passes it. */
export type { Household, IncomeEntry, Member } from './input-types.js';
/** The validated household (money as exact decimals). */
export type ParsedHousehold = z.output<typeof householdSchema>;
/** A validated member. */
export type ParsedMember = z.output<typeof memberSchema>;
