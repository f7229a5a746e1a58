/**
 * The local policy parameters {@link assessHousehold} reads: the 低保 standards in force, the property
 * conditions, the 第10条 grant rates, the 第11条 exemption and working ages, and the options of docs/contract.md#known-gaps-in-the-text.
 * {@link policyDescriptions} gives the Chinese field descriptions of the published JSON Schema.
 */
import * as z from 'zod/mini';
import { CHILD_AGE, NATIONAL_MINOR_AGE } from '../rules/extremely-poor.js';
import { GRADUAL_EXIT_MAX_MONTHS } from '../rules/gradual-exit.js';
import { type Descriptions, money, positiveMoney, strictObject, wholeNumber } from './common.js';
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

/**
 * The rule versions a policy can name (docs/contract.md, rule versions): the seed as written (the default) and the national rules in
 * force since 2021-07-01.
 * @see 最低生活保障审核确认办法(2021)第42条
 */
export const RULES_VERSIONS = ['draft2018', 'national2021'] as const;
/** A rule version. */
export type RulesVersion = (typeof RULES_VERSIONS)[number];

/** Policy fields that only the seed's 2018 rules read: refused under `national2021`. */
export const DRAFT2018_ONLY_FIELDS = ['employmentIncomeExemption', 'lowIncomeAdmitsBelowStandard'] as const;
/** Policy fields that only the national 2021 rules read: refused under `draft2018`. */
export const NATIONAL2021_ONLY_FIELDS = [
  'employmentCostDeductionPerMonth',
  'rigidExpenditureDeductionCapPerYear',
  'extremelyPoorMinorAge',
  'extremelyPoorAssessedAlone',
  'gradualExitMonths',
  'rigidExpenditureHardship',
] as const;

/** `lowIncomeMultiplier` ≥ 1: the upper bound of 低收入 / 边缘 cannot lie below the 低保 standard itself. */
const AT_LEAST_ONE = z.refine<import('../core/money.js').Dec>((d) => d.gte(1), {
  params: {
    dibao: 'out_of_range',
    min: '≥ 1',
    message: '低收入（边缘家庭）倍数不能小于 1',
    messageEn: 'the low-income multiplier must be at least 1',
  },
});

/** The policy input of {@link assessHousehold}. */
export const policySchema = strictObject({
  rulesVersion: z.optional(z.enum(RULES_VERSIONS)),
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
  lowIncomeMultiplier: z.optional(money().check(AT_LEAST_ONE)),
  benefitRounding: z.optional(
    strictObject({
      unit: z.enum(['0.01', '0.1', '1']),
      mode: z.enum(['halfUp', 'up']),
    }),
  ),
  employmentCostDeductionPerMonth: z.optional(money()),
  rigidExpenditureDeductionCapPerYear: z.optional(money()),
  extremelyPoorMinorAge: z.optional(z.literal([CHILD_AGE, NATIONAL_MINOR_AGE])),
  extremelyPoorAssessedAlone: z.optional(z.boolean()),
  gradualExitMonths: z.optional(wholeNumber(1, GRADUAL_EXIT_MAX_MONTHS)),
  rigidExpenditureHardship: z.optional(
    strictObject({
      priorYearResidentDisposableIncomePerYear: money(),
      minShareOfIncome: money(),
    }),
  ),
  // 第14条 and 第12、16条 local parameters read by `temporaryAssistance` / `entitlements`.
  temporaryAssistance: z.optional(temporaryAssistanceRulesSchema),
  entitlements: z.optional(entitlementsPolicySchema),
}).check(
  z.superRefine((p, ctx) => {
    const version: RulesVersion = p.rulesVersion ?? 'draft2018';
    const foreign = version === 'national2021' ? DRAFT2018_ONLY_FIELDS : NATIONAL2021_ONLY_FIELDS;
    const other = version === 'national2021' ? 'draft2018' : 'national2021';
    for (const key of foreign) {
      if (p[key] === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        params: {
          dibao: 'inconsistent',
          message: `${key} 只属于 ${other} 规则版本，本政策的 rulesVersion 为 ${version}`,
          messageEn: `${key} belongs to the ${other} rules only; this policy's rulesVersion is ${version}`,
        },
      });
    }
  }),
);

/** JSON Schema descriptions of {@link policySchema}. */
export const policyDescriptions = (): Descriptions<typeof policySchema> => ({
  $: '当地低保政策参数（评估日有效）',
  rulesVersion:
    '规则版本：draft2018（默认）按吉林省2018年征求意见稿原文；national2021 按2021-07-01起施行的国家规定（最低生活保障审核确认办法、特困人员认定办法等）。另一版本专有的字段会被拒绝',
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
  lowIncomeMultiplier:
    '低收入（低保边缘家庭）上限为低保标准的倍数（≥1）：draft2018 默认 "2"（第5条(3)、第6条），national2021 默认 "1.5"（最低生活保障审核确认办法(2021)第8条）',
  benefitRounding: {
    $: '低保金的取整方式（最低生活保障审核确认办法(2021)第23条由地方规定）：差额与增发补助金之和各取整一次；默认 0.01 四舍五入',
    unit: '取整单位：0.01 分、0.1 角、1 元',
    mode: 'halfUp 四舍五入、up 向上取整',
  },
  employmentCostDeductionPerMonth:
    '仅 national2021：每名成员每月从工资性收入中扣除的必要就业成本（元/月），不超过其工资性收入（最低生活保障审核确认办法(2021)第13条）',
  rigidExpenditureDeductionCapPerYear:
    '仅 national2021：核算家庭收入时因残疾、患重病等增加的刚性支出（个人自负医疗费用）每年可扣减的上限（元/年）；不填则全额扣减（最低生活保障审核确认办法(2021)第13条）',
  extremelyPoorMinorAge:
    '仅 national2021：特困供养覆盖的未成年人年龄上限（不含）：18（默认，关于改革完善社会救助制度的意见(2020)第5项）或 16（特困人员认定办法(2021)第5条(二)）',
  extremelyPoorAssessedAlone:
    '仅 national2021：特困人员是否单独供养、不计入家庭的人数、收入和低保金（默认 true，特困人员认定办法(2021)第4条）',
  gradualExitMonths:
    '仅 national2021：低保渐退期（月，1–6；最低生活保障审核确认办法(2021)第33条，民发〔2022〕83号“原则上不超过6个月”）；不填则不设渐退期',
  rigidExpenditureHardship: {
    $: '仅 national2021：刚性支出困难家庭认定条件（刚性支出困难家庭认定办法第4条，2025-01-01起施行）；不填则不作认定',
    priorYearResidentDisposableIncomePerYear: '上年度当地居民人均可支配收入（元/年）',
    minShareOfIncome: '近12个月家庭刚性支出占家庭总收入须超出的比例，如 "0.5"',
  },
  temporaryAssistance: temporaryAssistanceRulesDescriptions(),
  entitlements: entitlementsPolicyDescriptions(),
});

/** The policy as the caller passes it (money as `string | number`). */
export type { Policy } from './input-types.js';
/** The validated policy. */
export type ParsedPolicy = z.output<typeof policySchema>;
