/**
 * Facts and policy parameters of the measures beyond the 低保金 (第12、14–21条). The member and household
 * facts are optional fields of the household schema (`src/schema/household.ts` spreads the shapes below);
 * the policy block is the optional `entitlements` field of the policy. Absent = unknown (docs/contract.md#principles).
 * The `…Descriptions` tables give the Chinese field descriptions of the published JSON Schemas.
 */
import * as z from 'zod/mini';
import { type Descriptions, type DescriptionTable, money, positiveMoney, strictObject } from './common.js';
import {
  adlDescriptions,
  adlSchema,
  careRatesDescriptions,
  careRatesSchema,
  selfCareAbilityDescription,
  selfCareAbilitySchema,
} from './special-support.js';
import { hardshipEventDescriptions, hardshipEventSchema } from './temporary-assistance.js';

/** 在读学段（第18条）. */
export const SCHOOLING_STAGES = [
  'none',
  'preschool',
  'compulsory',
  'seniorHigh',
  'secondaryVocational',
  'higher',
] as const;

/** 住房状况（第19条）. */
export const HOUSING_TENURES = ['owned', 'publicRental', 'privateRental', 'none'] as const;

/** Optional member facts read by `entitlements` (spread into the member schema). */
export const memberEntitlementFactsShape = {
  schoolingStage: z.optional(z.enum(SCHOOLING_STAGES)),
  inclusiveKindergarten: z.optional(z.boolean()),
  boarding: z.optional(z.boolean()),
  orphan: z.optional(z.boolean()),
  selfCareAbility: z.optional(selfCareAbilitySchema),
  adl: z.optional(adlSchema),
  registeredHardToEmploy: z.optional(z.boolean()),
  employmentTerminated: z.optional(z.boolean()),
  pensionEligible: z.optional(z.boolean()),
  receivingPension: z.optional(z.boolean()),
};

/** JSON Schema descriptions of {@link memberEntitlementFactsShape} (spread into the member's table). */
export const memberEntitlementFactsDescriptions = (): {
  readonly [K in keyof typeof memberEntitlementFactsShape]: string | DescriptionTable;
} => ({
  schoolingStage:
    '在读学段（第18条）：none 不在读、preschool 学前教育、compulsory 义务教育、seniorHigh 普通高中、secondaryVocational 中等职业教育、higher 高等教育；不填 = 未知',
  inclusiveKindergarten: '学前教育是否在普惠性幼儿园（第18条学前资助的条件）；不填 = 未知',
  boarding: '义务教育阶段是否寄宿生（第18条寄宿生生活费补助）；不填 = 未知',
  orphan: '是否孤儿（第18条学前资助对象）；不填视为否',
  selfCareAbility: selfCareAbilityDescription,
  adl: adlDescriptions(),
  registeredHardToEmploy: '是否经人社部门登记认定的就业困难人员（第20条优先就业援助）；不填视为否',
  employmentTerminated: '是否解除劳动关系的困难职工（第21条社会保险转移接续）；不填视为否',
  pensionEligible: '是否已达到领取基本养老金条件（年龄与缴费年限，由社保经办机构认定，第21条）；不填视为否',
  receivingPension: '是否已按月领取基本养老金（第21条）；不填 = 未知',
});

/** 家庭住房状况（第19条）. */
export const housingSchema = strictObject({
  hardship: z.boolean(),
  tenure: z.optional(z.enum(HOUSING_TENURES)),
  shantytown: z.optional(z.boolean()),
});

/** JSON Schema descriptions of {@link housingSchema}. */
export const housingDescriptions = (): Descriptions<typeof housingSchema> => ({
  $: '家庭住房状况（第19条）；不填 = 未知',
  hardship: '是否住房困难（按当地住房困难认定标准）',
  tenure: '现住房性质：owned 自有、publicRental 公租房、privateRental 市场租房、none 无固定住所；不填 = 未知',
  shantytown: '现住房是否在棚户区改造范围内',
});

/** Optional household facts read by `entitlements` (spread into the household schema). */
export const householdEntitlementFactsShape = {
  housing: z.optional(housingSchema),
  hardshipEvent: z.optional(hardshipEventSchema),
};

/** JSON Schema descriptions of {@link householdEntitlementFactsShape} (spread into the household's table). */
export const householdEntitlementFactsDescriptions = (): {
  readonly [K in keyof typeof householdEntitlementFactsShape]: DescriptionTable;
} => ({
  housing: housingDescriptions(),
  hardshipEvent: hardshipEventDescriptions(),
});

/** Rate of a fraction in [0, 1]. */
function rate() {
  return money().check(
    z.refine((d) => d.lte(1), {
      params: {
        dibao: 'out_of_range',
        message: '比例须在 0 到 1 之间',
        messageEn: 'a rate must lie between 0 and 1',
      },
    }),
  );
}

/** The `entitlements` block of a policy: local parameters of 第12、16条 (all policy inputs). */
export const entitlementsPolicySchema = strictObject({
  source: z.string().check(z.minLength(1), z.maxLength(1000)),
  illustrative: z.boolean(),
  priorYear: z.optional(
    strictObject({
      dibaoStandardPerMonth: strictObject({
        urban: money(),
        rural: money(),
      }),
      minimumWagePerMonth: money(),
    }),
  ),
  specialSupport: z.optional(
    strictObject({
      basicLivingMultiplier: z.optional(money()),
      careRates: z.optional(careRatesSchema),
      roundingUnit: z.optional(positiveMoney()),
    }),
  ),
  medicalInsurance: z.optional(
    strictObject({
      personalContributionPerYear: money(),
      subsidyRates: strictObject({
        extremelyPoor: rate(),
        dibao: rate(),
        lowIncome: rate(),
      }),
    }),
  ),
});

/** JSON Schema descriptions of {@link entitlementsPolicySchema}. */
export const entitlementsPolicyDescriptions = (): Descriptions<typeof entitlementsPolicySchema> => ({
  $: '第12、16条的当地参数（用于 entitlements）',
  source: '这些数字的来源（文件名、文号或“示例”说明）',
  illustrative: 'true 表示数字为示例，并非当地公布的标准（结果附 ILLUSTRATIVE_FIGURES 警告）',
  priorYear: {
    $: '第12条特困供养标准所需的上年度数字；不填时只列出特困供养而不计金额',
    dibaoStandardPerMonth: {
      $: '当地上年度城乡低保标准（第12条基本生活标准的基数）',
      urban: '上年度城市低保标准，元/人·月',
      rural: '上年度农村低保标准，元/人·月',
    },
    minimumWagePerMonth: '当地上年度月最低工资标准，元/月（第12条照料护理标准的基数）',
  },
  specialSupport: {
    $: '传给 specialSupport 的当地参数（第12条）',
    basicLivingMultiplier: '基本生活标准倍数（默认 "1.3"）',
    careRates: careRatesDescriptions(),
    roundingUnit: '标准取整单位，元（默认 "1"）',
  },
  medicalInsurance: {
    $: '第16条城乡居民医保个人缴费补助参数',
    personalContributionPerYear: '城乡居民基本医疗保险个人缴费标准，元/人·年',
    subsidyRates: {
      $: '第16条：按类别全额或部分补助个人缴费',
      extremelyPoor: '特困人员个人缴费的财政补助比例（1 = 全额）',
      dibao: '低保对象个人缴费的财政补助比例',
      lowIncome: '低收入对象个人缴费的财政补助比例',
    },
  },
});

/** The `entitlements` policy block as a caller writes it. */
/** The housing facts as a caller writes them. */
export type { EntitlementsPolicy, HousingFacts } from './input-types.js';
/** 在读学段. */
export type SchoolingStage = (typeof SCHOOLING_STAGES)[number];
