/** 第12条: specialSupport — basic living 1.3×, care 10/20/30%, higher local rates, violations below, ADL. */
import { describe, expect, it } from 'vitest';
import { DibaoInputError, type SpecialSupportInput, specialSupport } from '../../src/index.js';

const base = { priorYearDibaoStandardPerMonth: '600', priorYearMinimumWagePerMonth: '1640' } as const;

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    return (e as DibaoInputError).issues;
  }
  throw new Error('expected a DibaoInputError');
}

describe('第12条 minimums', () => {
  it('basic 1.3 × 600 = 780; care 20% × 1640 = 328 (STYLE example)', () => {
    const r = specialSupport({ ...base, selfCareAbility: 'partiallyLost' });
    expect(r).toMatchObject({
      selfCareAbility: 'partiallyLost',
      selfCareAbilitySource: 'given',
      basicLivingPerMonth: '780.00',
      carePerMonth: '328.00',
      totalPerMonth: '1108.00',
      carePerMonthByAbility: { able: '164.00', partiallyLost: '328.00', fullyLost: '492.00' },
      parameters: {
        basicLivingMultiplier: '1.3',
        careRates: { able: '0.1', partiallyLost: '0.2', fullyLost: '0.3' },
      },
      missing: [],
      violations: [],
    });
  });

  it.each([
    ['able', '164.00', '944.00'],
    ['fullyLost', '492.00', '1272.00'],
  ] as const)('%s: care %s, total %s', (ability, care, total) => {
    const r = specialSupport({ ...base, selfCareAbility: ability });
    expect([r.carePerMonth, r.totalPerMonth]).toEqual([care, total]);
  });

  it('rounds up to the unit: 1.3 × 415 = 539.5 → 540; 30% × 1780 = 534', () => {
    const r = specialSupport({
      priorYearDibaoStandardPerMonth: 415,
      priorYearMinimumWagePerMonth: 1780,
      selfCareAbility: 'fullyLost',
    });
    expect(r.basicLivingPerMonth).toBe('540.00');
    expect(r.carePerMonth).toBe('534.00');
    expect(r.totalPerMonth).toBe('1074.00');
    const cents = specialSupport({
      priorYearDibaoStandardPerMonth: 415,
      priorYearMinimumWagePerMonth: 1780,
      selfCareAbility: 'fullyLost',
      roundingUnit: '0.01',
    });
    expect(cents.basicLivingPerMonth).toBe('539.50');
    const tens = specialSupport({ ...base, selfCareAbility: 'able', roundingUnit: '10' });
    expect([tens.basicLivingPerMonth, tens.carePerMonth, tens.totalPerMonth]).toEqual([
      '780.00',
      '170.00',
      '950.00',
    ]);
  });
});

describe('higher local parameters and violations', () => {
  it('accepts 1.6× and 10/25/40% without violations', () => {
    const r = specialSupport({
      ...base,
      selfCareAbility: 'fullyLost',
      basicLivingMultiplier: '1.6',
      careRates: { able: '0.10', partiallyLost: '0.25', fullyLost: '0.40' },
    });
    expect(r.basicLivingPerMonth).toBe('960.00');
    expect(r.carePerMonth).toBe('656.00');
    expect(r.totalPerMonth).toBe('1616.00');
    expect(r.carePerMonthByAbility).toEqual({ able: '164.00', partiallyLost: '410.00', fullyLost: '656.00' });
    expect(r.violations).toEqual([]);
  });

  it('computes below-minimum values anyway and reports them', () => {
    const r = specialSupport({
      ...base,
      selfCareAbility: 'able',
      basicLivingMultiplier: 1.2,
      careRates: { able: 0.05, partiallyLost: 0.2, fullyLost: 0.29 },
    });
    expect(r.basicLivingPerMonth).toBe('720.00');
    expect(r.carePerMonth).toBe('82.00');
    expect(r.violations.map((v) => [v.code, v.article, v.path])).toEqual([
      ['BASIC_MULTIPLIER_BELOW_MINIMUM', '第12条', 'basicLivingMultiplier'],
      ['CARE_RATE_BELOW_MINIMUM', '第12条', 'careRates.able'],
      ['CARE_RATE_BELOW_MINIMUM', '第12条', 'careRates.fullyLost'],
    ]);
    for (const v of r.violations) expect(v.message).toMatch(/第12条/);
  });

  it('exactly the minimum is not a violation', () => {
    const r = specialSupport({
      ...base,
      basicLivingMultiplier: '1.30',
      careRates: { able: '0.1', partiallyLost: '0.200', fullyLost: 0.3 },
    });
    expect(r.violations).toEqual([]);
  });
});

describe('self-care ability', () => {
  it('derives it from the six ADL items', () => {
    const r = specialSupport({
      ...base,
      adl: {
        eating: true,
        dressing: false,
        transferring: true,
        toileting: true,
        indoorWalking: true,
        bathing: false,
      },
    });
    expect(r.selfCareAbility).toBe('partiallyLost');
    expect(r.selfCareAbilitySource).toBe('adl');
    expect(r.adl).toEqual({ failedItems: ['dressing', 'bathing'], unknownItems: [] });
    expect(r.carePerMonth).toBe('328.00');
  });

  it('unknown ability: care and total null, missing names the field', () => {
    const r = specialSupport(base);
    expect(r.selfCareAbility).toBeNull();
    expect(r.carePerMonth).toBeNull();
    expect(r.totalPerMonth).toBeNull();
    expect(r.basicLivingPerMonth).toBe('780.00');
    expect(r.missing).toEqual(['selfCareAbility']);
    expect(r.adl).toBeNull();
  });

  it('ADL that does not settle it: missing lists the unknown items', () => {
    const r = specialSupport({ ...base, adl: { eating: false, dressing: false, transferring: false } });
    expect(r.selfCareAbility).toBeNull();
    expect(r.totalPerMonth).toBeNull();
    expect(r.missing).toEqual(['adl.toileting', 'adl.indoorWalking', 'adl.bathing']);
  });

  it('a given ability consistent with partial ADL is used', () => {
    const r = specialSupport({
      ...base,
      selfCareAbility: 'fullyLost',
      adl: { eating: false, dressing: false, transferring: false },
    });
    expect(r.selfCareAbility).toBe('fullyLost');
    expect(r.missing).toEqual([]);
    expect(r.carePerMonth).toBe('492.00');
  });

  it.each([
    ['able', { eating: false }],
    ['fullyLost', { eating: true, dressing: true, transferring: true }],
    [
      'partiallyLost',
      {
        eating: true,
        dressing: true,
        transferring: true,
        toileting: true,
        indoorWalking: true,
        bathing: true,
      },
    ],
  ] as const)('refuses %s against adl %j as inconsistent', (ability, adl) => {
    const issues = issuesOf(() => specialSupport({ ...base, selfCareAbility: ability, adl }));
    expect(issues).toEqual([expect.objectContaining({ path: 'selfCareAbility', code: 'inconsistent' })]);
  });
});

describe('trace', () => {
  it('cites 第12条 and the 认定办法, and shows every parameter read', () => {
    const r = specialSupport({
      ...base,
      adl: {
        eating: false,
        dressing: true,
        transferring: true,
        toileting: true,
        indoorWalking: true,
        bathing: true,
      },
    });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'selfCare.adlItems',
      'selfCare.level',
      'specialSupport.selfCareAbility',
      'specialSupport.roundingUnit',
      'specialSupport.basicLiving',
      'specialSupport.careRate.able',
      'specialSupport.careRate.partiallyLost',
      'specialSupport.careRate.fullyLost',
      'specialSupport.care',
      'specialSupport.total',
    ]);
    expect(r.trace.slice(2).every((s) => s.article === '第12条')).toBe(true);
    const care = r.trace.find((s) => s.rule === 'specialSupport.care');
    expect(care).toMatchObject({
      inputs: { rate: '0.2', priorYearMinimumWagePerMonth: '1640' },
      output: '328.00',
    });
    const basic = r.trace.find((s) => s.rule === 'specialSupport.basicLiving');
    expect(basic).toMatchObject({
      inputs: { basicLivingMultiplier: '1.3', priorYearDibaoStandardPerMonth: '600' },
      output: '780.00',
    });
  });

  it('trace: false gives the same result; inputs are not mutated; output is stable', () => {
    const input: SpecialSupportInput = {
      ...base,
      adl: { eating: false, dressing: false, transferring: false, toileting: false },
      careRates: { able: '0.1', partiallyLost: '0.25', fullyLost: '0.4' },
    };
    const before = JSON.stringify(input);
    Object.freeze(input);
    const a = specialSupport(input);
    const b = specialSupport(input, { trace: false });
    expect(b.trace).toEqual([]);
    expect({ ...b, trace: a.trace }).toEqual(a);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(specialSupport(input))).toBe(JSON.stringify(a));
  });
});

describe('input refusals', () => {
  it.each([
    ['priorYearDibaoStandardPerMonth', '6,00', 'invalid_money'],
    ['priorYearDibaoStandardPerMonth', '６００', 'invalid_money'],
    ['priorYearMinimumWagePerMonth', '1e3', 'invalid_money'],
    ['priorYearMinimumWagePerMonth', 'NaN', 'invalid_money'],
    ['priorYearMinimumWagePerMonth', '', 'invalid_money'],
    ['priorYearMinimumWagePerMonth', null, 'invalid_money'],
    ['priorYearMinimumWagePerMonth', Number.NaN, 'invalid_money'],
    ['priorYearMinimumWagePerMonth', Number.POSITIVE_INFINITY, 'invalid_money'],
    ['priorYearDibaoStandardPerMonth', -600, 'negative_money'],
    ['basicLivingMultiplier', '-1.3', 'negative_money'],
    ['basicLivingMultiplier', '1.3x', 'invalid_money'],
    ['roundingUnit', '0', 'out_of_range'],
    ['selfCareAbility', 'unable', 'invalid_enum'],
    ['selfCareAbility', null, 'invalid_enum'],
    ['careRates', { able: '0.1', partiallyLost: '0.2' }, 'required'],
    ['careRates', { able: '0.1', partiallyLost: '0.2', fullyLost: '0.3', total: '1' }, 'unknown_key'],
    ['adl', { eating: 'no' }, 'invalid_type'],
    ['adl', { eating: true, sleeping: true }, 'unknown_key'],
  ])('%s = %j is refused', (field, value, code) => {
    const issues = issuesOf(() => specialSupport({ ...base, [field]: value } as never));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe(code);
    expect(issues[0]?.path.startsWith(field)).toBe(true);
  });

  it('names the exact nested path', () => {
    expect(
      issuesOf(() => specialSupport({ ...base, careRates: { able: '0.1', partiallyLost: '0.2' } } as never)),
    ).toEqual([expect.objectContaining({ path: 'careRates.fullyLost', code: 'required' })]);
    expect(issuesOf(() => specialSupport({ ...base, adl: { eating: 'no' } } as never))).toEqual([
      expect.objectContaining({ path: 'adl.eating', code: 'invalid_type' }),
    ]);
  });

  it('refuses missing required fields, unknown and forbidden keys', () => {
    expect(issuesOf(() => specialSupport({ priorYearDibaoStandardPerMonth: '600' } as never))).toEqual([
      expect.objectContaining({ path: 'priorYearMinimumWagePerMonth', code: 'required' }),
    ]);
    expect(issuesOf(() => specialSupport({ ...base, multiplier: '1.6' } as never))).toEqual([
      expect.objectContaining({ path: 'multiplier', code: 'unknown_key' }),
    ]);
    const proto = JSON.parse(
      '{"priorYearDibaoStandardPerMonth":"600","priorYearMinimumWagePerMonth":"1640","__proto__":{}}',
    );
    expect(issuesOf(() => specialSupport(proto))).toEqual([
      expect.objectContaining({ path: '__proto__', code: 'forbidden_key' }),
    ]);
  });
});
