/**
 * The explanation of temporaryAssistance (第14条) beyond the amounts: the note of each way the type is fixed,
 * the cap step with its source, the CAPPED and ILLUSTRATIVE_FIGURES texts, the refusal when spending stays
 * within what the household can bear, and the decision steps. Hand figures with S = 620 (urban), rules:
 * multiples 1 / 2 / 3, rate 0.5, cap 6 × S = 3720, township limit 2000.
 */
import { describe, expect, it } from 'vitest';
import { type Policy, temporaryAssistance } from '../../src/index.js';

const SOURCE = '示例数字，仅供测试';
const rules = {
  source: SOURCE,
  illustrative: true,
  emergencyMultiples: { general: '1', serious: '2', critical: '3' },
  expenditureRate: '0.5',
  capMultiple: '6',
  townshipApprovalLimitPerEvent: '2000',
};
const policy: Policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' }, temporaryAssistance: rules };
const stepOf = (r: ReturnType<typeof temporaryAssistance>, rule: string) =>
  r.trace.find((s) => s.rule === `temporaryAssistance.${rule}`);

describe('temporaryAssistance trace and texts', () => {
  it('critical emergency for 3: 620 × 3 × 3 = 5580 > cap 3720 → 3720, CAPPED, county', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 3,
        event: { kind: 'seriousIllness', severity: 'critical', basicLivingInHardship: true },
      },
      policy,
    );
    expect(r).toMatchObject({ status: 'eligible', amountPerEvent: '3720.00', approvingLevel: 'county' });
    expect(r.warnings).toEqual([
      {
        code: 'ILLUSTRATIVE_FIGURES',
        article: '第14条',
        message: `临时救助倍数、上限和审批额度为示例数字，并非吉林省公布的标准（来源：${SOURCE}）`,
      },
      {
        code: 'CAPPED',
        article: '第14条',
        message: '计算金额 5580.00 元超过单次上限，按上限 3720.00 元发放',
      },
    ]);
    expect(stepOf(r, 'standard')).toEqual({
      rule: 'temporaryAssistance.standard',
      article: '第14条',
      inputs: { area: 'urban', householdSize: 3 },
      output: '620.00',
      note: '按家庭适用的当地月低保标准计算临时救助',
    });
    expect(stepOf(r, 'cap')).toEqual({
      rule: 'temporaryAssistance.cap',
      article: '第14条',
      inputs: { capMultiple: '6', standardPerMonth: '620', source: SOURCE },
      output: '3720.00',
      note: '单次救助上限 = 上限倍数 × 月低保标准',
    });
    expect(stepOf(r, 'emergencyAmount')).toMatchObject({
      output: '5580.00',
      note: '急难型金额 = 月低保标准 × 程度倍数 × 家庭人口',
    });
    expect(stepOf(r, 'amount')).toEqual({
      rule: 'temporaryAssistance.amount',
      article: '第14条',
      inputs: { computed: '5580', capPerEvent: '3720' },
      output: '3720.00',
      note: '救助金额取计算金额与单次上限中的较小者，四舍五入到分',
    });
    expect(stepOf(r, 'hardship')).toMatchObject({
      output: true,
      note: '须基本生活陷入困境且其他救助暂时无法覆盖或救助后仍有严重困难',
    });
  });

  it('exactly at the cap and at the township limit: not capped, township (both limits inclusive)', () => {
    // S = 500: general, 4 people → 500 × 1 × 4 = 2000 = the township limit
    const p: Policy = { ...policy, dibaoStandardPerMonth: { urban: '500', rural: '410' } };
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 4,
        event: { kind: 'suddenEvent', severity: 'general', basicLivingInHardship: true },
      },
      p,
    );
    expect(r).toMatchObject({ amountPerEvent: '2000.00', approvingLevel: 'township' });
    expect(r.warnings.map((w) => w.code)).toEqual(['ILLUSTRATIVE_FIGURES']);
    // 500 × 3 × 2 = 3000 = cap 6 × 500: not capped
    const atCap = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        event: { kind: 'suddenEvent', severity: 'critical', basicLivingInHardship: true },
      },
      p,
    );
    expect(atCap).toMatchObject({ amountPerEvent: '3000.00', approvingLevel: 'county' });
    expect(atCap.warnings.map((w) => w.code)).toEqual(['ILLUSTRATIVE_FIGURES']);
  });

  it('a declared type overrides the kind and the note says it was declared', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 1,
        event: { kind: 'other', type: 'emergency', severity: 'general', basicLivingInHardship: true },
      },
      policy,
    );
    expect(stepOf(r, 'type')).toEqual({
      rule: 'temporaryAssistance.type',
      article: '第14条',
      inputs: { kind: 'other', declaredType: 'emergency' },
      output: 'emergency',
      note: '按申报的救助类型确定急难型或支出型',
    });
    expect(r.amountPerEvent).toBe('620.00');
  });

  it('other reason without a declared type: the note says a type must be declared; undetermined', () => {
    const r = temporaryAssistance(
      { area: 'urban', householdSize: 1, event: { kind: 'other', basicLivingInHardship: true } },
      policy,
    );
    expect(r).toMatchObject({ status: 'undetermined', type: null, missing: ['event.type'] });
    expect(stepOf(r, 'type')).toMatchObject({ output: null, note: '其他特殊原因须申报救助类型' });
    expect(stepOf(r, 'decision')).toEqual({
      rule: 'temporaryAssistance.decision',
      article: '第14条',
      inputs: { missing: ['event.type'] },
      output: 'undetermined',
      note: '缺少必要事实或当地规则，无法确定临时救助',
    });
  });

  it('spending within what the household can bear: refused with that reason', () => {
    // bearable = 12 × (2000 − 2 × 620) = 9120 ≥ spending 9120 → excess 0
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        householdIncomePerMonth: '2000',
        event: {
          kind: 'essentialExpenditure',
          essentialExpenditurePerYear: '9120',
          basicLivingInHardship: true,
        },
      },
      policy,
    );
    expect(r).toMatchObject({
      status: 'notEligible',
      reason: '生活必需支出未超出家庭承受能力',
      amountPerEvent: null,
    });
    expect(stepOf(r, 'excess')).toMatchObject({ output: '0.00' });
    expect(stepOf(r, 'bearable')).toMatchObject({
      output: '9120.00',
      note: '家庭年承受能力 = max(0, 12 × (家庭月收入 − 人口 × 月低保标准))',
    });
    expect(stepOf(r, 'decision')).toEqual({
      rule: 'temporaryAssistance.decision',
      article: '第14条',
      inputs: { reason: '生活必需支出未超出家庭承受能力' },
      output: 'notEligible',
      note: '不予临时救助',
    });
  });

  it('income below the household’s standard: nothing bearable, the whole spending is the excess', () => {
    // 12 × (1000 − 2 × 620) < 0 → 0; excess 3000 × 0.5 = 1500
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        householdIncomePerMonth: '1000',
        event: {
          kind: 'essentialExpenditure',
          essentialExpenditurePerYear: '3000',
          basicLivingInHardship: true,
        },
      },
      policy,
    );
    expect(r).toMatchObject({ status: 'eligible', amountPerEvent: '1500.00' });
    expect(stepOf(r, 'bearable')?.output).toBe('0.00');
    expect(stepOf(r, 'excess')).toMatchObject({
      output: '3000.00',
      note: '超出家庭承受能力的必需支出 = 必需支出 − 承受能力',
    });
    expect(stepOf(r, 'expenditureAmount')?.note).toBe('支出型金额 = 超出承受能力的必需支出 × 救助比例');
  });

  it('支出型 with the income given but the spending not: only the spending is missing', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        householdIncomePerMonth: '1000',
        event: { kind: 'essentialExpenditure', basicLivingInHardship: true },
      },
      policy,
    );
    expect(r).toMatchObject({ status: 'undetermined', missing: ['event.essentialExpenditurePerYear'] });
    expect(r.trace.map((s) => s.rule)).not.toContain('temporaryAssistance.bearable');
  });

  it('an emergency without a severity: the severity path missing', () => {
    const r = temporaryAssistance(
      { area: 'urban', householdSize: 1, event: { kind: 'suddenEvent', basicLivingInHardship: true } },
      policy,
    );
    expect(r).toMatchObject({ status: 'undetermined', missing: ['event.severity'] });
  });

  it('real figures (illustrative false): no ILLUSTRATIVE_FIGURES warning', () => {
    const real: Policy = { ...policy, temporaryAssistance: { ...rules, illustrative: false } };
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 1,
        event: { kind: 'suddenEvent', severity: 'general', basicLivingInHardship: true },
      },
      real,
    );
    expect(r.warnings).toEqual([]);
  });
});
