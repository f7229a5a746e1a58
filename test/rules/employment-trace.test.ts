/**
 * The explanation of 第11条 (employment): the working-age parameter step, the working-age step of a member with
 * the comparison written out, the cancellation step and the community-service step — each with the values it
 * read and the note that says why — plus the `missing` paths of open outcomes.
 */
import { describe, expect, it } from 'vitest';
import * as employment from '../../src/rules/employment.js';
import { DEFAULT_LABOR_AGE, refusalsInWindow, workingAge } from '../../src/rules/employment.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { employmentOutcome, laborAgeOf } from './decimal-rules.js';
import { CHANGCHUN_2018, policy, tracer } from './household-helpers.js';

describe('laborAgeOf trace', () => {
  it('default ages: the step says no policy setting was given', () => {
    const t = tracer();
    expect(laborAgeOf(policy(), t)).toEqual(DEFAULT_LABOR_AGE);
    expect(t.steps).toEqual([
      {
        rule: 'policy.laborAge',
        article: '第11条',
        inputs: { min: 16, maxMale: 60, maxFemale: 55, fromPolicy: false },
        output: '16 ≤ 年龄 < 60（男）/ 55（女）',
        note: '政策未设定，采用默认劳动年龄段 16–60（男）/16–55（女）',
      },
    ]);
  });

  it('policy ages: listed and marked as from the policy', () => {
    const t = tracer();
    laborAgeOf(policy({ ...CHANGCHUN_2018, laborAge: { min: 18, maxMale: 63, maxFemale: 58 } }), t);
    expect(t.steps[0]).toMatchObject({
      inputs: { min: 18, maxMale: 63, maxFemale: 58, fromPolicy: true },
      output: '18 ≤ 年龄 < 63（男）/ 58（女）',
      note: '采用政策设定的劳动年龄段',
    });
  });
});

describe('workingAge trace', () => {
  const noteOf = (age: number, sex: ParsedMember['sex'], capacity = true) => {
    const t = tracer();
    const result = workingAge(age, sex, capacity, DEFAULT_LABOR_AGE, t, 'members[0]');
    return [result, t.steps[0]?.note];
  };

  it('every branch of the note, with the bound of the member’s sex', () => {
    expect(noteOf(30, 'male', false)).toEqual([false, '无劳动能力，不属于劳动年龄段内有劳动能力的人员']);
    expect(noteOf(15, 'female')).toEqual([false, '15 < 16：未到劳动年龄']);
    expect(noteOf(38, 'male')).toEqual([true, '16 ≤ 38 < 60：在劳动年龄段内']);
    expect(noteOf(54, 'female')).toEqual([true, '16 ≤ 54 < 55：在劳动年龄段内']);
    expect(noteOf(55, 'female')).toEqual([false, '55 ≥ 55：已超过劳动年龄']);
    expect(noteOf(60, 'male')).toEqual([false, '60 ≥ 60：已超过劳动年龄']);
    expect(noteOf(57, undefined)).toEqual([null, '16 ≤ 57，是否 < 上限 60（男）/55（女） 取决于未知的性别']);
    expect(noteOf(40, undefined)).toEqual([true, '16 ≤ 40 < 60（男）/55（女）：在劳动年龄段内']);
    expect(noteOf(61, undefined)).toEqual([false, '61 ≥ 60（男）/55（女）：已超过劳动年龄']);
    // the bounds themselves: 16 is of working age; with the sex unknown, 55 is open and 60 is past both bounds
    expect(noteOf(16, 'male')).toEqual([true, '16 ≤ 16 < 60：在劳动年龄段内']);
    expect(noteOf(55, undefined)).toEqual([null, '16 ≤ 55，是否 < 上限 60（男）/55（女） 取决于未知的性别']);
    expect(noteOf(60, undefined)).toEqual([false, '60 ≥ 60（男）/55（女）：已超过劳动年龄']);
  });

  it('the step lists every value read', () => {
    const t = tracer();
    workingAge(57, undefined, true, DEFAULT_LABOR_AGE, t, 'members[3]');
    expect(t.steps).toEqual([
      {
        rule: 'employment.workingAge',
        article: '第11条',
        inputs: {
          member: 'members[3]',
          age: 57,
          sex: null,
          laborCapacity: true,
          min: 16,
          maxMale: 60,
          maxFemale: 55,
        },
        output: null,
        note: '16 ≤ 57，是否 < 上限 60（男）/55（女） 取决于未知的性别',
      },
    ]);
  });
});

describe('employmentOutcome trace', () => {
  const member: ParsedMember = { birthDate: '1980-01-01', employed: false, jobReferralRefusals: [] };
  function run(
    refusals: number,
    area: 'urban' | 'rural',
    cls: 'dibao' | 'lowIncome' | 'none' | 'undetermined',
    wa: boolean | null = true,
    m: ParsedMember = member,
  ) {
    const t = tracer();
    const r = employmentOutcome(m, 'members[0]', wa, refusals, area, cls, '2018-03-01', t);
    return { r, steps: t.steps };
  }

  it('three refusals, urban working-age 低保 member: cancelled, the step says why; no service step', () => {
    const { r, steps } = run(3, 'urban', 'dibao');
    expect(r).toEqual({ dibaoCancelled: true, obligations: [], missing: [] });
    expect(steps).toEqual([
      {
        rule: 'employment.cancellation',
        article: '第11条',
        inputs: {
          member: 'members[0]',
          area: 'urban',
          householdClass: 'dibao',
          workingAge: true,
          refusalsInWindow: 3,
          windowAfter: '2018-03-01',
          threshold: 3,
        },
        output: true,
        note: '劳动年龄内有劳动能力，半年内拒绝职业介绍 3 次（三次以上），取消其低保待遇',
      },
    ]);
  });

  it('refusals recorded but none in the window: the cancellation step still says 0 times, fewer than 3', () => {
    const { r, steps } = run(0, 'urban', 'dibao', true, {
      birthDate: '1980-01-01',
      employed: true,
      jobReferralRefusals: ['2017-01-01'],
    });
    expect(r.dibaoCancelled).toBe(false);
    expect(steps[0]).toMatchObject({
      rule: 'employment.cancellation',
      inputs: { refusalsInWindow: 0 },
      output: false,
      note: '半年内拒绝职业介绍 0 次，少于3次，不取消',
    });
  });

  it('two refusals: not cancelled (fewer than 3); unemployed working-age member owes community service', () => {
    const { r, steps } = run(2, 'urban', 'dibao');
    expect(r).toEqual({ dibaoCancelled: false, obligations: ['communityService'], missing: [] });
    expect(steps.map((s) => [s.rule, s.output, s.note])).toEqual([
      ['employment.cancellation', false, '半年内拒绝职业介绍 2 次，少于3次，不取消'],
      [
        'employment.communityService',
        true,
        '就业年龄段内尚未就业，享受低保期间应参加居委会组织的公益性社区服务',
      ],
    ]);
    expect(steps[1]?.inputs).toEqual({ member: 'members[0]', workingAge: true, employed: false });
  });

  it('rural: the cancellation rule does not apply', () => {
    const { r, steps } = run(3, 'rural', 'dibao');
    expect(r.dibaoCancelled).toBe(false);
    expect(steps).toHaveLength(1);
    expect(steps[0]?.note).toBe('取消待遇的规定只适用于城市低保，农村不适用');
  });

  it('not of working age or not 低保: not cancelled, the note says so', () => {
    expect(run(3, 'urban', 'dibao', false).steps[0]).toMatchObject({
      output: false,
      note: '不在劳动年龄段内或无劳动能力，或家庭不是低保家庭，不取消',
    });
    expect(run(3, 'urban', 'none').r.dibaoCancelled).toBe(false);
    expect(run(3, 'urban', 'lowIncome').steps[0]?.output).toBe(false);
  });

  it('household class open: cancellation open, the note says it depends on unknown facts', () => {
    const { r, steps } = run(3, 'urban', 'undetermined');
    expect(r).toEqual({ dibaoCancelled: null, obligations: [], missing: [] });
    expect(steps[0]).toMatchObject({ output: null, note: '是否取消待遇取决于未知事实' });
    // too few refusals: not cancelled whatever the class turns out to be
    expect(run(2, 'urban', 'undetermined').r.dibaoCancelled).toBe(false);
  });

  it('sex unknown and the age between the bounds: cancellation open, the sex path missing once', () => {
    const { r } = run(3, 'urban', 'dibao', null);
    expect(r).toEqual({ dibaoCancelled: null, obligations: [], missing: ['members[0].sex'] });
  });

  it('employed: no obligation, the step says 已就业', () => {
    const { r, steps } = run(0, 'urban', 'dibao', true, { birthDate: '1980-01-01', employed: true });
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: [] });
    expect(steps).toEqual([
      {
        rule: 'employment.communityService',
        article: '第11条',
        inputs: { member: 'members[0]', workingAge: true, employed: true },
        output: false,
        note: '已就业，无公益性社区服务义务',
      },
    ]);
  });

  it('employment unknown: the obligation open, the employed path missing, the note says so', () => {
    const { r, steps } = run(0, 'urban', 'dibao', true, { birthDate: '1980-01-01' });
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: ['members[0].employed'] });
    expect(steps).toEqual([
      {
        rule: 'employment.communityService',
        article: '第11条',
        inputs: { member: 'members[0]', workingAge: true, employed: null },
        output: false,
        note: '是否就业或是否在劳动年龄段内未知，社区服务义务待定',
      },
    ]);
  });

  it('working age unknown, not employed, no refusals: the obligation open on the sex', () => {
    const { r } = run(0, 'urban', 'dibao', null, { birthDate: '1980-01-01', employed: false });
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: ['members[0].sex'] });
  });

  it('working age unknown but employed: nothing open', () => {
    const { r } = run(0, 'urban', 'dibao', null, { birthDate: '1980-01-01', employed: true });
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: [] });
  });

  it('no refusals recorded: no cancellation step; outside urban 低保 no service step', () => {
    expect(
      run(0, 'urban', 'dibao', true, { birthDate: '1980-01-01', employed: true }).steps.map((s) => s.rule),
    ).toEqual(['employment.communityService']);
    expect(run(0, 'urban', 'lowIncome', true, { birthDate: '1980-01-01', employed: false }).steps).toEqual(
      [],
    );
    expect(
      run(0, 'rural', 'dibao', true, { birthDate: '1980-01-01', employed: false }).r.obligations,
    ).toEqual([]);
    expect(run(0, 'urban', 'dibao', false, { birthDate: '1980-01-01', employed: false }).steps).toEqual([]);
  });
});

describe('refusalsInWindow', () => {
  it('counts dates in (windowStart, assessmentDate]; none recorded is 0', () => {
    const m: ParsedMember = {
      birthDate: '1980-01-01',
      jobReferralRefusals: ['2018-03-01', '2018-03-02', '2018-09-01', '2018-09-02'],
    };
    expect(refusalsInWindow(m, '2018-03-01', '2018-09-01')).toBe(2);
    expect(refusalsInWindow({}, '2018-03-01', '2018-09-01')).toBe(0);
  });
});

describe('employmentOutcome trace — rural households and the national rule (社会救助暂行办法第45条)', () => {
  const member: ParsedMember = {
    birthDate: '1980-01-01',
    employed: false,
    jobReferralRefusals: ['2018-05-01'],
  };
  const inputs = (area: 'urban' | 'rural', refusals: number) => ({
    member: 'members[0]',
    area,
    householdClass: 'dibao',
    workingAge: true,
    refusalsInWindow: refusals,
    windowAfter: '2018-03-01',
    threshold: 3,
  });

  it('rural, one refusal, the seed: the step says the cancellation rule is urban only, and there is no service step', () => {
    const t = tracer();
    const r = employment.employmentOutcome(member, 0, true, 1, 'rural', 'dibao', '2018-03-01', t);
    expect(r).toEqual({ dibaoCancelled: false, obligations: [], missing: [] });
    expect(t.steps).toEqual([
      {
        rule: 'employment.cancellation',
        article: '第11条',
        inputs: inputs('rural', 1),
        output: false,
        note: '取消待遇的规定只适用于城市低保，农村不适用',
      },
    ]);
  });

  it('national2021 (bothAreas): three refusals cancel in a rural 低保 household too, citing 第45条', () => {
    const t = tracer();
    const r = employment.employmentOutcome(member, 0, true, 3, 'rural', 'dibao', '2018-03-01', t, true);
    expect(r).toEqual({ dibaoCancelled: true, obligations: [], missing: [] });
    expect(t.steps).toEqual([
      {
        rule: 'employment.cancellation',
        article: '社会救助暂行办法第45条',
        inputs: inputs('rural', 3),
        output: true,
        note: '劳动年龄内有劳动能力，半年内拒绝职业介绍 3 次（三次以上），取消其低保待遇',
      },
    ]);
  });
});
