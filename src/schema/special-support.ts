/**
 * Input of {@link specialSupport} (第12条) and of {@link selfCareAbilityFromAdl} (特困人员认定办法(2021)
 * 第21–22条). Money is a decimal string or a finite JSON number. The `…Descriptions` tables give the
 * Chinese field descriptions of the published JSON Schema.
 */
import * as z from 'zod/mini';
import { type Descriptions, money, positiveMoney, strictObject } from './common.js';

/** 生活自理能力：具备 / 部分丧失 / 完全丧失. */
export const selfCareAbilitySchema = z.enum(['able', 'partiallyLost', 'fullyLost']);

/** JSON Schema description of {@link selfCareAbilitySchema}. */
export const selfCareAbilityDescription =
  '生活自理能力：able 具备，partiallyLost 部分丧失，fullyLost 完全丧失';

/** The six items, in the order of 特困人员认定办法(2021) 第21条. */
export const ADL_ITEMS = [
  'eating',
  'dressing',
  'transferring',
  'toileting',
  'indoorWalking',
  'bathing',
] as const;
/** One of the six self-care items. */
export type AdlItem = (typeof ADL_ITEMS)[number];

const item = () => z.optional(z.boolean());

/**
 * The six-item assessment: `true` = does it unaided, `false` = cannot; an absent item is unknown
 * (never read as either).
 */
export const adlSchema = strictObject({
  eating: item(),
  dressing: item(),
  transferring: item(),
  toileting: item(),
  indoorWalking: item(),
  bathing: item(),
});

/** JSON Schema descriptions of {@link adlSchema}. */
export const adlDescriptions = (): Descriptions<typeof adlSchema> => ({
  $: '特困人员认定办法(2021)第21条 生活自理能力六项指标评估结果',
  eating: '自主吃饭：true 能，false 不能；缺省为未知',
  dressing: '自主穿衣：true 能，false 不能；缺省为未知',
  transferring: '自主上下床：true 能，false 不能；缺省为未知',
  toileting: '自主如厕：true 能，false 不能；缺省为未知',
  indoorWalking: '室内自主行走：true 能，false 不能；缺省为未知',
  bathing: '自主洗澡：true 能，false 不能；缺省为未知',
});

/** The 第12条 minimums, as care rates of the prior-year minimum wage. */
export const careRatesSchema = strictObject({
  able: money(),
  partiallyLost: money(),
  fullyLost: money(),
});

/** JSON Schema descriptions of {@link careRatesSchema}. */
export const careRatesDescriptions = (): Descriptions<typeof careRatesSchema> => ({
  $: '照料护理标准占当地上年度最低工资标准的比例',
  able: '具备生活自理能力人员的照料护理标准比例（占上年度最低工资标准，第12条不低于0.10）',
  partiallyLost: '部分丧失生活自理能力人员的照料护理标准比例（第12条不低于0.20）',
  fullyLost: '完全丧失生活自理能力人员的照料护理标准比例（第12条不低于0.30）',
});

/** The JSON input of `specialSupport`. */
export const specialSupportInputSchema = strictObject({
  priorYearDibaoStandardPerMonth: money(),
  priorYearMinimumWagePerMonth: money(),
  selfCareAbility: z.optional(selfCareAbilitySchema),
  adl: z.optional(adlSchema),
  basicLivingMultiplier: z.optional(money()),
  careRates: z.optional(careRatesSchema),
  roundingUnit: z.optional(positiveMoney()),
});

/** JSON Schema descriptions of {@link specialSupportInputSchema}. */
export const specialSupportInputDescriptions = (): Descriptions<typeof specialSupportInputSchema> => ({
  $: '第12条：特困人员基本生活标准与照料护理标准的输入',
  priorYearDibaoStandardPerMonth: '当地上年度低保标准（按本人城乡属性），元/人·月',
  priorYearMinimumWagePerMonth: '当地上年度月最低工资标准，元/月',
  selfCareAbility: selfCareAbilityDescription,
  adl: adlDescriptions(),
  basicLivingMultiplier: '基本生活标准相对上年度低保标准的倍数（默认 "1.3"，第12条不低于1.3）',
  careRates: careRatesDescriptions(),
  roundingUnit: '标准的取整单位，元（默认 "1"；须大于0）',
});

/** What a caller passes (money as `string | number`). */
export type { SpecialSupportInput } from './input-types.js';
/** The parsed form; internal. */
export type ParsedSpecialSupportInput = z.output<typeof specialSupportInputSchema>;
/** The six-item assessment as a caller passes it. */
/** 生活自理能力. */
export type { AdlAssessment, SelfCareAbility } from './input-types.js';
