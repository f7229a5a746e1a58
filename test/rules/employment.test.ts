/** 第11条: working age by sex, the 6-month refusal window, cancellation (urban 低保 only), community service. */
import { describe, expect, it } from 'vitest';
import { Tracer } from '../../src/core/trace.js';
import { DEFAULT_LABOR_AGE, refusalsInWindow, workingAge } from '../../src/rules/employment.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { employmentOutcome, refusalWindowStart } from './decimal-rules.js';
import { date, tracer } from './household-helpers.js';

describe('working age', () => {
  it('16 ≤ age < 60 (men) / 55 (women), with labor capacity', () => {
    expect(workingAge(15, 'male', true, DEFAULT_LABOR_AGE)).toBe(false);
    expect(workingAge(16, 'male', true, DEFAULT_LABOR_AGE)).toBe(true);
    expect(workingAge(59, 'male', true, DEFAULT_LABOR_AGE)).toBe(true);
    expect(workingAge(60, 'male', true, DEFAULT_LABOR_AGE)).toBe(false);
    expect(workingAge(54, 'female', true, DEFAULT_LABOR_AGE)).toBe(true);
    expect(workingAge(55, 'female', true, DEFAULT_LABOR_AGE)).toBe(false);
    expect(workingAge(30, 'male', false, DEFAULT_LABOR_AGE)).toBe(false);
  });
  it('unknown sex matters only between the two upper bounds', () => {
    expect(workingAge(40, undefined, true, DEFAULT_LABOR_AGE)).toBe(true);
    expect(workingAge(57, undefined, true, DEFAULT_LABOR_AGE)).toBeNull();
    expect(workingAge(61, undefined, true, DEFAULT_LABOR_AGE)).toBe(false);
  });
  it('laborAge from the policy', () => {
    expect(workingAge(62, 'male', true, { min: 16, maxMale: 63, maxFemale: 58 })).toBe(true);
  });
});

describe('refusal window', () => {
  const m = (d: string[]): ParsedMember => ({ birthDate: '1980-01-01', jobReferralRefusals: d });
  it('(assessmentDate − 6 months, assessmentDate]', () => {
    const start = refusalWindowStart(date('2018-09-01'));
    expect(start).toBe('2018-03-01');
    expect(
      refusalsInWindow(m(['2018-03-01', '2018-03-02', '2018-09-01', '2018-09-02']), start, '2018-09-01'),
    ).toBe(2);
  });
  it('month-end: 2018-08-31 − 6 months = 2018-02-28', () => {
    expect(refusalWindowStart(date('2018-08-31'))).toBe('2018-02-28');
  });
});

describe('cancellation and community service', () => {
  const member: ParsedMember = { birthDate: '1980-01-01', employed: false };
  const run = (
    refusals: number,
    area: 'urban' | 'rural',
    cls: 'dibao' | 'lowIncome' | 'undetermined',
    wa: boolean | null = true,
  ) => employmentOutcome(member, 'members[0]', wa, refusals, area, cls, '2018-03-01', tracer());
  it('three or more refusals cancel an urban working-age 低保 member', () => {
    expect(run(3, 'urban', 'dibao')).toEqual({ dibaoCancelled: true, obligations: [], missing: [] });
    expect(run(2, 'urban', 'dibao')).toEqual({
      dibaoCancelled: false,
      obligations: ['communityService'],
      missing: [],
    });
  });
  it('not in rural areas, not outside 低保, not outside working age', () => {
    expect(run(3, 'rural', 'dibao')).toEqual({ dibaoCancelled: false, obligations: [], missing: [] });
    expect(run(3, 'urban', 'lowIncome').dibaoCancelled).toBe(false);
    expect(run(3, 'urban', 'dibao', false)).toEqual({ dibaoCancelled: false, obligations: [], missing: [] });
  });
  it('open when the household class or the sex is unknown', () => {
    expect(run(3, 'urban', 'undetermined').dibaoCancelled).toBeNull();
    expect(run(3, 'urban', 'dibao', null)).toEqual({
      dibaoCancelled: null,
      obligations: [],
      missing: ['members[0].sex'],
    });
  });
  it('untraced (batch runs): the same outcomes, with the member paths', () => {
    const quiet = (
      m: ParsedMember,
      refusals: number,
      area: 'urban' | 'rural',
      cls: 'dibao' | 'lowIncome' | 'undetermined',
      wa: boolean | null,
    ) => employmentOutcome(m, 'members[1]', wa, refusals, area, cls, '2018-03-01', new Tracer(false));
    // nothing of 第11条 can apply: 2 refusals, a rural household (no community service there)
    expect(quiet(member, 2, 'rural', 'dibao', true)).toEqual({
      dibaoCancelled: false,
      obligations: [],
      missing: [],
    });
    // not a 低保 household: no obligation, and fewer than 3 refusals cancel nothing
    expect(quiet(member, 0, 'urban', 'lowIncome', true)).toEqual({
      dibaoCancelled: false,
      obligations: [],
      missing: [],
    });
    expect(quiet(member, 3, 'urban', 'dibao', true)).toEqual({
      dibaoCancelled: true,
      obligations: [],
      missing: [],
    });
    expect(quiet(member, 1, 'urban', 'dibao', true)).toEqual({
      dibaoCancelled: false,
      obligations: ['communityService'],
      missing: [],
    });
    // 3 refusals, working age, household class open: cancelled if it is 低保, so open too
    expect(quiet(member, 3, 'urban', 'undetermined', true)).toEqual({
      dibaoCancelled: null,
      obligations: [],
      missing: [],
    });
    expect(quiet(member, 3, 'urban', 'dibao', null)).toEqual({
      dibaoCancelled: null,
      obligations: [],
      missing: ['members[1].sex'],
    });
    expect(quiet({ birthDate: '1980-01-01' }, 0, 'urban', 'dibao', true)).toEqual({
      dibaoCancelled: false,
      obligations: [],
      missing: ['members[1].employed'],
    });
  });

  it('unknown employment leaves the obligation open', () => {
    const r = employmentOutcome(
      { birthDate: '1980-01-01' },
      'members[1]',
      true,
      0,
      'urban',
      'dibao',
      '2018-03-01',
      tracer(),
    );
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: ['members[1].employed'] });
  });
});
