/**
 * The explanation of classifyHousehold (第5条, 第6条): the exact trace steps a caseworker reads — which values
 * each step lists, which comparison its note shows and which class it reports — the warning texts, and the
 * `missing` paths of an undetermined household (only the unknown facts that could change the class).
 * Figures worked out by hand: n = 2, S = 620 → n·S = 1240, 2n·S = 2480 a month; 12n·S = 14880, 24n·S = 29760
 * a year.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import type { ClassificationInput } from '../../src/rules/classification.js';
import type { Tri } from '../../src/rules/household-types.js';
import { classifyHousehold } from './decimal-rules.js';
import { classificationInput as input, tracer } from './household-helpers.js';

const m = (x: string) => new Dec(x).mul(12);

function run(i: ClassificationInput<Dec>) {
  const t = tracer();
  const result = classifyHousehold(i, t);
  return { result, steps: t.steps };
}

const incomeInputs = (
  householdIncomePerMonth: string | null,
  pd: Tri,
  pl: Tri,
  inclusive = false,
  admitsBelow = false,
) => ({
  householdIncomePerMonth,
  members: 2,
  standardPerMonth: '620',
  nTimesStandard: '1240',
  twiceNTimesStandard: '2480',
  thresholdInclusive: inclusive,
  lowIncomeAdmitsBelowStandard: admitsBelow,
  propertyMeetsDibao: pd,
  propertyMeetsLowIncome: pl,
});

const LITERAL = '（“低于/高于”不含等于）';
const BETTER_OF =
  '取收入检验与因病支出型检验中较优者（低保 > 低收入 > 不属于；相同且医疗费用大于0时以因病支出型检验为依据，其收入较低、差额较大）：';

describe('classifyHousehold trace — income test alone (第5条)', () => {
  it('H = 900 below n·S: 低保; two steps, the comparison with both bounds', () => {
    const { result, steps } = run(input({ exact: m('900') }, true, true));
    expect(result).toEqual({
      class: 'dibao',
      basis: 'income',
      incomeTestClass: 'dibao',
      illnessTestClass: null,
      missing: [],
      warnings: [],
    });
    expect(steps).toEqual([
      {
        rule: 'classification.incomeTest',
        article: '第5条',
        inputs: incomeInputs('900', true, true),
        output: 'dibao',
        note: `H = 900 < n·S = 1240，H < 2n·S = 2480${LITERAL}→ 低保`,
      },
      {
        rule: 'classification.household',
        article: '第5条',
        inputs: { incomeTest: 'dibao', illnessExpenditureTest: null },
        output: 'dibao',
        note: '家庭类别：低保',
      },
    ]);
  });

  it('H = 1240 equal to n·S (literal): neither 低于 nor 高于 → none, with the THRESHOLD_EQUALITY text', () => {
    const { result, steps } = run(input({ exact: m('1240') }, true, true));
    expect(result.class).toBe('none');
    expect(result.basis).toBeNull();
    expect(result.warnings).toEqual([
      {
        code: 'THRESHOLD_EQUALITY',
        article: '第5条',
        message:
          '家庭月收入 1240 元恰好等于 2人 × 低保标准 620 = 1240 元；原文“低于（，以下同）”的限定词缺失，按字面“低于/高于”都不含本数，不作认定；政策选项 thresholdInclusive 可将等于归入较低一档',
      },
    ]);
    expect(steps[0]?.note).toBe(`H = 1240 = n·S = 1240，H < 2n·S = 2480${LITERAL}→ 不属于低保或低收入`);
    expect(steps[1]).toMatchObject({ output: 'none', note: '家庭类别：不属于低保或低收入' });
  });

  it('H = 2480 equal to 2n·S (literal): none, the warning names 2 × n × S', () => {
    const { result, steps } = run(input({ exact: m('2480') }, true, true));
    expect(result.class).toBe('none');
    expect(result.warnings.map((w) => w.message)).toEqual([
      '家庭月收入 2480 元恰好等于 2 × 2人 × 低保标准 620 = 2480 元；原文“低于（，以下同）”的限定词缺失，按字面“低于/高于”都不含本数，不作认定；政策选项 thresholdInclusive 可将等于归入较低一档',
    ]);
    expect(steps[0]).toMatchObject({
      output: 'none',
      note: `H = 2480 > n·S = 1240，H = 2n·S = 2480${LITERAL}→ 不属于低保或低收入`,
    });
  });

  it('H = 1800 between: 低收入, the note shows > and <', () => {
    const { steps } = run(input({ exact: m('1800') }, true, true));
    expect(steps[0]).toMatchObject({
      output: 'lowIncome',
      note: `H = 1800 > n·S = 1240，H < 2n·S = 2480${LITERAL}→ 低收入`,
    });
    expect(steps[1]).toMatchObject({ output: 'lowIncome', note: '家庭类别：低收入' });
  });

  it('H = 3000 above 2n·S: none, both comparisons >', () => {
    const { steps } = run(input({ exact: m('3000') }, true, true));
    expect(steps[0]?.note).toBe(`H = 3000 > n·S = 1240，H > 2n·S = 2480${LITERAL}→ 不属于低保或低收入`);
  });

  it('thresholdInclusive: H = 1240 is 低保, the note says 含等于, the options are listed, no warning', () => {
    const { result, steps } = run(
      input({ exact: m('1240') }, true, true, {
        thresholdInclusive: true,
        lowIncomeAdmitsBelowStandard: true,
      }),
    );
    expect(result).toMatchObject({ class: 'dibao', warnings: [] });
    expect(steps[0]).toEqual({
      rule: 'classification.incomeTest',
      article: '第5条',
      inputs: incomeInputs('1240', true, true, true, true),
      output: 'dibao',
      note: 'H = 1240 = n·S = 1240，H < 2n·S = 2480（含等于）→ 低保',
    });
  });

  it('a repeating monthly figure is shown to 6 decimals with …', () => {
    // 12H = 10000 → H = 833.333…
    const { steps } = run(input({ exact: new Dec(10000) }, true, true));
    expect(steps[0]?.inputs.householdIncomePerMonth).toBe('833.333333…');
    expect(steps[0]?.note).toBe(`H = 833.333333… < n·S = 1240，H < 2n·S = 2480${LITERAL}→ 低保`);
  });
});

describe('classifyHousehold trace — with 第6条 medical costs', () => {
  it('H = 1800, medical 12000/year: A = 21600 − 12000 = 9600 < 14880 → 低保 on the illness basis', () => {
    const { result, steps } = run(
      input({ exact: m('1800') }, true, true, { medicalPerYear: new Dec(12000) }),
    );
    expect(result).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      incomeTestClass: 'lowIncome',
      illnessTestClass: 'dibao',
    });
    expect(steps).toEqual([
      {
        rule: 'classification.incomeTest',
        article: '第5条',
        inputs: incomeInputs('1800', true, true),
        output: 'lowIncome',
        note: `H = 1800 > n·S = 1240，H < 2n·S = 2480${LITERAL}→ 低收入`,
      },
      {
        rule: 'classification.illnessExpenditure',
        article: '第6条',
        inputs: {
          yearlyHouseholdIncome: '21600',
          medicalOutOfPocketPerYear: '12000',
          incomeAfterMedicalPerYear: '9600',
          yearlyDibaoLine: '14880',
          yearlyLowIncomeLine: '29760',
          propertyMeetsDibao: true,
        },
        output: 'dibao',
        note: 'A = 12H − 医疗费 = 9600 < 12n·S = 14880，< 24n·S = 29760；须符合低保财产条件 → 低保',
      },
      {
        rule: 'classification.household',
        article: '第6条',
        inputs: { incomeTest: 'lowIncome', illnessExpenditureTest: 'dibao' },
        output: 'dibao',
        note: `${BETTER_OF}低保`,
      },
    ]);
  });

  it('a tie (both 低保) with medical costs is on the 第6条 basis and cites 第6条 (v1.1 correction)', () => {
    const { result, steps } = run(input({ exact: m('1000') }, true, true, { medicalPerYear: new Dec(1200) }));
    // income 1000 < 1240 → 低保; A = 12000 − 1200 = 10800 < 14880 → 低保; tie, medical > 0 → 第6条
    expect(result).toMatchObject({ class: 'dibao', basis: 'illnessExpenditure' });
    expect(steps[1]).toMatchObject({
      output: 'dibao',
      note: 'A = 12H − 医疗费 = 10800 < 12n·S = 14880，< 24n·S = 29760；须符合低保财产条件 → 低保',
    });
    expect(steps[2]).toMatchObject({ article: '第6条', note: `${BETTER_OF}低保` });
  });

  it('A equal to 12n·S (literal): 低收入 by both tests, warned under 第6条 (inclusive would give 低保)', () => {
    // H = 1800 → 21600; medical 6720 → A = 14880 = 12n·S: not 低于 → 低收入 (A < 29760)
    // both 低收入 with medical costs > 0: the 第6条 basis (v1.1 tie correction)
    const { result, steps } = run(input({ exact: m('1800') }, true, true, { medicalPerYear: new Dec(6720) }));
    expect(result).toMatchObject({
      class: 'lowIncome',
      basis: 'illnessExpenditure',
      illnessTestClass: 'lowIncome',
    });
    expect(result.warnings).toEqual([
      {
        code: 'THRESHOLD_EQUALITY',
        article: '第6条',
        message:
          '扣减自负医疗费用后的家庭年收入 14880 元恰好等于年低保标准线 14880 元；按字面“低于”不含本数；政策选项 thresholdInclusive 可将等于归入较低一档',
      },
    ]);
    expect(steps[1]?.note).toBe(
      'A = 12H − 医疗费 = 14880 = 12n·S = 14880，< 24n·S = 29760；须符合低保财产条件 → 低收入',
    );
  });

  it('A equal to 24n·S (literal): none, the warning says 2倍 (inclusive would give 低收入)', () => {
    // H = 3000 → 36000; medical 6240 → A = 29760 = 24n·S; income test: 3000 > 2480 → none
    const { result } = run(input({ exact: m('3000') }, true, true, { medicalPerYear: new Dec(6240) }));
    expect(result).toMatchObject({ class: 'none', basis: null, illnessTestClass: 'none' });
    expect(result.warnings.map((w) => [w.article, w.message])).toEqual([
      [
        '第6条',
        '扣减自负医疗费用后的家庭年收入 29760 元恰好等于2倍年低保标准线 29760 元；按字面“低于”不含本数；政策选项 thresholdInclusive 可将等于归入较低一档',
      ],
    ]);
  });

  it('unknown income with medical costs: both tests open, the steps say so and list null for H and A', () => {
    const { result, steps } = run(
      input({ low: m('500'), high: null, missing: ['members[1].incomes'] }, true, true, {
        medicalPerYear: new Dec(12000),
      }),
    );
    expect(result).toEqual({
      class: 'undetermined',
      basis: null,
      incomeTestClass: 'undetermined',
      illnessTestClass: 'undetermined',
      missing: ['members[1].incomes'],
      warnings: [],
    });
    expect(steps).toEqual([
      {
        rule: 'classification.incomeTest',
        article: '第5条',
        inputs: incomeInputs(null, true, true),
        output: 'undetermined',
        note: '家庭收入未知（至少 500 元/月），收入检验结果：待定',
      },
      {
        rule: 'classification.illnessExpenditure',
        article: '第6条',
        inputs: {
          yearlyHouseholdIncome: null,
          medicalOutOfPocketPerYear: '12000',
          incomeAfterMedicalPerYear: null,
          yearlyDibaoLine: '14880',
          yearlyLowIncomeLine: '29760',
          propertyMeetsDibao: true,
        },
        output: 'undetermined',
        note: '家庭收入未知，因病支出型检验结果：待定',
      },
      {
        rule: 'classification.household',
        article: '第5条',
        inputs: { incomeTest: 'undetermined', illnessExpenditureTest: 'undetermined' },
        output: 'undetermined',
        note: '所缺事实可能改变认定结果，家庭类别待定',
      },
    ]);
  });

  it('unknown income whose every value gives one illness class: the illness step reports it', () => {
    // H ∈ [1000, 1100]: income test 低保 throughout; A = 12H − 20000 ∈ [−8000, −6800] < 14880 → 低保
    const { result, steps } = run(
      input({ low: m('1000'), high: m('1100'), missing: ['receivingDibao'] }, true, true, {
        medicalPerYear: new Dec(20000),
      }),
    );
    expect(result).toMatchObject({
      class: 'dibao',
      basis: 'illnessExpenditure',
      illnessTestClass: 'dibao',
      missing: [],
    });
    expect(steps[1]).toMatchObject({ output: 'dibao', note: '家庭收入未知，因病支出型检验结果：低保' });
    expect(steps[0]?.note).toBe('家庭收入未知（至少 1000 元/月），收入检验结果：低保');
  });
});

describe('classifyHousehold — missing lists only the facts that could change the class', () => {
  it('income interval inside one band, 低保 property unknown: only the property path', () => {
    // H ∈ [400, 700] < 1240 throughout: the class turns on the 低保 property alone
    const { result } = run(input({ low: m('400'), high: m('700'), missing: ['receivingDibao'] }, null, true));
    expect(result).toMatchObject({
      class: 'undetermined',
      basis: null,
      missing: ['property.financialAssets'],
    });
  });

  it('open income and unknown 低保 property: both paths, income first', () => {
    const { result } = run(input({ low: m('500'), high: null, missing: ['members[1].incomes'] }, null, true));
    expect(result.missing).toEqual(['members[1].incomes', 'property.financialAssets']);
  });

  it('H below S with both properties unknown (literal): the 低收入 property cannot matter', () => {
    const { result } = run(input({ low: m('400'), high: m('700'), missing: ['receivingDibao'] }, null, null));
    expect(result.missing).toEqual(['property.financialAssets']);
  });

  it('H below S with both properties unknown, lowIncomeAdmitsBelowStandard: both properties matter', () => {
    const { result } = run(input({ exact: m('1000') }, null, null, { lowIncomeAdmitsBelowStandard: true }));
    expect(result.missing).toEqual(['property.financialAssets', 'property.vehicles']);
  });

  it('an interval across both bounds: the 低收入 band between them makes the 低收入 property matter', () => {
    // H ∈ [1000, 3000]: below 1240 低保, between 1240 and 2480 低收入 only with the 低收入 property, above none
    const { result } = run(
      input({ low: m('1000'), high: m('3000'), missing: ['receivingDibao'] }, true, null),
    );
    expect(result).toMatchObject({ class: 'undetermined', missing: ['receivingDibao', 'property.vehicles'] });
  });

  it('inclusive, open income from 2000 up: 低收入 up to 2480 included, none above — undetermined', () => {
    const { result } = run(
      input({ low: m('2000'), high: null, missing: ['members[1].incomes'] }, true, true, {
        thresholdInclusive: true,
      }),
    );
    expect(result).toMatchObject({
      class: 'undetermined',
      incomeTestClass: 'undetermined',
      missing: ['members[1].incomes'],
    });
  });

  it('an undetermined class has no basis even when every possible class would be on the income basis', () => {
    // inclusive; H ∈ [1000, 2000]: 低保 up to 1240, 低收入 above — both on the income basis
    const { result } = run(
      input({ low: m('1000'), high: m('2000'), missing: ['receivingDibao'] }, true, true, {
        thresholdInclusive: true,
      }),
    );
    expect(result).toMatchObject({ class: 'undetermined', basis: null, missing: ['receivingDibao'] });
  });
});

describe('classifyHousehold — PROPERTY_GAP text', () => {
  it('低收入 property met: the message says so', () => {
    const { result } = run(input({ exact: m('1000') }, false, true));
    expect(result.warnings).toEqual([
      {
        code: 'PROPERTY_GAP',
        article: '第5条',
        message:
          '家庭人均月收入低于低保标准 620 元，但家庭财产不符合低保条件、符合低收入条件；按字面低收入对象须收入“高于”低保标准，故不认定为低收入；政策选项 lowIncomeAdmitsBelowStandard 可认定为低收入',
      },
    ]);
  });

  it('低收入 property unknown: the message says it is unknown', () => {
    const { result } = run(input({ exact: m('1000') }, false, null));
    expect(result.warnings.map((w) => w.message)).toEqual([
      '家庭人均月收入低于低保标准 620 元，但家庭财产不符合低保条件（低收入财产条件未知）；按字面低收入对象须收入“高于”低保标准，故不认定为低收入；政策选项 lowIncomeAdmitsBelowStandard 可认定为低收入',
    ]);
  });

  it('thresholdInclusive and H = n·S counts as below S for the gap', () => {
    const { result } = run(input({ exact: m('1240') }, false, true, { thresholdInclusive: true }));
    expect(result.class).toBe('none');
    expect(result.warnings.map((w) => w.code)).toEqual(['PROPERTY_GAP']);
  });

  it('an income interval reaching n·S: no gap warning (H may equal n·S, where the gap does not apply)', () => {
    // H ∈ [1000, 1240], literal: below 1240 none (低保 property fails), at 1240 none — decided none, not warned
    const { result } = run(
      input({ low: m('1000'), high: m('1240'), missing: ['receivingDibao'] }, false, true),
    );
    expect(result).toMatchObject({ class: 'none', missing: [], warnings: [] });
  });

  it('literal and H = n·S: no gap warning (the equality warning is the one that applies)', () => {
    const { result } = run(input({ exact: m('1240') }, false, true));
    expect(result.warnings.map((w) => w.code)).not.toContain('PROPERTY_GAP');
  });
});

describe('classifyHousehold — policy lowIncomeMultiplier (第5条(3), 第6条 with m in place of 2)', () => {
  // m = 1.5, n = 2, S = 620: n·S = 1240, m·n·S = 1.5 × 1240 = 1860 a month; 12n·S = 14880, m × 12n·S = 22320
  const m15 = { lowIncomeMultiplier: new Dec('1.5') };

  it('the trace lists the multiplier and every note and bound uses 1.5, not 2', () => {
    // H = 1500: 1240 < 1500 < 1860 → 低收入; medical 1200: A = 18000 − 1200 = 16800, 14880 < 16800 < 22320 →
    // 低收入; tie with medical costs > 0 → the 第6条 basis
    const { result, steps } = run(
      input({ exact: m('1500') }, true, true, { ...m15, medicalPerYear: new Dec(1200) }),
    );
    expect(result).toEqual({
      class: 'lowIncome',
      basis: 'illnessExpenditure',
      incomeTestClass: 'lowIncome',
      illnessTestClass: 'lowIncome',
      missing: [],
      warnings: [],
    });
    expect(steps).toEqual([
      {
        rule: 'classification.incomeTest',
        article: '第5条',
        inputs: {
          ...incomeInputs('1500', true, true),
          twiceNTimesStandard: '1860',
          lowIncomeMultiplier: '1.5',
        },
        output: 'lowIncome',
        note: `H = 1500 > n·S = 1240，H < 1.5n·S = 1860${LITERAL}→ 低收入`,
      },
      {
        rule: 'classification.illnessExpenditure',
        article: '第6条',
        inputs: {
          yearlyHouseholdIncome: '18000',
          medicalOutOfPocketPerYear: '1200',
          incomeAfterMedicalPerYear: '16800',
          yearlyDibaoLine: '14880',
          yearlyLowIncomeLine: '22320',
          propertyMeetsDibao: true,
        },
        output: 'lowIncome',
        note: 'A = 12H − 医疗费 = 16800 > 12n·S = 14880，< 1.5 × 12n·S = 22320；须符合低保财产条件 → 低收入',
      },
      {
        rule: 'classification.household',
        article: '第6条',
        inputs: { incomeTest: 'lowIncome', illnessExpenditureTest: 'lowIncome' },
        output: 'lowIncome',
        note: `${BETTER_OF}低收入`,
      },
    ]);
  });

  it('without a policy multiplier the income step lists none (the 2 of 第5条 is not a policy input)', () => {
    const { steps } = run(input({ exact: m('1500') }, true, true));
    expect(steps[0]?.inputs).toEqual(incomeInputs('1500', true, true));
    expect(steps[0]?.inputs).not.toHaveProperty('lowIncomeMultiplier');
  });

  it('H = 1860 = 1.5n·S (literal): none, the warning names 1.5 × n × S', () => {
    // inclusive would count 1860 as 低收入, so the equality is warned
    const { result } = run(input({ exact: m('1860') }, true, true, m15));
    expect(result.class).toBe('none');
    expect(result.warnings).toEqual([
      {
        code: 'THRESHOLD_EQUALITY',
        article: '第5条',
        message:
          '家庭月收入 1860 元恰好等于 1.5 × 2人 × 低保标准 620 = 1860 元；原文“低于（，以下同）”的限定词缺失，按字面“低于/高于”都不含本数，不作认定；政策选项 thresholdInclusive 可将等于归入较低一档',
      },
    ]);
  });

  it('A = 22320 = 1.5 × 12n·S (literal): none, the 第6条 warning says 1.5倍', () => {
    // H = 1960 → 23520 > 22320: income test none; A = 23520 − 1200 = 22320, not 低于 → none; inclusive → 低收入
    const { result } = run(
      input({ exact: m('1960') }, true, true, { ...m15, medicalPerYear: new Dec(1200) }),
    );
    expect(result).toMatchObject({ class: 'none', incomeTestClass: 'none', illnessTestClass: 'none' });
    expect(result.warnings).toEqual([
      {
        code: 'THRESHOLD_EQUALITY',
        article: '第6条',
        message:
          '扣减自负医疗费用后的家庭年收入 22320 元恰好等于1.5倍年低保标准线 22320 元；按字面“低于”不含本数；政策选项 thresholdInclusive 可将等于归入较低一档',
      },
    ]);
  });
});

describe('classifyHousehold — equality warnings name only the bound that is met', () => {
  it('H = 2n·S with medical costs whose A is at no bound: only the 第5条 warning', () => {
    // H = 2480 → 29760 = 24n·S: literal none, inclusive 低收入 (低收入 property met). 低保 property fails, so the
    // 第6条 test gives none whatever A is; A = 29760 − 1200 = 28560 equals neither 14880 nor 29760: no 第6条 text
    const { result } = run(input({ exact: m('2480') }, false, true, { medicalPerYear: new Dec(1200) }));
    expect(result).toMatchObject({ class: 'none', incomeTestClass: 'none', illnessTestClass: 'none' });
    expect(result.warnings).toEqual([
      {
        code: 'THRESHOLD_EQUALITY',
        article: '第5条',
        message:
          '家庭月收入 2480 元恰好等于 2 × 2人 × 低保标准 620 = 2480 元；原文“低于（，以下同）”的限定词缺失，按字面“低于/高于”都不含本数，不作认定；政策选项 thresholdInclusive 可将等于归入较低一档',
      },
    ]);
  });
});

describe('classifyHousehold — the unknowns are tried in full', () => {
  it('exact H below n·S, 低保 property unknown, 低收入 property failing: undetermined on the 低保 property', () => {
    // H = 900 < 1240: with the 低保 property met 低保, without it none (literal; the 低收入 property fails too)
    const { result } = run(input({ exact: m('900') }, null, false));
    expect(result).toEqual({
      class: 'undetermined',
      basis: null,
      incomeTestClass: 'undetermined',
      illnessTestClass: null,
      missing: ['property.financialAssets'],
      warnings: [],
    });
  });

  it('open income with medical costs: an H above 24n·S + medical fails both tests, so the class is open', () => {
    // H ≥ 1800 a month, no upper bound (a member's income unknown); medical 1200 a year. Income test: 1800 ≤ H <
    // 2480 低收入, H ≥ 2480 none. 第6条: A = 12H − 1200 < 29760 (H < 2580) 低收入, else none. So H ≥ 2580 gives
    // none by both tests while 1800 ≤ H < 2580 gives 低收入: undetermined on the income alone
    const { result } = run(
      input({ low: m('1800'), high: null, missing: ['members[1].incomes'] }, true, true, {
        medicalPerYear: new Dec(1200),
      }),
    );
    expect(result).toEqual({
      class: 'undetermined',
      basis: null,
      incomeTestClass: 'undetermined',
      illnessTestClass: 'undetermined',
      missing: ['members[1].incomes'],
      warnings: [],
    });
  });

  it('a class certain on two different tests has no single basis', () => {
    // H = 1800 between 1240 and 2480, medical costs 0, 低收入 property unknown. With it met: income test 低收入,
    // 第6条 (A = 21600 < 29760) 低收入, a tie with medical costs 0 → the income basis. Without it: income test
    // none, 第6条 低收入 (it reads only the 低保 property) → the 第6条 basis. 低收入 either way, basis open
    const { result } = run(input({ exact: m('1800') }, true, null, { medicalPerYear: new Dec(0) }));
    expect(result).toEqual({
      class: 'lowIncome',
      basis: null,
      incomeTestClass: 'undetermined',
      illnessTestClass: 'lowIncome',
      missing: [],
      warnings: [],
    });
  });
});
