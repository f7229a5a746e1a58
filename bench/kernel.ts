/**
 * The 第5条 income test three ways, for the benchmark: the library's exact kernel (decimal), a plain
 * `number` reference of the same rule, and the same rule in json-rules-engine. Each takes one case
 * (household income ×12, members, the standard, the two property conclusions) and returns the class.
 */
import { Engine } from 'json-rules-engine';
import { type Dec, MONTHS_PER_YEAR, toDec } from '../src/core/money.js';
import { DECIMAL, FEN, UNITS_PER_FEN } from '../src/rules/arithmetic.js';
import { incomeTestClass, LOW_INCOME_MULTIPLIER } from '../src/rules/classification.js';
import { moneyFen } from '../src/rules/fen.js';

export type IncomeClass = 'dibao' | 'lowIncome' | 'none';

/** One 第5条 case as it arrives from JSON: money as decimal strings. */
export interface KernelCase {
  householdTwelfths: string;
  members: number;
  standardPerMonth: string;
  propertyMeetsDibao: boolean;
  propertyMeetsLowIncome: boolean;
}

/**
 * The library's exact kernel as `assessHousehold` runs it in the common case: the one `incomeTestClass` on
 * the integer arithmetic (`FEN` of src/rules/arithmetic.ts), money read once to 1/10000 分; a value that is
 * not a whole number of 分 falls back to the decimal kernel. (The benchmark's amounts are far inside the safe
 * integers, so the products are not checked here.)
 */
export function fenKernel(cases: readonly KernelCase[]) {
  const decimal = decimalKernel(cases);
  const parsed = cases.map((c) => ({ h: moneyFen(c.householdTwelfths), s: moneyFen(c.standardPerMonth), c }));
  return (i: number): IncomeClass => {
    const p = parsed[i] as { h: number; s: number; c: KernelCase };
    if (p.h < 0 || p.s < 0) return decimal(i);
    const line = p.s * UNITS_PER_FEN * 12 * p.c.members;
    const h = p.h * UNITS_PER_FEN;
    return incomeTestClass(
      FEN,
      h,
      p.c.propertyMeetsDibao,
      p.c.propertyMeetsLowIncome,
      line,
      line * LOW_INCOME_MULTIPLIER,
      false,
      false,
    );
  };
}

/** The decimal kernel (`incomeTestClass`, the path behind the fast one): on decimal.js values parsed once. */
export function decimalKernel(cases: readonly KernelCase[]) {
  const parsed = cases.map((c) => ({ h: toDec(c.householdTwelfths), s: toDec(c.standardPerMonth), c }));
  return (i: number): IncomeClass => {
    const p = parsed[i] as { h: Dec; s: Dec; c: KernelCase };
    const yearly = p.s.mul(p.c.members).mul(MONTHS_PER_YEAR);
    return incomeTestClass(
      DECIMAL,
      p.h,
      p.c.propertyMeetsDibao,
      p.c.propertyMeetsLowIncome,
      yearly,
      yearly.mul(LOW_INCOME_MULTIPLIER),
      false,
      false,
    );
  };
}

/** The same rule on plain floating-point numbers (what a quick script would do). */
export function floatKernel(cases: readonly KernelCase[]) {
  const parsed = cases.map((c) => ({ h: Number(c.householdTwelfths), s: Number(c.standardPerMonth), c }));
  return (i: number): IncomeClass => {
    const p = parsed[i] as { h: number; s: number; c: KernelCase };
    const yearly = p.s * p.c.members * 12;
    if (p.h < yearly) return p.c.propertyMeetsDibao ? 'dibao' : 'none';
    if (p.h === yearly) return 'none';
    if (p.h < 2 * yearly) return p.c.propertyMeetsLowIncome ? 'lowIncome' : 'none';
    return 'none';
  };
}

/** The same rule as json-rules-engine rules over numeric facts. */
export function jsonRulesEngineKernel() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addFact('yearlyStandard', (_params, almanac) =>
    Promise.all([almanac.factValue<number>('standardPerMonth'), almanac.factValue<number>('members')]).then(
      ([s, n]) => s * n * 12,
    ),
  );
  engine.addFact('doubleYearlyStandard', (_params, almanac) =>
    almanac.factValue<number>('yearlyStandard').then((y) => 2 * y),
  );
  engine.addRule({
    name: 'dibao',
    priority: 2,
    conditions: {
      all: [
        { fact: 'householdTwelfths', operator: 'lessThan', value: { fact: 'yearlyStandard' } },
        { fact: 'propertyMeetsDibao', operator: 'equal', value: true },
      ],
    },
    event: { type: 'dibao' },
  });
  engine.addRule({
    name: 'lowIncome',
    priority: 1,
    conditions: {
      all: [
        { fact: 'householdTwelfths', operator: 'greaterThan', value: { fact: 'yearlyStandard' } },
        { fact: 'householdTwelfths', operator: 'lessThan', value: { fact: 'doubleYearlyStandard' } },
        { fact: 'propertyMeetsLowIncome', operator: 'equal', value: true },
      ],
    },
    event: { type: 'lowIncome' },
  });
  return async (c: KernelCase): Promise<IncomeClass> => {
    const { events } = await engine.run({
      householdTwelfths: Number(c.householdTwelfths),
      members: c.members,
      standardPerMonth: Number(c.standardPerMonth),
      propertyMeetsDibao: c.propertyMeetsDibao,
      propertyMeetsLowIncome: c.propertyMeetsLowIncome,
    });
    const types = events.map((e) => e.type);
    if (types.includes('dibao')) return 'dibao';
    if (types.includes('lowIncome')) return 'lowIncome';
    return 'none';
  };
}
