/**
 * 第18条: education aid by each member's schooling stage.
 */
import type { TraceValue } from '../../core/trace.js';
import type { SchoolingStage } from '../../schema/entitlement-facts.js';
import { addMeasure, type Ctx, type MemberCtx, missingFor } from './context.js';

/** Ages at which a member may be in school when the stage is not given (interpretation, docs/interpretation.md). */
export const SCHOOL_AGE_MIN = 3;
export const SCHOOL_AGE_MAX = 24;
/** The oldest age at which a child may still be in preschool (学前教育, normally 3–6). */
export const PRESCHOOL_AGE_MAX = 6;

const STAGE_NAMES: Record<SchoolingStage, string> = {
  none: '不在读',
  preschool: '学前教育',
  compulsory: '义务教育',
  seniorHigh: '普通高中',
  secondaryVocational: '中等职业教育',
  higher: '高等教育',
};

function aidsFor(
  m: MemberCtx,
  stage: Exclude<SchoolingStage, 'none'>,
): { aids: string[]; missing: string[]; excluded?: string } {
  switch (stage) {
    case 'preschool':
      if (m.fact.inclusiveKindergarten === undefined)
        return { aids: [], missing: [`${m.path}.inclusiveKindergarten`] };
      if (!m.fact.inclusiveKindergarten) return { aids: [], missing: [], excluded: '不在普惠性幼儿园' };
      return { aids: ['preschoolAid'], missing: [] };
    case 'compulsory': {
      const aids = ['tuitionExemption', 'freeTextbooks'];
      if (m.fact.boarding === true) aids.push('boardingLivingSubsidy');
      return { aids, missing: m.fact.boarding === undefined ? [`${m.path}.boarding`] : [] };
    }
    case 'seniorHigh':
      return { aids: ['nationalGrant', 'localAid'], missing: [] };
    case 'secondaryVocational':
      return { aids: ['tuitionExemption'], missing: [] };
    case 'higher':
      return { aids: ['scholarship', 'grant', 'tuitionReduction', 'studentLoan', 'workStudy'], missing: [] };
  }
}

/**
 * 第18条：家庭经济困难（特困、低保、低收入）的在读成员按学段获得资助；学前教育的孤儿、残疾儿童不论家庭类别。
 * 学段未知且年龄在 3–24 周岁的成员列为 undetermined。
 * @see 第18条
 */
export function educationMeasures(ctx: Ctx): void {
  for (const m of ctx.members) {
    const stage = m.fact.schoolingStage;
    const age = m.assessed.age;
    const specialChild = m.fact.orphan === true || m.fact.disability !== undefined;
    if (stage === undefined) {
      if (age < SCHOOL_AGE_MIN || age > SCHOOL_AGE_MAX) continue;
      // A non-poor member may still be owed preschool aid as an orphan or disabled child (preschool age ≤ 6).
      if (m.poor === false && !(specialChild && age <= PRESCHOOL_AGE_MAX)) continue;
      addMeasure(ctx, {
        measure: 'educationAid',
        article: '第18条',
        status: 'undetermined',
        members: [m],
        facts: { age, class: m.assessed.class },
        missing: [`${m.path}.schoolingStage`, ...(m.poor === null ? missingFor(ctx, m.index) : [])],
        note: '成员处于可能在读的年龄，学段未知',
      });
      continue;
    }
    if (stage === 'none') continue;
    const qualifies = m.poor === true || (stage === 'preschool' && specialChild);
    const facts: Record<string, TraceValue> = {
      schoolingStage: stage,
      class: m.assessed.class,
      ...(stage === 'preschool'
        ? { orphan: m.fact.orphan ?? false, disability: m.fact.disability !== undefined }
        : {}),
    };
    if (!qualifies) {
      if (m.poor === null) {
        addMeasure(ctx, {
          measure: 'educationAid',
          article: '第18条',
          status: 'undetermined',
          members: [m],
          facts,
          missing: missingFor(ctx, m.index),
          note: `在读${STAGE_NAMES[stage]}，家庭是否经济困难尚无法判断`,
        });
      }
      continue;
    }
    const r = aidsFor(m, stage);
    if (r.excluded !== undefined) continue;
    if (r.aids.length === 0) {
      addMeasure(ctx, {
        measure: 'educationAid',
        article: '第18条',
        status: 'undetermined',
        members: [m],
        facts,
        missing: r.missing,
        note: `在读${STAGE_NAMES[stage]}，资助条件所需事实未知`,
      });
      continue;
    }
    addMeasure(ctx, {
      measure: 'educationAid',
      article: '第18条',
      status: 'applies',
      members: [m],
      facts,
      details: { aids: r.aids },
      missing: r.missing,
      note: `在读${STAGE_NAMES[stage]}的家庭经济困难学生，按该学段资助政策予以资助`,
    });
  }
}
