/**
 * The explanation of the 特困 test (第5条(1), 特困人员认定办法 第6条): the livelihood-source step with the comparison
 * of the member's own income with S, the member step with its verdict and reason, the short step of a member
 * outside the categories, the missing paths of an open test, and the household warning text. S = 620.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { extremelyPoorInHouseholdWarning, extremelyPoorTest } from './decimal-rules.js';
import { tracer } from './household-helpers.js';

const S = new Dec(620);

function run(
  member: Partial<ParsedMember>,
  age: number,
  capacity: boolean,
  own: string | null,
  pd: boolean | null = true,
  version: '2016' | '2021' = '2021',
) {
  const t = tracer();
  const r = extremelyPoorTest(
    { birthDate: '1950-01-01', ...member },
    'members[2]',
    age,
    capacity,
    own === null ? null : new Dec(own).mul(12),
    S,
    pd,
    pd === null ? ['property.financialAssets'] : [],
    version,
    t,
  );
  return { r, steps: t.steps };
}

describe('extremelyPoorTest trace', () => {
  it('a 72-year-old with 300/month, property met, no supporter: 特困, both steps in full', () => {
    const { r, steps } = run({ supporters: 'none' }, 72, false, '300');
    expect(r).toEqual({ extremelyPoor: true, livelihoodSource: false, missing: [] });
    expect(steps).toEqual([
      {
        rule: 'extremelyPoor.livelihoodSource',
        article: '特困人员认定办法(2021)第6条',
        inputs: {
          member: 'members[2]',
          assessed: null,
          ownIncomePerMonth: '300',
          standardPerMonth: '620',
          propertyMeetsDibao: true,
        },
        output: false,
        note: '本人月收入 300 < 低保标准 620，家庭财产符合规定 → 无生活来源',
      },
      {
        rule: 'extremelyPoor.member',
        article: '第5条',
        inputs: {
          member: 'members[2]',
          age: 72,
          disabled: false,
          laborCapacity: false,
          livelihoodSource: false,
          supporters: 'none',
        },
        output: true,
        note: '老年人/残疾人/未满16周岁，无劳动能力、无生活来源、无法定义务人或义务人无履行能力：特困人员',
      },
    ]);
  });

  it('own income equal to S: a livelihood source (not below S); the 2016 article', () => {
    const { r, steps } = run({ supporters: 'none' }, 72, false, '620', true, '2016');
    expect(r).toEqual({ extremelyPoor: false, livelihoodSource: true, missing: [] });
    expect(steps[0]).toMatchObject({
      article: '特困人员认定办法(2016)',
      output: true,
      note: '本人月收入 620 ≥ 低保标准 620，家庭财产符合规定 → 有生活来源',
    });
    expect(steps[1]).toMatchObject({ output: false, note: '有生活来源，不属于特困人员' });
  });

  it('property not met: a livelihood source by the property', () => {
    const { steps } = run({ supporters: 'none' }, 72, false, '300', false);
    expect(steps[0]?.note).toBe('本人月收入 300 < 低保标准 620，家庭财产不符合规定 → 有生活来源');
  });

  it('property unknown with a low income: livelihood unknown, the property paths missing', () => {
    const { r, steps } = run({ supporters: 'none' }, 72, false, '300', null);
    expect(r).toEqual({ extremelyPoor: null, livelihoodSource: null, missing: ['property.financialAssets'] });
    expect(steps[0]).toMatchObject({
      output: null,
      note: '本人月收入 300 < 低保标准 620，家庭财产是否符合规定未知 → 未知',
    });
    expect(steps[1]).toMatchObject({ output: null, note: '特困条件所需事实缺失，能否认定为特困人员待定' });
  });

  it('own income unknown: the note says so; incomes and property both missing, then supporters', () => {
    const { r, steps } = run({}, 72, false, null, null);
    expect(r.missing).toEqual(['members[2].incomes', 'property.financialAssets', 'members[2].supporters']);
    expect(steps[0]).toMatchObject({
      inputs: { ownIncomePerMonth: null, propertyMeetsDibao: null },
      note: '本人收入未知；月收入低于当地低保标准且家庭财产符合规定的，认定为无生活来源',
    });
  });

  it('an assessed lack of livelihood with the income unknown: only the supporters are missing', () => {
    const { r } = run({ livelihoodSource: false }, 72, false, null, null);
    expect(r).toEqual({ extremelyPoor: null, livelihoodSource: false, missing: ['members[2].supporters'] });
  });

  it('an able supporter: not 特困, the note names the supporter', () => {
    const { r, steps } = run({ supporters: 'able' }, 72, false, '300');
    expect(r.extremelyPoor).toBe(false);
    expect(steps[1]).toMatchObject({
      inputs: { supporters: 'able' },
      output: false,
      note: '有具备履行能力的法定赡养、抚养、扶养义务人，不属于特困人员',
    });
  });

  it('an assessed livelihood source: the note says the assessment was used', () => {
    const { steps } = run({ supporters: 'unable', livelihoodSource: false }, 72, false, '9000');
    expect(steps[0]).toMatchObject({
      inputs: { assessed: false },
      output: false,
      note: '采用经认定的生活来源结论',
    });
    expect(steps[1]?.output).toBe(true);
  });

  it('outside the categories, or with labor capacity: one short step with the reason', () => {
    expect(run({}, 40, false, null).steps).toEqual([
      {
        rule: 'extremelyPoor.member',
        article: '第5条',
        inputs: { member: 'members[2]', age: 40, disabled: false, laborCapacity: false },
        output: false,
        note: '不是老年人、残疾人或未满16周岁的未成年人，不属于特困人员',
      },
    ]);
    expect(run({ disability: { category: 'hearing', grade: 4 } }, 40, true, null).steps).toEqual([
      {
        rule: 'extremelyPoor.member',
        article: '第5条',
        inputs: { member: 'members[2]', age: 40, disabled: true, laborCapacity: true },
        output: false,
        note: '有劳动能力，不属于特困人员',
      },
    ]);
  });

  it('a minor of 15 and a person of 60 are in the categories; 16 and 59 are not', () => {
    expect(run({ supporters: 'none' }, 15, false, '0').r.extremelyPoor).toBe(true);
    expect(run({ supporters: 'none' }, 60, false, '0').r.extremelyPoor).toBe(true);
    expect(run({ supporters: 'none' }, 16, false, '0').r.extremelyPoor).toBe(false);
    expect(run({ supporters: 'none' }, 59, false, '0').r.extremelyPoor).toBe(false);
  });

  it('own income known at or above S with property unknown: the property cannot matter', () => {
    const { r } = run({}, 72, false, '700', null);
    expect(r).toEqual({ extremelyPoor: false, livelihoodSource: true, missing: [] });
  });
});

describe('extremelyPoorInHouseholdWarning text', () => {
  it('names the 特困 members and the household size', () => {
    expect(
      extremelyPoorInHouseholdWarning([
        { extremelyPoor: true },
        { extremelyPoor: false },
        { extremelyPoor: true },
      ]),
    ).toEqual({
      code: 'EXTREMELY_POOR_IN_HOUSEHOLD',
      article: '第5条',
      message:
        '特困人员 members[0]、members[2] 与其他成员共同生活（共 3 人）：家庭收入与低保金仍按 3 人计算；按国家规定特困人员可单独认定，请核实是否应单独核算',
    });
  });

  it('none for a household of one, or without a 特困 member (unknown is not 特困)', () => {
    expect(extremelyPoorInHouseholdWarning([{ extremelyPoor: true }])).toBeNull();
    expect(extremelyPoorInHouseholdWarning([{ extremelyPoor: null }, { extremelyPoor: false }])).toBeNull();
  });
});
