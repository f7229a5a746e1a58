/**
 * Input of {@link dibaoStandards} (第4条): a locality's Y−2 statistics, the provincial guidance and,
 * optionally, a proposed standard to check. Money is a decimal string or a finite JSON number.
 * The `…Descriptions` tables give the Chinese field descriptions of the published JSON Schema.
 */
import * as z from 'zod/mini';
import { type Descriptions, money, positiveMoney, strictObject, wholeNumber } from './common.js';

/** 省城乡低保最低指导标准. */
export const provincialGuidanceSchema = strictObject({
  urbanPerMonth: money(),
  ruralPerMonth: money(),
});

/** JSON Schema descriptions of {@link provincialGuidanceSchema}. */
export const provincialGuidanceDescriptions = (): Descriptions<typeof provincialGuidanceSchema> => ({
  $: '省政府发布的城乡低保最低指导标准（第4条第二款）',
  urbanPerMonth: '省城市低保最低指导标准，元/人·月',
  ruralPerMonth: '省农村低保最低指导标准，元/人·月',
});

/** A proposed local standard to check against 第4条; either part may be left out. */
export const proposedStandardsSchema = strictObject({
  urbanPerMonth: z.optional(money()),
  ruralPerMonth: z.optional(money()),
});

/** JSON Schema descriptions of {@link proposedStandardsSchema}. */
export const proposedStandardsDescriptions = (): Descriptions<typeof proposedStandardsSchema> => ({
  $: '待核查的当地低保标准（可只给城市或农村一项）',
  urbanPerMonth: '拟定（或现行）的城市低保标准，元/人·月',
  ruralPerMonth: '拟定（或现行）的农村低保标准，元/人·月',
});

/** The JSON input of `dibaoStandards`. */
export const dibaoStandardsInputSchema = strictObject({
  year: wholeNumber(1900, 2200),
  urbanDisposableIncomePerYear: positiveMoney(),
  ruralDisposableIncomePerYear: money(),
  minimumWagePerMonth: money(),
  povertyLinePerYear: money(),
  provincialGuidance: z.optional(provincialGuidanceSchema),
  proposed: z.optional(proposedStandardsSchema),
  roundingUnit: z.optional(positiveMoney()),
});

/** JSON Schema descriptions of {@link dibaoStandardsInputSchema}. */
export const dibaoStandardsInputDescriptions = (): Descriptions<typeof dibaoStandardsInputSchema> => ({
  $: '第4条：由上上年度统计数据确定当地城乡低保标准的输入',
  year: '低保标准适用的年度 Y；以下统计数据均为上上年度（Y−2）',
  urbanDisposableIncomePerYear: '当地上上年度城市（城镇）居民人均可支配收入，元/年（须大于0）',
  ruralDisposableIncomePerYear: '当地上上年度农村居民人均可支配收入，元/年',
  minimumWagePerMonth: '当地上上年度月最低工资标准，元/月',
  povertyLinePerYear: '国家现行扶贫标准，元/人·年',
  provincialGuidance: provincialGuidanceDescriptions(),
  proposed: proposedStandardsDescriptions(),
  roundingUnit: '标准的取整单位，元（默认 "1"：标准按整元公布；须大于0）',
});

/** What a caller passes (money as `string | number`). */
export type { DibaoStandardsInput } from './input-types.js';
/** The parsed form (money as exact decimals); internal. */
export type ParsedDibaoStandardsInput = z.output<typeof dibaoStandardsInputSchema>;
