/**
 * The facts of 第9条 that decide whether the urban 低保 standard applies to a person.
 */
import * as z from 'zod/mini';
import { type Descriptions, isoDate, strictObject } from './common.js';

/** Input of {@link residencyStandardArea}. Absent facts are unknown. */
export const residencyFactsSchema = strictObject({
  assessmentDate: isoDate(),
  hukou: z.optional(z.enum(['urban', 'rural'])),
  settledInCity: z.optional(z.boolean()),
  residencePermit: z.optional(z.boolean()),
  continuousResidenceSince: z.optional(isoDate()),
  basicPensionInsuranceSince: z.optional(isoDate()),
  basicMedicalInsuranceSince: z.optional(isoDate()),
});

/** JSON Schema descriptions of {@link residencyFactsSchema}. */
export const residencyFactsDescriptions = (): Descriptions<typeof residencyFactsSchema> => ({
  $: '第9条：判断适用城市低保标准的户籍、落户、居住证及居住、缴费事实',
  assessmentDate: '评估日期：计算连续居住与缴费是否满一年的基准日',
  hukou: '户籍类别：urban 城市（城镇）户籍、rural 农业户籍；不填 = 未知',
  settledInCity: '是否为进城落户的农业人口（户籍已迁入城市）；不填 = 未知',
  residencePermit: '是否持有城市居住证；不填 = 未知',
  continuousResidenceSince: '在居住证所在城市连续居住的起始日期',
  basicPensionInsuranceSince: '连续缴纳基本养老保险的起始日期',
  basicMedicalInsuranceSince: '连续缴纳基本医疗保险的起始日期',
});

/** Residency facts as the caller passes them. */
export type { ResidencyFacts } from './input-types.js';
