/**
 * Measures of basic living: 第10条 increased grants, 第11条 obligations and cancellation, 第12条 特困 support.
 */
import { DibaoInputError } from '../../core/errors.js';
import { plain } from '../../core/money.js';
import type { SpecialSupportInput } from '../../schema/special-support.js';
import { inExtremelyPoorCategory } from '../extremely-poor.js';
import { SPECIAL_GROUP_NAMES } from '../special-grants.js';
import { specialSupport } from '../special-support.js';
import { addMeasure, type Ctx, missingFor } from './context.js';

/**
 * 第10条：低保家庭中的特殊对象按低保标准的一定比例增发补助金（每人一项，按 `specialGrantStacking` 取最高或相加）。
 * @see 第10条
 */
export function specialGrantMeasures(ctx: Ctx): void {
  const rates = ctx.policy.specialGrantRates ?? {};
  const stacking = ctx.policy.specialGrantStacking ?? 'max';
  for (const m of ctx.members) {
    const groups = m.assessed.specialGroups;
    if (groups.length === 0 || m.assessed.dibaoCancelled === true) continue;
    const facts = { specialGroups: [...groups], householdClass: ctx.assessment.class };
    const cls = ctx.assessment.class;
    if (cls === 'undetermined' || (cls === 'dibao' && m.assessed.dibaoCancelled === null)) {
      addMeasure(ctx, {
        measure: 'specialGrant',
        article: '第10条',
        status: 'undetermined',
        members: [m],
        facts,
        missing: missingFor(ctx, m.index),
        note:
          cls === 'undetermined'
            ? '属低保特殊对象，但家庭是否为低保家庭尚无法判断'
            : '属低保特殊对象，但其低保待遇是否因拒绝职业介绍被取消尚无法判断',
      });
      continue;
    }
    if (cls !== 'dibao') continue;
    const used = Object.fromEntries(
      groups.flatMap((g) => {
        const r = rates[g];
        return r === undefined ? [] : [[`rate.${g}`, plain(r)]];
      }),
    );
    const unset = groups.filter((g) => rates[g] === undefined);
    addMeasure(ctx, {
      measure: 'specialGrant',
      article: '第10条',
      status: 'applies',
      members: [m],
      facts: { ...facts, ...used },
      ...(m.assessed.specialGrantPerMonth !== null
        ? { amountPerMonth: m.assessed.specialGrantPerMonth }
        : {}),
      details: { stacking, standardPerMonth: plain(ctx.standard), ratesNotSet: unset },
      note: `${groups.map((g) => SPECIAL_GROUP_NAMES[g]).join('、')}：增发补助金 = 低保标准 × 比例（${stacking === 'sum' ? '各项相加' : '取最高一项'}）${unset.length > 0 ? '；未设定比例的类别按 0 计' : ''}`,
    });
  }
}

/**
 * 第11条：劳动年龄段内有劳动能力的低保对象半年内拒绝三次以上职业介绍的取消低保；未就业的参加公益性社区服务。
 * @see 第11条
 */
export function employmentObligationMeasures(ctx: Ctx): void {
  for (const m of ctx.members) {
    if (m.assessed.dibaoCancelled) {
      addMeasure(ctx, {
        measure: 'dibaoCancellation',
        article: '第11条',
        status: 'applies',
        members: [m],
        facts: {
          workingAge: m.assessed.workingAge,
          jobReferralRefusals: [...(m.fact.jobReferralRefusals ?? [])],
        },
        note: '劳动年龄段内有劳动能力，半年内拒绝三次以上职业介绍，取消其低保待遇',
      });
    }
    if (m.assessed.obligations.includes('communityService')) {
      addMeasure(ctx, {
        measure: 'communityService',
        article: '第11条',
        status: 'applies',
        members: [m],
        facts: { workingAge: m.assessed.workingAge, employed: m.fact.employed ?? null },
        note: '就业年龄段内尚未就业的低保对象，应参加居委会组织的公益性社区服务',
      });
    }
  }
}

function prefixIssues(e: DibaoInputError, prefix: string): DibaoInputError {
  return new DibaoInputError(
    e.issues.map((i) => ({
      ...i,
      path: i.path === '' ? prefix : `${prefix}.${i.path}`,
    })),
  );
}

/**
 * 第12条：特困人员的基本生活标准与照料护理标准（给出上年度数字时计算金额，使用 `specialSupport`）。
 * @see 第12条
 */
export function extremelyPoorSupportMeasures(ctx: Ctx): void {
  const block = ctx.policyInput.entitlements;
  const area = ctx.household.area;
  for (const m of ctx.members) {
    const a = m.assessed;
    if (a.class === 'undetermined') {
      if (!inExtremelyPoorCategory(a.age, m.fact.disability !== undefined)) continue;
      addMeasure(ctx, {
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'undetermined',
        members: [m],
        facts: { age: a.age, disability: m.fact.disability !== undefined },
        missing: missingFor(ctx, m.index),
        note: '属老年人、残疾人或未满16周岁未成年人，是否特困人员尚无法判断',
      });
      continue;
    }
    if (a.class !== 'extremelyPoor') continue;
    const facts = { class: a.class, age: a.age };
    const prior = block?.priorYear;
    if (prior === undefined) {
      addMeasure(ctx, {
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'applies',
        members: [m],
        facts,
        missing: ['policy.entitlements.priorYear'],
        note: '特困人员按基本生活标准和照料护理标准救助供养；未给出上年度低保标准和最低工资标准，不计金额',
      });
      continue;
    }
    const raw = ctx.householdInput.members[m.index];
    const input: SpecialSupportInput = {
      priorYearDibaoStandardPerMonth: prior.dibaoStandardPerMonth[area],
      priorYearMinimumWagePerMonth: prior.minimumWagePerMonth,
      ...(raw?.selfCareAbility !== undefined ? { selfCareAbility: raw.selfCareAbility } : {}),
      ...(raw?.adl !== undefined ? { adl: raw.adl } : {}),
      ...(block?.specialSupport?.basicLivingMultiplier !== undefined
        ? { basicLivingMultiplier: block.specialSupport.basicLivingMultiplier }
        : {}),
      ...(block?.specialSupport?.careRates !== undefined
        ? { careRates: block.specialSupport.careRates }
        : {}),
      ...(block?.specialSupport?.roundingUnit !== undefined
        ? { roundingUnit: block.specialSupport.roundingUnit }
        : {}),
    };
    let r: ReturnType<typeof specialSupport>;
    try {
      r = specialSupport(input, { trace: ctx.t.enabled });
    } catch (e) {
      if (e instanceof DibaoInputError) throw prefixIssues(e, m.path);
      throw e;
    }
    if (ctx.t.enabled) for (const s of r.trace) ctx.t.steps.push(s);
    addMeasure(ctx, {
      measure: 'extremelyPoorSupport',
      article: '第12条',
      status: 'applies',
      members: [m],
      facts: { ...facts, selfCareAbility: r.selfCareAbility },
      ...(r.totalPerMonth !== null ? { amountPerMonth: r.totalPerMonth } : {}),
      details: {
        basicLivingPerMonth: r.basicLivingPerMonth,
        carePerMonth: r.carePerMonth,
        violations: r.violations.map((v) => v.code),
      },
      missing: r.missing.map((p) => `${m.path}.${p}`),
      note:
        r.totalPerMonth !== null
          ? '特困人员供养金额 = 基本生活标准 + 照料护理标准'
          : '特困人员基本生活标准已定；生活自理能力未知，照料护理标准待定',
    });
  }
}
