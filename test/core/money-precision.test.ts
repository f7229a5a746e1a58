/**
 * Money the exact arithmetic cannot carry to the cent is refused by name (`precision_exceeded`), never
 * rounded: the arithmetic keeps 40 significant digits, so an amount of 10^42 + 0.01 would lose its cent.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MONEY_INTEGER_DIGITS, moneyBeyondExact } from '../../src/core/money.js';
import { assessHousehold, DibaoInputError, dibaoStandards, specialSupport } from '../../src/index.js';

const big = `1${'0'.repeat(42)}.01`; // 10^42 + 0.01

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    return (e as DibaoInputError).issues;
  }
  throw new Error('expected a DibaoInputError');
}

describe('money beyond the exact range', () => {
  it('is ≥ 10^20 元 as text or as a number; below that it is kept exactly', () => {
    expect(MAX_MONEY_INTEGER_DIGITS).toBe(20);
    expect(moneyBeyondExact('99999999999999999999.99')).toBe(false); // 20 integer digits
    expect(moneyBeyondExact('100000000000000000000')).toBe(true); // 21
    expect(moneyBeyondExact(big)).toBe(true);
    expect(moneyBeyondExact('-100000000000000000000')).toBe(true);
    expect(moneyBeyondExact(1e20)).toBe(true);
    expect(moneyBeyondExact(-1e20)).toBe(true);
    expect(moneyBeyondExact(9.9e19)).toBe(false);
    expect(moneyBeyondExact('1,780')).toBe(false); // not money at all: judged elsewhere
    expect(moneyBeyondExact(`0.${'0'.repeat(60)}1`)).toBe(false); // tiny: carried to 40 digits, far below a cent
  });

  it('counts the integer digits of a negative text without its sign, and judges no text of another form', () => {
    // −(10^20 − 1): 20 integer digits after the sign, exactly at the bound, so it is kept
    expect(moneyBeyondExact(`-${'9'.repeat(20)}`)).toBe(false);
    expect(moneyBeyondExact(`-${'9'.repeat(20)}.99`)).toBe(false);
    expect(moneyBeyondExact(`-1${'0'.repeat(20)}`)).toBe(true); // −10^20: 21 digits
    // long texts that are not decimals (grouped digits, letters) are judged elsewhere, whatever their length
    expect(moneyBeyondExact('1,000,000,000,000,000,000,000')).toBe(false);
    expect(moneyBeyondExact('x'.repeat(30))).toBe(false);
  });

  it('a 低保标准 of 10^42 + 0.01 is refused by name, not paid one cent short', () => {
    const household = {
      assessmentDate: '2020-01-01',
      area: 'urban',
      members: [{ birthDate: '1980-01-01', incomes: [] }],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    };
    const issues = issuesOf(() =>
      assessHousehold(household as never, { dibaoStandardPerMonth: { urban: big, rural: '410' } }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: 'dibaoStandardPerMonth.urban', code: 'precision_exceeded' }),
    ]);
    expect(issues[0]?.message).toContain('10^20');
  });

  it('an income of 10^21 as a JSON number is refused the same way', () => {
    const household = {
      assessmentDate: '2020-01-01',
      area: 'urban',
      members: [{ birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: 1e21 }] }],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    };
    expect(
      issuesOf(() =>
        assessHousehold(household as never, { dibaoStandardPerMonth: { urban: '620', rural: '410' } }),
      ),
    ).toEqual([
      expect.objectContaining({ path: 'members[0].incomes[0].perMonth', code: 'precision_exceeded' }),
    ]);
  });

  it('every rule refuses it: 第4条 and 第12条 inputs', () => {
    expect(
      issuesOf(() =>
        dibaoStandards({
          year: 2022,
          urbanDisposableIncomePerYear: big,
          ruralDisposableIncomePerYear: '16636',
          minimumWagePerMonth: '1780',
          povertyLinePerYear: '4000',
        }),
      ),
    ).toEqual([
      expect.objectContaining({ path: 'urbanDisposableIncomePerYear', code: 'precision_exceeded' }),
    ]);
    expect(
      issuesOf(() =>
        specialSupport({
          priorYearDibaoStandardPerMonth: big,
          priorYearMinimumWagePerMonth: '1640',
          selfCareAbility: 'able',
        }),
      ),
    ).toEqual([
      expect.objectContaining({ path: 'priorYearDibaoStandardPerMonth', code: 'precision_exceeded' }),
    ]);
  });
});
