/**
 * 第20条 employment assistance (零就业家庭) and 第21条 pension continuity.
 */
import { DEFAULT_LABOR_AGE } from '../employment.js';
import { addMeasure, type Ctx, type MemberCtx, missingFor } from './context.js';

/** Could the member be of working age with labor capacity, when the assessment could not tell its capacity? */
function maybeWorkingAge(ctx: Ctx, m: MemberCtx): boolean {
  if (m.assessed.workingAge === null) return true;
  if (m.assessed.workingAge || m.assessed.laborCapacity !== null) return false;
  const la = ctx.policy.laborAge ?? DEFAULT_LABOR_AGE;
  const max =
    m.fact.sex === 'female'
      ? la.maxFemale
      : m.fact.sex === 'male'
        ? la.maxMale
        : Math.max(la.maxMale, la.maxFemale);
  return m.assessed.age >= la.min && m.assessed.age < max;
}

function laborAgeText(ctx: Ctx): string {
  const la = ctx.policy.laborAge ?? DEFAULT_LABOR_AGE;
  return `${la.min}–${la.maxMale}(男)/${la.maxFemale}(女)`;
}

/**
 * 第20条：经人社部门登记认定为就业困难人员的城市贫困人口，优先开展就业援助；
 * 零就业家庭（劳动年龄段内有劳动能力的成员均未就业）列为优先援助，目标至少1人就业。
 * @see 第20条
 */
export function employmentMeasures(ctx: Ctx): void {
  for (const m of ctx.members) {
    if (m.fact.registeredHardToEmploy !== true || m.poor === false) continue;
    addMeasure(ctx, {
      measure: 'employmentAssistance',
      article: '第20条',
      status: m.poor === true ? 'applies' : 'undetermined',
      members: [m],
      facts: { registeredHardToEmploy: true, class: m.assessed.class },
      details: { priority: true, services: ['skillsTraining', 'freeJobServices', 'startupSupport'] },
      missing: m.poor === true ? [] : missingFor(ctx, m.index),
      note: '经登记认定的就业困难人员，优先开展就业援助',
    });
  }

  if (ctx.householdPoor === false) return;
  const definite = ctx.members.filter((m) => m.assessed.workingAge === true);
  const unknown = ctx.members.filter((m) => maybeWorkingAge(ctx, m));
  if (definite.length === 0 && unknown.length === 0) return;
  if ([...definite, ...unknown].some((m) => m.fact.employed === true)) return;
  const missing = [
    ...definite.filter((m) => m.fact.employed === undefined).map((m) => `${m.path}.employed`),
    ...unknown.filter((m) => m.fact.employed === undefined).map((m) => `${m.path}.employed`),
    ...(definite.length === 0 ? unknown.map((m) => `${m.path}.laborCapacity`) : []),
    ...(ctx.householdPoor === null ? missingFor(ctx, null) : []),
  ];
  // With no member known to be of working age, the labor capacity of each who may be is missing (above), so
  // nothing missing means some member is known to be of working age, and none is employed.
  const decided = missing.length === 0;
  addMeasure(ctx, {
    measure: 'zeroEmploymentHousehold',
    article: '第20条',
    status: decided ? 'applies' : 'undetermined',
    members: definite.length > 0 ? definite : unknown,
    facts: {
      workingAgeMembers: definite.map((m) => m.path),
      employedWorkingAgeMembers: 0,
      householdClass: ctx.assessment.class,
    },
    details: {
      priority: true,
      goal: 'atLeastOneEmployed',
      ...(unknown.length > 0
        ? { laborAge: laborAgeText(ctx), possiblyWorkingAge: unknown.map((m) => m.path) }
        : {}),
    },
    missing,
    note: decided
      ? '零就业家庭：劳动年龄段内有劳动能力的成员均未就业，优先援助，确保至少1人就业'
      : '可能为零就业家庭，所需事实未知',
  });
}

/**
 * 第21条：解除劳动关系的困难职工做好社会保险转移接续；达到领取养老金条件的按规定享受养老保险待遇。
 * @see 第21条
 */
export function pensionMeasures(ctx: Ctx): void {
  for (const m of ctx.members) {
    if (m.poor === false) continue;
    const status = m.poor === true ? 'applies' : 'undetermined';
    const classMissing = m.poor === true ? [] : missingFor(ctx, m.index);
    if (m.fact.employmentTerminated === true) {
      addMeasure(ctx, {
        measure: 'socialInsuranceTransfer',
        article: '第21条',
        status,
        members: [m],
        facts: { employmentTerminated: true, class: m.assessed.class },
        missing: classMissing,
        note: '解除劳动关系的困难职工，做好各项社会保险转移接续',
      });
    }
    if (m.fact.pensionEligible === true && m.fact.receivingPension !== true) {
      const unknown = m.fact.receivingPension === undefined;
      addMeasure(ctx, {
        measure: 'pensionClaim',
        article: '第21条',
        status: unknown ? 'undetermined' : status,
        members: [m],
        facts: {
          pensionEligible: true,
          receivingPension: m.fact.receivingPension ?? null,
          class: m.assessed.class,
        },
        missing: [...classMissing, ...(unknown ? [`${m.path}.receivingPension`] : [])],
        note: '已达到领取养老金条件，按规定享受基本养老保险待遇',
      });
    }
  }
}
