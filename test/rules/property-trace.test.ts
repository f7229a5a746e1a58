/**
 * The explanation of propertyMeets (第5条, 第25条): one step per configured limit with the comparison written
 * out, the 核对平台 conclusion step, the unconfigured step, and the verdict step. Hand figures: 2 members,
 * S = 620, 低保 limit 24 months → 2 × 24 × 620 = 29760; 低收入 36 months → 44640.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { propertyMeets } from './decimal-rules.js';
import {
  CHANGCHUN_2018,
  coupleHousehold,
  PROPERTY_LIMITS_2018,
  policy,
  tracer,
} from './household-helpers.js';

const S = new Dec(620);
const limits = policy(PROPERTY_LIMITS_2018);
const h = coupleHousehold;

function run(level: 'dibao' | 'lowIncome', hh: ReturnType<typeof h>, p = limits) {
  const t = tracer();
  const r = propertyMeets(level, hh, p, S, t);
  return { r, steps: t.steps };
}

describe('propertyMeets trace', () => {
  it('every 低保 limit met: three comparisons with ≤, then 符合', () => {
    const { r, steps } = run(
      'dibao',
      h({ property: { financialAssets: '29760', vehicles: 0, extraHousingUnits: 0 } }),
    );
    expect(r).toEqual({ meets: true, missing: [] });
    expect(steps).toEqual([
      {
        rule: 'property.dibao.financialAssets',
        article: '第5条',
        inputs: {
          financialAssets: '29760',
          members: 2,
          financialAssetsPerCapitaMonths: '24',
          standardPerMonth: '620',
          limit: '29760',
        },
        output: true,
        note: '金融资产 29760 ≤ 2人 × 24个月 × 620 = 29760',
      },
      {
        rule: 'property.dibao.vehicles',
        article: '第5条',
        inputs: { vehicles: 0, maxVehicles: 0 },
        output: true,
        note: '机动车 0 辆 ≤ 上限 0 辆',
      },
      {
        rule: 'property.dibao.extraHousingUnits',
        article: '第5条',
        inputs: { extraHousingUnits: 0, maxExtraHousingUnits: 0 },
        output: true,
        note: '其他住房 0 套 ≤ 上限 0 套',
      },
      {
        rule: 'property.dibao',
        article: '第5条',
        inputs: { missing: [] },
        output: true,
        note: '家庭财产符合低保家庭财产条件',
      },
    ]);
  });

  it('each limit exceeded: the notes say >, the verdict 不符合', () => {
    const { r, steps } = run(
      'dibao',
      h({ property: { financialAssets: '29760.01', vehicles: 1, extraHousingUnits: 2 } }),
    );
    expect(r).toEqual({ meets: false, missing: [] });
    expect(steps.map((s) => [s.output, s.note])).toEqual([
      [false, '金融资产 29760.01 > 2人 × 24个月 × 620 = 29760'],
      [false, '机动车 1 辆 > 上限 0 辆'],
      [false, '其他住房 2 套 > 上限 0 套'],
      [false, '家庭财产不符合低保家庭财产条件'],
    ]);
  });

  it('one limit failed is enough: only that one fails, the verdict is false, nothing missing', () => {
    const { r, steps } = run(
      'dibao',
      h({ property: { financialAssets: '100', vehicles: 0, extraHousingUnits: 1 } }),
    );
    expect(r).toEqual({ meets: false, missing: [] });
    expect(steps.map((s) => s.output)).toEqual([true, true, false, false]);
  });

  it('a fact absent: the verdict step lists it and says the conclusion is unknown', () => {
    const { r, steps } = run('lowIncome', h({ property: { financialAssets: '44640' } }));
    expect(r).toEqual({ meets: null, missing: ['property.vehicles'] });
    expect(steps).toEqual([
      {
        rule: 'property.lowIncome.financialAssets',
        article: '第5条',
        inputs: {
          financialAssets: '44640',
          members: 2,
          financialAssetsPerCapitaMonths: '36',
          standardPerMonth: '620',
          limit: '44640',
        },
        output: true,
        note: '金融资产 44640 ≤ 2人 × 36个月 × 620 = 44640',
      },
      {
        rule: 'property.lowIncome',
        article: '第5条',
        inputs: { missing: ['property.vehicles'] },
        output: null,
        note: '低收入家庭财产条件所需事实缺失，结论未知',
      },
    ]);
  });

  it('the 核对平台 conclusion: one step citing 第25条 with the level read', () => {
    const hh = h({ propertyAssessment: { meetsDibao: false, meetsLowIncome: true } });
    expect(run('dibao', hh).steps).toEqual([
      {
        rule: 'property.dibao.assessment',
        article: '第25条',
        inputs: { meetsDibao: false },
        output: false,
        note: '采用核对平台对家庭财产是否符合低保条件的认定结论',
      },
    ]);
    expect(run('lowIncome', hh)).toEqual({
      r: { meets: true, missing: [] },
      steps: [
        {
          rule: 'property.lowIncome.assessment',
          article: '第25条',
          inputs: { meetsLowIncome: true },
          output: true,
          note: '采用核对平台对家庭财产是否符合低收入条件的认定结论',
        },
      ],
    });
  });

  it('no limits for the level and no conclusion: unknown, propertyAssessment missing', () => {
    const { r, steps } = run('dibao', h({ property: { financialAssets: '0' } }), policy());
    expect(r).toEqual({ meets: null, missing: ['propertyAssessment'] });
    expect(steps).toEqual([
      {
        rule: 'property.dibao.unconfigured',
        article: '第5条',
        inputs: { 'policy.propertyLimits.dibao': null, propertyAssessment: null },
        output: null,
        note: '未设定低保家庭财产条件，也无核对平台结论，财产条件未知',
      },
    ]);
  });

  it('a level configured with no limit at all counts as unconfigured', () => {
    const empty = policy({ ...CHANGCHUN_2018, propertyLimits: { lowIncome: {} } });
    const { r, steps } = run('lowIncome', h({}), empty);
    expect(r).toEqual({ meets: null, missing: ['propertyAssessment'] });
    expect(steps[0]?.note).toBe('未设定低收入家庭财产条件，也无核对平台结论，财产条件未知');
  });

  it('each single limit alone is a configuration', () => {
    const only = (l: Record<string, number>) => policy({ ...CHANGCHUN_2018, propertyLimits: { dibao: l } });
    const hh = h({ property: { financialAssets: '1', vehicles: 0, extraHousingUnits: 0 } });
    expect(run('dibao', hh, only({ financialAssetsPerCapitaMonths: 24 })).r.meets).toBe(true);
    expect(run('dibao', hh, only({ maxVehicles: 0 })).r.meets).toBe(true);
    expect(run('dibao', hh, only({ maxExtraHousingUnits: 0 })).r.meets).toBe(true);
  });
});
