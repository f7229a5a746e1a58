/** 第10条: groups by age/flags/grade, max vs sum stacking, rates not set, only in 低保 households. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { rateNotSetWarnings, specialGrant, specialGroups } from './decimal-rules.js';
import { CHANGCHUN_2018, policy, tracer } from './household-helpers.js';

const S = new Dec(620);
const rates = { seriousIllness: '0.3', severeDisability: '0.25', age70Plus: '0.1', minor: '0.15' };

describe('special groups', () => {
  it('age 70 is 70以上; age 18 is not a minor; grade 2 is severe, grade 3 is not', () => {
    expect(specialGroups({ birthDate: 'x' }, 70)).toEqual(['age70Plus']);
    expect(specialGroups({ birthDate: 'x' }, 69)).toEqual([]);
    expect(specialGroups({ birthDate: 'x' }, 17)).toEqual(['minor']);
    expect(specialGroups({ birthDate: 'x' }, 18)).toEqual([]);
    expect(specialGroups({ birthDate: 'x', disability: { category: 'hearing', grade: 2 } }, 30)).toEqual([
      'severeDisability',
    ]);
    expect(specialGroups({ birthDate: 'x', disability: { category: 'hearing', grade: 3 } }, 30)).toEqual([]);
    expect(specialGroups({ birthDate: 'x', seriousIllness: true }, 30)).toEqual(['seriousIllness']);
    expect(specialGroups({ birthDate: 'x', seriousIllness: false }, 30)).toEqual([]);
  });
});

describe('grant', () => {
  const groups = ['seriousIllness', 'severeDisability', 'age70Plus'] as const;
  it('max (default) takes the highest', () => {
    const g = specialGrant(
      'dibao',
      groups,
      policy({ ...CHANGCHUN_2018, specialGrantRates: rates }),
      S,
      tracer(),
      'm',
    );
    expect(g.perMonth.toString()).toBe('186');
  });
  it('sum adds every group', () => {
    const p = policy({ ...CHANGCHUN_2018, specialGrantRates: rates, specialGrantStacking: 'sum' });
    expect(specialGrant('dibao', groups, p, S, tracer(), 'm').perMonth.toString()).toBe('403'); // 186 + 155 + 62
  });
  it('a rate not set counts 0 and is reported', () => {
    const p = policy({ ...CHANGCHUN_2018, specialGrantRates: { age70Plus: '0.1' } });
    const g = specialGrant('dibao', groups, p, S, tracer(), 'm');
    expect(g.perMonth.toString()).toBe('62');
    expect(g.ratesNotSet).toEqual(['seriousIllness', 'severeDisability']);
    const w = rateNotSetWarnings([g]);
    expect(w.map((x) => [x.code, x.article])).toEqual([
      ['SPECIAL_GRANT_RATE_NOT_SET', '第10条'],
      ['SPECIAL_GRANT_RATE_NOT_SET', '第10条'],
    ]);
    expect(w[0]?.message).toContain('members[0]');
  });
  it('no grant outside a 低保 household', () => {
    const g = specialGrant(
      'lowIncome',
      groups,
      policy({ ...CHANGCHUN_2018, specialGrantRates: rates }),
      S,
      tracer(),
      'm',
    );
    expect(g).toEqual({ perMonth: expect.anything(), due: false, ratesNotSet: [] });
    expect(g.perMonth.toString()).toBe('0');
  });
});
