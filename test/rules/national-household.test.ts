/**
 * The composition of the national rules (src/rules/national-household.ts) pinned exactly: the household's
 * income and deductions (N1), the class and its basis (N2), who leaves the count (N4), the 渐退期 (N5), the
 * 单人户 (N6), and what is named missing when the evaluation over the unknown facts does not agree. Every
 * expected value is worked out by hand from the article cited beside it; each case runs on both arithmetics
 * (the public function, which takes the integer one for these inputs, and the decimal one forced) and both must
 * give the same JSON.
 */
import { describe, expect, it } from 'vitest';
import { assessHouseholdDecimal } from '../../src/assess.js';
import { assessHousehold, type HouseholdAssessment } from '../../src/index.js';
import type { Household, Member } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';

const policy: Policy = {
  rulesVersion: 'national2021',
  dibaoStandardPerMonth: { urban: '600', rural: '450' },
};
const OK = { meetsDibao: true, meetsLowIncome: true };
const ART8 = '最低生活保障审核确认办法(2021)第8条';
const ART13 = '最低生活保障审核确认办法(2021)第13条';
const ART23 = '最低生活保障审核确认办法(2021)第23条';
const ART33 = '最低生活保障审核确认办法(2021)第33条';
const ALONE_NOTE =
  '家庭收入 H′ = 计入成员（不含单独供养的特困人员）扣除就业成本后的收入之和 − 刚性支出，不低于 0';

/** A working-age adult with work (not in any 特困 category). */
function worker(perMonth: string, extra: Partial<Member> = {}): Member {
  return {
    birthDate: '1980-01-01',
    sex: 'male',
    employed: true,
    incomes: [{ kind: 'employment', perMonth }],
    ...extra,
  };
}
/** A working-age adult without income. */
const idle: Member = { birthDate: '1982-01-01', sex: 'female', employed: false, incomes: [] };

/** The public function and the decimal arithmetic forced: the same JSON, returned once. */
function assess(h: Household, p: Policy = policy): HouseholdAssessment {
  const r = assessHousehold(h, p);
  expect(JSON.stringify(r)).toBe(JSON.stringify(assessHouseholdDecimal(h, p)));
  return r;
}
const steps = (r: HouseholdAssessment, rule: string) => r.trace.filter((s) => s.rule === rule);
const household = (members: Member[], extra: Partial<Household> = {}): Household => ({
  assessmentDate: '2025-06-01',
  area: 'urban',
  members,
  propertyAssessment: OK,
  ...extra,
});
const classification = (
  countedMembers: number | null,
  output: string,
  extra: { m?: string; inclusive?: boolean; pd?: boolean | null; pl?: boolean | null } = {},
) => ({
  rule: 'nationalClassification.household',
  article: ART8,
  inputs: {
    countedMembers,
    standardPerMonth: '600',
    lowIncomeMultiplier: extra.m ?? '1.5',
    thresholdInclusive: extra.inclusive ?? false,
    propertyMeetsDibao: extra.pd === undefined ? true : extra.pd,
    propertyMeetsLowIncome: extra.pl === undefined ? true : extra.pl,
  },
  output,
  note:
    output === 'undetermined'
      ? '所缺事实可能改变认定结果，家庭类别待定'
      : `H′ < n·S 且财产符合为低保；否则 H′ < ${extra.m ?? '1.5'}·n·S 且财产符合为低保边缘家庭：${output}`,
});

describe('N1 household income (最低生活保障审核确认办法(2021)第13条)', () => {
  it('deducts each member’s employment cost (never above the wage) and the capped medical costs', () => {
    const r = assess(
      household([worker('1000'), worker('30', { birthDate: '1982-01-01', sex: 'female' })], {
        medicalOutOfPocketPerYear: '1200',
      }),
      { ...policy, employmentCostDeductionPerMonth: '100', rigidExpenditureDeductionCapPerYear: '600' },
    );
    // 第13条: member 1: 1000 − 100 = 900; member 2: 30 − min(100, 30) = 0; costs 100 + 30 = 130 a month.
    // 刚性支出 min(1200, 600) = 600 a year = 50 a month; H′ = 900 + 0 − 50 = 850 < 2 × 600 → 低保 (第8条),
    // and without the 刚性支出 900 < 1200 too: basis income. 差额 (600 − 425) × 2 = 350.00 (第23条).
    expect(r).toMatchObject({
      rulesVersion: 'national2021',
      extremelyPoorRules: '2021',
      standardPerMonth: '600.00',
      area: 'urban',
      illnessExpenditure: null,
      class: 'dibao',
      basis: 'income',
      countedMembers: 2,
      perCapitaIncomePerMonth: '425.00',
      deductionsPerMonth: { employmentCost: '130.00', rigidExpenditure: '50.00' },
      benefit: { basePerMonth: '350.00', specialGrantsPerMonth: '0.00', totalPerMonth: '350.00' },
      missing: [],
      warnings: [],
      rigidExpenditureHardship: null,
    });
    // Each member's income as given, before the deductions.
    expect(r.members.map((m) => m.incomePerMonth)).toEqual(['1000.00', '30.00']);
    // The property at each level, from the 核对平台's conclusions (第25条).
    expect(r.trace.filter((s) => s.rule.startsWith('property.')).map((s) => [s.rule, s.inputs])).toEqual([
      ['property.dibao.assessment', { meetsDibao: true }],
      ['property.lowIncome.assessment', { meetsLowIncome: true }],
    ]);
    // One step per member for the income, the age and the labor capacity, each at its member.
    for (const rule of ['nationalIncome.member', 'member.age', 'laborCapacity.derived'])
      expect(steps(r, rule).map((s) => s.inputs.member)).toEqual(['members[0]', 'members[1]']);
    expect(steps(r, 'nationalIncome.household')).toEqual([
      {
        rule: 'nationalIncome.household',
        article: ART13,
        inputs: { countedMembers: 2, employmentCostPerMonth: '130', rigidExpenditurePerMonth: '50' },
        output: '850',
        note: ALONE_NOTE,
      },
    ]);
    expect(steps(r, 'nationalClassification.household')).toEqual([classification(2, 'dibao')]);
    expect(r.trace[0]).toEqual({
      rule: 'policy.rulesVersion',
      article: '最低生活保障审核确认办法(2021)第42条',
      inputs: { rulesVersion: 'national2021' },
      output: 'national2021',
      note: '按2021-07-01起施行的国家规定（最低生活保障审核确认办法、特困人员认定办法）认定',
    });
  });

  it('the 刚性支出 lifts the class from 边缘 to 低保: basis illnessExpenditure', () => {
    const r = assess(household([worker('1250'), idle], { medicalOutOfPocketPerYear: '1200' }));
    // H′ = 1250 − 100 = 1150 < 1200 → 低保; without it 1250 ≥ 1200 but < 1800 → 边缘: the deduction decided.
    // 差额 (600 − 575) × 2 = 50.00.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      countedMembers: 2,
      perCapitaIncomePerMonth: '575.00',
      deductionsPerMonth: { employmentCost: '0.00', rigidExpenditure: '100.00' },
      benefit: { basePerMonth: '50.00', totalPerMonth: '50.00' },
    });
  });

  it('the 刚性支出 lifts the class from none to 边缘: basis illnessExpenditure, no 差额', () => {
    const r = assess(household([worker('1850'), idle], { medicalOutOfPocketPerYear: '1200' }));
    // H′ = 1850 − 100 = 1750 < 1.5 × 1200 = 1800 → 边缘; without it 1850 ≥ 1800 → none.
    expect(r).toMatchObject({
      class: 'lowIncome',
      basis: 'illnessExpenditure',
      perCapitaIncomePerMonth: '875.00',
      benefit: null,
    });
  });

  it('a 刚性支出 that changes no class leaves the basis income', () => {
    const r = assess(household([worker('1400'), idle], { medicalOutOfPocketPerYear: '1200' }));
    // H′ = 1300 and 1400: both in [1200, 1800) → 边缘 either way.
    expect(r).toMatchObject({ class: 'lowIncome', basis: 'income', perCapitaIncomePerMonth: '650.00' });
  });

  it('H′ exactly n·S is 边缘 (低于 is strict), and 低保 when the policy makes the line inclusive', () => {
    const h = household([worker('1250'), idle], { medicalOutOfPocketPerYear: '1200' });
    const capped = { ...policy, rigidExpenditureDeductionCapPerYear: '600' };
    // cap 600 a year = 50 a month: H′ = 1250 − 50 = 1200 = 2 × 600, not below → 边缘; without it 1250 → 边缘.
    expect(assess(h, capped)).toMatchObject({ class: 'lowIncome', basis: 'income', benefit: null });
    // thresholdInclusive: 1200 ≤ 1200 → 低保, while 1250 > 1200 without the deduction: illnessExpenditure;
    // 差额 (600 − 600) × 2 = 0.00.
    const r = assess(h, { ...capped, thresholdInclusive: true });
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      benefit: { basePerMonth: '0.00', totalPerMonth: '0.00' },
    });
    expect(steps(r, 'nationalClassification.household')).toEqual([
      classification(2, 'dibao', { inclusive: true }),
    ]);
  });

  it('the policy’s 边缘 multiplier replaces 1.5', () => {
    const r = assess(household([worker('2300'), idle]), { ...policy, lowIncomeMultiplier: '2' });
    // 2300 ≥ 1200 and < 2 × 1200 = 2400 → 边缘 (with 1.5 it would be none: 2300 ≥ 1800).
    expect(r.class).toBe('lowIncome');
    expect(steps(r, 'nationalClassification.household')).toEqual([
      classification(2, 'lowIncome', { m: '2' }),
    ]);
  });
});

describe('N4: a 特困 member is supported alone (特困人员认定办法(2021)第4条)', () => {
  const elder: Member = {
    birthDate: '1955-01-01',
    sex: 'female',
    incomes: [{ kind: 'pension', perMonth: '300' }],
    supporters: 'unable',
  };

  it('leaves the count, the income and the 差额; the trace says so once, at the member', () => {
    const r = assess(household([elder, worker('500')]));
    // The elder: 70, no labor capacity, 300 < 600 and property met → no livelihood; supporters unable → 特困.
    // Counted: the son alone, H′ = 500 < 600 → 低保, 差额 600 − 500 = 100.00; no grant for the elder.
    expect(r).toMatchObject({
      class: 'dibao',
      countedMembers: 1,
      perCapitaIncomePerMonth: '500.00',
      deductionsPerMonth: { employmentCost: '0.00', rigidExpenditure: '0.00' },
      benefit: { basePerMonth: '100.00', totalPerMonth: '100.00' },
      warnings: [],
      missing: [],
    });
    expect(r.members.map((m) => [m.class, m.laborCapacity, m.specialGrantPerMonth])).toEqual([
      ['extremelyPoor', false, null],
      ['dibao', true, '0.00'],
    ]);
    expect(steps(r, 'extremelyPoor.assessedAlone')).toEqual([
      {
        rule: 'extremelyPoor.assessedAlone',
        article: '特困人员认定办法(2021)第4条',
        inputs: { member: 'members[0]' },
        output: false,
        note: '特困人员单独供养，不计入家庭人数、收入和低保金',
      },
    ]);
    expect(steps(r, 'nationalIncome.household')[0]?.inputs).toEqual({
      countedMembers: 1,
      employmentCostPerMonth: '0',
      rigidExpenditurePerMonth: '0',
    });
  });

  it('not alone when the policy says so: counted with the household, no assessedAlone step', () => {
    const r = assess(household([elder, worker('500')]), { ...policy, extremelyPoorAssessedAlone: false });
    // H′ = 300 + 500 = 800 < 1200 → 低保, 差额 (600 − 400) × 2 = 400.00.
    expect(r).toMatchObject({ countedMembers: 2, perCapitaIncomePerMonth: '400.00' });
    expect(steps(r, 'extremelyPoor.assessedAlone')).toEqual([]);
    // The elder (70) is a counted 低保 member now: her 70+ grant is due and its rate not set; and the 特困 member
    // in the household is warned of.
    expect(r.warnings.map((w) => w.code)).toEqual([
      'SPECIAL_GRANT_RATE_NOT_SET',
      'EXTREMELY_POOR_IN_HOUSEHOLD',
    ]);
    expect(steps(r, 'nationalIncome.household')[0]).toMatchObject({
      output: '800',
      note: '家庭收入 H′ = 各成员扣除就业成本后的收入之和 − 刚性支出，不低于 0',
    });
  });

  it('a household of 特困 members only: nobody counted, class none, no income and no deductions', () => {
    const r = assess(household([{ birthDate: '1950-01-01', sex: 'male', incomes: [], supporters: 'none' }]));
    expect(r).toMatchObject({
      class: 'none',
      basis: null,
      countedMembers: 0,
      perCapitaIncomePerMonth: null,
      deductionsPerMonth: null,
      benefit: null,
      missing: [],
    });
    expect(steps(r, 'nationalIncome.household')).toEqual([
      {
        rule: 'nationalIncome.household',
        article: ART13,
        inputs: { countedMembers: 0, employmentCostPerMonth: null, rigidExpenditurePerMonth: '0' },
        output: null,
        note: ALONE_NOTE,
      },
    ]);
  });

  it('six members with an open 特困 status are evaluated (2^6 possibilities): all say 低保, the count stays open', () => {
    const elders: Member[] = Array.from({ length: 6 }, () => ({ birthDate: '1950-01-01', incomes: [] }));
    const r = assess(household([...elders, worker('100')]));
    // Each elder: no income, property met → no livelihood; supporters unknown → 特困 or not. Whatever the
    // count n (1 to 7), H′ = 100 < n × 600 → 低保; the count, and so the 差额, is open.
    expect(r).toMatchObject({ class: 'dibao', basis: 'income', countedMembers: null, benefit: null });
    expect(r.missing).toEqual(Array.from({ length: 6 }, (_, i) => `members[${i}].supporters`));
    // With the count open nobody's 第10条 grant is due: none computed, no rate-not-set warning for the 70+.
    expect(r.members.map((m) => m.specialGrantPerMonth)).toEqual(Array(7).fill(null));
    expect(r.warnings).toEqual([]);
    expect(steps(r, 'dibaoBenefit.base')).toEqual([]);
  });

  it('seven members with an open 特困 status are not evaluated: undetermined even where every case would agree', () => {
    const elders: Member[] = Array.from({ length: 7 }, () => ({ birthDate: '1950-01-01', incomes: [] }));
    const r = assess(household([...elders, worker('100')]));
    // Every one of the 2^7 cases would be 低保 (100 < n × 600 for n from 1 to 8); past six open members the
    // household is left undetermined (MAX_OPEN_EXTREMELY_POOR), each open member named.
    expect(r).toMatchObject({ class: 'undetermined', basis: null, countedMembers: null, benefit: null });
    expect(r.missing).toEqual(Array.from({ length: 7 }, (_, i) => `members[${i}].supporters`));
  });

  it('a decided class with an open count: what is missing is the 特困 status alone', () => {
    const r = assess(household([{ birthDate: '1950-01-01', sex: 'male', incomes: [] }, worker('3000')]));
    // 特困: n = 1, 3000 ≥ 900 → none; not: n = 2, 3000 ≥ 1800 → none. Class none, count open.
    expect(r).toMatchObject({
      class: 'none',
      basis: null,
      countedMembers: null,
      perCapitaIncomePerMonth: null,
    });
    expect(r.missing).toEqual(['members[0].supporters']);
    // Neither is a 单人户 candidate (no severe disability or illness): no SINGLE_PERSON_DIBAO.
    expect(r.warnings).toEqual([]);
    expect(r.members.map((m) => m.singlePersonDibao)).toEqual([null, null]);
  });
});

describe('unknown facts: a result only where every possibility agrees', () => {
  it('an unknown income where the property fails both levels: none, nothing missing', () => {
    const r = assess(
      household([worker('100'), { ...worker('0'), incomes: undefined } as Member], {
        propertyAssessment: { meetsDibao: false, meetsLowIncome: false },
      }),
    );
    expect(r).toMatchObject({
      class: 'none',
      basis: null,
      countedMembers: 2,
      perCapitaIncomePerMonth: null,
      deductionsPerMonth: null,
      missing: [],
    });
    expect(steps(r, 'nationalIncome.household')[0]).toMatchObject({
      inputs: { countedMembers: 2, employmentCostPerMonth: null, rigidExpenditurePerMonth: '0' },
      output: null,
    });
    expect(steps(r, 'nationalClassification.household')).toEqual([
      classification(2, 'none', { pd: false, pl: false }),
    ]);
  });

  it('an unknown income where only the 边缘 property is met: 边缘 or none, the income named', () => {
    const r = assess(
      household([worker('100'), { ...worker('0'), incomes: undefined } as Member], {
        propertyAssessment: { meetsDibao: false, meetsLowIncome: true },
      }),
    );
    expect(r).toMatchObject({ class: 'undetermined', basis: null, countedMembers: null, benefit: null });
    expect(r.missing).toEqual(['members[1].incomes']);
    expect(steps(r, 'nationalClassification.household')).toEqual([
      classification(2, 'undetermined', { pd: false }),
    ]);
  });

  it('unknown property: named only where it can change the class', () => {
    const none = assess(household([worker('1800'), idle], { propertyAssessment: undefined }));
    // 1800 ≥ 1.5 × 1200: none whatever the property.
    expect(none).toMatchObject({ class: 'none', missing: [] });
    const open = assess(household([worker('100'), idle], { propertyAssessment: undefined }));
    // 100 < 1200: 低保, 边缘 or none by the property.
    expect(open).toMatchObject({ class: 'undetermined', missing: ['propertyAssessment'] });
  });
});

describe('N5 渐退期 (最低生活保障审核确认办法(2021)第33条)', () => {
  const date = '2025-09-14';
  const gradual = { ...policy, gradualExitMonths: 6 };

  it('pays on the income without the new work, warns with the end date, traces the window', () => {
    const r = assess(
      household(
        [
          { ...worker('1500'), incomes: [{ kind: 'employment', perMonth: '1500', since: '2025-03-15' }] },
          idle,
        ],
        { assessmentDate: date, receivingDibao: true },
      ),
      gradual,
    );
    // H′ = 1500 ≥ 1200 → 边缘 by income; the work began 2025-03-15, after 2025-09-14 − 6 months = 2025-03-14:
    // without it H″ = 0 < 1200 → 低保 in the 渐退期; 差额 (600 − 0) × 2 = 1200.00; per capita stays H′ / 2 = 750.
    // The period ends 2025-03-15 + 6 months = 2025-09-15 (民发〔2022〕83号一(三)).
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'gradualExit',
      perCapitaIncomePerMonth: '750.00',
      benefit: { basePerMonth: '1200.00' },
      missing: [],
    });
    expect(r.warnings).toEqual([
      {
        code: 'GRADUAL_EXIT',
        article: ART33,
        message:
          '就业后家庭收入已超过低保标准，处于 6 个月渐退期内，仍按低保发放（差额按不计新就业收入计算）；渐退期于 2025-09-15 届满，届时按实际收入重新认定',
      },
    ]);
    expect(steps(r, 'gradualExit.household')).toEqual([
      {
        rule: 'gradualExit.household',
        article: ART33,
        inputs: { months: 6, windowAfter: '2025-03-14', windowUntil: date, earliestSince: '2025-03-15' },
        output: '2025-09-15',
        note: '家庭已享受低保，就业后收入超过标准；不计 2025-03-14 之后开始的就业、经营收入时仍符合低保条件，渐退期内按低保发放',
      },
    ]);
    const c = steps(r, 'nationalClassification.household')[0];
    expect(c?.article).toBe(ART33);
    expect(c?.note).toBe(
      'H′ < n·S 且财产符合为低保；否则 H′ < 1.5·n·S 且财产符合为低保边缘家庭：dibao（渐退期内按低保）',
    );
    expect(steps(r, 'nationalIncome.household')[0]?.output).toBe('1500');
  });

  it('the period runs from the earliest new work of the counted members, not of a 特困 member', () => {
    const r = assess(
      household(
        [
          {
            birthDate: '1950-01-01',
            sex: 'male',
            supporters: 'none',
            incomes: [{ kind: 'business', perMonth: '100', since: '2025-03-20' }],
          },
          { ...worker('700'), incomes: [{ kind: 'employment', perMonth: '700', since: '2025-04-01' }] },
          {
            ...worker('800', { birthDate: '1982-01-01' }),
            incomes: [{ kind: 'employment', perMonth: '800', since: '2025-05-01' }],
          },
        ],
        { assessmentDate: date, receivingDibao: true },
      ),
      gradual,
    );
    // The elder: 100 < 600, no supporters → 特困, alone (his business since 2025-03-20 is not the household's).
    // Counted 2: H′ = 1500 ≥ 1200; both works began within (2025-03-14, 2025-09-14]: H″ = 0 → 低保 in the
    // 渐退期, 差额 1200.00; the earliest counted start 2025-04-01 + 6 months = 2025-10-01.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'gradualExit',
      countedMembers: 2,
      benefit: { basePerMonth: '1200.00' },
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      '就业后家庭收入已超过低保标准，处于 6 个月渐退期内，仍按低保发放（差额按不计新就业收入计算）；渐退期于 2025-10-01 届满，届时按实际收入重新认定',
    ]);
    expect(steps(r, 'gradualExit.household')[0]).toMatchObject({
      inputs: { earliestSince: '2025-04-01' },
      output: '2025-10-01',
    });
  });

  it('an unknown receivingDibao is named where the 渐退期 would decide; without a 渐退期 it is not read', () => {
    const h = household(
      [{ ...worker('1500'), incomes: [{ kind: 'employment', perMonth: '1500', since: '2025-03-15' }] }, idle],
      { assessmentDate: date },
    );
    // receiving: H″ = 0 → 低保 (渐退期); not receiving: H′ = 1500 → 边缘.
    expect(assess(h, gradual)).toMatchObject({
      class: 'undetermined',
      missing: ['receivingDibao'],
      warnings: [],
    });
    expect(assess(h)).toMatchObject({ class: 'lowIncome', basis: 'income', missing: [], warnings: [] });
  });

  it('an unknown start of the new work: named, and named alone', () => {
    const r = assess(
      household([worker('1500'), idle], { assessmentDate: date, receivingDibao: true }),
      gradual,
    );
    // within: H″ = 0 → 低保; before the window: H′ = 1500 → 边缘.
    expect(r).toMatchObject({ class: 'undetermined', missing: ['members[0].incomes[0].since'] });
  });

  it('a 低保 class in every possibility with an income that differs: no 差额, the start date named', () => {
    const r = assess(
      household(
        [
          worker('100'),
          {
            ...worker('1300', { birthDate: '1982-01-01' }),
            incomes: [{ kind: 'employment', perMonth: '1300', since: '2025-04-01' }],
          },
        ],
        { assessmentDate: date, receivingDibao: true },
      ),
      gradual,
    );
    // H′ = 1400 ≥ 1200. Without the work of 2025-04-01: H″ = 100; if the 100 (start unknown) began within too:
    // H″ = 0. Both < 1200 → 低保 in the 渐退期, but the 差额 is 1100 or 1200: open.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'gradualExit',
      countedMembers: 2,
      benefit: null,
      missing: ['members[0].incomes[0].since'],
    });
    expect(steps(r, 'dibaoBenefit.base')).toEqual([
      {
        rule: 'dibaoBenefit.base',
        article: ART23,
        inputs: { householdIncomePerMonth: null },
        output: null,
        note: '家庭收入未精确确定，低保金无法计算',
      },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['GRADUAL_EXIT']);
  });
  it('one member with new work both within the window and of unknown start: both left out of H″', () => {
    const r = assess(
      household(
        [
          {
            ...worker('1300'),
            incomes: [
              { kind: 'employment', perMonth: '1300', since: '2025-04-01' },
              { kind: 'employment', perMonth: '100' },
            ],
          },
          idle,
        ],
        { assessmentDate: date, receivingDibao: true },
      ),
      gradual,
    );
    // H′ = 1400 ≥ 1200. Without the work of 2025-04-01: H″ = 100; without the 100 of unknown start too: H″ = 0.
    // 低保 in the 渐退期 either way, 差额 1100 or 1200: open, the start date named.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'gradualExit',
      benefit: null,
      missing: ['members[0].incomes[1].since'],
    });
  });
});

describe('N6 单人户 (最低生活保障审核确认办法(2021)第8条, 民发〔2022〕83号一(一))', () => {
  const severe: Member = {
    birthDate: '1980-01-01',
    sex: 'male',
    disability: { category: 'physical', grade: 1 },
    supporters: 'able',
    incomes: [],
  };
  const pending = (path: string) => ({
    code: 'SINGLE_PERSON_DIBAO',
    article: ART8,
    message: `成员 ${path} 属重度残疾人、重病患者或成年无业重度残疾人，可单独（参照“单人户”）申请低保；家庭类别不变：是否符合条件待定（事实缺失）`,
  });

  it('an adult with a severe disability whose employment is unknown: pending, `employed` named', () => {
    const r = assess(household([severe, worker('2000')]));
    // Not 特困 (supporters able). H′ = 2000 ≥ 1800 → none. 83号一(一) needs 无业: `employed` unknown.
    expect(r).toMatchObject({ class: 'none', missing: ['members[0].employed'] });
    expect(r.warnings).toEqual([pending('members[0]')]);
    expect(r.members[0]?.singlePersonDibao).toEqual({ eligible: null, benefit: null });
  });

  it('an unknown property leaves the 单人户 open even where the household’s class is decided', () => {
    const r = assess(
      household([{ ...severe, employed: false }, worker('2000')], { propertyAssessment: undefined }),
    );
    // none whatever the property (2000 ≥ 1800); own income 0 < 600, but the property is unknown.
    expect(r).toMatchObject({ class: 'none', missing: ['propertyAssessment'] });
    expect(r.warnings).toEqual([pending('members[0]')]);
  });

  it('not eligible by income: the unknown property is not asked for', () => {
    const r = assess(
      household(
        [{ ...severe, employed: false, incomes: [{ kind: 'other', perMonth: '700' }] }, worker('2000')],
        {
          propertyAssessment: undefined,
        },
      ),
    );
    // 2700 ≥ 1800 → none whatever the property. His own income 700 ≥ 600: no 单人户 whatever the property (and
    // a livelihood source, so not 特困).
    expect(r).toMatchObject({ class: 'none', missing: [] });
    expect(r.members[0]?.singlePersonDibao).toEqual({ eligible: false, benefit: null });
  });

  it('eligible: 差额 S − own income', () => {
    const r = assess(household([{ ...severe, employed: false }, worker('2000')]));
    // 600 − 0 = 600.00 a month, no grant rate set (0.00).
    expect(r.members[0]?.singlePersonDibao).toEqual({
      eligible: true,
      benefit: { basePerMonth: '600.00', specialGrantPerMonth: '0.00', totalPerMonth: '600.00' },
    });
    expect(r.missing).toEqual([]);
  });
});

describe('members of the counted household (第10、11条, 社会救助暂行办法第45条)', () => {
  it('an uncounted 特困 minor of 17 has no 低保 obligations; the counted son’s 差额 stands alone', () => {
    const minor: Member = {
      birthDate: '2008-01-01',
      sex: 'male',
      employed: false,
      incomes: [],
      supporters: 'none',
    };
    const r = assess(household([minor, worker('500')]));
    // N3 (关于改革完善社会救助制度的意见(2020)): 17 < 18 → in the 特困 category; no income, no supporters → 特困,
    // alone (N4). The household is the worker: 500 < 600 → 低保, 差额 100.00. The minor is outside the 低保
    // household, so no 公益性社区服务 (第11条) although 17 is working age and he has no work.
    expect(r).toMatchObject({ class: 'dibao', countedMembers: 1, benefit: { basePerMonth: '100.00' } });
    expect(r.members[0]).toMatchObject({ class: 'extremelyPoor', dibaoCancelled: false, obligations: [] });
  });

  it('three refusals by a member whose working age is open (57, sex unknown): no 差额, `sex` named', () => {
    const refuser: Member = {
      birthDate: '1968-01-01',
      employed: false,
      incomes: [],
      jobReferralRefusals: ['2025-03-10', '2025-04-10', '2025-05-10'],
    };
    const r = assess(household([refuser, worker('100')]));
    // H′ = 100 < 1200 → 低保. 57 is working age for a man (< 60), not for a woman (≥ 55): whether 社会救助暂行办法
    // 第45条 cancels the member's 低保 is open, and with it the 差额.
    expect(r).toMatchObject({
      class: 'dibao',
      countedMembers: 2,
      perCapitaIncomePerMonth: '50.00',
      benefit: null,
      missing: ['members[0].sex'],
    });
    // A man: cancelled; 差额 (600 − 50) × (2 − 1) = 550.00.
    const male = assess(household([{ ...refuser, sex: 'male' }, worker('100')]));
    expect(male.members[0]?.dibaoCancelled).toBe(true);
    expect(male.benefit).toMatchObject({ basePerMonth: '550.00', totalPerMonth: '550.00' });
  });

  it('the 第10条 grant goes to counted 低保 members only, and the rate-not-set warning with it', () => {
    const severe: Member = {
      birthDate: '1980-01-01',
      sex: 'male',
      employed: false,
      disability: { category: 'physical', grade: 1 },
      supporters: 'able',
      incomes: [],
    };
    const elder: Member = { birthDate: '1950-01-01', sex: 'female', supporters: 'none', incomes: [] };
    const rated = assess(household([elder, severe, worker('600')]), {
      ...policy,
      specialGrantRates: { severeDisability: '0.3' },
    });
    // The elder (75): 特困, alone — her 70+ grant is not the household's. Counted 2: H′ = 600 < 1200 → 低保,
    // 差额 (600 − 300) × 2 = 600.00; the severely disabled member's grant 600 × 0.3 = 180.00; total 780.00.
    expect(rated).toMatchObject({
      countedMembers: 2,
      benefit: { basePerMonth: '600.00', specialGrantsPerMonth: '180.00', totalPerMonth: '780.00' },
      warnings: [],
    });
    expect(rated.members.map((m) => m.specialGrantPerMonth)).toEqual([null, '180.00', '0.00']);
    const unrated = assess(household([elder, severe, worker('600')]));
    expect(unrated.warnings.map((w) => w.code)).toEqual(['SPECIAL_GRANT_RATE_NOT_SET']);
    expect(unrated.warnings[0]?.message).toContain('members[1]');
    expect(unrated.warnings[0]?.message).not.toContain('members[0]');
  });

  it('an open 特困 status under extremelyPoorAssessedAlone false changes nothing in the count', () => {
    const r = assess(household([{ birthDate: '1950-01-01', sex: 'female', incomes: [] }, worker('100')]), {
      ...policy,
      extremelyPoorAssessedAlone: false,
    });
    // Counted 2 whatever the status: H′ = 100 < 1200 → 低保, 差额 (600 − 50) × 2 = 1100.00; the status itself
    // is still open (the member's class), and named.
    expect(r).toMatchObject({
      class: 'dibao',
      countedMembers: 2,
      benefit: { basePerMonth: '1100.00' },
      missing: ['members[0].supporters'],
      warnings: [expect.objectContaining({ code: 'SPECIAL_GRANT_RATE_NOT_SET' })],
    });
  });

  it('the household id comes back first; no id, no key', () => {
    const r = assess({ id: 'h-7', ...household([worker('100')]) });
    expect(Object.keys(r)[0]).toBe('id');
    expect(r.id).toBe('h-7');
    expect('id' in assess(household([worker('100')]))).toBe(false);
  });

  it('no tracing: the same result without steps', () => {
    const h = household([worker('1250'), idle], { medicalOutOfPocketPerYear: '1200' });
    const { trace, ...rest } = assess(h);
    expect(trace.length).toBeGreaterThan(0);
    expect(assessHousehold(h, policy, { trace: false })).toEqual({ ...rest, trace: [] });
  });
});

describe('N8 刚性支出困难家庭 (刚性支出困难家庭认定办法(2025)第4条) from the composition', () => {
  const hardship = {
    ...policy,
    rigidExpenditureHardship: { priorYearResidentDisposableIncomePerYear: '20000', minShareOfIncome: '0.5' },
  };
  const step = (r: HouseholdAssessment) => steps(r, 'rigidExpenditureHardship.household')[0]?.inputs;

  it('reads the counted members’ yearly income and their number', () => {
    const r = assess(
      household([worker('1000'), worker('1000', { birthDate: '1982-01-01' })], {
        rigidExpenditurePerYear: '15000',
      }),
      hardship,
    );
    // H′ = 2000 ≥ 1800 → none. Yearly income 24000 < 20000 × 2; 15000 > 0.5 × 24000 = 12000 → eligible.
    expect(r).toMatchObject({ class: 'none', rigidExpenditureHardship: { eligible: true }, missing: [] });
    expect(step(r)).toEqual({
      yearlyIncome: '24000',
      members: 2,
      priorYearResidentDisposableIncomePerYear: '20000',
      minShareOfIncome: '0.5',
      rigidExpenditurePerYear: '15000',
      propertyMeetsLowIncome: true,
    });
  });

  it('an open 特困 status: the count is open, the whole household is read, the answer is open', () => {
    const r = assess(
      household([{ birthDate: '1950-01-01', sex: 'male', incomes: [] }, worker('3000')]),
      hardship,
    );
    // none either way (3000 ≥ 900 and ≥ 1800); a member who may be 特困 leaves the 第4条 answer open, and the
    // income of the counted members is open with the count; the 刚性支出 is not given.
    expect(r).toMatchObject({
      class: 'none',
      rigidExpenditureHardship: { eligible: null },
      missing: ['members[0].supporters', 'rigidExpenditurePerYear'],
    });
    expect(step(r)).toMatchObject({ yearlyIncome: null, members: 2 });
  });
});

describe('unknown property at each level: named where that level can change the class (第8条, 第5条 limits)', () => {
  // 低保 level: at most 1 vehicle; 边缘 level: no other housing. A household with no vehicle and unknown housing
  // meets the 低保 level and leaves the 边缘 level open; with neither known both are open.
  const limits = {
    ...policy,
    propertyLimits: { dibao: { maxVehicles: 1 }, lowIncome: { maxExtraHousingUnits: 0 } },
  };

  it('H′ below n·S: both levels decide; H′ in [n·S, 1.5·n·S): only the 边缘 level', () => {
    const low = assess(
      household([worker('100'), idle], { propertyAssessment: undefined, property: {} }),
      limits,
    );
    // 100 < 1200: 低保 if the 低保 level is met, else 边缘 if that level is, else none.
    expect(low).toMatchObject({
      class: 'undetermined',
      missing: ['property.vehicles', 'property.extraHousingUnits'],
    });
    const mid = assess(
      household([worker('1300'), idle], { propertyAssessment: undefined, property: {} }),
      limits,
    );
    // 1300 ≥ 1200: never 低保, so the vehicles cannot matter; 边缘 or none by the housing.
    expect(mid).toMatchObject({ class: 'undetermined', missing: ['property.extraHousingUnits'] });
    const known = assess(
      household([worker('1300'), idle], {
        propertyAssessment: undefined,
        property: { extraHousingUnits: 0 },
      }),
      limits,
    );
    // The 边缘 level met: 边缘, the unknown vehicles irrelevant.
    expect(known).toMatchObject({ class: 'lowIncome', basis: 'income', missing: [] });
  });

  it('an unknown income whose only 边缘 window is narrow (the 渐退期 between two lines): the housing is named', () => {
    const r = assess(
      household(
        [
          { ...worker('890'), incomes: [{ kind: 'employment', perMonth: '890', since: '2025-04-01' }] },
          { ...idle, incomes: [{ kind: 'pension', perMonth: '100' }] },
          { ...worker('0', { birthDate: '1983-01-01' }), incomes: undefined } as Member,
        ],
        {
          assessmentDate: '2025-09-14',
          receivingDibao: true,
          propertyAssessment: undefined,
          property: { vehicles: 0 },
        },
      ),
      { ...limits, gradualExitMonths: 6 },
    );
    // n = 3: n·S = 1800, 1.5·n·S = 2700; the third member's income x is unknown. Receiving 低保 with new work
    // 890 within the window: 低保 while H″ = 100 + x < 1800 (x < 1700); then by H′ = 990 + x: 边缘 while
    // 990 + x < 2700 (x < 1710), none after. Only x in [1700, 1710) makes the household 边缘 — there the
    // unknown housing decides between 边缘 and none, so it is named with the income.
    expect(r).toMatchObject({
      class: 'undetermined',
      missing: ['property.extraHousingUnits', 'members[2].incomes'],
    });
  });
  it('with an inclusive line the classes change just after a line: there too the unknowns are found', () => {
    const unknownIncome = { ...worker('0', { birthDate: '1983-01-01' }), incomes: undefined } as Member;
    const r = assess(
      household([worker('100'), unknownIncome], { propertyAssessment: undefined, property: { vehicles: 0 } }),
      { ...limits, thresholdInclusive: true },
    );
    // 低保 while 100 + x ≤ 1200 (x ≤ 1100); 边缘 for 1100 < x < 1700 if the housing meets the 边缘 level; none
    // after. The 边缘 possibility lies strictly between the two lines: the housing is named with the income.
    expect(r).toMatchObject({
      class: 'undetermined',
      missing: ['property.extraHousingUnits', 'members[1].incomes'],
    });
    const one = assess(household([worker('100'), unknownIncome]), {
      ...policy,
      thresholdInclusive: true,
      lowIncomeMultiplier: '1',
    });
    // Multiplier 1: the 边缘 line is the 低保 line. 低保 while x ≤ 1100, none for any x above: open.
    expect(one).toMatchObject({ class: 'undetermined', missing: ['members[1].incomes'] });
  });
});

describe('the evaluation over unknown facts at its edges (特困人员认定办法(2021)第4条, 审核确认办法(2021)第8条)', () => {
  const unknownIncome = (extra: Partial<Member> = {}) =>
    ({ ...worker('0', { birthDate: '1983-01-01', ...extra }), incomes: undefined }) as Member;

  it('an unknown income that cannot bring the household below 1.5·n·S: none, nothing missing', () => {
    const r = assess(household([worker('1900'), unknownIncome()]));
    // 1900 + x ≥ 1900 ≥ 1800 for every x ≥ 0: none, whatever the second income.
    expect(r).toMatchObject({ class: 'none', basis: null, countedMembers: 2, perCapitaIncomePerMonth: null });
    expect(r.missing).toEqual([]);
  });

  it('the 刚性支出 and N8: an unknown income of a counted member is named by N8', () => {
    const r = assess(household([unknownIncome(), worker('3000')]), {
      ...policy,
      rigidExpenditureHardship: {
        priorYearResidentDisposableIncomePerYear: '20000',
        minShareOfIncome: '0.5',
      },
    });
    // none (3000 + x ≥ 1800); N8 needs the yearly income (open) and the 刚性支出 (not given).
    expect(r).toMatchObject({
      class: 'none',
      rigidExpenditureHardship: { eligible: null },
      missing: ['members[0].incomes', 'rigidExpenditurePerYear'],
    });
  });

  it('the unknown income of a member who is 特困 in every case is not the household’s', () => {
    const r = assess(
      household([
        { birthDate: '1950-01-01', sex: 'male', supporters: 'none', livelihoodSource: false },
        worker('100'),
        unknownIncome(),
      ]),
    );
    // The elder: assessed without livelihood, no supporters → 特困, alone, whatever his income. The household:
    // 100 + x with x unknown → 低保, 边缘 or none: only the third member's income is named.
    expect(r).toMatchObject({ class: 'undetermined', missing: ['members[2].incomes'] });
  });

  it('the unknown income of a member who is 特困 in every case does not open a household whose incomes are known', () => {
    const r = assess(
      household([
        { birthDate: '1950-01-01', sex: 'male', supporters: 'none', livelihoodSource: false },
        worker('100'),
      ]),
    );
    // The elder is 特困 and alone whatever his income; the counted worker: 100 < 600 → 低保, 差额 500.00.
    expect(r).toMatchObject({
      class: 'dibao',
      countedMembers: 1,
      benefit: { basePerMonth: '500.00' },
      missing: [],
    });
  });

  it('an inclusive line with the 刚性支出: the class changes just above n·S + the deduction, and that is found', () => {
    const r = assess(household([worker('100'), unknownIncome()], { medicalOutOfPocketPerYear: '1200' }), {
      ...policy,
      thresholdInclusive: true,
      lowIncomeMultiplier: '1',
    });
    // 刚性支出 100 a month: H′ = max(0, 100 + x − 100) = x. 低保 while x ≤ 1200; above, with the 边缘 line equal to
    // the 低保 line (multiplier 1), none: open on the second income.
    expect(r).toMatchObject({ class: 'undetermined', missing: ['members[1].incomes'] });
  });

  it('a decided class with an open count and an unknown income that cannot matter: only the open member named', () => {
    const elder: Member = { birthDate: '1950-01-01', sex: 'male' };
    const r = assess(household([elder, worker('3000'), unknownIncome()]));
    // The elder (income and supporters unknown) may be 特困. Counted with him: n = 3, 3000 + x + y ≥ 2700; without:
    // n = 2, 3000 + y ≥ 1800 — none in every case. The count is open on his facts; the third member's income
    // changes nothing and is not named.
    expect(r).toMatchObject({
      class: 'none',
      countedMembers: null,
      missing: ['members[0].incomes', 'members[0].supporters'],
    });
  });

  it('a 低保 class in every case with a basis that differs: the class, no basis', () => {
    const elder: Member = {
      birthDate: '1950-01-01',
      sex: 'female',
      incomes: [{ kind: 'pension', perMonth: '550' }],
    };
    const r = assess(household([elder, worker('620')], { medicalOutOfPocketPerYear: '1200' }));
    // 刚性支出 100 a month. Elder 特困 (550 < 600, supporters unknown): n = 1, H′ = 620 − 100 = 520 < 600 → 低保,
    // without the deduction 620 ≥ 600 → 边缘: illnessExpenditure. Not 特困: n = 2, H′ = 1170 − 100 = 1070 < 1200
    // and 1170 < 1200 too: income. The class is 低保 either way; the basis and the count are open.
    expect(r).toMatchObject({ class: 'dibao', basis: null, countedMembers: null, benefit: null });
    expect(r.missing).toEqual(['members[0].supporters']);
  });

  it('nobody counted with an inclusive line is still none (0 members, no line to be below)', () => {
    const r = assess(household([{ birthDate: '1950-01-01', sex: 'male', incomes: [], supporters: 'none' }]), {
      ...policy,
      thresholdInclusive: true,
    });
    expect(r).toMatchObject({ class: 'none', basis: null, countedMembers: 0, benefit: null });
  });

  it('a 低保 household by its income keeps that basis in the 渐退期 policy, paid on its whole income', () => {
    const r = assess(
      household(
        [{ ...worker('100'), incomes: [{ kind: 'employment', perMonth: '100', since: '2025-04-01' }] }, idle],
        { assessmentDate: '2025-09-14', receivingDibao: true },
      ),
      { ...policy, gradualExitMonths: 6 },
    );
    // H′ = 100 < 1200: 低保 by income — the 渐退期 (第33条) is for incomes above the line; 差额 1200 − 100 = 1100.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'income',
      benefit: { basePerMonth: '1100.00' },
      warnings: [],
    });
  });
});

describe('N6 单人户 at a 特困 member (特困人员认定办法(2021)第4条 with 民发〔2022〕83号一(一))', () => {
  const severe: Member = {
    birthDate: '1980-01-01',
    sex: 'male',
    employed: false,
    disability: { category: 'physical', grade: 1 },
    incomes: [],
  };

  it('a 特困 member is supported as 特困, not as a 单人户', () => {
    const r = assess(household([{ ...severe, supporters: 'none' }, worker('1300')]));
    // 特困 (no income, no supporters), alone; the worker: 1300 ≥ 900 → none. No 单人户 for the 特困 member.
    expect(r).toMatchObject({ class: 'none', countedMembers: 1, warnings: [], missing: [] });
    expect(r.members[0]?.singlePersonDibao).toBeNull();
  });

  it('a member whose 特困 status is open: the 单人户 is open too', () => {
    const r = assess(household([severe, worker('3000')]));
    // 特困 or not (supporters unknown); none either way (3000 ≥ 900, ≥ 1800). If not 特困 he would be an
    // eligible 单人户 (0 < 600): open.
    expect(r).toMatchObject({ class: 'none', missing: ['members[0].supporters'] });
    expect(r.members[0]?.singlePersonDibao).toEqual({ eligible: null, benefit: null });
    expect(r.warnings.map((w) => w.code)).toEqual(['SINGLE_PERSON_DIBAO']);
  });

  it('unknown income and employment of a 单人户 candidate in a decided household: both named', () => {
    const candidate = { ...severe, supporters: 'able', incomes: undefined } as Member;
    delete candidate.employed;
    const r = assess(household([candidate, worker('3000')]));
    // Not 特困 (supporters able). 3000 + x ≥ 1800 → none. The 单人户 needs his own income and 无业.
    expect(r).toMatchObject({ class: 'none', missing: ['members[0].incomes', 'members[0].employed'] });
  });
});

describe('the order of `missing`: the facts the class needs first, then each member’s own', () => {
  // A member of 57 of unknown sex with three refusals: whether 社会救助暂行办法第45条 cancels his 低保 is open
  // (working age ends at 60 for a man, 55 for a woman), named at the member, after the household's facts.
  const refuser = (income: string): Member => ({
    birthDate: '1968-01-01',
    employed: false,
    incomes: [{ kind: 'other', perMonth: income }],
    jobReferralRefusals: ['2025-03-10', '2025-04-10', '2025-05-10'],
  });
  const openElder: Member = { birthDate: '1950-01-01', sex: 'female', incomes: [] };

  it('an open 特困 status that decides the class comes before the members’ own facts', () => {
    const r = assess(household([refuser('700'), openElder]));
    // Elder 特困: n = 1, 700 ≥ 600 → 边缘; not: n = 2, 700 < 1200 → 低保. The class is open on her supporters.
    expect(r).toMatchObject({ class: 'undetermined', missing: ['members[1].supporters', 'members[0].sex'] });
  });

  it('an open 特困 status that decides only the count comes first too', () => {
    const r = assess(household([refuser('100'), openElder]));
    // 100 < 600 and < 1200: 低保 either way; the count (and the 差额) is open on her supporters.
    expect(r).toMatchObject({
      class: 'dibao',
      countedMembers: null,
      missing: ['members[1].supporters', 'members[0].sex'],
    });
  });

  it('the unknown incomes of every member who may be counted, in member order, before the rest', () => {
    const elder: Member = { birthDate: '1950-01-01', sex: 'female' };
    const r = assess(household([elder, { ...worker('0'), incomes: undefined } as Member]));
    // The elder's status is open (income and supporters unknown); counted or not, the classes over the unknown
    // incomes are the same (低保, 边缘, none): her status does not decide, the incomes do — both, as she may be
    // counted.
    expect(r).toMatchObject({
      class: 'undetermined',
      missing: ['members[0].incomes', 'members[1].incomes', 'members[0].supporters'],
    });
  });

  it('a status that decides neither the class nor anything read comes with its member, in member order', () => {
    const r = assess(household([refuser('100'), openElder], { propertyAssessment: undefined }));
    // 100 < 600 and < 1200: the property decides the class (低保 / 边缘 / none), the elder's status does not.
    // Then member by member: the refuser's sex (his cancellation is open), the elder's supporters.
    expect(r).toMatchObject({
      class: 'undetermined',
      missing: ['propertyAssessment', 'members[0].sex', 'members[1].supporters'],
    });
  });

  it('an open 特困 status does not shift the other facts: the property is named as the property', () => {
    const r = assess(household([openElder, worker('100')], { propertyAssessment: undefined }));
    // 100 < 600 and < 1200: the count does not change the class; the property does (低保 / 边缘 / none).
    // The elder's own status needs the property too (no livelihood = income below S and property met).
    expect(r).toMatchObject({
      class: 'undetermined',
      missing: ['propertyAssessment', 'members[0].supporters'],
    });
  });
});

describe('more of N5, N8 and the 差额 at the members', () => {
  const elderOf = (): Member => ({ birthDate: '1950-01-01', sex: 'female', incomes: [] });

  it('the 渐退期 ends by the earliest counted start, whatever the members’ order', () => {
    const work = (
      kind: 'employment' | 'business',
      perMonth: string,
      since: string,
      birthDate: string,
    ): Member => ({
      ...worker(perMonth, { birthDate }),
      incomes: [{ kind, perMonth, since }],
    });
    const r = assess(
      household(
        [
          work('employment', '700', '2025-05-01', '1980-01-01'),
          work('employment', '800', '2025-04-01', '1982-01-01'),
          work('business', '300', '2025-06-01', '1984-01-01'),
        ],
        { assessmentDate: '2025-09-14', receivingDibao: true },
      ),
      { ...policy, gradualExitMonths: 6 },
    );
    // H′ = 1800 ≥ 3 × 600; all three started within (2025-03-14, 2025-09-14]: H″ = 0 → 低保 in the 渐退期,
    // 差额 1800.00; the earliest start 2025-04-01 (the second member) + 6 months = 2025-10-01.
    expect(r).toMatchObject({ class: 'dibao', basis: 'gradualExit', benefit: { basePerMonth: '1800.00' } });
    expect(steps(r, 'gradualExit.household')[0]).toMatchObject({
      inputs: { earliestSince: '2025-04-01' },
      output: '2025-10-01',
    });
  });

  it('the 渐退期 decided with the count open (a member who may be 特困): 低保, no 差额', () => {
    const r = assess(
      household(
        [
          elderOf(),
          { ...worker('1500'), incomes: [{ kind: 'employment', perMonth: '1500', since: '2025-04-01' }] },
        ],
        { assessmentDate: '2025-09-14', receivingDibao: true },
      ),
      { ...policy, gradualExitMonths: 6 },
    );
    // Elder 特困: n = 1, H′ = 1500 ≥ 600; not: n = 2, 1500 ≥ 1200. Without the new work H″ = 0 either way:
    // 低保 in the 渐退期 whatever her status; the count, and so the 差额, is open.
    expect(r).toMatchObject({
      class: 'dibao',
      basis: 'gradualExit',
      countedMembers: null,
      benefit: null,
      missing: ['members[0].supporters'],
    });
  });

  it('an uncounted 特困 member’s refusals are weighed against no 低保 household', () => {
    const minor: Member = {
      birthDate: '2008-01-01',
      sex: 'male',
      employed: false,
      incomes: [],
      supporters: 'none',
      jobReferralRefusals: [],
    };
    const r = assess(household([minor, worker('500')]));
    expect(steps(r, 'employment.cancellation')[0]?.inputs).toMatchObject({
      member: 'members[0]',
      householdClass: 'none',
    });
  });

  it('a cancelled member’s 第10条 grant is not paid', () => {
    const sick: Member = {
      birthDate: '1985-01-01',
      sex: 'male',
      employed: false,
      seriousIllness: true,
      laborCapacity: true,
      incomes: [],
      jobReferralRefusals: ['2025-03-10', '2025-04-10', '2025-05-10'],
    };
    const r = assess(household([sick, worker('100')]), {
      ...policy,
      specialGrantRates: { seriousIllness: '0.5' },
    });
    // H′ = 100 < 1200 → 低保. The sick member (40, able to work, three refusals) has his 低保 cancelled
    // (社会救助暂行办法第45条): 差额 (600 − 50) × 1 = 550.00, and his grant 600 × 0.5 = 300 is not paid.
    expect(r.members[0]?.dibaoCancelled).toBe(true);
    expect(r.benefit).toEqual({
      basePerMonth: '550.00',
      specialGrantsPerMonth: '0.00',
      totalPerMonth: '550.00',
    });
  });

  const hardship = {
    ...policy,
    rigidExpenditureHardship: { priorYearResidentDisposableIncomePerYear: '20000', minShareOfIncome: '0.5' },
  };

  it('N8 is not assessed for a household with a 特困 member (第4条(一))', () => {
    const r = assess(
      household([{ ...elderOf(), supporters: 'none' }, worker('3000')], { rigidExpenditurePerYear: '30000' }),
      hardship,
    );
    expect(r).toMatchObject({ class: 'none', countedMembers: 1, rigidExpenditureHardship: null });
  });

  it('N8 with a member whose 特困 status is open, counted all the same (assessedAlone false): open', () => {
    const r = assess(household([elderOf(), worker('2000')], { rigidExpenditurePerYear: '15000' }), {
      ...hardship,
      extremelyPoorAssessedAlone: false,
    });
    // Counted 2: H′ = 2000 ≥ 1800 → none; 24000 < 40000 and 15000 > 12000 would make it eligible, but a member
    // who may be 特困 leaves the answer open.
    expect(r).toMatchObject({
      class: 'none',
      countedMembers: 2,
      rigidExpenditureHardship: { eligible: null },
      missing: ['members[0].supporters'],
    });
  });

  it('N8 with the 边缘 property unknown: named', () => {
    const r = assess(
      household([worker('2000'), idle], { propertyAssessment: undefined, rigidExpenditurePerYear: '15000' }),
      hardship,
    );
    // none whatever the property (2000 ≥ 1800); N8 needs the 低收入 property conditions.
    expect(r).toMatchObject({
      class: 'none',
      rigidExpenditureHardship: { eligible: null },
      missing: ['propertyAssessment'],
    });
  });
});

describe('N6 in a 边缘 household and N7 in a rural one', () => {
  it('a severely disabled member of a 边缘 household may be a 单人户 though employed (第8条(一))', () => {
    const r = assess(
      household([
        {
          birthDate: '1980-01-01',
          sex: 'male',
          employed: true,
          disability: { category: 'physical', grade: 1 },
          supporters: 'able',
          incomes: [],
        },
        worker('1300'),
      ]),
    );
    // H′ = 1300 in [1200, 1800) → 边缘. His own income 0 < 600, property met: 单人户, 差额 600.00.
    expect(r).toMatchObject({ class: 'lowIncome', missing: [] });
    expect(r.members[0]?.singlePersonDibao).toEqual({
      eligible: true,
      benefit: { basePerMonth: '600.00', specialGrantPerMonth: '0.00', totalPerMonth: '600.00' },
    });
  });

  it('three refusals cancel a rural member’s 低保 too (社会救助暂行办法第45条)', () => {
    const r = assess(
      household(
        [
          {
            birthDate: '1985-01-01',
            sex: 'male',
            employed: false,
            incomes: [],
            jobReferralRefusals: ['2025-03-10', '2025-04-10', '2025-05-10'],
          },
          worker('100'),
        ],
        { area: 'rural' },
      ),
    );
    // Rural S = 450: H′ = 100 < 900 → 低保; the first member cancelled: 差额 (450 − 50) × 1 = 400.00.
    expect(r.members[0]?.dibaoCancelled).toBe(true);
    expect(r.benefit).toMatchObject({ basePerMonth: '400.00' });
  });
});
