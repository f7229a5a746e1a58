/**
 * 刚性支出困难家庭 (刚性支出困难家庭认定办法(2025)第4条, in force from 2025-01-01, 第14条): a household decided
 * `none` with no 特困 member is eligible iff (二) its per-capita yearly income is below last year's local
 * per-capita disposable income, (三) the 低收入 property conditions hold and (四) its 刚性支出 of the last 12
 * months exceed (“超出”, strictly) the local share of its yearly income. Hand figures: 2 members, last year's
 * per-capita disposable income 30000 → line 60000 a year; H = 2000 a month → 24000 a year; share 0.5 → 12000.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import {
  RIGID_EXPENDITURE_HARDSHIP_ARTICLE,
  type RigidExpenditureHardshipInput,
  rigidExpenditureHardship,
} from '../../src/rules/rigid-expenditure-hardship.js';

const base: RigidExpenditureHardshipInput<Dec, Dec> = {
  assessmentDate: '2025-06-30',
  conditions: { priorYearIncomePerYear: new Dec(30000), minShareOfIncome: new Dec('0.5') },
  householdClass: 'none',
  anyExtremelyPoor: false,
  incomeTwelfths: new Dec(24000),
  members: 2,
  propertyMeetsLowIncome: true,
  rigidExpenditurePerYear: new Dec('12000.01'),
  incomeMissing: ['members[0].incomes'],
  propertyMissing: ['property.vehicles'],
};
const run = (over: Partial<RigidExpenditureHardshipInput<Dec, Dec>>) => {
  const t = new Tracer(true);
  const r = rigidExpenditureHardship(DECIMAL, { ...base, ...over }, t);
  return { ...r, steps: t.steps };
};

describe('rigidExpenditureHardship', () => {
  it('24000 < 60000, property met, 12000.01 > 0.5 × 24000: eligible; one step with every value read', () => {
    const r = run({});
    expect(r.result).toEqual({ eligible: true });
    expect(r.missing).toEqual([]);
    expect(r.steps).toEqual([
      {
        rule: 'rigidExpenditureHardship.household',
        article: RIGID_EXPENDITURE_HARDSHIP_ARTICLE,
        inputs: {
          yearlyIncome: '24000',
          members: 2,
          priorYearResidentDisposableIncomePerYear: '30000',
          minShareOfIncome: '0.5',
          rigidExpenditurePerYear: '12000.01',
          propertyMeetsLowIncome: true,
        },
        output: true,
        note: '人均年收入低于上年度居民人均可支配收入：true；财产符合条件：true；刚性支出超出家庭年收入的规定比例：true',
      },
    ]);
    expect(RIGID_EXPENDITURE_HARDSHIP_ARTICLE).toBe('刚性支出困难家庭认定办法(2025)第4条');
  });

  it('“超出” is strict: 刚性支出 of exactly 12000 is not enough', () => {
    expect(run({ rigidExpenditurePerYear: new Dec(12000) }).result).toEqual({ eligible: false });
  });

  it('“低于” is strict: a yearly income of 60000 = 2 × 30000 is not below', () => {
    expect(run({ incomeTwelfths: new Dec(60000), rigidExpenditurePerYear: new Dec(40000) }).result).toEqual({
      eligible: false,
    });
  });

  it('income 0: any positive 刚性支出 exceeds the share, none does not', () => {
    expect(run({ incomeTwelfths: new Dec(0), rigidExpenditurePerYear: new Dec('0.01') }).result).toEqual({
      eligible: true,
    });
    expect(run({ incomeTwelfths: new Dec(0), rigidExpenditurePerYear: new Dec(0) }).result).toEqual({
      eligible: false,
    });
  });

  it('the 低收入 property failing decides not eligible, whatever is unknown', () => {
    const r = run({
      propertyMeetsLowIncome: false,
      incomeTwelfths: null,
      rigidExpenditurePerYear: null,
    });
    expect(r.result).toEqual({ eligible: false });
    expect(r.missing).toEqual([]);
  });

  it('unknown facts leave it open and are listed: the income, the property, the 刚性支出', () => {
    const r = run({ incomeTwelfths: null, propertyMeetsLowIncome: null, rigidExpenditurePerYear: null });
    expect(r.result).toEqual({ eligible: null });
    expect(r.missing).toEqual(['members[0].incomes', 'property.vehicles', 'rigidExpenditurePerYear']);
    expect(r.steps[0]).toMatchObject({
      inputs: { yearlyIncome: null, rigidExpenditurePerYear: null, propertyMeetsLowIncome: null },
      output: null,
      note: '人均年收入低于上年度居民人均可支配收入：未知；财产符合条件：未知；刚性支出超出家庭年收入的规定比例：未知',
    });
    expect(run({ rigidExpenditurePerYear: null }).missing).toEqual(['rigidExpenditurePerYear']);
  });

  it('a member whose 特困 status is open leaves it open (第4条(一)), without a path of its own here', () => {
    expect(run({ anyExtremelyPoor: null })).toMatchObject({ result: { eligible: null }, missing: [] });
  });

  it('not assessed: before 2025-01-01, without the local conditions, a class other than none, a 特困 member', () => {
    const none = { result: null, missing: [] };
    expect(
      rigidExpenditureHardship(DECIMAL, { ...base, assessmentDate: '2024-12-31' }, new Tracer(true)),
    ).toEqual(none);
    expect(
      rigidExpenditureHardship(DECIMAL, { ...base, assessmentDate: '2025-01-01' }, new Tracer(true)).result,
    ).toEqual({
      eligible: true,
    });
    expect(rigidExpenditureHardship(DECIMAL, { ...base, conditions: undefined }, new Tracer(true))).toEqual(
      none,
    );
    for (const householdClass of ['dibao', 'lowIncome', 'undetermined'] as const)
      expect(rigidExpenditureHardship(DECIMAL, { ...base, householdClass }, new Tracer(true))).toEqual(none);
    expect(rigidExpenditureHardship(DECIMAL, { ...base, anyExtremelyPoor: true }, new Tracer(true))).toEqual(
      none,
    );
  });
});
