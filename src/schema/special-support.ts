/**
 * Input of {@link specialSupport} (第12条) and of {@link selfCareAbilityFromAdl} (特困人员认定办法(2021)
 * 第21–22条). Money is a decimal string or a finite JSON number.
 */
import * as z from 'zod';
import { money, positiveMoney } from './common.js';

/** 生活自理能力：具备 / 部分丧失 / 完全丧失. */
export const selfCareAbilitySchema = z
  .enum(['able', 'partiallyLost', 'fullyLost'])
  .meta({ description: '生活自理能力：able 具备，partiallyLost 部分丧失，fullyLost 完全丧失' });

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

const item = (description: string) => z.boolean().meta({ description }).optional();

/**
 * The six-item assessment: `true` = does it unaided, `false` = cannot; an absent item is unknown
 * (never read as either).
 */
export const adlSchema = z
  .strictObject({
    eating: item('自主吃饭：true 能，false 不能；缺省为未知'),
    dressing: item('自主穿衣：true 能，false 不能；缺省为未知'),
    transferring: item('自主上下床：true 能，false 不能；缺省为未知'),
    toileting: item('自主如厕：true 能，false 不能；缺省为未知'),
    indoorWalking: item('室内自主行走：true 能，false 不能；缺省为未知'),
    bathing: item('自主洗澡：true 能，false 不能；缺省为未知'),
  })
  .meta({ description: '特困人员认定办法(2021)第21条 生活自理能力六项指标评估结果' });

/** The 第12条 minimums, as care rates of the prior-year minimum wage. */
export const careRatesSchema = z
  .strictObject({
    able: money('具备生活自理能力人员的照料护理标准比例（占上年度最低工资标准，第12条不低于0.10）'),
    partiallyLost: money('部分丧失生活自理能力人员的照料护理标准比例（第12条不低于0.20）'),
    fullyLost: money('完全丧失生活自理能力人员的照料护理标准比例（第12条不低于0.30）'),
  })
  .meta({ description: '照料护理标准占当地上年度最低工资标准的比例' });

/** The JSON input of `specialSupport`. */
export const specialSupportInputSchema = z
  .strictObject({
    priorYearDibaoStandardPerMonth: money('当地上年度低保标准（按本人城乡属性），元/人·月'),
    priorYearMinimumWagePerMonth: money('当地上年度月最低工资标准，元/月'),
    selfCareAbility: selfCareAbilitySchema.optional(),
    adl: adlSchema.optional(),
    basicLivingMultiplier: money(
      '基本生活标准相对上年度低保标准的倍数（默认 "1.3"，第12条不低于1.3）',
    ).optional(),
    careRates: careRatesSchema.optional(),
    roundingUnit: positiveMoney('标准的取整单位，元（默认 "1"；须大于0）').optional(),
  })
  .meta({ description: '第12条：特困人员基本生活标准与照料护理标准的输入' });

/** What a caller passes (money as `string | number`). */
export type SpecialSupportInput = z.input<typeof specialSupportInputSchema>;
/** The parsed form; internal. */
export type ParsedSpecialSupportInput = z.output<typeof specialSupportInputSchema>;
/** The six-item assessment as a caller passes it. */
export type AdlAssessment = z.input<typeof adlSchema>;
/** 生活自理能力. */
export type SelfCareAbility = z.output<typeof selfCareAbilitySchema>;
