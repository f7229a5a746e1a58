import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DibaoInputError, temporaryAssistance } from '../src/index.js';

const rules = {
  source: '示例',
  illustrative: false,
  emergencyMultiples: { general: '1', serious: '2', critical: '3' },
  expenditureRate: '0.5',
  capMultiple: '6',
  townshipApprovalLimitPerEvent: '2000',
};
const policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' }, temporaryAssistance: rules };

describe('temporaryAssistance (第14条)', () => {
  it('trace: false gives the same result with an empty trace', () => {
    const c = {
      area: 'urban' as const,
      householdSize: 3,
      event: { kind: 'accidentalInjury' as const, severity: 'serious' as const, basicLivingInHardship: true },
    };
    const a = temporaryAssistance(c, policy);
    const b = temporaryAssistance(c, policy, { trace: false });
    expect(a.trace.length).toBeGreaterThan(0);
    expect(b.trace).toEqual([]);
    expect({ ...a, trace: [] }).toEqual(b);
    for (const step of a.trace) expect(step.article).toBe('第14条');
  });

  it('never mutates its inputs and is deterministic', () => {
    const c = {
      area: 'rural' as const,
      householdSize: 2,
      householdIncomePerMonth: 900,
      event: {
        kind: 'essentialExpenditure' as const,
        essentialExpenditurePerYear: '8000',
        basicLivingInHardship: true,
      },
    };
    const before = JSON.stringify([c, policy]);
    const r1 = JSON.stringify(temporaryAssistance(c, policy));
    const r2 = JSON.stringify(temporaryAssistance(c, policy));
    expect(JSON.stringify([c, policy])).toBe(before);
    expect(r1).toBe(r2);
  });

  it('without the local rule the amount is undetermined and the policy path is missing', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 1,
        event: { kind: 'suddenEvent', severity: 'general', basicLivingInHardship: true },
      },
      { dibaoStandardPerMonth: { urban: '620', rural: '410' } },
    );
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['policy.temporaryAssistance']);
    expect(r.capPerEvent).toBeNull();
  });

  it('an explicit type overrides the kind (serious illness handled as 支出型)', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 1,
        householdIncomePerMonth: '0',
        event: {
          kind: 'seriousIllness',
          type: 'expenditure',
          essentialExpenditurePerYear: '1000',
          basicLivingInHardship: true,
        },
      },
      policy,
    );
    expect(r.type).toBe('expenditure');
    expect(r.amountPerEvent).toBe('500.00');
  });

  it('refuses a policy with a misspelt rule field', () => {
    expect(() =>
      temporaryAssistance({ area: 'urban', householdSize: 1, event: { kind: 'suddenEvent' } }, {
        ...policy,
        temporaryAssistance: { ...rules, capMultipel: '6' },
      } as never),
    ).toThrow(DibaoInputError);
  });

  it('property: an eligible amount never exceeds the cap, and the level follows the township limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('general', 'serious', 'critical'),
        fc.integer({ min: 1, max: 200000 }).map((c) => (c / 100).toFixed(2)),
        (n, severity, standard) => {
          const r = temporaryAssistance(
            {
              area: 'urban',
              householdSize: n,
              event: { kind: 'accidentalInjury', severity, basicLivingInHardship: true },
            },
            { dibaoStandardPerMonth: { urban: standard, rural: '1' }, temporaryAssistance: rules },
            { trace: false },
          );
          expect(r.status).toBe('eligible');
          const amount = Number(r.amountPerEvent);
          expect(amount).toBeLessThanOrEqual(Number(r.capPerEvent));
          expect(r.approvingLevel).toBe(amount <= 2000 ? 'township' : 'county');
        },
      ),
    );
  });

  it('hardship unknown with the amount computable is still undetermined; no id key without an id; no warning for real figures', () => {
    const r = temporaryAssistance(
      { area: 'urban', householdSize: 2, event: { kind: 'suddenEvent', severity: 'serious' } },
      policy,
    );
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['event.basicLivingInHardship']);
    expect(r.amountPerEvent).toBeNull();
    expect(r.approvingLevel).toBeNull();
    expect(Object.hasOwn(r, 'id')).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('a refused case lists nothing missing even when other facts are unknown', () => {
    const r = temporaryAssistance(
      { area: 'urban', householdSize: 2, event: { kind: 'other', basicLivingInHardship: false } },
      policy,
    );
    expect(r).toMatchObject({ status: 'notEligible', type: null, missing: [], amountPerEvent: null });
  });

  it('the trace shows every figure the amount and the approver were computed from', () => {
    const r = temporaryAssistance(
      {
        id: 'T',
        area: 'rural',
        householdSize: 3,
        householdIncomePerMonth: '1500',
        event: {
          kind: 'essentialExpenditure',
          essentialExpenditurePerYear: '6500',
          basicLivingInHardship: true,
        },
      },
      policy,
    );
    const step = (rule: string) => r.trace.find((s) => s.rule === `temporaryAssistance.${rule}`);
    expect(step('standard')).toMatchObject({ inputs: { area: 'rural', householdSize: 3 }, output: '410.00' });
    expect(step('type')).toMatchObject({
      inputs: { kind: 'essentialExpenditure', declaredType: null },
      output: 'expenditure',
      note: '生活必需支出突增超出承受能力属支出型',
    });
    expect(step('hardship')?.inputs).toEqual({ basicLivingInHardship: true });
    expect(step('cap')).toMatchObject({
      inputs: { capMultiple: '6', standardPerMonth: '410' },
      output: '2460.00',
    });
    expect(step('bearable')).toMatchObject({
      inputs: { householdIncomePerMonth: '1500', standardPerMonth: '410', householdSize: 3 },
      output: '3240.00',
    });
    expect(step('excess')).toMatchObject({
      inputs: { essentialExpenditurePerYear: '6500', bearablePerYear: '3240' },
      output: '3260.00',
    });
    expect(step('expenditureAmount')).toMatchObject({
      inputs: { excessPerYear: '3260', expenditureRate: '0.5' },
      output: '1630.00',
    });
    expect(step('amount')).toMatchObject({
      inputs: { computed: '1630', capPerEvent: '2460' },
      output: '1630.00',
    });
    expect(step('approvingLevel')).toMatchObject({
      inputs: { amountPerEvent: '1630', townshipApprovalLimitPerEvent: '2000' },
      output: 'township',
      note: '金额在乡镇(街道)审批额度以内，由乡镇(街道)从备用金审批发放',
    });
    const county = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 4,
        event: { kind: 'accidentalInjury', severity: 'serious', basicLivingInHardship: true },
      },
      policy,
    );
    expect(county.trace.find((s) => s.rule === 'temporaryAssistance.approvingLevel')?.note).toBe(
      '金额超过乡镇(街道)审批额度，报县级民政部门审批',
    );
    expect(county.trace.find((s) => s.rule === 'temporaryAssistance.type')?.note).toBe(
      '突发事件、意外伤害、重大疾病属急难型',
    );
    expect(county.trace.find((s) => s.rule === 'temporaryAssistance.emergencyAmount')?.inputs).toEqual({
      severity: 'serious',
      multiple: '2',
      standardPerMonth: '620',
      householdSize: 4,
    });
  });

  it('支出型 without the spending or the income names both paths; the decision step says why', () => {
    const r = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        event: { kind: 'essentialExpenditure', basicLivingInHardship: true },
      },
      policy,
    );
    expect(r.missing).toEqual(['event.essentialExpenditurePerYear', 'householdIncomePerMonth']);
    expect(r.trace.at(-1)).toMatchObject({
      rule: 'temporaryAssistance.decision',
      inputs: { missing: ['event.essentialExpenditurePerYear', 'householdIncomePerMonth'] },
      output: 'undetermined',
    });
    const refused = temporaryAssistance(
      {
        area: 'urban',
        householdSize: 2,
        event: { kind: 'suddenEvent', severity: 'general', basicLivingInHardship: false },
      },
      policy,
    );
    expect(refused.trace.at(-1)).toMatchObject({
      rule: 'temporaryAssistance.decision',
      inputs: { reason: '基本生活未陷入困境，不属于临时救助对象' },
      output: 'notEligible',
    });
  });
});
