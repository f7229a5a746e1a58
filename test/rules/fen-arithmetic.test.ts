/**
 * The household rules on the integer arithmetic (src/rules/arithmetic.ts `FEN`): the policy figures the fast
 * reader prepares, a worked case, and where the arithmetic declines (the decimal one then runs).
 */
import { describe, expect, it } from 'vitest';
import { assessFacts, assessHousehold, assessHouseholdDecimal } from '../../src/assess.js';
import { Tracer } from '../../src/core/trace.js';
import { DECLINE, FEN } from '../../src/rules/arithmetic.js';
import { fenHousehold } from '../../src/schema/fen-household.js';
import { fenPolicy } from '../../src/schema/fen-policy.js';
import type { Household } from '../../src/schema/household.js';
import { parseInput } from '../../src/schema/parse.js';
import { type Policy, policySchema } from '../../src/schema/policy.js';

const parsePolicyInput = (p: Policy) => parseInput(policySchema, p);

const policy: Policy = {
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  specialGrantRates: { minor: '0.1', age70Plus: '0.05' },
  employmentIncomeExemption: { perMonth: '300', months: 6 },
  propertyLimits: { dibao: { financialAssetsPerCapitaMonths: 24 }, lowIncome: { maxVehicles: 1 } },
};

function fast(h: Household, p: Policy = policy, trace = false) {
  const fp = fenPolicy(parsePolicyInput(p));
  const fh = fenHousehold(h);
  if (fp === null || fh === undefined) throw new Error('input outside the fast path');
  try {
    return assessFacts(FEN, fh, fp, new Tracer(trace));
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

const couple: Household = {
  assessmentDate: '2018-09-01',
  area: 'urban',
  receivingDibao: false,
  members: [
    {
      birthDate: '1980-05-01',
      sex: 'female',
      incomes: [{ kind: 'employment', perMonth: '900' }],
      employed: true,
    },
    { birthDate: '2010-03-15', incomes: [] },
  ],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
};

describe('fenPolicy', () => {
  it('prepares the figures in integers', () => {
    const fp = fenPolicy(parsePolicyInput(policy));
    expect(fp?.standard).toEqual({ urban: 62_000, rural: 41_000 }); // 分
    expect(fp?.exemption).toEqual({ perMonth: 30_000, months: 6 });
    expect(fp?.rates).toEqual({ minor: 1000, age70Plus: 500 }); // 1/10000
    expect(fp?.limits.dibao?.months).toBe(240_000);
    expect(fp?.limits.lowIncome).toEqual({
      months: undefined,
      maxVehicles: 1,
      maxExtraHousingUnits: undefined,
    });
  });
  it('leaves policies with more decimals or huge standards to the decimal path', () => {
    const off = (extra: Partial<Policy>) => fenPolicy(parsePolicyInput({ ...policy, ...extra }));
    expect(off({ dibaoStandardPerMonth: { urban: '620.505', rural: '410' } })).toBeNull();
    expect(off({ dibaoStandardPerMonth: { urban: '620', rural: '2000000' } })).toBeNull();
    expect(off({ specialGrantRates: { minor: '0.12345' } })).toBeNull();
    expect(off({ specialGrantRates: { minor: '11' } })).toBeNull();
    expect(off({ employmentIncomeExemption: { perMonth: '0.001', months: 1 } })).toBeNull();
    expect(off({ propertyLimits: { dibao: { financialAssetsPerCapitaMonths: 0.00001 } } })).toBeNull();
    expect(off({ propertyLimits: { lowIncome: { financialAssetsPerCapitaMonths: 0.00001 } } })).toBeNull();
    expect(off({ propertyLimits: { dibao: {} } })?.limits.dibao).toBeNull();
  });
});

describe('assessFacts on FEN', () => {
  it('computes the DESIGN §4.3 example: 差额 (620 − 900 ÷ 2) × 2 = 340, a minor grant 620 × 0.1 = 62', () => {
    const r = fast(couple);
    expect(r?.class).toBe('dibao');
    expect(r?.perCapitaIncomePerMonth).toBe('450.00');
    expect(r?.members[1]?.specialGrantPerMonth).toBe('62.00');
    expect(r?.benefit).toEqual({
      basePerMonth: '340.00',
      specialGrantsPerMonth: '62.00',
      totalPerMonth: '402.00',
    });
    expect(r?.trace).toEqual([]);
  });
  it('decides the class over an open H (第11条 exemption unknown) and leaves the amount open', () => {
    const { receivingDibao: _, ...unknownReceiving } = couple;
    const r = fast(unknownReceiving);
    expect(r?.class).toBe('dibao');
    expect(r?.perCapitaIncomePerMonth).toBeNull();
    expect(r?.benefit).toBeNull();
    expect(r?.missing).toEqual(['members[1].supporters', 'receivingDibao', 'members[0].incomes[0].since']);
  });
  it('decides unknown income and undecided property as the decimal rules do (undetermined, missing facts)', () => {
    const [first, second] = couple.members as [
      NonNullable<Household['members']>[number],
      NonNullable<Household['members']>[number],
    ];
    const same = (h: Household) =>
      expect(JSON.stringify(fast(h, policy, true))).toBe(JSON.stringify(assessHouseholdDecimal(h, policy)));
    const unknownIncome = { ...couple, members: [first, { birthDate: '2010-03-15' }] };
    expect(fast(unknownIncome)?.class).toBe('undetermined');
    expect(fast(unknownIncome)?.missing).toEqual(['members[1].incomes', 'members[1].supporters']);
    same(unknownIncome);
    const { propertyAssessment: _, ...noProperty } = couple;
    expect(fast(noProperty)?.missing).toEqual(['property.financialAssets', 'members[1].supporters']);
    same(noProperty);
    expect(fast({ ...noProperty, property: { financialAssets: '100', vehicles: 0 } })?.class).toBe('dibao');
    const atLine = { ...first, incomes: [{ kind: 'other' as const, perMonth: '1240' }] };
    expect(fast({ ...couple, members: [atLine, second] })?.warnings[0]?.code).toBe('THRESHOLD_EQUALITY');
    same({ ...couple, members: [atLine, second] });
  });
  it('declines an amount beyond the safe integers or a grant that is not a whole 分; assessHousehold then runs decimal', () => {
    const rich = { kind: 'other' as const, perMonth: '999999999' };
    const many: Household = {
      ...couple,
      members: Array.from({ length: 100 }, () => ({
        birthDate: '1980-01-01',
        incomes: Array(200).fill(rich),
      })),
    };
    expect(fast(many)).toBeUndefined(); // Σ 12 × 999 999 999 元 × 20 000 entries in 分 > 2^53
    const oddStandard: Policy = { ...policy, dibaoStandardPerMonth: { urban: '620.01', rural: '410' } };
    expect(fast(couple, oddStandard)).toBeUndefined(); // the minor's grant 620.01 × 0.1 = 62.001
    for (const [h, p] of [
      [many, policy],
      [couple, oddStandard],
    ] as const) {
      expect(JSON.stringify(assessHousehold(h, p))).toBe(JSON.stringify(assessHouseholdDecimal(h, p)));
      expect(assessHousehold(h, p).class).toBe(h === many ? 'none' : 'dibao');
    }
    expect(assessHousehold(couple, oddStandard).members[1]?.specialGrantPerMonth).toBe('62.00');
  });
});
