/**
 * The part of an `assessHousehold` result that `entitlements` reads (its `assessment` argument): the
 * household class, the 低保标准 used, each member's class and facts, and the `missing` paths. Validated as
 * strictly as the household and the policy — `{}`, `null`, a standard `"0x26c"` or a grant `"NaN"` are
 * refused by path — while the other fields of a whole assessment (`basis`, `benefit`, `trace`, …) are
 * allowed and dropped, so the result of `assessHousehold` is passed as it is.
 */
import * as z from 'zod/mini';
import { MONEY_STRING_PATTERN, moneyBeyondExact } from '../core/money.js';
import { type Descriptions, MONEY_SENTINEL, PRECISION_SENTINEL } from './common.js';

/** A money amount as an assessment writes it: a decimal text (`"620.00"`), never a number. */
function moneyText() {
  return z.string().check(
    z.regex(MONEY_STRING_PATTERN, { error: () => MONEY_SENTINEL }),
    z.refine((v: string) => !moneyBeyondExact(v), { error: () => PRECISION_SENTINEL }),
  );
}

const HOUSEHOLD_CLASSES = ['dibao', 'lowIncome', 'none', 'undetermined'] as const;
const MEMBER_CLASSES = ['extremelyPoor', 'dibao', 'lowIncome', 'none', 'undetermined'] as const;
const SPECIAL_GROUPS = ['seriousIllness', 'severeDisability', 'age70Plus', 'minor'] as const;

/** One member of the assessment, as `entitlements` reads it. */
const memberView = () =>
  z.object({
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    age: z.number().check(z.int(), z.gte(0), z.lte(200)),
    class: z.enum(MEMBER_CLASSES),
    laborCapacity: z.nullable(z.boolean()),
    specialGroups: z.array(z.enum(SPECIAL_GROUPS)),
    workingAge: z.nullable(z.boolean()),
    dibaoCancelled: z.nullable(z.boolean()),
    obligations: z.array(z.enum(['communityService'])),
    specialGrantPerMonth: z.nullable(moneyText()),
  });

const assessmentView = () =>
  z.object({
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    class: z.enum(HOUSEHOLD_CLASSES),
    standardPerMonth: moneyText(),
    members: z.array(memberView()),
    missing: z.array(z.string()),
  });

let built: ReturnType<typeof assessmentView> | undefined;

/**
 * The assessment argument of `entitlements` (the result of `assessHousehold`), built on first use: importing
 * the library builds no zod node it may never need (the cold-import budget).
 */
export function assessmentViewSchema(): ReturnType<typeof assessmentView> {
  built ??= assessmentView();
  return built;
}

/** JSON Schema descriptions of a member of {@link assessmentViewSchema}. */
export const assessedMemberViewDescriptions = (): Descriptions<ReturnType<typeof memberView>> => ({
  $: '一名成员的评估结果（assessHousehold 的 members[i]）',
  id: '成员编号（如有）',
  age: '评估日的周岁年龄',
  class:
    '成员类别：extremelyPoor 特困、dibao 低保、lowIncome 低收入、none 均不是、undetermined 缺少事实无法确定',
  laborCapacity: '是否有劳动能力；null 为未知',
  specialGroups: {
    $: '第10条增发补助金的特殊群体',
    '[]': '特殊群体：重病、重度残疾、70周岁以上老年人、未成年人',
  },
  workingAge: '第11条是否处于劳动年龄且有劳动能力；null 为未知',
  dibaoCancelled: '第11条是否取消低保；null 为未知',
  obligations: { $: '第11条的义务', '[]': '义务：communityService 参加公益性社区服务' },
  specialGrantPerMonth: '第10条增发补助金（元/月，两位小数的十进制字符串）；非低保家庭为 null',
});

/** JSON Schema descriptions of {@link assessmentViewSchema}. */
export const assessmentViewDescriptions = (): Descriptions<ReturnType<typeof assessmentViewSchema>> => ({
  $: 'entitlements 读取的家庭评估结果：同一家庭、同一政策下 assessHousehold 的返回值（其他字段可保留，不读取）',
  id: '家庭编号（如有）',
  class: '家庭类别：dibao 低保、lowIncome 低收入、none 均不是、undetermined 缺少事实无法确定',
  standardPerMonth: '评估所用的低保标准（元/月，十进制字符串，如 "620.00"）',
  members: { $: '各成员的评估结果，顺序与家庭成员相同', '[]': assessedMemberViewDescriptions() },
  missing: { $: '尚缺的事实（JSON 路径）', '[]': 'JSON 路径，如 members[0].incomes' },
});
