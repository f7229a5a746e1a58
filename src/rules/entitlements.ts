/**
 * entitlements：家庭及其成员依《意见》享有的各项救助措施（第10–21条）。
 */
import { DibaoInputError } from '../core/errors.js';
import { money2, toDec } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { assessmentViewSchema } from '../schema/assessment-view.js';
import { type Household, householdSchema } from '../schema/household.js';
import { parseInput } from '../schema/parse.js';
import { type Policy, policySchema } from '../schema/policy.js';
import {
  employmentObligationMeasures,
  extremelyPoorSupportMeasures,
  specialGrantMeasures,
} from './entitlements/basic-living.js';
import type {
  AssessmentView,
  Ctx,
  EntitlementMeasure,
  EntitlementWarning,
  MemberCtx,
} from './entitlements/context.js';
import { educationMeasures } from './entitlements/education.js';
import { employmentMeasures, pensionMeasures } from './entitlements/employment.js';
import { housingMeasure } from './entitlements/housing.js';
import { medicalMeasures } from './entitlements/medical.js';
import { temporaryAssistanceMeasure } from './entitlements/temporary.js';

export type {
  AssessedMemberView,
  AssessmentView,
  EntitlementMeasure,
  EntitlementMeasureName,
  EntitlementWarning,
} from './entitlements/context.js';

/** What `entitlements` returns. */
export interface EntitlementsResult {
  id?: string;
  /** The household class of the assessment used. */
  householdClass: AssessmentView['class'];
  /** Every measure that applies or may apply, in article order, then member order. */
  measures: EntitlementMeasure[];
  /** Union of the `missing` paths of all measures (to decide one, or to complete its amount or form). */
  missing: string[];
  warnings: EntitlementWarning[];
  trace: TraceStep[];
}

function inconsistent(path: string, message: string, messageEn: string): DibaoInputError {
  return new DibaoInputError([{ path, code: 'inconsistent', message, messageEn }]);
}

/**
 * 列出家庭及其成员依《意见》享有的全部救助措施：第10条增发补助金、第11条公益性社区服务与取消低保、
 * 第12条特困供养（给出上年度数字时计算金额）、第14条临时救助（给出 `hardshipEvent` 时）、第15条医疗救助、
 * 第16条医保个人缴费补助、第18条按学段的教育资助、第19条住房救助、第20条就业援助与零就业家庭、第21条社会保险衔接。
 * 每项措施列出条款、成员、触发事实和金额；所需事实未知的措施列为 `undetermined` 并给出 `missing`，不会被静默略去。
 *
 * `assessment` 是 `assessHousehold(household, policy)` 的结果（同一家庭、同一政策）。
 * @see 第10条
 * @see 第11条
 * @see 第12条
 * @see 第14条
 * @see 第15条
 * @see 第16条
 * @see 第18条
 * @see 第19条
 * @see 第20条
 * @see 第21条
 * @example
 * const a = assessHousehold(household, policy);
 * entitlements(household, a, policy).measures.map((m) => `${m.article} ${m.measure}`);
 */
export function entitlements(
  household: Household,
  assessment: AssessmentView,
  policy: Policy,
  options?: RuleOptions,
): EntitlementsResult {
  household = readOnce(household);
  policy = readOnce(policy);
  options = readOnce(options, OPTIONS_PATH);
  const h = parseInput(householdSchema, household);
  const p = parseInput(policySchema, policy);
  assessment = parseInput(assessmentViewSchema(), assessment, 'assessment') as AssessmentView;
  if (assessment.members.length !== h.members.length) {
    throw inconsistent(
      'assessment.members',
      `评估结果有 ${assessment.members.length} 名成员，家庭有 ${h.members.length} 名：评估结果不属于此家庭`,
      `the assessment has ${assessment.members.length} members, the household ${h.members.length}: not this household's assessment`,
    );
  }
  const standard = p.dibaoStandardPerMonth[h.area];
  if (money2(standard) !== money2(toDec(assessment.standardPerMonth))) {
    throw inconsistent(
      'assessment.standardPerMonth',
      `评估结果的低保标准 ${assessment.standardPerMonth} 与政策的 ${money2(standard)} 不一致：评估结果不属于此政策`,
      `the assessment's standard ${assessment.standardPerMonth} differs from the policy's ${money2(standard)}`,
    );
  }
  const t = new Tracer(options?.trace !== false);
  const members: MemberCtx[] = h.members.map((fact, index) => {
    const assessed = assessment.members[index];
    if (assessed === undefined)
      throw inconsistent(`assessment.members[${index}]`, '缺少成员评估', 'member missing');
    const cls = assessed.class;
    return {
      index,
      path: `members[${index}]`,
      id: fact.id,
      fact,
      assessed,
      // An undetermined member of a 低保/低收入 household is poor either way (特困 or the household class).
      poor:
        cls === 'undetermined'
          ? assessment.class === 'dibao' || assessment.class === 'lowIncome'
            ? true
            : null
          : cls !== 'none',
    };
  });
  const householdPoor = members.some((m) => m.poor === true)
    ? true
    : members.every((m) => m.poor === false)
      ? false
      : null;
  t.step(
    'entitlements.householdClass',
    '第5条',
    { householdClass: assessment.class, standardPerMonth: money2(standard) },
    householdPoor,
    '特困、低保、低收入成员属城市贫困人口，据此确定可享受的救助措施',
  );
  const ctx: Ctx = {
    household: h,
    householdInput: household,
    policy: p,
    policyInput: policy,
    assessment,
    standard,
    members,
    householdPoor,
    t,
    out: [],
    warnings: [],
  };
  const block = p.entitlements;
  if (block?.illustrative === true) {
    ctx.warnings.push({
      code: 'ILLUSTRATIVE_FIGURES',
      article: '第16条',
      message: `entitlements 参数为示例数字，并非当地公布的标准（来源：${block.source}）`,
    });
  }
  specialGrantMeasures(ctx);
  employmentObligationMeasures(ctx);
  extremelyPoorSupportMeasures(ctx);
  temporaryAssistanceMeasure(ctx);
  medicalMeasures(ctx);
  educationMeasures(ctx);
  housingMeasure(ctx);
  employmentMeasures(ctx);
  pensionMeasures(ctx);
  const missing = [...new Set(ctx.out.flatMap((m) => m.missing))];
  return {
    ...(h.id !== undefined ? { id: h.id } : {}),
    householdClass: assessment.class,
    measures: ctx.out,
    missing,
    warnings: ctx.warnings,
    trace: t.steps,
  };
}
