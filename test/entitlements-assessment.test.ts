/**
 * `entitlements(household, assessment, policy)` validates its `assessment` argument as strictly as the
 * household and the policy: a malformed assessment is a DibaoInputError naming `assessment.<field>`, never a
 * TypeError, a standard read as hexadecimal, a grant of "NaN" or a `householdClass` of undefined.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, DibaoInputError, entitlements, type Household, type Policy } from '../src/index.js';

const policy: Policy = {
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  specialGrantRates: { age70Plus: '0.2', minor: '0.1' },
};
const household: Household = {
  id: 'A1',
  assessmentDate: '2019-03-01',
  area: 'urban',
  members: [
    { id: 'p', birthDate: '1975-04-01', sex: 'male', incomes: [], employed: false },
    { id: 'k', birthDate: '2008-05-05', incomes: [], supporters: 'able' },
  ],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
};
const assessment = JSON.parse(JSON.stringify(assessHousehold(household, policy))) as Record<string, unknown>;

function issues(a: unknown) {
  try {
    entitlements(household, a as never, policy);
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    return (e as DibaoInputError).issues.map((i) => [i.path, i.code]);
  }
  throw new Error('expected a DibaoInputError');
}

const withMember = (patch: Record<string, unknown>) => ({
  ...assessment,
  members: (assessment.members as Array<Record<string, unknown>>).map((m, i) =>
    i === 1 ? { ...m, ...patch } : m,
  ),
});

describe('the assessment argument of entitlements', () => {
  it('the result of assessHousehold is accepted as it is (its other fields allowed)', () => {
    // 620 − 0 = 620 per person, 2 people: 低保; the child (under 18) gets the 第10条 minor grant 620 × 0.1 = 62.00.
    const r = entitlements(household, assessment as never, policy);
    expect(r.householdClass).toBe('dibao');
    expect(r.measures.find((m) => m.measure === 'specialGrant')?.amountPerMonth).toBe('62.00');
  });

  it.each([
    ['{}', {}, [['assessment.class', 'required']]],
    ['null', null, [['assessment', 'invalid_type']]],
  ])('%s is refused by path, not a TypeError', (_, a, expected) => {
    expect(issues(a)).toEqual(expect.arrayContaining(expected));
  });

  it('a standard "0x26c" is refused, never read as 620', () => {
    expect(issues({ ...assessment, standardPerMonth: '0x26c' })).toEqual([
      ['assessment.standardPerMonth', 'invalid_money'],
    ]);
  });

  it('a grant "NaN" is refused, never written out as "NaN"', () => {
    expect(issues(withMember({ specialGrantPerMonth: 'NaN' }))).toEqual([
      ['assessment.members[1].specialGrantPerMonth', 'invalid_money'],
    ]);
  });

  it('a missing class is required, never householdClass: undefined', () => {
    const { class: _, ...rest } = assessment;
    expect(issues(rest)).toEqual([['assessment.class', 'required']]);
    expect(issues(withMember({ class: undefined }))).toEqual([['assessment.members[1].class', 'required']]);
  });

  it('every field is checked: age, booleans, groups, obligations, missing', () => {
    expect(
      issues(
        withMember({
          age: 10.5,
          laborCapacity: 'yes',
          specialGroups: ['tall'],
          obligations: [1],
          workingAge: 0,
          dibaoCancelled: 'no',
        }),
      ),
    ).toEqual([
      ['assessment.members[1].age', 'invalid_number'],
      ['assessment.members[1].laborCapacity', 'invalid_type'],
      ['assessment.members[1].specialGroups[0]', 'invalid_enum'],
      ['assessment.members[1].workingAge', 'invalid_type'],
      ['assessment.members[1].dibaoCancelled', 'invalid_type'],
      ['assessment.members[1].obligations[0]', 'invalid_enum'],
    ]);
    expect(issues({ ...assessment, missing: 'none' })).toEqual([['assessment.missing', 'invalid_type']]);
  });
});
