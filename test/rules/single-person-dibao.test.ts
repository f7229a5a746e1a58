/**
 * 单人户 (最低生活保障审核确认办法(2021)第8条(一)(二), 民发〔2022〕83号一(一)(四)): who may apply alone, the member's own
 * 低保 (the 差额 of their own income against S, plus their 第10条 grant) and the warning text. Hand figures:
 * S = 600 元/月; own income 350 元/月 → 差额 600 − 350 = 250; grant 600 × 0.1 = 60; total 310.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import {
  singlePersonDibao,
  singlePersonGroup,
  singlePersonWarning,
} from '../../src/rules/single-person-dibao.js';
import type { ParsedMember } from '../../src/schema/household.js';

const S = new Dec(600);
const member = (m: Partial<ParsedMember>): ParsedMember => ({ birthDate: '1985-01-01', ...m });
const ARTICLE = '最低生活保障审核确认办法(2021)第8条';

describe('singlePersonGroup — who may apply as a 单人户', () => {
  it('in a 最低生活保障边缘家庭 (低收入): grade 1–2 of any category, intellectual or mental grade 3, serious illness', () => {
    expect(
      singlePersonGroup(member({ disability: { category: 'physical', grade: 2 } }), 40, 'lowIncome'),
    ).toBe(true);
    expect(
      singlePersonGroup(member({ disability: { category: 'intellectual', grade: 3 } }), 40, 'lowIncome'),
    ).toBe(true);
    expect(singlePersonGroup(member({ disability: { category: 'mental', grade: 3 } }), 40, 'lowIncome')).toBe(
      true,
    );
    expect(singlePersonGroup(member({ seriousIllness: true }), 40, 'lowIncome')).toBe(true);
    // hearing grade 3 is neither severe nor a grade-3 mind disability
    expect(
      singlePersonGroup(member({ disability: { category: 'hearing', grade: 3 } }), 40, 'lowIncome'),
    ).toBe(false);
    expect(
      singlePersonGroup(member({ disability: { category: 'physical', grade: 3 } }), 40, 'lowIncome'),
    ).toBe(false);
  });

  it('outside the 边缘家庭: only an adult without work with a severe (grade 1–2) disability', () => {
    const severe = { disability: { category: 'physical', grade: 1 } } as const;
    expect(singlePersonGroup(member({ ...severe, employed: false }), 40, 'none')).toBe(true);
    expect(singlePersonGroup(member({ ...severe, employed: false }), 18, 'none')).toBe(true); // 18: an adult
    expect(singlePersonGroup(member({ ...severe, employed: false }), 17, 'none')).toBe(false);
    expect(singlePersonGroup(member({ ...severe, employed: true }), 40, 'none')).toBe(false);
    expect(singlePersonGroup(member(severe), 40, 'none')).toBeNull(); // employed unknown
    expect(singlePersonGroup(member({ seriousIllness: true, employed: false }), 40, 'none')).toBe(false);
    expect(
      singlePersonGroup(
        member({ disability: { category: 'mental', grade: 3 }, employed: false }),
        40,
        'none',
      ),
    ).toBe(false);
  });
});

describe('singlePersonDibao — the member’s own 低保', () => {
  const run = (
    inGroup: boolean | null,
    ownPerMonth: string | null,
    pd: boolean | null,
    rounding?: { unit: '0.01' | '0.1' | '1'; mode: 'halfUp' | 'up' },
    grant = '60',
  ) => {
    const t = new Tracer(true);
    const r = singlePersonDibao(
      DECIMAL,
      inGroup,
      ownPerMonth === null ? null : new Dec(ownPerMonth).mul(12),
      S,
      pd,
      new Dec(grant),
      rounding,
      t,
      'members[1]',
    );
    return { r, steps: t.steps };
  };

  it('income below S, property met: 差额 250 + grant 60 = 310, one step with every value read', () => {
    const { r, steps } = run(true, '350', true);
    expect(r).toEqual({
      eligible: true,
      benefit: { basePerMonth: '250.00', specialGrantPerMonth: '60.00', totalPerMonth: '310.00' },
    });
    expect(steps).toEqual([
      {
        rule: 'singlePersonDibao.member',
        article: ARTICLE,
        inputs: {
          member: 'members[1]',
          inGroup: true,
          ownIncomePerMonth: '350',
          standardPerMonth: '600',
          propertyMeetsDibao: true,
        },
        output: true,
        note: '本人收入低于低保标准且财产符合条件，可按单人户纳入低保：差额 250.00 元 + 增发 60.00 元',
      },
    ]);
  });

  it('rounded once as benefitRounding says: 600 − 350.5 = 249.5 up to 元 → 250; grant 62.3 → 63', () => {
    const { r } = run(true, '350.5', true, { unit: '1', mode: 'up' }, '62.3');
    expect(r?.benefit).toEqual({
      basePerMonth: '250.00',
      specialGrantPerMonth: '63.00',
      totalPerMonth: '313.00',
    });
  });

  it('income equal to S is not below it: not eligible, no amount', () => {
    const { r, steps } = run(true, '600', true);
    expect(r).toEqual({ eligible: false, benefit: null });
    expect(steps[0]).toMatchObject({
      output: false,
      note: '本人收入不低于低保标准或财产不符合条件，不能按单人户纳入低保',
    });
  });

  it('property failing decides not eligible even with the income unknown', () => {
    expect(run(true, null, false).r).toEqual({ eligible: false, benefit: null });
  });

  it('an unknown income, property or membership of the group leaves it open', () => {
    const open = run(true, null, true);
    expect(open.r).toEqual({ eligible: null, benefit: null });
    expect(open.steps[0]).toMatchObject({
      inputs: { ownIncomePerMonth: null },
      output: null,
      note: '所需事实缺失，能否按单人户纳入低保待定',
    });
    expect(run(true, '350', null).r).toEqual({ eligible: null, benefit: null });
    expect(run(null, '350', true).r).toEqual({ eligible: null, benefit: null });
  });

  it('a member outside the group: no result and no step', () => {
    const { r, steps } = run(false, '350', true);
    expect(r).toBeNull();
    expect(steps).toEqual([]);
  });

  it('untraced: the same result, nothing recorded', () => {
    const t = new Tracer(false);
    expect(
      singlePersonDibao(DECIMAL, true, new Dec(4200), S, true, new Dec(60), undefined, t, 'members[1]'),
    ).toEqual({
      eligible: true,
      benefit: { basePerMonth: '250.00', specialGrantPerMonth: '60.00', totalPerMonth: '310.00' },
    });
    expect(t.steps).toEqual([]);
  });
});

describe('singlePersonWarning', () => {
  const head =
    '成员 members[1] 属重度残疾人、重病患者或成年无业重度残疾人，可单独（参照“单人户”）申请低保；家庭类别不变：';
  it('states the outcome: the monthly amount, not eligible, or open', () => {
    const benefit = { basePerMonth: '250.00', specialGrantPerMonth: '60.00', totalPerMonth: '310.00' };
    expect(singlePersonWarning('members[1]', { eligible: true, benefit })).toEqual({
      code: 'SINGLE_PERSON_DIBAO',
      article: ARTICLE,
      message: `${head}符合条件，单独纳入低保每月 310.00 元`,
    });
    expect(singlePersonWarning('members[1]', { eligible: false, benefit: null }).message).toBe(
      `${head}本人收入不低于低保标准或财产不符合条件，不符合单人户条件`,
    );
    expect(singlePersonWarning('members[1]', { eligible: null, benefit: null }).message).toBe(
      `${head}是否符合条件待定（事实缺失）`,
    );
  });
});
