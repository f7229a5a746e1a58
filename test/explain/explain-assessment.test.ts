/**
 * The 核算说明 of one household per case — 低保, 低收入, 不属于, 待定, and a household with a 特困 member — each
 * built from a worked fixture of fixtures/assess-household (ids added to the members where the case shows
 * them by name) and pinned as a full text in test/explain/expected/. Beside each pin, the lines that carry
 * the fixture's hand derivation are asserted as written from that derivation, so a pin that drifted from
 * the numbers of the law fails twice.
 *
 * To re-pin after a deliberate change of wording: DIBAO_EXPLAIN_PIN=1 npx vitest run test/explain, then
 * read every changed text before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  DibaoInputError,
  explainAssessment,
  type Household,
  type HouseholdAssessment,
  type Policy,
} from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXPECTED = join(import.meta.dirname, 'expected');

interface Fixture {
  input: { household: Household; policy: Policy };
  derivation: string[];
}

function fixture(
  name: string,
  memberIds?: string[],
): { household: Household; policy: Policy; derivation: string[] } {
  const fx = JSON.parse(
    readFileSync(join(ROOT, 'fixtures', 'assess-household', `${name}.json`), 'utf8'),
  ) as Fixture;
  const household = structuredClone(fx.input.household);
  if (memberIds !== undefined)
    for (const [i, m] of household.members.entries()) Object.assign(m, { id: memberIds[i] });
  return { household, policy: fx.input.policy, derivation: fx.derivation };
}

/** The text pinned in `expected/<file>`, or (with DIBAO_EXPLAIN_PIN=1) the text written there. */
function pinned(file: string, actual: string): string {
  const path = join(EXPECTED, file);
  if (process.env.DIBAO_EXPLAIN_PIN === '1' || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

describe('explainAssessment: one full text per case', () => {
  it('低保: fixture 01, a mother and her 8-year-old son (ids given), the minor’s grant', () => {
    const { household, policy, derivation } = fixture('01-basic-dibao-two-person', ['mother', 'son']);
    expect(derivation[4]).toBe('差额 = (620 − 450) × 2 = 340.00 元（社会救助暂行办法第12条）');
    const { text, markdown } = explainAssessment(household, policy);
    expect(text).toBe(pinned('01-dibao.txt', text));
    expect(markdown).toBe(pinned('01-dibao.md', markdown));
    // The fixture's hand derivation, line by line.
    expect(text).toContain('适用标准：城市低保标准 620.00 元/人·月'); // S = 620
    expect(text).toContain('家庭人口：2 人'); // n = 2
    expect(text).toContain('家庭月收入〔第5条〕'); // H = 900 + 0
    expect(text).toContain('结果：900 元/月');
    expect(text).toContain('H = 900 < n·S = 1240'); // 900 < 2 × 620
    expect(text).toContain('家庭类别：低保（认定依据：收入检验，第5条）');
    expect(text).toContain('家庭人均月收入：450.00 元'); // 900 ÷ 2
    expect(text).toContain('每月低保金：402.00 元 = 差额 340.00 元 + 特殊对象增发补助金 62.00 元');
    expect(text).toContain('差额计算：差额 = (620 − 900 ÷ 2) × 2人');
    expect(text).toContain('其中增发补助金：成员 son 62.00 元（未成年人）'); // 620 × 0.1
    expect(text).toContain('成员 mother（1980-05-01 出生，38 周岁）');
    expect(text).toContain('成员 son（2010-03-15 出生，8 周岁）');
    expect(text).toContain('16 ≤ 38 < 55：在劳动年龄段内'); // the mother: working age, employed
    expect(text).toContain('有具备履行能力的法定赡养、抚养、扶养义务人，不属于特困人员'); // the son: not 特困
    expect(text).not.toMatch(/members\[\d\]/);
  });

  it('低收入: fixture 04, income between S and 2S, financial assets over the 低保 limit only', () => {
    const { household, policy } = fixture('04-low-income-property-model');
    const { text } = explainAssessment(household, policy);
    expect(text).toBe(pinned('04-low-income.txt', text));
    expect(text).toContain('H = 1800 > n·S = 1240，H < 2n·S = 2480'); // 1240 < 1800 < 2480
    expect(text).toContain('金融资产 30000 > 2人 × 24个月 × 620 = 29760'); // 低保 property: fails
    expect(text).toContain('金融资产 30000 ≤ 2人 × 36个月 × 620 = 44640'); // 低收入 property: meets
    expect(text).toContain('家庭类别：低收入（认定依据：收入检验，第5条）');
    expect(text).toContain('每月低保金：不适用（家庭属于低收入，不属于低保）'); // no 低保金
    expect(text).toContain('第1位成员（1978-02-01 出生，40 周岁）'); // members without id
    expect(text).not.toContain('公益性社区服务义务〔'); // no community service outside 低保
  });

  it('不属于: fixture 05, income above 2n·S', () => {
    const { household, policy } = fixture('05-none-above-double');
    const { text } = explainAssessment(household, policy);
    expect(text).toBe(pinned('05-none.txt', text));
    expect(text).toContain('结果：2600 元/月'); // H = 1500 + 1100
    expect(text).toContain('2n·S = 2480'); // 2 × 2 × 620
    expect(text).toContain('家庭类别：不属于低保或低收入\n');
    expect(text).toContain('每月低保金：不适用（家庭不属于低保或低收入）');
  });

  it('待定: fixture 15, a member whose income is not given, with the field that supplies it', () => {
    const { household, policy } = fixture('15-unknown-income-decides', ['丈夫', '妻子']);
    const { text } = explainAssessment(household, policy);
    expect(text).toBe(pinned('15-undetermined.txt', text));
    expect(text).toContain('家庭类别：待定\n');
    expect(text).toContain('家庭月收入未知：至少 500 元/月'); // H ≥ 500
    expect(text).toContain('本人月收入：未提供（收入未知）');
    expect(text).toContain('每月低保金：待定（家庭类别待定）');
    // missing = members[1].incomes, in words and with the field to fill
    expect(text).toContain(
      '四、尚缺事实\n  1. 成员 妻子的收入：请填写该成员的 incomes（逐项填写；没有收入填 []）\n',
    );
  });

  it('特困: fixture 24, a 75-year-old 特困 father living with his son', () => {
    const { household, policy } = fixture('24-extremely-poor-with-son', ['父亲', '儿子']);
    const { text } = explainAssessment(household, policy);
    expect(text).toBe(pinned('24-extremely-poor.txt', text));
    expect(text).toContain('本人月收入 0 < 低保标准 620，家庭财产符合规定 → 无生活来源');
    expect(text).toContain('法定义务人 法定义务人无履行义务能力'); // supporters = unable
    expect(text).toContain('特困人员：成员 父亲（第5条(1)）');
    expect(text).toContain('H = 800 < n·S = 1240'); // the household still counts 2
    expect(text).toContain('每月低保金：502.00 元 = 差额 440.00 元 + 特殊对象增发补助金 62.00 元');
    expect(text).toContain('多人家庭中有特困人员〔第5条〕');
    expect(text).toContain('特困人员 成员 父亲 与其他成员共同生活（共 2 人）');
  });
});

describe('explainAssessment: input', () => {
  const { household, policy } = fixture('01-basic-dibao-two-person', ['mother', 'son']);

  it('explains a given result, and assesses the household itself when the result has no trace', () => {
    const result = assessHousehold(household, policy);
    const direct = explainAssessment(household, policy);
    expect(explainAssessment(household, policy, result)).toEqual(direct);
    expect(
      explainAssessment(household, policy, assessHousehold(household, policy, { trace: false })),
    ).toEqual(direct);
    expect(explainAssessment(household, policy, undefined, { articleTexts: false }).text).not.toContain(
      '六、所引条文',
    );
  });

  it('throws DibaoInputError for a bad household, a bad policy, or a result that is not this household’s', () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(DibaoInputError);
        return (e as DibaoInputError).issues[0];
      }
      throw new Error('did not throw');
    };
    expect(issue(() => explainAssessment({ ...household, assessmentDate: '2018-02-30' }, policy))?.path).toBe(
      'assessmentDate',
    );
    expect(
      issue(() => explainAssessment(household, { ...policy, specialGrantStacking: 'x' as never }))?.path,
    ).toBe('specialGrantStacking');
    const other = assessHousehold({ ...household, members: [household.members[0] as never] }, policy);
    expect(issue(() => explainAssessment(household, policy, other))).toMatchObject({
      path: 'result.members',
      code: 'inconsistent',
    });
    const result = assessHousehold(household, policy);
    const broken = (patch: (r: Record<string, unknown>) => void): HouseholdAssessment => {
      const r = structuredClone(result) as unknown as Record<string, unknown>;
      patch(r);
      return r as unknown as HouseholdAssessment;
    };
    const cases: Array<[(r: Record<string, unknown>) => void, string]> = [
      [(r) => Object.assign(r, { class: 'rich' }), 'result.class'],
      [(r) => Object.assign(r, { area: 'suburb' }), 'result.area'],
      [(r) => Object.assign(r, { extremelyPoorRules: 2016 }), 'result.extremelyPoorRules'],
      [(r) => Object.assign(r, { basis: 1 }), 'result.basis'],
      [(r) => Object.assign(r, { benefit: 'x' }), 'result.benefit'],
      [(r) => Object.assign(r, { benefit: { basePerMonth: '1' } }), 'result.benefit.specialGrantsPerMonth'],
      [
        (r) => Object.assign(r, { illnessExpenditure: { class: 'x', perCapitaIncomePerMonth: null } }),
        'result.illnessExpenditure.class',
      ],
      [(r) => Object.assign(r, { missing: [1] }), 'result.missing[0]'],
      [(r) => Object.assign(r, { warnings: [{ code: 'X' }] }), 'result.warnings[0].article'],
      [(r) => Object.assign(r, { trace: [null] }), 'result.trace[0]'],
      [
        (r) =>
          Object.assign(r, { trace: [{ rule: 'x', article: 'y', note: 'z', inputs: { a: {} }, output: 1 }] }),
        'result.trace[0].inputs.a',
      ],
      [
        (r) =>
          Object.assign(r, {
            trace: [{ rule: 'x', article: 'y', note: 'z', inputs: {}, output: Number.NaN }],
          }),
        'result',
      ],
      [(r) => Object.assign(r, { members: [null, null] }), 'result.members[0]'],
      [(r) => Object.assign((r.members as object[])[1] as object, { age: '8' }), 'result.members[1].age'],
      [(r) => Object.assign((r.members as object[])[1] as object, { class: 'x' }), 'result.members[1].class'],
      [
        (r) => Object.assign((r.members as object[])[1] as object, { workingAge: 'no' }),
        'result.members[1].workingAge',
      ],
      [
        (r) => Object.assign((r.members as object[])[1] as object, { specialGroups: 'minor' }),
        'result.members[1].specialGroups',
      ],
      [
        (r) => Object.assign((r.members as object[])[1] as object, { unionHardshipWorker: 1 }),
        'result.members[1].unionHardshipWorker',
      ],
      [(r) => Object.assign(r, { perCapitaIncomePerMonth: 450 }), 'result.perCapitaIncomePerMonth'],
    ];
    for (const [patch, path] of cases)
      expect(issue(() => explainAssessment(household, policy, broken(patch)))?.path).toBe(path);
    expect(issue(() => explainAssessment(household, policy, null as never))?.path).toBe('result');
    const cyclic = structuredClone(result) as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(issue(() => explainAssessment(household, policy, cyclic as never))?.path).toBe('result.self');
    const throwing = new Proxy(structuredClone(result), {
      get(target, key, receiver) {
        if (key === 'members') throw new Error('no');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(issue(() => explainAssessment(household, policy, throwing))?.path).toBe('result.members');
    expect(issue(() => explainAssessment(household, policy, (() => 1) as never))?.path).toBe('result');
  });

  it('words the result fields of the rules in force since 2021 when a result carries them', () => {
    const result = assessHousehold(household, policy) as HouseholdAssessment & Record<string, unknown>;
    const national = structuredClone(result) as HouseholdAssessment & Record<string, unknown>;
    Object.assign(national, {
      rulesVersion: 'national2021',
      countedMembers: 1,
      deductionsPerMonth: { employmentCost: '100.00', rigidExpenditure: '50.00' },
      rigidExpenditureHardship: { eligible: false },
    });
    Object.assign(national.members[0] as object, { singlePersonDibao: null });
    Object.assign(national.members[1] as object, {
      singlePersonDibao: {
        eligible: true,
        benefit: { basePerMonth: '620.00', specialGrantPerMonth: '62.00', totalPerMonth: '682.00' },
      },
    });
    const { text } = explainAssessment(household, policy, national);
    expect(text).toContain('适用规则：国家现行规定（2021年起）；特困人员认定办法（2016）');
    expect(text).toContain('计入家庭核算的人数：1 人（特困人员单独供养，不计入）');
    expect(text).toContain(
      '收入扣除：必要就业成本 100.00 元/月，刚性支出 50.00 元/月（最低生活保障审核确认办法(2021)第13条）',
    );
    expect(text).toContain(
      '单人户纳入低保：成员 son：符合，每月 682.00 元 = 差额 620.00 元 + 增发补助金 62.00 元（最低生活保障审核确认办法(2021)第8条）',
    );
    expect(text).toContain('刚性支出困难家庭：否（刚性支出困难家庭认定办法(2025)第4条）');
    Object.assign(national, { countedMembers: null, rigidExpenditureHardship: { eligible: null } });
    Object.assign(national.members[1] as object, { singlePersonDibao: { eligible: null, benefit: null } });
    const open = explainAssessment(household, policy, national).text;
    expect(open).toContain('计入家庭核算的人数：待定（成员是否为特困人员尚未确定）');
    expect(open).toContain('单人户纳入低保：待定（所需事实未知）');
    expect(open).toContain('刚性支出困难家庭：未知');
    Object.assign(national.members[1] as object, { singlePersonDibao: { eligible: 'yes', benefit: null } });
    expect(() => explainAssessment(household, policy, national)).toThrow(DibaoInputError);
  });

  it('keeps caller text on one line and escapes it in Markdown', () => {
    const odd = {
      ...household,
      id: 'A\nB*_[x](y)#',
      members: household.members.map((m, i) => ({ ...m, id: i === 0 ? '母亲\r\n' : ' \t' })),
    };
    const { text, markdown } = explainAssessment(odd as Household, policy);
    expect(text).toContain('家庭：A B*_[x](y)#\n');
    expect(text).toContain('成员 母亲（1980-05-01 出生，38 周岁）');
    expect(text).toContain('第2位成员（2010-03-15 出生，8 周岁）'); // a blank id is no id
    expect(markdown).toContain('- **家庭**：A B\\*\\_\\[x\\](y)\\#\n');
  });
});
