/**
 * The facts of 第9条 that decide whether the urban 低保 standard applies to a person.
 */
import * as z from 'zod';
import { isoDate } from './common.js';

/** Input of {@link residencyStandardArea}. Absent facts are unknown. */
export const residencyFactsSchema = z
  .strictObject({
    assessmentDate: isoDate('评估日期：计算连续居住与缴费是否满一年的基准日'),
    hukou: z
      .enum(['urban', 'rural'])
      .meta({ description: '户籍类别：urban 城市（城镇）户籍、rural 农业户籍；不填 = 未知' })
      .optional(),
    settledInCity: z
      .boolean()
      .meta({ description: '是否为进城落户的农业人口（户籍已迁入城市）；不填 = 未知' })
      .optional(),
    residencePermit: z.boolean().meta({ description: '是否持有城市居住证；不填 = 未知' }).optional(),
    continuousResidenceSince: isoDate('在居住证所在城市连续居住的起始日期').optional(),
    basicPensionInsuranceSince: isoDate('连续缴纳基本养老保险的起始日期').optional(),
    basicMedicalInsuranceSince: isoDate('连续缴纳基本医疗保险的起始日期').optional(),
  })
  .meta({ description: '第9条：判断适用城市低保标准的户籍、落户、居住证及居住、缴费事实' });

/** Residency facts as the caller passes them. */
export type ResidencyFacts = z.input<typeof residencyFactsSchema>;
