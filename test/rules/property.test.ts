/** 第5条 property conditions: the 核对平台 conclusion wins; limits inclusive; unknown facts; nothing configured. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { propertyMeets } from './decimal-rules.js';
import { coupleHousehold, PROPERTY_LIMITS_2018, policy, tracer } from './household-helpers.js';

const S = new Dec(620);
const limits = policy(PROPERTY_LIMITS_2018);
const h = coupleHousehold;

describe('property model', () => {
  it('financial assets ≤ n × months × S is inclusive (29760 meets, 29760.01 fails)', () => {
    const at = h({ property: { financialAssets: '29760', vehicles: 0, extraHousingUnits: 0 } });
    expect(propertyMeets('dibao', at, limits, S, tracer()).meets).toBe(true);
    const over = h({ property: { financialAssets: '29760.01', vehicles: 0, extraHousingUnits: 0 } });
    expect(propertyMeets('dibao', over, limits, S, tracer()).meets).toBe(false);
  });

  it('a failed limit decides false even when another fact is missing', () => {
    const r = propertyMeets('dibao', h({ property: { vehicles: 1 } }), limits, S, tracer());
    expect(r).toEqual({ meets: false, missing: [] });
  });

  it('untraced, the same: a failed limit decides false and nothing is missing, a met one true', () => {
    // vehicles 1 > 0 fails the 低保 limit; financial assets and housing are absent but cannot change a failure
    const failed = propertyMeets('dibao', h({ property: { vehicles: 1 } }), limits, S, new Tracer(false));
    expect(failed).toEqual({ meets: false, missing: [] });
    const all = { financialAssets: '29760', vehicles: 0, extraHousingUnits: 0 };
    expect(propertyMeets('dibao', h({ property: all }), limits, S, new Tracer(false))).toEqual({
      meets: true,
      missing: [],
    });
    expect(propertyMeets('dibao', h({ property: { vehicles: 0 } }), limits, S, new Tracer(false))).toEqual({
      meets: null,
      missing: ['property.financialAssets', 'property.extraHousingUnits'],
    });
  });

  it('a configured limit with an absent fact is unknown and names the path', () => {
    const r = propertyMeets('dibao', h({ property: { financialAssets: '0' } }), limits, S, tracer());
    expect(r).toEqual({ meets: null, missing: ['property.vehicles', 'property.extraHousingUnits'] });
    expect(propertyMeets('lowIncome', h({}), limits, S, tracer()).missing).toEqual([
      'property.financialAssets',
      'property.vehicles',
    ]);
  });

  it('an unconfigured limit is not tested (lowIncome has no housing limit)', () => {
    const r = propertyMeets(
      'lowIncome',
      h({ property: { financialAssets: '0', vehicles: 1, extraHousingUnits: 5 } }),
      limits,
      S,
      tracer(),
    );
    expect(r.meets).toBe(true);
  });

  it('no limits and no assessment → unknown, needs propertyAssessment', () => {
    expect(propertyMeets('dibao', h({}), policy(), S, tracer())).toEqual({
      meets: null,
      missing: ['propertyAssessment'],
    });
  });
});

describe('propertyAssessment (第25条)', () => {
  it('overrides the model for each level', () => {
    const x = h({
      property: { financialAssets: '1000000', vehicles: 3, extraHousingUnits: 2 },
      propertyAssessment: { meetsDibao: true, meetsLowIncome: false },
    });
    expect(propertyMeets('dibao', x, limits, S, tracer()).meets).toBe(true);
    expect(propertyMeets('lowIncome', x, limits, S, tracer()).meets).toBe(false);
  });
});
