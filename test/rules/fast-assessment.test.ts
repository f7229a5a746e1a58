/** The integer 分 fast path (src/rules/fast-assessment.ts): its policy figures, a worked case, and where it steps aside. */
import { describe, expect, it } from 'vitest';
import { fastAssessment, fenPolicy } from '../../src/rules/fast-assessment.js';
import { parseHouseholdInput, parsePolicyInput } from '../../src/schema/fast-parse.js';
import type { Household } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';

const policy: Policy = {
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  specialGrantRates: { minor: '0.1', age70Plus: '0.05' },
  employmentIncomeExemption: { perMonth: '300', months: 6 },
  propertyLimits: { dibao: { financialAssetsPerCapitaMonths: 24 }, lowIncome: { maxVehicles: 1 } },
};

function fast(h: Household, p: Policy = policy) {
  const parsed = parsePolicyInput(p);
  const fp = fenPolicy(parsed);
  if (fp === null) throw new Error('policy outside the fast path');
  return fastAssessment(parseHouseholdInput(h), h, parsed, fp);
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
    expect(fp?.standardFen).toEqual({ urban: 62_000, rural: 41_000 });
    expect(fp?.exemption).toEqual({ capTwelfths: 360_000, months: 6 });
    expect(fp?.ratesTT).toEqual({ minor: 1000, age70Plus: 500 });
    expect(fp?.limits.dibao?.monthsTT).toBe(240_000);
    expect(fp?.limits.lowIncome).toEqual({
      monthsTT: undefined,
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

describe('fastAssessment', () => {
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
  it('steps aside when income is unknown, property undecided, or an amount sits exactly on n·S', () => {
    const [first, second] = couple.members as [
      NonNullable<Household['members']>[number],
      NonNullable<Household['members']>[number],
    ];
    expect(fast({ ...couple, members: [first, { birthDate: '2010-03-15' }] })).toBeNull();
    const { propertyAssessment: _, ...noProperty } = couple;
    expect(fast(noProperty)).toBeNull();
    expect(fast({ ...noProperty, property: { financialAssets: '100', vehicles: 0 } })?.class).toBe('dibao');
    expect(fast({ ...noProperty, property: { financialAssets: '0.001', vehicles: 0 } })).toBeNull();
    const atLine = { ...first, incomes: [{ kind: 'other' as const, perMonth: '1240' }] };
    expect(fast({ ...couple, members: [atLine, second] })).toBeNull();
    expect(fast({ ...couple, medicalOutOfPocketPerYear: '0.001' })).toBeNull();
  });
});
