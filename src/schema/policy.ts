/**
 * The local policy parameters {@link assessHousehold} reads: the 低保 standards in force, the property
 * conditions, the 第10条 grant rates, the 第11条 exemption and working ages, and the options of DESIGN §5.
 */
import * as z from 'zod';
import { money, positiveMoney } from './common.js';
import { entitlementsPolicySchema } from './entitlement-facts.js';
import { temporaryAssistanceRulesSchema } from './temporary-assistance.js';

const propertyLimitSchema = (level: string) =>
  z
    .strictObject({
      financialAssetsPerCapitaMonths: z
        .number()
        .min(0)
        .max(1200)
        .meta({
          description: `${level}：家庭人均金融资产不超过当地低保标准的月数（人均金融资产 ≤ 月数 × 低保标准）`,
        })
        .optional(),
      maxVehicles: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .meta({ description: `${level}：机动车辆数上限（含）` })
        .optional(),
      maxExtraHousingUnits: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .meta({ description: `${level}：唯一住房之外的其他住房套数上限（含）` })
        .optional(),
    })
    .meta({ description: `${level}家庭财产条件；未列出的项不作限制` });

const laborAgeSchema = z
  .strictObject({
    min: z.number().int().min(0).max(150).meta({ description: '劳动年龄下限（周岁，含），默认 16' }),
    maxMale: z
      .number()
      .int()
      .min(0)
      .max(150)
      .meta({ description: '男性劳动年龄上限（周岁，不含），默认 60' }),
    maxFemale: z
      .number()
      .int()
      .min(0)
      .max(150)
      .meta({ description: '女性劳动年龄上限（周岁，不含），默认 55' }),
  })
  .superRefine((a, ctx) => {
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
  })
  .meta({ description: '劳动年龄段（第11条）：min ≤ 年龄 < 上限' });

/** The policy input of {@link assessHousehold}. */
export const policySchema = z
  .strictObject({
    region: z
      .strictObject({
        code: z
          .string()
          .regex(/^[0-9]{6}$/)
          .meta({ description: 'GB/T 2260 行政区划代码，如 "220100" 长春市' }),
        name: z.string().min(1).max(100).meta({ description: '行政区划名称' }),
      })
      .meta({ description: '政策所属行政区划' })
      .optional(),
    dibaoStandardPerMonth: z
      .strictObject({
        urban: positiveMoney('评估日有效的当地城市低保标准（元/人·月）'),
        rural: positiveMoney('评估日有效的当地农村低保标准（元/人·月）；按年公布的须先 ÷12 折算'),
      })
      .meta({ description: '评估日有效的当地低保标准（元/人·月）' }),
    propertyLimits: z
      .strictObject({
        dibao: propertyLimitSchema('低保').optional(),
        lowIncome: propertyLimitSchema('低收入').optional(),
      })
      .meta({ description: '县级以上人民政府规定的家庭财产条件（第5条(2)(3)）' })
      .optional(),
    specialGrantRates: z
      .strictObject({
        seriousIllness: money('重病患者增发补助金比例（× 当地低保标准），如 "0.3"').optional(),
        severeDisability: money('重残人员（1–2级）增发补助金比例（× 当地低保标准）').optional(),
        age70Plus: money('70周岁以上老年人增发补助金比例（× 当地低保标准）').optional(),
        minor: money('未成年人（未满18周岁）增发补助金比例（× 当地低保标准）').optional(),
      })
      .meta({ description: '第10条特殊对象增发补助金比例，由县级民政部门确定；未设定的按 0 计并警告' })
      .optional(),
    specialGrantStacking: z
      .enum(['max', 'sum'])
      .meta({ description: '一人属多类特殊对象时：max 取最高一项（默认）、sum 各项相加' })
      .optional(),
    employmentIncomeExemption: z
      .strictObject({
        perMonth: money('每名成员每月豁免的就业、经营收入上限（元/月）'),
        months: z.number().int().min(1).max(120).meta({ description: '豁免期（月），自就业、创业之日起算' }),
      })
      .meta({ description: '第11条就业收入豁免政策' })
      .optional(),
    laborAge: laborAgeSchema.optional(),
    thresholdInclusive: z
      .boolean()
      .meta({
        description:
          '收入恰好等于标准时：false（默认，字面）“低于/高于”均不含本数，归 none 并警告；true 则 ≤n·S 为低保、≤2n·S 为低收入',
      })
      .optional(),
    lowIncomeAdmitsBelowStandard: z
      .boolean()
      .meta({
        description:
          '收入低于低保标准但财产只不符合低保条件时：false（默认，字面）不属低收入并警告；true 则按低收入财产条件认定为低收入',
      })
      .optional(),
    // 第14条 and 第12、16条 local parameters read by `temporaryAssistance` / `entitlements` (engineer E).
    temporaryAssistance: temporaryAssistanceRulesSchema.optional(),
    entitlements: entitlementsPolicySchema.optional(),
  })
  .meta({ description: '当地低保政策参数（评估日有效）' });

/** The policy as the caller passes it (money as `string | number`). */
export type Policy = z.input<typeof policySchema>;
/** The validated policy. */
export type ParsedPolicy = z.output<typeof policySchema>;
