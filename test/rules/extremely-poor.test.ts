/** 第5条(1) 特困: category, labor capacity, livelihood source, supporters; three-valued with exact missing paths. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import * as extremelyPoor from '../../src/rules/extremely-poor.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { extremelyPoorInHouseholdWarning, extremelyPoorTest, hasLivelihoodSource } from './decimal-rules.js';
import { tracer } from './household-helpers.js';

const S = new Dec(620);
const test = (
  member: Partial<ParsedMember>,
  age: number,
  capacity: boolean,
  own: string | null,
  pd: boolean | null = true,
) =>
  extremelyPoorTest(
    { birthDate: '1950-01-01', ...member },
    'members[2]',
    age,
    capacity,
    own === null ? null : new Dec(own).mul(12),
    S,
    pd,
    pd === null ? ['property.financialAssets'] : [],
    '2021',
    tracer(),
  );

describe('特困 test', () => {
  it('all four conditions → true', () => {
    expect(test({ supporters: 'none' }, 70, false, '0').extremelyPoor).toBe(true);
    expect(test({ supporters: 'unable' }, 10, false, '100').extremelyPoor).toBe(true);
  });
  it('not old, not disabled, not a minor → false without asking anything', () => {
    expect(test({}, 40, false, null)).toEqual({ extremelyPoor: false, livelihoodSource: null, missing: [] });
  });
  it('a disabled adult qualifies as category; 16 does not', () => {
    expect(
      test({ supporters: 'none', disability: { category: 'mental', grade: 1 } }, 40, false, '0')
        .extremelyPoor,
    ).toBe(true);
    expect(test({ supporters: 'none' }, 16, false, '0').extremelyPoor).toBe(false);
  });
  it('labor capacity, livelihood or an able supporter each rule it out', () => {
    expect(test({ supporters: 'none' }, 70, true, '0').extremelyPoor).toBe(false);
    expect(test({ supporters: 'none' }, 70, false, '620').extremelyPoor).toBe(false); // own income not below S
    expect(test({ supporters: 'able' }, 70, false, '0').extremelyPoor).toBe(false);
  });
  it('unknown supporters → null with members[2].supporters', () => {
    expect(test({}, 70, false, '0')).toEqual({
      extremelyPoor: null,
      livelihoodSource: false,
      missing: ['members[2].supporters'],
    });
  });
  it('unknown supporters do not matter when the person has a livelihood source', () => {
    expect(test({}, 70, false, '800')).toMatchObject({ extremelyPoor: false, missing: [] });
  });
  it('unknown own income → names members[2].incomes; unknown property names its path', () => {
    expect(test({ supporters: 'none' }, 70, false, null).missing).toEqual(['members[2].incomes']);
    expect(test({ supporters: 'none' }, 70, false, '0', null).missing).toEqual(['property.financialAssets']);
    // own income ≥ S decides "has a livelihood source" whatever the property
    expect(test({ supporters: 'none' }, 70, false, '700', null)).toMatchObject({
      extremelyPoor: false,
      missing: [],
    });
  });
});

describe('livelihood source', () => {
  it('assessed value wins; else none iff own income < S and property meets 低保', () => {
    expect(
      hasLivelihoodSource({ birthDate: '1950-01-01', livelihoodSource: true }, new Dec(0), S, true),
    ).toBe(true);
    expect(hasLivelihoodSource({ birthDate: '1950-01-01' }, new Dec('7439.99'), S, true)).toBe(false);
    expect(hasLivelihoodSource({ birthDate: '1950-01-01' }, new Dec('7440'), S, true)).toBe(true);
    expect(hasLivelihoodSource({ birthDate: '1950-01-01' }, new Dec(0), S, false)).toBe(true);
    expect(hasLivelihoodSource({ birthDate: '1950-01-01' }, null, S, false)).toBe(true);
    expect(hasLivelihoodSource({ birthDate: '1950-01-01' }, null, S, true)).toBeNull();
  });
});

describe('EXTREMELY_POOR_IN_HOUSEHOLD', () => {
  it('only for a 特困 member among several', () => {
    expect(extremelyPoorInHouseholdWarning([{ extremelyPoor: true }])).toBeNull();
    expect(extremelyPoorInHouseholdWarning([{ extremelyPoor: null }, { extremelyPoor: false }])).toBeNull();
    expect(
      extremelyPoorInHouseholdWarning([{ extremelyPoor: false }, { extremelyPoor: true }]),
    ).toMatchObject({
      code: 'EXTREMELY_POOR_IN_HOUSEHOLD',
      article: '第5条',
    });
  });
});

describe('特困 test untraced (batch runs): the same verdicts and the same member paths', () => {
  const quiet = (member: Partial<ParsedMember>, own: string | null, pd: boolean | null = true) =>
    extremelyPoorTest(
      { birthDate: '1950-01-01', ...member },
      'members[2]',
      70,
      false,
      own === null ? null : new Dec(own).mul(12),
      S,
      pd,
      pd === null ? ['property.financialAssets'] : [],
      '2021',
      new Tracer(false),
    );

  it('unknown supporters: null, and the path names member 2', () => {
    // 70 years old, no labor capacity, own income 0 < 620 with property met: no livelihood; supporters unknown
    expect(quiet({}, '0')).toEqual({
      extremelyPoor: null,
      livelihoodSource: false,
      missing: ['members[2].supporters'],
    });
  });

  it('unknown own income and property: the income, the property and the supporters, in that order', () => {
    expect(quiet({}, null, null).missing).toEqual([
      'members[2].incomes',
      'property.financialAssets',
      'members[2].supporters',
    ]);
  });

  it('decided verdicts carry no path', () => {
    expect(quiet({ supporters: 'none' }, '0')).toEqual({
      extremelyPoor: true,
      livelihoodSource: false,
      missing: [],
    });
    expect(quiet({}, '800')).toEqual({ extremelyPoor: false, livelihoodSource: true, missing: [] });
  });
});

describe('特困 test — labor capacity of minors under the seed and under national2021 (N3)', () => {
  // a disabled member (in the category at any age) with an assessed labor capacity; own income 0, property met,
  // no supporters: everything but labor capacity points to 特困
  const run = (age: number, minorAge: number | null) =>
    extremelyPoor.extremelyPoorTest(
      DECIMAL,
      { birthDate: '2000-01-01', supporters: 'none', disability: { category: 'physical', grade: 3 } },
      0,
      age,
      true,
      new Dec(0),
      S,
      true,
      [],
      '2021',
      new Tracer(false),
      minorAge,
    ).extremelyPoor;

  it('the seed (no minorAge): labor capacity rules out a member of 15 as it does an adult', () => {
    expect(run(15, null)).toBe(false);
    expect(run(30, null)).toBe(false);
  });

  it('national2021, minorAge 18: under 18 counts as without labor capacity — 17 is 特困, 18 and 30 are not', () => {
    expect(run(17, 18)).toBe(true);
    expect(run(18, 18)).toBe(false);
    expect(run(30, 18)).toBe(false);
  });
});
