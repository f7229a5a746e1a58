/**
 * 第15–16条: medical assistance and the subsidy of the resident medical-insurance contribution.
 */
import { money2, plain, roundHalfUp } from '../../core/money.js';
import { addMeasure, type Ctx, missingFor } from './context.js';

/**
 * 第15条：符合条件的城市贫困人口（特困、低保、低收入）全部纳入医疗救助范围。
 * 第16条：其参加城乡居民基本医疗保险的个人缴费，由财政按类别全额或部分补助（比例为政策输入）。
 * @see 第15条
 * @see 第16条
 */
export function medicalMeasures(ctx: Ctx): void {
  for (const m of ctx.members) {
    if (m.poor === false) continue;
    addMeasure(ctx, {
      measure: 'medicalAssistance',
      article: '第15条',
      status: m.poor === true ? 'applies' : 'undetermined',
      members: [m],
      facts: { class: m.assessed.class },
      missing: m.poor === true ? [] : missingFor(ctx, m.index),
      note: m.poor === true ? '城市贫困人口纳入医疗救助范围' : '成员是否属城市贫困人口尚无法判断',
    });
  }
  const ins = ctx.policy.entitlements?.medicalInsurance;
  for (const m of ctx.members) {
    const cls = m.assessed.class;
    if (m.poor === false) continue;
    if (cls !== 'extremelyPoor' && cls !== 'dibao' && cls !== 'lowIncome') {
      addMeasure(ctx, {
        measure: 'insuranceContributionSubsidy',
        article: '第16条',
        status: m.poor === true ? 'applies' : 'undetermined',
        members: [m],
        facts: { class: cls, householdClass: ctx.assessment.class },
        missing: missingFor(ctx, m.index),
        note:
          m.poor === true
            ? '属城市贫困人口，但是否特困人员未定，补助比例待定'
            : '成员是否属城市贫困人口尚无法判断',
      });
      continue;
    }
    if (ins === undefined) {
      addMeasure(ctx, {
        measure: 'insuranceContributionSubsidy',
        article: '第16条',
        status: 'applies',
        members: [m],
        facts: { class: cls },
        missing: ['policy.entitlements.medicalInsurance'],
        note: '城乡居民医保个人缴费由财政全额或部分补助；未给出缴费标准和补助比例，不计金额',
      });
      continue;
    }
    const rate = ins.subsidyRates[cls];
    const amount = roundHalfUp(rate.mul(ins.personalContributionPerYear), 2);
    const coverage = rate.eq(1) ? 'full' : rate.isZero() ? 'none' : 'partial';
    addMeasure(ctx, {
      measure: 'insuranceContributionSubsidy',
      article: '第16条',
      status: 'applies',
      members: [m],
      facts: {
        class: cls,
        subsidyRate: plain(rate),
        personalContributionPerYear: plain(ins.personalContributionPerYear),
      },
      amountPerYear: money2(amount),
      details: { coverage },
      note:
        coverage === 'full'
          ? '个人缴费由财政全额补助'
          : coverage === 'partial'
            ? '个人缴费由财政部分补助：补助额 = 缴费标准 × 补助比例'
            : '当地政策对该类别补助比例为 0',
    });
  }
}
