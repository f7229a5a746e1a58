/**
 * 第14条 inside `entitlements`: temporary assistance for the household's hardship event.
 */
import { type Dec, MONTHS_PER_YEAR, plain, ZERO } from '../../core/money.js';
import { temporaryAssistance } from '../temporary-assistance.js';
import { addMeasure, type Ctx } from './context.js';

/** Household monthly income Σ perMonth + Σ perYear ÷ 12, exact; `null` when a member's incomes are unknown. */
function householdIncomePerMonth(ctx: Ctx): { value: Dec | null; unknown: string[] } {
  let total: Dec = ZERO;
  const unknown: string[] = [];
  for (const m of ctx.members) {
    if (m.fact.incomes === undefined) {
      unknown.push(`${m.path}.incomes`);
      continue;
    }
    for (const e of m.fact.incomes) {
      if (e.perMonth !== undefined) total = total.plus(e.perMonth);
      if (e.perYear !== undefined) total = total.plus(e.perYear.div(MONTHS_PER_YEAR));
    }
  }
  return { value: unknown.length === 0 ? total : null, unknown };
}

/**
 * 第14条：家庭遭遇突发事件等导致基本生活陷入困境时，按 `temporaryAssistance` 确定急难型或支出型临时救助。
 * 只在给出 `hardshipEvent` 时审查；不予救助的也列出（status `notApplicable`），因为调用方明确询问了。
 * @see 第14条
 */
export function temporaryAssistanceMeasure(ctx: Ctx): void {
  const event = ctx.householdInput.hardshipEvent;
  if (event === undefined) return;
  const income = householdIncomePerMonth(ctx);
  const r = temporaryAssistance(
    {
      ...(ctx.household.id !== undefined ? { id: ctx.household.id } : {}),
      area: ctx.household.area,
      householdSize: ctx.members.length,
      ...(income.value !== null ? { householdIncomePerMonth: plain(income.value) } : {}),
      event,
    },
    ctx.policyInput,
    { trace: ctx.t.enabled },
  );
  if (ctx.t.enabled) for (const s of r.trace) ctx.t.steps.push(s);
  for (const w of r.warnings) ctx.warnings.push(w);
  const missing = r.missing.flatMap((p) =>
    p === 'householdIncomePerMonth'
      ? income.unknown
      : p.startsWith('event.')
        ? [`hardshipEvent.${p.slice(6)}`]
        : [p],
  );
  addMeasure(ctx, {
    measure: 'temporaryAssistance',
    article: '第14条',
    status:
      r.status === 'eligible' ? 'applies' : r.status === 'notEligible' ? 'notApplicable' : 'undetermined',
    members: [],
    facts: {
      kind: event.kind,
      severity: event.severity ?? null,
      basicLivingInHardship: event.basicLivingInHardship ?? null,
    },
    ...(r.amountPerEvent !== null ? { amountPerEvent: r.amountPerEvent } : {}),
    details: { type: r.type, approvingLevel: r.approvingLevel, capPerEvent: r.capPerEvent, reason: r.reason },
    missing,
    note:
      r.status === 'eligible'
        ? `给予${r.type === 'emergency' ? '急难型' : '支出型'}临时救助，由${r.approvingLevel === 'township' ? '乡镇(街道)从备用金' : '县级民政部门'}审批`
        : r.status === 'notEligible'
          ? `不予临时救助：${r.reason ?? ''}`
          : '临时救助所需事实不全，无法确定',
  });
}
