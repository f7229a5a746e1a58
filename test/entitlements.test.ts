import { describe, expect, it } from 'vitest';
import {
  type AssessmentView,
  assessHousehold,
  DibaoInputError,
  entitlements,
  type Household,
  type Policy,
} from '../src/index.js';

const policy: Policy = {
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  specialGrantRates: { age70Plus: '0.2', minor: '0.1' },
  entitlements: {
    source: '测试',
    illustrative: false,
    priorYear: { dibaoStandardPerMonth: { urban: '600', rural: '400' }, minimumWagePerMonth: '1780' },
  },
};

const household: Household = {
  id: 'T1',
  assessmentDate: '2019-03-01',
  area: 'urban',
  members: [
    { id: 'p', birthDate: '1975-04-01', sex: 'male', incomes: [], employed: false },
    {
      id: 'g',
      birthDate: '1945-01-01',
      sex: 'female',
      incomes: [],
      supporters: 'unable',
      selfCareAbility: 'fullyLost',
    },
    { id: 'k', birthDate: '2008-05-05', incomes: [], supporters: 'able', schoolingStage: 'compulsory' },
  ],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  housing: { hardship: false },
};

describe('entitlements (第10–21条)', () => {
  it("accepts assessHousehold's result as its assessment (type and value)", () => {
    const a: AssessmentView = assessHousehold(household, policy);
    const r = entitlements(household, a, policy);
    expect(r.householdClass).toBe('dibao');
    const ep = r.measures.find((m) => m.measure === 'extremelyPoorSupport');
    // 1.3 × 600 = 780; 30% × 1780 = 534; 780 + 534 = 1314
    expect(ep?.amountPerMonth).toBe('1314.00');
    const edu = r.measures.find((m) => m.measure === 'educationAid');
    expect(edu?.status).toBe('applies');
    expect(edu?.missing).toEqual(['members[2].boarding']);
    expect(r.missing).toContain('members[2].boarding');
  });

  it('trace: false gives the same result with an empty trace; the trace cites articles', () => {
    const a = assessHousehold(household, policy);
    const on = entitlements(household, a, policy);
    const off = entitlements(household, a, policy, { trace: false });
    expect(off.trace).toEqual([]);
    expect({ ...on, trace: [] }).toEqual(off);
    expect(
      on.trace.some((s) => s.rule === 'entitlements.extremelyPoorSupport' && s.article === '第12条'),
    ).toBe(true);
    expect(on.trace.some((s) => s.rule.startsWith('specialSupport.'))).toBe(true);
  });

  it('is deterministic and never mutates its inputs', () => {
    const before = JSON.stringify([household, policy]);
    const a = assessHousehold(household, policy);
    const r1 = JSON.stringify(entitlements(household, a, policy));
    const r2 = JSON.stringify(entitlements(household, a, policy));
    expect(r1).toBe(r2);
    expect(JSON.stringify([household, policy])).toBe(before);
  });

  it("refuses an assessment that is not this household's or this policy's", () => {
    const a = assessHousehold(household, policy);
    const other = { ...household, members: household.members.slice(0, 2) };
    expect(() => entitlements(other, a, policy)).toThrow(DibaoInputError);
    const higher: Policy = { ...policy, dibaoStandardPerMonth: { urban: '700', rural: '410' } };
    try {
      entitlements(household, a, higher);
      expect.unreachable();
    } catch (e) {
      expect((e as DibaoInputError).issues[0]?.path).toBe('assessment.standardPerMonth');
    }
  });

  it('an inconsistent ADL answer is reported at the member path', () => {
    const bad: Household = {
      ...household,
      members: [
        household.members[0] as Household['members'][number],
        {
          id: 'g',
          birthDate: '1945-01-01',
          sex: 'female',
          incomes: [],
          supporters: 'none',
          selfCareAbility: 'able',
          adl: {
            eating: false,
            dressing: false,
            transferring: false,
            toileting: false,
            indoorWalking: true,
            bathing: true,
          },
        },
      ],
    };
    const a = assessHousehold(bad, policy);
    try {
      entitlements(bad, a, policy);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      expect((e as DibaoInputError).issues.every((i) => i.path.startsWith('members[1]'))).toBe(true);
    }
  });

  it('a household that is not poor gets no poverty measures, but the question of a hardship event is answered', () => {
    const rich: Household = {
      assessmentDate: '2019-03-01',
      area: 'urban',
      members: [
        {
          birthDate: '1980-01-01',
          sex: 'female',
          incomes: [{ kind: 'employment', perMonth: '5000' }],
          employed: true,
        },
      ],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
      hardshipEvent: { kind: 'accidentalInjury', severity: 'general', basicLivingInHardship: false },
    };
    const r = entitlements(rich, assessHousehold(rich, policy), policy);
    expect(r.householdClass).toBe('none');
    expect(r.measures.map((m) => [m.measure, m.status])).toEqual([['temporaryAssistance', 'notApplicable']]);
  });

  it('a working-age member whose sex is unknown leaves 零就业家庭 undetermined', () => {
    const h: Household = {
      assessmentDate: '2019-03-01',
      area: 'urban',
      members: [{ birthDate: '1962-01-01', incomes: [] }],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
      housing: { hardship: false },
    };
    const r = entitlements(h, assessHousehold(h, policy), policy);
    const z = r.measures.find((m) => m.measure === 'zeroEmploymentHousehold');
    expect(z?.status).toBe('undetermined');
    expect(z?.missing).toContain('members[0].employed');
  });

  it('a disabled preschool-age child with no stage in a household that is not poor is undetermined, not skipped', () => {
    const h: Household = {
      assessmentDate: '2019-03-01',
      area: 'urban',
      members: [
        {
          birthDate: '1985-02-02',
          sex: 'female',
          incomes: [{ kind: 'employment', perMonth: '5000' }],
          employed: true,
        },
        {
          birthDate: '2014-06-01',
          incomes: [],
          supporters: 'able',
          disability: { category: 'physical', grade: 2 },
        },
      ],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    };
    const r = entitlements(h, assessHousehold(h, policy), policy);
    expect(r.measures.map((m) => [m.measure, m.status, m.missing])).toEqual([
      ['educationAid', 'undetermined', ['members[1].schoolingStage']],
    ]);
  });
});
