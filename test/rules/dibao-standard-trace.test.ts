/**
 * The explanation of dibaoStandards (第4条): the steps that report the rounding unit, the provincial guidance
 * (given or not), the basis of the rural conversion, and the verdict on a proposed standard with every
 * violated bound named. Figures by hand from 第4条 with the 长春 Y = 2022 data (U = 34560, R = 16636,
 * W = 1780, L = 4000, guidance 650 / 415): urban floor 20% × 34560 ÷ 12 = 576, cap 40% × 1780 = 712,
 * minimum 650; rural from 650: 650 × 16636 ÷ 34560 = 312.88…, poverty line 4000 ÷ 12 = 333.33…
 */
import { describe, expect, it } from 'vitest';
import { type DibaoStandardsInput, dibaoStandards } from '../../src/index.js';

const changchun: DibaoStandardsInput = {
  year: 2022,
  urbanDisposableIncomePerYear: '34560',
  ruralDisposableIncomePerYear: '16636',
  minimumWagePerMonth: '1780',
  povertyLinePerYear: '4000',
  provincialGuidance: { urbanPerMonth: '650', ruralPerMonth: '415' },
};
const { provincialGuidance: _, ...withoutGuidance } = changchun;

const stepOf = (r: ReturnType<typeof dibaoStandards>, rule: string) => r.trace.find((s) => s.rule === rule);

describe('dibaoStandards trace', () => {
  it('no rounding unit given: whole yuan, and the step says so', () => {
    expect(stepOf(dibaoStandards(changchun), 'dibaoStandard.roundingUnit')).toEqual({
      rule: 'dibaoStandard.roundingUnit',
      article: '第4条',
      inputs: { roundingUnit: null },
      output: '1',
      note: '未给出取整单位，按整元（1元）取整',
    });
  });

  it('a given rounding unit is listed and applied', () => {
    const r = dibaoStandards({ ...changchun, roundingUnit: '10' });
    expect(stepOf(r, 'dibaoStandard.roundingUnit')).toMatchObject({
      inputs: { roundingUnit: '10' },
      output: '10',
      note: '按给定的取整单位取整',
    });
    expect(r.roundingUnit).toBe('10');
  });

  it('without provincial guidance: both guidance steps say no such bound applies', () => {
    const r = dibaoStandards(withoutGuidance);
    expect(stepOf(r, 'dibaoStandard.urbanGuidance')).toEqual({
      rule: 'dibaoStandard.urbanGuidance',
      article: '第4条',
      inputs: { urbanPerMonth: null, roundingUnit: '1' },
      output: null,
      note: '未提供省城市低保最低指导标准，不作此项约束',
    });
    expect(stepOf(r, 'dibaoStandard.ruralGuidance')).toEqual({
      rule: 'dibaoStandard.ruralGuidance',
      article: '第4条',
      inputs: { ruralPerMonth: null, roundingUnit: '1' },
      output: null,
      note: '未提供省农村低保最低指导标准，不作此项约束',
    });
  });

  it('with guidance: the guidance steps list the figure and state the bound', () => {
    const r = dibaoStandards(changchun);
    expect(stepOf(r, 'dibaoStandard.urbanGuidance')).toMatchObject({
      inputs: { urbanPerMonth: '650', roundingUnit: '1' },
      output: '650.00',
      note: '城市低保标准不低于省城市低保最低指导标准',
    });
    expect(stepOf(r, 'dibaoStandard.ruralGuidance')).toMatchObject({
      inputs: { ruralPerMonth: '415', roundingUnit: '1' },
      output: '415.00',
      note: '农村低保标准不低于省农村低保最低指导标准',
    });
  });

  it('rural basis: the urban minimum without a proposal, the proposed urban standard with one', () => {
    expect(stepOf(dibaoStandards(changchun), 'dibaoStandard.ruralBasis')).toEqual({
      rule: 'dibaoStandard.ruralBasis',
      article: '第4条',
      inputs: { proposedUrbanPerMonth: null, urbanMinimumPerMonth: '650.00' },
      output: '650.00',
      note: '未给出拟定城市标准，以城市低保标准最低值为折算基数',
    });
    expect(
      stepOf(
        dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '700' } }),
        'dibaoStandard.ruralBasis',
      ),
    ).toEqual({
      rule: 'dibaoStandard.ruralBasis',
      article: '第4条',
      inputs: { proposedUrbanPerMonth: '700', urbanMinimumPerMonth: '650.00' },
      output: '700.00',
      note: '以拟定的城市低保标准为折算基数',
    });
  });
});

describe('dibaoStandards trace — a proposed standard', () => {
  it('a compliant urban proposal: verdict true, the exact bounds it was compared with', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '700' } });
    expect(stepOf(r, 'dibaoStandard.urbanProposed')).toEqual({
      rule: 'dibaoStandard.urbanProposed',
      article: '第4条',
      inputs: {
        proposedUrbanPerMonth: '700',
        unroundedFloorPerMonth: '576.0000',
        unroundedCapPerMonth: '712.0000',
        guidanceUrbanPerMonth: '650',
      },
      output: true,
      note: '拟定城市低保标准符合第4条（以未取整的精确界限比较）',
    });
  });

  it('urban 500: below the income floor (12 × 500 = 6000 < 6912) and below the guidance 650 — both named', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '500' } });
    expect(r.urban.proposed?.violations.map((v) => v.code)).toEqual([
      'BELOW_INCOME_FLOOR',
      'BELOW_PROVINCIAL_GUIDANCE',
    ]);
    expect(stepOf(r, 'dibaoStandard.urbanProposed')).toMatchObject({
      output: false,
      note: '拟定城市低保标准不符合第4条：BELOW_INCOME_FLOOR、BELOW_PROVINCIAL_GUIDANCE',
    });
  });

  it('urban proposal without guidance: the guidance input is null', () => {
    const r = dibaoStandards({
      ...withoutGuidance,
      proposed: { urbanPerMonth: '600', ruralPerMonth: '340' },
    });
    expect(stepOf(r, 'dibaoStandard.urbanProposed')?.inputs.guidanceUrbanPerMonth).toBeNull();
    expect(stepOf(r, 'dibaoStandard.ruralProposed')?.inputs.guidanceRuralPerMonth).toBeNull();
  });

  it('a compliant rural proposal: 415 ≥ 312.88…, ≥ 333.33…, ≥ guidance 415', () => {
    const r = dibaoStandards({ ...changchun, proposed: { ruralPerMonth: '415' } });
    expect(stepOf(r, 'dibaoStandard.ruralProposed')).toMatchObject({
      inputs: { proposedRuralPerMonth: '415', guidanceRuralPerMonth: '415' },
      output: true,
      note: '拟定农村低保标准符合第4条（以未取整的精确界限比较）',
    });
  });

  it('rural 200: below the ratio standard, the poverty line and the guidance — all three named in order', () => {
    const r = dibaoStandards({ ...changchun, proposed: { ruralPerMonth: '200' } });
    expect(stepOf(r, 'dibaoStandard.ruralProposed')).toMatchObject({
      output: false,
      note: '拟定农村低保标准不符合第4条：BELOW_RATIO_STANDARD、BELOW_POVERTY_LINE、BELOW_PROVINCIAL_GUIDANCE',
    });
  });

  it('trace: false gives the same result with no steps', () => {
    const input = { ...changchun, proposed: { urbanPerMonth: '500', ruralPerMonth: '200' } };
    const { trace, ...rest } = dibaoStandards(input);
    expect(trace.length).toBeGreaterThan(10);
    expect(dibaoStandards(input, { trace: false })).toEqual({ ...rest, trace: [] });
  });
});
