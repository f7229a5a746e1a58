/**
 * The local policy parameters {@link assessHousehold} reads: the 低保 standards in force, the property
 * conditions, the 第10条 grant rates, the 第11条 exemption and working ages, and the options of docs/contract.md#known-gaps-in-the-text.
 * {@link policyDescriptions} gives the Chinese field descriptions of the published JSON Schema.
 */
import * as z from 'zod/mini';
import { type Descriptions, money, positiveMoney, strictObject } from './common.js';
import { entitlementsPolicyDescriptions, entitlementsPolicySchema } from './entitlement-facts.js';
import {
  temporaryAssistanceRulesDescriptions,
  temporaryAssistanceRulesSchema,
} from './temporary-assistance.js';

const ageBound = () => z.number().check(z.int(), z.gte(0), z.lte(150));

const propertyLimitSchema = () =>
  strictObject({
    financialAssetsPerCapitaMonths: z.optional(z.number().check(z.gte(0), z.lte(1200))),
    maxVehicles: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
    maxExtraHousingUnits: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
  });

const propertyLimitDescriptions = (level: string): Descriptions<ReturnType<typeof propertyLimitSchema>> => ({
  $: `${level}家庭财产条件；未列出的项不作限制`,
  financialAssetsPerCapitaMonths: `${level}：家庭人均金融资产不超过当地低保标准的月数（人均金融资产 ≤ 月数 × 低保标准）`,
  maxVehicles: `${level}：机动车辆数上限（含）`,
  maxExtraHousingUnits: `${level}：唯一住房之外的其他住房套数上限（含）`,
});

const laborAgeSchema = z
  .strictObject({
    min: ageBound(),
    maxMale: ageBound(),
    maxFemale: ageBound(),
  })
  .check(
    z.superRefine((a, ctx) => {
      for (const key of ['maxMale', 'maxFemale'] as const) {
        if (a[key] <= a.min) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            params: {
              dibao: 'inconsistent',
              message: `劳动年龄上限 ${a[key]} 须大于下限 ${a.min}`,
              messageEn: `the working-age upper bound ${a[key]} must exceed the lower bound ${a.min}`,
            },
          });
        }
      }
    }),
  );

/** The policy input of {@link assessHousehold}. */
export const policySchema = strictObject({
  region: z.optional(
    strictObject({
      code: z.string().check(z.regex(/^[0-9]{6}$/)),
      name: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
  ),
  dibaoStandardPerMonth: strictObject({
    urban: positiveMoney(),
    rural: positiveMoney(),
  }),
  propertyLimits: z.optional(
    strictObject({
      dibao: z.optional(propertyLimitSchema()),
      lowIncome: z.optional(propertyLimitSchema()),
    }),
  ),
  specialGrantRates: z.optional(
    strictObject({
      seriousIllness: z.optional(money()),
      severeDisability: z.optional(money()),
      age70Plus: z.optional(money()),
      minor: z.optional(money()),
    }),
  ),
  specialGrantStacking: z.optional(z.enum(['max', 'sum'])),
  employmentIncomeExemption: z.optional(
    strictObject({
      perMonth: money(),
      months: z.number().check(z.int(), z.gte(1), z.lte(120)),
    }),
  ),
  laborAge: z.optional(laborAgeSchema),
  thresholdInclusive: z.optional(z.boolean()),
  lowIncomeAdmitsBelowStandard: z.optional(z.boolean()),
  // 第14条 and 第12、16条 local parameters read by `temporaryAssistance` / `entitlements`.
  temporaryAssistance: z.optional(temporaryAssistanceRulesSchema),
  entitlements: z.optional(entitlementsPolicySchema),
});

/** JSON Schema descriptions of {@link policySchema}. */
export const policyDescriptions = (): Descriptions<typeof policySchema> => ({
  $: '当地低保政策参数（评估日有效）',
  region: {
    $: '政策所属行政区划',
    code: 'GB/T 2260 行政区划代码，如 "220100" 长春市',
    name: '行政区划名称',
  },
  dibaoStandardPerMonth: {
    $: '评估日有效的当地低保标准（元/人·月）',
    urban: '评估日有效的当地城市低保标准（元/人·月）',
    rural: '评估日有效的当地农村低保标准（元/人·月）；按年公布的须先 ÷12 折算',
  },
  propertyLimits: {
    $: '县级以上人民政府规定的家庭财产条件（第5条(2)(3)）',
    dibao: propertyLimitDescriptions('低保'),
    lowIncome: propertyLimitDescriptions('低收入'),
  },
  specialGrantRates: {
    $: '第10条特殊对象增发补助金比例，由县级民政部门确定；未设定的按 0 计并警告',
    seriousIllness: '重病患者增发补助金比例（× 当地低保标准），如 "0.3"',
    severeDisability: '重残人员（1–2级）增发补助金比例（× 当地低保标准）',
    age70Plus: '70周岁以上老年人增发补助金比例（× 当地低保标准）',
    minor: '未成年人（未满18周岁）增发补助金比例（× 当地低保标准）',
  },
  specialGrantStacking: '一人属多类特殊对象时：max 取最高一项（默认）、sum 各项相加',
  employmentIncomeExemption: {
    $: '第11条就业收入豁免政策',
    perMonth: '每名成员每月豁免的就业、经营收入上限（元/月）',
    months: '豁免期（月），自就业、创业之日起算',
  },
  laborAge: {
    $: '劳动年龄段（第11条）：min ≤ 年龄 < 上限',
    min: '劳动年龄下限（周岁，含），默认 16',
    maxMale: '男性劳动年龄上限（周岁，不含），默认 60',
    maxFemale: '女性劳动年龄上限（周岁，不含），默认 55',
  },
  thresholdInclusive:
    '收入恰好等于标准时：false（默认，字面）“低于/高于”均不含本数，归 none 并警告；true 则 ≤n·S 为低保、≤2n·S 为低收入',
  lowIncomeAdmitsBelowStandard:
    '收入低于低保标准但财产只不符合低保条件时：false（默认，字面）不属低收入并警告；true 则按低收入财产条件认定为低收入',
  temporaryAssistance: temporaryAssistanceRulesDescriptions(),
  entitlements: entitlementsPolicyDescriptions(),
});

/** The policy as the caller passes it (money as `string | number`). */
export type { Policy } from './input-types.js';
/** The validated policy. */
export type ParsedPolicy = z.output<typeof policySchema>;
