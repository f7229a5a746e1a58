/**
 * 周岁 (民法典第201条): the age on the assessment date — a birthday completes the year on the day itself, a
 * 29 February birthday on 28 February in a common year — and the trace step that shows it; the member class.
 */
import { describe, expect, it } from 'vitest';
import { type MemberOutcomes, memberAssessment, memberClass } from '../../src/rules/member-class.js';
import { ageOnIsoDates, memberAge } from './decimal-rules.js';
import { tracer } from './household-helpers.js';

describe('ageOnIsoDates', () => {
  it('the birthday completes the year; the day before does not', () => {
    expect(ageOnIsoDates('1958-09-01', '2018-09-01')).toBe(60);
    expect(ageOnIsoDates('1958-09-02', '2018-09-01')).toBe(59);
    expect(ageOnIsoDates('1958-08-31', '2018-09-01')).toBe(60);
  });
  it('29 February: 28 February in a common year, 29 February in a leap year (century rules included)', () => {
    expect(ageOnIsoDates('2000-02-29', '2019-02-28')).toBe(19);
    expect(ageOnIsoDates('2000-02-29', '2019-02-27')).toBe(18);
    expect(ageOnIsoDates('2000-02-29', '2020-02-28')).toBe(19); // 2020 is leap: not yet
    expect(ageOnIsoDates('2000-02-29', '2020-02-29')).toBe(20);
    expect(ageOnIsoDates('1896-02-29', '1900-02-28')).toBe(4); // 1900 is not leap
    expect(ageOnIsoDates('1996-02-29', '2000-02-28')).toBe(3); // 2000 is leap
  });
});

describe('memberAge trace', () => {
  it('lists the dates read and cites 民法典第201条', () => {
    const t = tracer();
    expect(memberAge('2000-02-29', '2019-02-28', t, 'members[1]')).toBe(19);
    expect(t.steps).toEqual([
      {
        rule: 'member.age',
        article: '民法典第201条',
        inputs: { member: 'members[1]', birthDate: '2000-02-29', assessmentDate: '2019-02-28' },
        output: 19,
        note: '按评估日计算周岁年龄，生日当天满周岁（2月29日出生者平年以2月28日为生日）',
      },
    ]);
  });
});

describe('memberClass', () => {
  it('特困 first, an open 特困 test leaves the member open, otherwise the household class', () => {
    expect(memberClass(true, 'none')).toBe('extremelyPoor');
    expect(memberClass(null, 'dibao')).toBe('undetermined');
    expect(memberClass(false, 'lowIncome')).toBe('lowIncome');
  });
});

describe('memberAssessment — id and unionHardshipWorker (第7条) kept as given, absent when not given', () => {
  const outcomes: MemberOutcomes = {
    age: 40,
    laborCapacity: true,
    extremelyPoor: { extremelyPoor: false, livelihoodSource: true },
    specialGroups: [],
    workingAge: true,
    employment: { dibaoCancelled: false, obligations: [] },
    incomePerMonth: '0.00',
    specialGrantPerMonth: '0.00',
    singlePersonDibao: null,
  };

  it('given: copied after the outcomes', () => {
    const r = memberAssessment(outcomes, 'dibao', { id: 'p1', unionHardshipWorker: false });
    expect(r).toMatchObject({ id: 'p1', unionHardshipWorker: false, class: 'dibao' });
  });

  it('not given: no such key at all (not a key holding undefined)', () => {
    const r = memberAssessment(outcomes, 'dibao', {});
    expect(Object.keys(r)).not.toContain('id');
    expect(Object.keys(r)).not.toContain('unionHardshipWorker');
    expect(r.class).toBe('dibao');
  });
});
