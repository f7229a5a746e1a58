/**
 * The explanation of specialSupport (第12条): every step a caseworker reads, with the values it read, and the
 * message of an inconsistent ability. Worked by hand from 第12条 (基本生活标准 ≥ 1.3 × 上年度低保标准; 照料护理
 * 标准 ≥ 10% / 20% / 30% × 上年度最低工资, by self-care level), rounded up to the unit (default 1 yuan):
 * S = 600, W = 1640 → basic 780; care 164 / 328 / 492; partly lost → total 780 + 328 = 1108.
 */
import { describe, expect, it } from 'vitest';
import { DibaoInputError, specialSupport } from '../../src/index.js';

const careStep = (
  level: string,
  name: string,
  rate: string,
  minimumRate: string,
  wage: string,
  unit: string,
  out: string,
) => ({
  rule: `specialSupport.careRate.${level}`,
  article: '第12条',
  inputs: { rate, minimumRate, priorYearMinimumWagePerMonth: wage, roundingUnit: unit },
  output: out,
  note: `${name}：照料护理标准按上年度最低工资标准的该比例确定，向上取整`,
});

describe('specialSupport trace', () => {
  it('given ability, default unit: eight steps from the ability to the total', () => {
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      selfCareAbility: 'partiallyLost',
    });
    expect(r).toMatchObject({
      selfCareAbility: 'partiallyLost',
      selfCareAbilitySource: 'given',
      basicLivingPerMonth: '780.00',
      carePerMonth: '328.00',
      totalPerMonth: '1108.00',
      missing: [],
    });
    expect(r.trace).toEqual([
      {
        rule: 'specialSupport.selfCareAbility',
        article: '第12条',
        inputs: { selfCareAbility: 'partiallyLost', adlLevel: null },
        output: 'partiallyLost',
        note: '按给定的生活自理能力：部分丧失生活自理能力',
      },
      {
        rule: 'specialSupport.roundingUnit',
        article: '第12条',
        inputs: { roundingUnit: null },
        output: '1',
        note: '未给出取整单位，按整元（1元）向上取整',
      },
      {
        rule: 'specialSupport.basicLiving',
        article: '第12条',
        inputs: {
          basicLivingMultiplier: '1.3',
          minimumMultiplier: '1.3',
          priorYearDibaoStandardPerMonth: '600',
          roundingUnit: '1',
        },
        output: '780.00',
        note: '基本生活标准按不低于上年度低保标准的1.3倍确定，向上取整',
      },
      careStep('able', '具备生活自理能力', '0.1', '0.10', '1640', '1', '164.00'),
      careStep('partiallyLost', '部分丧失生活自理能力', '0.2', '0.20', '1640', '1', '328.00'),
      careStep('fullyLost', '完全丧失生活自理能力', '0.3', '0.30', '1640', '1', '492.00'),
      {
        rule: 'specialSupport.care',
        article: '第12条',
        inputs: { selfCareAbility: 'partiallyLost', rate: '0.2', priorYearMinimumWagePerMonth: '1640' },
        output: '328.00',
        note: '部分丧失生活自理能力，照料护理标准按上年度最低工资标准的20%确定',
      },
      {
        rule: 'specialSupport.total',
        article: '第12条',
        inputs: { basicLivingPerMonth: '780.00', carePerMonth: '328.00' },
        output: '1108.00',
        note: '供养标准合计 = 基本生活标准 + 照料护理标准',
      },
    ]);
  });

  it('unknown ability, unit 10: the steps say what is open; care and total null', () => {
    // W = 1645: 164.5 → 170, 329 → 330, 493.5 → 500; basic 1.3 × 600 = 780 (already a multiple of 10)
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1645',
      roundingUnit: '10',
    });
    expect(r).toMatchObject({
      selfCareAbility: null,
      selfCareAbilitySource: null,
      carePerMonth: null,
      totalPerMonth: null,
      carePerMonthByAbility: { able: '170.00', partiallyLost: '330.00', fullyLost: '500.00' },
      missing: ['selfCareAbility'],
    });
    const by = Object.fromEntries(r.trace.map((s) => [s.rule, s]));
    expect(by['specialSupport.selfCareAbility']).toMatchObject({
      inputs: { selfCareAbility: null, adlLevel: null },
      output: null,
      note: '生活自理能力未知，照料护理标准待定',
    });
    expect(by['specialSupport.roundingUnit']).toMatchObject({
      inputs: { roundingUnit: '10' },
      output: '10',
      note: '按给定的取整单位向上取整',
    });
    expect(by['specialSupport.careRate.fullyLost']).toMatchObject({
      inputs: { roundingUnit: '10' },
      output: '500.00',
    });
    expect(by['specialSupport.care']).toEqual({
      rule: 'specialSupport.care',
      article: '第12条',
      inputs: { selfCareAbility: null, rate: null, priorYearMinimumWagePerMonth: '1645' },
      output: null,
      note: '生活自理能力未知，照料护理标准无法确定',
    });
    expect(by['specialSupport.total']).toEqual({
      rule: 'specialSupport.total',
      article: '第12条',
      inputs: { basicLivingPerMonth: '780.00', carePerMonth: null },
      output: null,
      note: '照料护理标准未知，合计待定',
    });
  });

  it('ability from the ADL items: the ADL steps come first, then 按六项指标评估', () => {
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      adl: { eating: false, dressing: false, transferring: false, toileting: false, indoorWalking: true },
    });
    // 4 failed + 1 unknown → 4 or 5 → 完全丧失 either way; care 492, total 1272
    expect(r).toMatchObject({
      selfCareAbility: 'fullyLost',
      selfCareAbilitySource: 'adl',
      totalPerMonth: '1272.00',
    });
    expect(r.trace.slice(0, 3).map((s) => s.rule)).toEqual([
      'selfCare.adlItems',
      'selfCare.level',
      'specialSupport.selfCareAbility',
    ]);
    expect(r.trace[2]).toMatchObject({
      inputs: { selfCareAbility: null, adlLevel: 'fullyLost' },
      output: 'fullyLost',
      note: '按六项指标评估：完全丧失生活自理能力',
    });
  });

  it('open ADL: the ability step lists the open ADL level as null; missing names the items', () => {
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      adl: { eating: false, dressing: false, transferring: false, indoorWalking: true },
    });
    expect(r).toMatchObject({
      selfCareAbility: null,
      selfCareAbilitySource: null,
      missing: ['adl.toileting', 'adl.bathing'],
    });
    expect(r.trace[2]).toMatchObject({ inputs: { selfCareAbility: null, adlLevel: null }, output: null });
  });

  it('given ability agreeing with the ADL items: source given, both listed', () => {
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      selfCareAbility: 'partiallyLost',
      adl: {
        eating: false,
        dressing: true,
        transferring: true,
        toileting: true,
        indoorWalking: true,
        bathing: false,
      },
    });
    expect(r.selfCareAbilitySource).toBe('given');
    expect(r.trace[2]).toMatchObject({
      inputs: { selfCareAbility: 'partiallyLost', adlLevel: 'partiallyLost' },
      note: '按给定的生活自理能力：部分丧失生活自理能力',
    });
  });

  it('parameters below the 第12条 minimums: the notes say the minimum is broken', () => {
    // 1.2 × 600 = 720; able 0.05 × 1640 = 82
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      selfCareAbility: 'able',
      basicLivingMultiplier: '1.2',
      careRates: { able: '0.05', partiallyLost: '0.2', fullyLost: '0.3' },
    });
    const by = Object.fromEntries(r.trace.map((s) => [s.rule, s]));
    expect(by['specialSupport.basicLiving']).toMatchObject({
      output: '720.00',
      note: '基本生活标准 = 倍数 × 上年度低保标准（倍数低于1.3，违反第12条）',
    });
    expect(by['specialSupport.careRate.able']).toMatchObject({
      inputs: { rate: '0.05', minimumRate: '0.10' },
      output: '82.00',
      note: '具备生活自理能力：照料护理比例低于第12条最低比例，仍按给定比例计算',
    });
    expect(by['specialSupport.care']?.note).toBe(
      '具备生活自理能力，照料护理标准按上年度最低工资标准的5%确定',
    );
  });
});

describe('specialSupport — an ability that contradicts the ADL items', () => {
  it('says which levels the items allow, in Chinese and English', () => {
    let error: unknown;
    try {
      specialSupport({
        priorYearDibaoStandardPerMonth: '600',
        priorYearMinimumWagePerMonth: '1640',
        selfCareAbility: 'able',
        adl: { eating: false, dressing: false, transferring: false, indoorWalking: true },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DibaoInputError);
    expect((error as DibaoInputError).issues).toEqual([
      {
        path: 'selfCareAbility',
        code: 'inconsistent',
        message:
          '生活自理能力 "able" 与 adl 六项评估结果（3 项不能达到，应为部分丧失生活自理能力或完全丧失生活自理能力）不一致',
        messageEn: 'selfCareAbility "able" contradicts adl (3 item(s) failed: partiallyLost or fullyLost)',
      },
    ]);
  });
});
