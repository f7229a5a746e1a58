/**
 * The explanation of householdIncome (第5条, 第11条): the policy step of the employment-income exemption, each
 * member's step with its entries as a caseworker reads them, the exemption step, the total — and which unknown
 * facts are reported missing. Hand figures: exemption 300/month for 6 months, assessment 2018-09-01 → the
 * window is (2018-03-01, 2018-09-01]; cap 300/month per member.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { DECIMAL, FEN } from '../../src/rules/arithmetic.js';
import { memberIncomePerMonth } from '../../src/rules/household-income.js';
import type { Household } from '../../src/schema/household.js';
import { householdIncome } from './decimal-rules.js';
import { CHANGCHUN_2018, date, household, policy, tracer } from './household-helpers.js';

const withExemption = policy({
  ...CHANGCHUN_2018,
  employmentIncomeExemption: { perMonth: '300', months: 6 },
});
const MEMBER_NOTE = '成员月收入 = Σ月收入 + Σ年收入 ÷ 12（精确计算，不先取整）';
const POLICY_NOTE =
  '就业收入豁免只适用于已享受低保的家庭；起始日晚于评估日前推月数且不晚于评估日的就业、经营收入可豁免';

function run(members: Household['members'], receivingDibao?: boolean, p = withExemption) {
  const h = household({
    assessmentDate: '2018-09-01',
    area: 'urban',
    members,
    ...(receivingDibao === undefined ? {} : { receivingDibao }),
  });
  const t = tracer();
  const r = householdIncome(h, p, date('2018-09-01'), t);
  return { r, steps: t.steps };
}

describe('householdIncome trace', () => {
  it('receiving 低保, employment in the window: policy, member, exemption and total steps', () => {
    // member 0: 1000/月 employment since 2018-05-01 (in the window) + 1000/年 other → 1000 + 83.333… = 1083.333…
    // exemption min(1000, 300) = 300 → H = 1083.333… − 300 + 0 = 783.333…
    const { r, steps } = run(
      [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '1000', since: '2018-05-01' },
            { kind: 'other', perYear: '1000' },
          ],
        },
        { birthDate: '1982-01-01', incomes: [] },
      ],
      true,
    );
    expect(r.exact?.toString()).toBe('9400'); // 12 × 783.333… = 13000 − 3600
    expect(r.missing).toEqual([]);
    expect(steps).toEqual([
      {
        rule: 'policy.employmentIncomeExemption',
        article: '第11条',
        inputs: {
          perMonth: '300',
          months: 6,
          receivingDibao: true,
          windowAfter: '2018-03-01',
          windowUntil: '2018-09-01',
        },
        output: '适用',
        note: POLICY_NOTE,
      },
      {
        rule: 'householdIncome.member',
        article: '第5条',
        inputs: {
          member: 'members[0]',
          entries: ['employment 1000元/月', 'other 1000元/年 ÷ 12 = 83.333333…元/月'],
        },
        output: '1083.333333…',
        note: MEMBER_NOTE,
      },
      {
        rule: 'householdIncome.exemption',
        article: '第11条',
        inputs: {
          member: 'members[0]',
          exemptIncomePerMonth: '1000',
          unknownSincePerMonth: '0',
          capPerMonth: '300',
        },
        output: '300',
        note: '豁免期内的就业、经营收入在上限内不计入家庭收入',
      },
      {
        rule: 'householdIncome.member',
        article: '第5条',
        inputs: { member: 'members[1]', entries: [] },
        output: '0',
        note: MEMBER_NOTE,
      },
      {
        rule: 'householdIncome.total',
        article: '第5条',
        inputs: { members: 2 },
        output: '783.333333…',
        note: '家庭月收入 H = 各成员月收入之和（已扣除就业收入豁免）',
      },
    ]);
  });

  it('receiving 低保 unknown and since unknown: both missing, the exemption open, H at least 700', () => {
    const { r, steps } = run([
      { birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '1000' }] },
    ]);
    expect(r.exact).toBeNull();
    expect(r.low.toString()).toBe('8400'); // 12 × (1000 − 300)
    expect(r.high?.toString()).toBe('12000');
    expect(r.missing).toEqual(['receivingDibao', 'members[0].incomes[0].since']);
    expect(steps[0]).toMatchObject({ inputs: { receivingDibao: null }, output: '未知' });
    expect(steps[2]).toEqual({
      rule: 'householdIncome.exemption',
      article: '第11条',
      inputs: {
        member: 'members[0]',
        exemptIncomePerMonth: '0',
        unknownSincePerMonth: '1000',
        capPerMonth: '300',
      },
      output: null,
      note: '是否享受低保或收入起始日未知，豁免额无法确定',
    });
    expect(steps[3]).toEqual({
      rule: 'householdIncome.total',
      article: '第5条',
      inputs: { members: 1 },
      output: null,
      note: '家庭月收入未知：至少 700 元/月',
    });
  });

  it('receiving 低保 unknown, since known in the window: only receivingDibao is missing', () => {
    const { r } = run([
      { birthDate: '1980-01-01', incomes: [{ kind: 'business', perMonth: '1000', since: '2018-08-01' }] },
    ]);
    expect(r.missing).toEqual(['receivingDibao']);
    expect([r.low.toString(), r.high?.toString()]).toEqual(['8400', '12000']);
  });

  it('receiving 低保 unknown but no employment or business income: nothing to exempt, nothing missing', () => {
    const { r } = run([{ birthDate: '1950-01-01', incomes: [{ kind: 'pension', perMonth: '900' }] }]);
    expect(r.missing).toEqual([]);
    expect(r.exact?.toString()).toBe('10800');
  });

  it('receiving 低保 unknown, a known in-window income at the cap and one with an unknown since: only receivingDibao', () => {
    // sure 400 ≥ cap 300: the exemption is 300 if 低保 is received, whatever the other since → that since is not asked
    const { r } = run([
      {
        birthDate: '1980-01-01',
        incomes: [
          { kind: 'employment', perMonth: '400', since: '2018-06-01' },
          { kind: 'business', perMonth: '200' },
        ],
      },
    ]);
    expect(r.missing).toEqual(['receivingDibao']);
    expect([r.low.toString(), r.high?.toString()]).toEqual(['3600', '7200']); // 12 × (600 − 300), 12 × 600
  });

  it('not receiving 低保: 不适用, no exemption step, H is the whole income', () => {
    const { r, steps } = run(
      [{ birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '1000', since: '2018-08-01' }] }],
      false,
    );
    expect(r.exact?.toString()).toBe('12000');
    expect(steps.map((s) => s.rule)).toEqual([
      'policy.employmentIncomeExemption',
      'householdIncome.member',
      'householdIncome.total',
    ]);
    expect(steps[0]?.output).toBe('不适用');
  });

  it('a known in-window income already at the cap makes an unknown since irrelevant', () => {
    // sure 400 ≥ cap 300 → the exemption is 300 whatever the other entry's since
    const { r, steps } = run(
      [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '400', since: '2018-06-01' },
            { kind: 'employment', perMonth: '200' },
          ],
        },
      ],
      true,
    );
    expect(r.missing).toEqual([]);
    expect(r.exact?.toString()).toBe('3600'); // 12 × (600 − 300)
    expect(steps[2]).toMatchObject({
      output: '300',
      inputs: { exemptIncomePerMonth: '400', unknownSincePerMonth: '200' },
    });
  });

  it('the window: since on its first day is outside, on the assessment date inside, after it outside', () => {
    const at = (since: string) =>
      run(
        [{ birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '1000', since }] }],
        true,
      ).r.exact?.toString();
    expect(at('2018-03-01')).toBe('12000');
    expect(at('2018-03-02')).toBe('8400');
    expect(at('2018-09-01')).toBe('8400');
    expect(at('2018-09-02')).toBe('12000');
  });

  it('only employment and business income is exempt', () => {
    const { r, steps } = run(
      [{ birthDate: '1980-01-01', incomes: [{ kind: 'pension', perMonth: '1000', since: '2018-08-01' }] }],
      true,
    );
    expect(r.exact?.toString()).toBe('12000');
    expect(steps.map((s) => s.rule)).not.toContain('householdIncome.exemption');
  });

  it('absent incomes: the member step says so and H is open above', () => {
    const { r, steps } = run([{ birthDate: '1980-01-01' }], true, policy());
    expect(r).toMatchObject({ exact: null, high: null, missing: ['members[0].incomes'] });
    expect(steps).toEqual([
      {
        rule: 'householdIncome.member',
        article: '第5条',
        inputs: { member: 'members[0]', incomes: null },
        output: null,
        note: '成员收入未提供，家庭收入未知',
      },
      {
        rule: 'householdIncome.total',
        article: '第5条',
        inputs: { members: 1 },
        output: null,
        note: '家庭月收入未知：至少 0 元/月',
      },
    ]);
  });
});

describe('householdIncome — which unknown since dates are asked (第11条)', () => {
  it('every exemptible entry with an unknown since is named, in order; other kinds and known dates are not', () => {
    // receiving 低保; member 0: employment 100/月 (since unknown), pension 200/月 and other 50/月 (no since, not
    // exemptible), business 150/月 since 2018-08-01 (in the window), business 1200/年 = 100/月 (since unknown).
    // Income 100 + 200 + 50 + 150 + 100 = 600/月. Exemptible for sure 150, maybe 100 + 100 = 200: the exemption
    // lies between min(150, 300) = 150 and min(350, 300) = 300, so H ∈ [600 − 300, 600 − 150] = [300, 450] and
    // the two unknown dates of the exemptible entries (incomes[0] and incomes[4]) are what is missing
    const { r, steps } = run(
      [
        {
          birthDate: '1980-01-01',
          incomes: [
            { kind: 'employment', perMonth: '100' },
            { kind: 'pension', perMonth: '200' },
            { kind: 'other', perMonth: '50' },
            { kind: 'business', perMonth: '150', since: '2018-08-01' },
            { kind: 'business', perYear: '1200' },
          ],
        },
      ],
      true,
    );
    expect(r.missing).toEqual(['members[0].incomes[0].since', 'members[0].incomes[4].since']);
    expect([r.low.toString(), r.high?.toString(), r.exact]).toEqual(['3600', '5400', null]);
    expect(steps[2]).toEqual({
      rule: 'householdIncome.exemption',
      article: '第11条',
      inputs: {
        member: 'members[0]',
        exemptIncomePerMonth: '150',
        unknownSincePerMonth: '200',
        capPerMonth: '300',
      },
      output: null,
      note: '是否享受低保或收入起始日未知，豁免额无法确定',
    });
  });
});

describe('memberIncomePerMonth — a member’s own monthly income as shown (第5条)', () => {
  it('12 × the monthly income divided back and rounded half-up once: 1000 a year → 83.33; unknown → null', () => {
    // 1000 ÷ 12 = 83.333… → 83.33; 12 × 620.005 ÷ 12 = 620.005 → 620.01 (half-up)
    expect(memberIncomePerMonth(DECIMAL, new Dec(1000))).toBe('83.33');
    expect(memberIncomePerMonth(DECIMAL, new Dec('7440.06'))).toBe('620.01');
    expect(memberIncomePerMonth(FEN, 100_000)).toBe('83.33');
    expect(memberIncomePerMonth(DECIMAL, null)).toBeNull();
  });
});
