/**
 * The explanation of the 第10条 special grants: the member step naming each group with the figure that put
 * the member in it, the grant step with each group's S × rate and the stacking rule, and the warning text for a
 * rate the policy does not set. Hand figures: S = 620; rates 重病 0.3 → 186, 重残 0.25 → 155, 70+ 0.1 → 62.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { rateNotSetWarnings, specialGrant, specialGroups } from './decimal-rules.js';
import { CHANGCHUN_2018, policy, tracer } from './household-helpers.js';

const S = new Dec(620);
const rates = { seriousIllness: '0.3', severeDisability: '0.25', age70Plus: '0.1', minor: '0.15' };

describe('specialGroups trace', () => {
  it('a 72-year-old seriously ill member with a grade-1 disability: three groups, three reasons', () => {
    const t = tracer();
    const groups = specialGroups(
      { birthDate: '1946-01-01', seriousIllness: true, disability: { category: 'physical', grade: 1 } },
      72,
      t,
      'members[0]',
    );
    expect(groups).toEqual(['seriousIllness', 'severeDisability', 'age70Plus']);
    expect(t.steps).toEqual([
      {
        rule: 'specialGroups.member',
        article: '第10条',
        inputs: { member: 'members[0]', age: 72, seriousIllness: true, disabilityGrade: 1 },
        output: ['seriousIllness', 'severeDisability', 'age70Plus'],
        note: '重病患者；残疾1级（1–2级）：重残人员；72 ≥ 70：70周岁以上老年人',
      },
    ]);
  });

  it('a minor: the note gives the age; absent flags are listed as null', () => {
    const t = tracer();
    specialGroups({ birthDate: '2010-01-01' }, 8, t, 'members[1]');
    expect(t.steps).toEqual([
      {
        rule: 'specialGroups.member',
        article: '第10条',
        inputs: { member: 'members[1]', age: 8, seriousIllness: null, disabilityGrade: null },
        output: ['minor'],
        note: '8 < 18：未成年人',
      },
    ]);
  });

  it('no group: no step', () => {
    const t = tracer();
    specialGroups({ birthDate: '1980-01-01', seriousIllness: false }, 38, t, 'members[0]');
    expect(t.steps).toEqual([]);
  });
});

describe('specialGrant trace', () => {
  const groups = ['seriousIllness', 'severeDisability', 'age70Plus'] as const;

  it('max: each group S × rate, the highest taken', () => {
    const t = tracer();
    const g = specialGrant(
      'dibao',
      groups,
      policy({ ...CHANGCHUN_2018, specialGrantRates: rates }),
      S,
      t,
      'members[0]',
    );
    expect(g.perMonth.toString()).toBe('186');
    expect(t.steps).toEqual([
      {
        rule: 'specialGrant.member',
        article: '第10条',
        inputs: {
          member: 'members[0]',
          groups: ['seriousIllness', 'severeDisability', 'age70Plus'],
          stacking: 'max',
          standardPerMonth: '620',
          grants: [
            '重病患者 620 × 0.3 = 186',
            '重残人员 620 × 0.25 = 155',
            '70周岁以上老年人 620 × 0.1 = 62',
          ],
        },
        output: '186',
        note: '属多类特殊对象的，取最高一项增发补助金',
      },
    ]);
  });

  it('max keeps the highest whatever the order (a lower rate after a higher one does not replace it)', () => {
    const p = policy({ ...CHANGCHUN_2018, specialGrantRates: rates });
    expect(
      specialGrant('dibao', ['age70Plus', 'seriousIllness'], p, S, tracer(), 'm').perMonth.toString(),
    ).toBe('186');
    expect(
      specialGrant('dibao', ['seriousIllness', 'age70Plus'], p, S, tracer(), 'm').perMonth.toString(),
    ).toBe('186');
  });

  it('sum: the note says the grants are added; a rate not set is shown as 0', () => {
    const t = tracer();
    const p = policy({
      ...CHANGCHUN_2018,
      specialGrantRates: { seriousIllness: '0.3', age70Plus: '0.1' },
      specialGrantStacking: 'sum',
    });
    const g = specialGrant('dibao', groups, p, S, t, 'members[2]');
    expect(g).toMatchObject({ due: true, ratesNotSet: ['severeDisability'] });
    expect(g.perMonth.toString()).toBe('248'); // 186 + 0 + 62
    expect(t.steps[0]).toMatchObject({
      inputs: {
        stacking: 'sum',
        grants: ['重病患者 620 × 0.3 = 186', '重残人员 比例未设定 → 0', '70周岁以上老年人 620 × 0.1 = 62'],
      },
      output: '248',
      note: '属多类特殊对象的，各项增发补助金相加',
    });
  });

  it('no groups: no step and no grant', () => {
    const t = tracer();
    const g = specialGrant('dibao', [], policy({ ...CHANGCHUN_2018, specialGrantRates: rates }), S, t, 'm');
    expect(g.perMonth.toString()).toBe('0');
    expect(t.steps).toEqual([]);
  });
});

describe('rateNotSetWarnings text', () => {
  it('one warning per group, naming every member in it and the policy field', () => {
    const none = { perMonth: new Dec(0), due: true };
    const w = rateNotSetWarnings([
      { ...none, ratesNotSet: ['minor'] },
      { ...none, ratesNotSet: [] },
      { ...none, ratesNotSet: ['minor', 'age70Plus'] },
    ]);
    expect(w).toEqual([
      {
        code: 'SPECIAL_GRANT_RATE_NOT_SET',
        article: '第10条',
        message:
          'members[0]、members[2] 属于未成年人，但政策未设定该类增发补助金比例（specialGrantRates.minor），按 0 计算；比例由当地县级民政部门确定',
      },
      {
        code: 'SPECIAL_GRANT_RATE_NOT_SET',
        article: '第10条',
        message:
          'members[2] 属于70周岁以上老年人，但政策未设定该类增发补助金比例（specialGrantRates.age70Plus），按 0 计算；比例由当地县级民政部门确定',
      },
    ]);
  });
});
