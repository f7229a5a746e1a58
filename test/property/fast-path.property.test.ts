/**
 * The household rules on the integer arithmetic (FEN of src/rules/arithmetic.ts, what assessHousehold runs
 * when the fast reader vouches for the input) against the same rules on the decimal one: byte-identical JSON for generated households and policies — including amounts exactly at n·S and 2n·S
 * (and A at 12n·S, 24n·S for 第6条) and one 分 either side, yearly incomes not divisible by 12, 第11条
 * exemptions with unknown `receivingDibao`/`since`, cancellations, 第10条 grants stacked by max and by sum,
 * unknown facts, money with three decimals and huge amounts (which must fall back to the decimal path).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_POLICY, BENCH_POLICY_NATIONAL, generateHouseholds } from '../../bench/households.mjs';
import {
  assessHousehold,
  assessHouseholdDecimal,
  assessHouseholds,
  assessPreparedHousehold,
  assessWith,
  prepareHouseholdPolicy,
} from '../../src/assess.js';
import { formatIsoDate, parseIsoDate, shiftIsoMonths, shiftMonths } from '../../src/core/dates.js';
import { Tracer } from '../../src/core/trace.js';
import { ageOnDays, ageOnIsoDates } from '../../src/rules/age.js';
import { DECLINE, FEN } from '../../src/rules/arithmetic.js';
import { shiftedDayText } from '../../src/rules/fast-dates.js';
import { dayKey, fenHousehold } from '../../src/schema/fen-household.js';
import { fenPolicyOf } from '../../src/schema/fen-policy.js';
import type { Household, Member } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';
import { dateArb, householdArb, nationalPolicyArb, policyArb } from './arbitraries.js';
import { moneyArb } from './helpers.js';

const RUNS = { numRuns: 800 };

/** Integer 分 as a yuan string (`62000` → `"620"`, `62001` → `"620.01"`). */
function yuan(fen: number): string {
  const c = fen % 100;
  const y = (fen - c) / 100;
  return c === 0 ? String(y) : `${y}.${String(c).padStart(2, '0')}`;
}

function fenOfText(v: string | number): number {
  const [i, f = ''] = String(v).split('.');
  return Number(i) * 100 + Number(`${f}00`.slice(0, 2));
}

/** Money that is sometimes outside the fast path: three decimals, an exponent-free huge amount, a JSON number. */
const oddMoneyArb = fc.oneof(
  fc
    .integer({ min: 0, max: 9_999_999 })
    .map((m) => `${(m - (m % 1000)) / 1000}.${String(m % 1000).padStart(3, '0')}`),
  fc.constantFrom('12345678901234.5', '99999999999', '0.005', '1000000000'),
  fc.integer({ min: 0, max: 1_000_000 }).map((f) => f / 100),
);

/** A refusal list of three dates within the 6 months before the assessment date (a cancellation when working-age). */
const recentRefusals = (assessmentDate: string) => [1, 2, 3].map((k) => shiftIsoMonths(assessmentDate, -k));

type Edge =
  | { kind: 'none' }
  | { kind: 'atLine'; times: 1 | 2; delta: -1 | 0 | 1; yearly: boolean }
  | { kind: 'afterMedical'; times: 1 | 2; delta: -1 | 0 | 1; medicalFen: number }
  | { kind: 'oddMoney'; value: string | number; where: 'income' | 'medical' | 'assets' }
  | { kind: 'refusals'; member: number }
  | { kind: 'openExemption'; times: 1 | 2; deltaFen: number; since: boolean };

const edgeArb: fc.Arbitrary<Edge> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Edge>({ kind: 'none' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('atLine' as const),
      times: fc.constantFrom(1 as const, 2 as const),
      delta: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      yearly: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('afterMedical' as const),
      times: fc.constantFrom(1 as const, 2 as const),
      delta: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      medicalFen: fc.integer({ min: 0, max: 3_000_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('oddMoney' as const),
      value: oddMoneyArb,
      where: fc.constantFrom('income' as const, 'medical' as const, 'assets' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('refusals' as const), member: fc.integer({ min: 0, max: 5 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('openExemption' as const),
      times: fc.constantFrom(1 as const, 2 as const),
      deltaFen: fc.oneof(fc.integer({ min: -40_000, max: 40_000 }), fc.constantFrom(0, 30_000, 15_000)),
      since: fc.boolean(),
    }),
  },
);

/** Applies an edge case to a generated household (a fresh copy; the generated value is left alone). */
function withEdge(h: Household, p: Policy, edge: Edge): Household {
  const out = structuredClone(h) as Household & { members: Member[] };
  const S = fenOfText(p.dibaoStandardPerMonth[out.area] as string | number);
  const n = out.members.length;
  const setOnlyIncome = (entry: NonNullable<Member['incomes']>[number]) => {
    out.members.forEach((m, i) => {
      m.incomes = i === 0 ? [entry] : [];
    });
  };
  switch (edge.kind) {
    case 'atLine': {
      // H = times·n·S + delta 分 a month (or, yearly, 12·times·n·S + delta 分 a year: not divisible by 12).
      const line = edge.times * n * S;
      if (edge.yearly) setOnlyIncome({ kind: 'other', perYear: yuan(12 * line + edge.delta) });
      else setOnlyIncome({ kind: 'other', perMonth: yuan(line + edge.delta) });
      delete out.medicalOutOfPocketPerYear;
      break;
    }
    case 'afterMedical': {
      // A = 12H − medical = times·12·n·S + delta.
      const yearly = edge.times * 12 * n * S + edge.medicalFen + edge.delta;
      setOnlyIncome({ kind: 'pension', perYear: yuan(yearly) });
      out.medicalOutOfPocketPerYear = yuan(edge.medicalFen);
      break;
    }
    case 'oddMoney':
      if (edge.where === 'medical') out.medicalOutOfPocketPerYear = edge.value;
      else if (edge.where === 'assets')
        out.property = { ...(out.property ?? {}), financialAssets: edge.value };
      else (out.members[0] as Member).incomes = [{ kind: 'other', perMonth: edge.value }];
      break;
    case 'refusals': {
      const m = out.members[edge.member % n] as Member;
      m.jobReferralRefusals = recentRefusals(out.assessmentDate);
      break;
    }
    case 'openExemption': {
      // Employment income around times·n·S with receivingDibao unknown: H is an interval (第11条) that may
      // contain the line, so the class is decided over every value H may take.
      const amount = edge.times * n * S + edge.deltaFen;
      const entry: NonNullable<Member['incomes']>[number] = {
        kind: 'employment',
        perMonth: yuan(Math.max(amount, 0)),
      };
      if (edge.since) entry.since = out.assessmentDate;
      setOnlyIncome(entry);
      delete out.receivingDibao;
      break;
    }
    default:
      break;
  }
  return out;
}

/** Which facts to drop: a member's incomes, sex, supporters; the property facts or the 核对平台 conclusion. */
const unknownsArb = fc.record({
  incomesOf: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  sexOf: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  supportersOf: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  assessment: fc.boolean(),
  property: fc.subarray(['financialAssets', 'vehicles', 'extraHousingUnits'] as const),
});

/** Drops the chosen facts (a fresh copy): unknown income, sex, supporters and property facts. */
function withUnknowns(
  h: Household,
  drop: typeof unknownsArb extends fc.Arbitrary<infer T> ? T : never,
): Household {
  const out = structuredClone(h) as Household & { members: Member[] };
  const n = out.members.length;
  if (drop.incomesOf !== undefined) delete (out.members[drop.incomesOf % n] as Member).incomes;
  if (drop.sexOf !== undefined) delete (out.members[drop.sexOf % n] as Member).sex;
  if (drop.supportersOf !== undefined) delete (out.members[drop.supportersOf % n] as Member).supporters;
  if (drop.assessment) delete out.propertyAssessment;
  if (out.property !== undefined) for (const k of drop.property) delete out.property[k];
  return out;
}

/** Policies: F's generator, plus rates outside the fast path and huge standards now and then. */
const policyWithOddsArb: fc.Arbitrary<Policy> = fc
  .tuple(
    policyArb(fc.boolean()),
    fc.constantFrom<null | Partial<Policy>>(
      null,
      null,
      null,
      { specialGrantRates: { seriousIllness: '0.12345', minor: '0.1' } },
      { specialGrantRates: { age70Plus: '25' } },
      { dibaoStandardPerMonth: { urban: '2000000', rural: '410' } },
      { dibaoStandardPerMonth: { urban: '620.505', rural: '410' } },
      { employmentIncomeExemption: { perMonth: '300.125', months: 6 } },
      { propertyLimits: { dibao: { financialAssetsPerCapitaMonths: 24.5 }, lowIncome: {} } },
      { propertyLimits: { dibao: { financialAssetsPerCapitaMonths: 0.00001 } } },
      { specialGrantStacking: 'sum' },
      { employmentIncomeExemption: { perMonth: '300', months: 6 } },
      { employmentIncomeExemption: { perMonth: '300', months: 6 }, lowIncomeAdmitsBelowStandard: true },
      {
        employmentIncomeExemption: { perMonth: '150', months: 3 },
        lowIncomeAdmitsBelowStandard: true,
        thresholdInclusive: false,
        propertyLimits: { dibao: { maxVehicles: 0 }, lowIncome: { maxVehicles: 1 } },
      },
    ),
  )
  .map(([p, extra]) => ({ ...p, ...(extra ?? {}) }) as Policy);

/** Households from F's generator with the assessment date spread, and unknowns made likelier. */
const householdWithEdgeArb = fc
  .tuple(householdArb, dateArb(2019, 2022), fc.boolean(), edgeArb)
  .map(([h, date, dropReceiving, edge]) => {
    const copy = structuredClone(h) as Household & { members: Member[] };
    // Keep every birth date on or before the assessment date (else both paths throw the same error).
    copy.assessmentDate = date;
    for (const m of copy.members) if (m.birthDate > date) m.birthDate = date;
    if (dropReceiving) delete copy.receivingDibao;
    return { h: copy as Household, edge };
  });

describe('fast path ≡ decimal path (byte-identical JSON)', () => {
  it('assessHousehold with trace off equals the decimal rules', () => {
    fc.assert(
      fc.property(householdWithEdgeArb, policyWithOddsArb, ({ h, edge }, p) => {
        const household = withEdge(h, p, edge);
        const fast = JSON.stringify(assessHousehold(household, p, { trace: false }));
        const exact = JSON.stringify(assessHouseholdDecimal(household, p, { trace: false }));
        expect(fast).toBe(exact);
      }),
      RUNS,
    );
  });

  it('the batch and the prepared policy give the same results as the decimal rules one by one', () => {
    fc.assert(
      fc.property(
        fc.array(householdWithEdgeArb, { minLength: 1, maxLength: 6 }),
        policyWithOddsArb,
        (hs, p) => {
          const households = hs.map(({ h, edge }) => withEdge(h, p, edge));
          const exact = households.map((x) => JSON.stringify(assessHouseholdDecimal(x, p, { trace: false })));
          const batch = assessHouseholds(households, p, { trace: false }).map((r) => JSON.stringify(r));
          const prepared = prepareHouseholdPolicy(p);
          const one = households.map((x) =>
            JSON.stringify(assessPreparedHousehold(x, prepared, { trace: false })),
          );
          expect(batch).toEqual(exact);
          expect(one).toEqual(exact);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a traced assessment (integer path, trace written as it computes) equals the decimal one, trace included', () => {
    fc.assert(
      fc.property(householdWithEdgeArb, policyWithOddsArb, ({ h, edge }, p) => {
        const household = withEdge(h, p, edge);
        const traced = assessHousehold(household, p);
        expect(JSON.stringify(traced)).toBe(JSON.stringify(assessHouseholdDecimal(household, p)));
        expect(JSON.stringify({ ...traced, trace: [] })).toBe(
          JSON.stringify(assessHousehold(household, p, { trace: false })),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('households with unknown facts (undetermined class, open H, unknown property) are identical, traced or not', () => {
    fc.assert(
      fc.property(householdWithEdgeArb, policyWithOddsArb, unknownsArb, ({ h, edge }, p, drop) => {
        const household = withUnknowns(withEdge(h, p, edge), drop);
        for (const trace of [false, true])
          expect(JSON.stringify(assessHousehold(household, p, { trace }))).toBe(
            JSON.stringify(assessHouseholdDecimal(household, p, { trace })),
          );
      }),
      { numRuns: 400 },
    );
  });

  it('the seeded benchmark households are identical, traced or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        for (const household of generateHouseholds(8, seed) as Household[])
          for (const trace of [false, true])
            expect(JSON.stringify(assessHousehold(household, BENCH_POLICY as Policy, { trace }))).toBe(
              JSON.stringify(assessHouseholdDecimal(household, BENCH_POLICY as Policy, { trace })),
            );
      }),
      { numRuns: 150 },
    );
  });

  it('the dates of the fast path, on YYYYMMDD numbers, equal the string rules (ageOnIsoDates, shiftIsoMonths)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1901, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }),
        fc.date({ min: new Date(1901, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }),
        fc.integer({ min: -130, max: 0 }),
        (a, b, k) => {
          const [birth, on] = [formatIsoDate(a), formatIsoDate(b)].sort() as [string, string];
          expect(ageOnDays(dayKey(birth), dayKey(on))).toBe(ageOnIsoDates(birth, on));
          expect(shiftedDayText(dayKey(on), k)).toBe(shiftIsoMonths(on, k));
        },
      ),
      { numRuns: 3000 },
    );
    for (const [birth, on] of [
      ['2008-02-29', '2026-02-28'],
      ['2008-02-29', '2024-02-28'],
      ['2000-02-29', '2100-02-28'],
    ] as const)
      expect(ageOnDays(dayKey(birth), dayKey(on))).toBe(ageOnIsoDates(birth, on));
  });

  it('shiftIsoMonths equals shiftMonths + formatIsoDate (month-end clamped)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1901, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }),
        fc.integer({ min: -130, max: 130 }),
        (d, k) => {
          const iso = formatIsoDate(d);
          expect(shiftIsoMonths(iso, k)).toBe(formatIsoDate(shiftMonths(parseIsoDate(iso), k)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** national2021 policies: the national generator, plus figures outside the fast path now and then. */
const nationalWithOddsArb: fc.Arbitrary<Policy> = fc
  .tuple(
    nationalPolicyArb,
    fc.constantFrom<null | Partial<Policy>>(
      null,
      null,
      null,
      { gradualExitMonths: 6 },
      { gradualExitMonths: 3, thresholdInclusive: true },
      { lowIncomeMultiplier: '1.33333' },
      { lowIncomeMultiplier: '1.2345' },
      { dibaoStandardPerMonth: { urban: '620.505', rural: '410' } },
      { dibaoStandardPerMonth: { urban: '2000000', rural: '410' } },
      { employmentCostDeductionPerMonth: '100.125' },
      { rigidExpenditureDeductionCapPerYear: '99999999999' },
      {
        rigidExpenditureHardship: {
          priorYearResidentDisposableIncomePerYear: '30000',
          minShareOfIncome: '0.33333',
        },
      },
      {
        rigidExpenditureHardship: {
          priorYearResidentDisposableIncomePerYear: '36000',
          minShareOfIncome: '0.3',
        },
      },
    ),
  )
  .map(([p, extra]) => ({ ...p, ...(extra ?? {}) }) as Policy);

/** Households for the national rules: assessed 2021–2026, with a 刚性支出 and new work (the 渐退期) now and then. */
const nationalHouseholdArb = fc
  .tuple(
    householdWithEdgeArb,
    dateArb(2021, 2026),
    fc.option(moneyArb(0, 5_000_000), { nil: undefined }),
    fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 8 }), moneyArb(0, 300_000), fc.boolean()), {
      nil: undefined,
    }),
  )
  .map(([{ h, edge }, date, rigid, work]) => {
    const copy = structuredClone(h) as Household & { members: Member[] };
    copy.assessmentDate = date;
    for (const m of copy.members) if (m.birthDate > date) m.birthDate = date;
    if (rigid !== undefined) copy.rigidExpenditurePerYear = rigid;
    if (work !== undefined) {
      // new work that began `months` before the assessment date (or at an unknown date)
      const [i, months, perMonth, dated] = work;
      const m = copy.members[i % copy.members.length] as Member;
      m.incomes = [
        ...(m.incomes ?? []),
        { kind: 'employment', perMonth, ...(dated ? { since: shiftIsoMonths(date, -months) } : {}) },
      ];
    }
    return { h: copy as Household, edge };
  });

describe('national2021: fast path ≡ decimal path (byte-identical JSON)', () => {
  it('traced and untraced, with unknown facts', () => {
    fc.assert(
      fc.property(nationalHouseholdArb, nationalWithOddsArb, unknownsArb, ({ h, edge }, p, drop) => {
        const household = withUnknowns(withEdge(h, p, edge), drop);
        for (const trace of [false, true])
          expect(JSON.stringify(assessHousehold(household, p, { trace }))).toBe(
            JSON.stringify(assessHouseholdDecimal(household, p, { trace })),
          );
      }),
      { numRuns: 600 },
    );
  });

  it('the batch and the prepared policy give the same results as the decimal rules one by one', () => {
    fc.assert(
      fc.property(
        fc.array(nationalHouseholdArb, { minLength: 1, maxLength: 6 }),
        nationalWithOddsArb,
        (hs, p) => {
          const households = hs.map(({ h, edge }) => withEdge(h, p, edge));
          const exact = households.map((x) => JSON.stringify(assessHouseholdDecimal(x, p)));
          const batch = assessHouseholds(households, p).map((r) => JSON.stringify(r));
          const prepared = prepareHouseholdPolicy(p);
          const one = households.map((x) => JSON.stringify(assessPreparedHousehold(x, prepared)));
          expect(batch).toEqual(exact);
          expect(one).toEqual(exact);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('ordinary national2021 households are computed in 分 without declining', () => {
    // Every national2021 fixture, and the seeded benchmark households whose incomes are all known, under a
    // national2021 policy in whole 元: the fast reader reads them and FEN computes them, equal to decimal.
    const dir = join(import.meta.dirname, '../../fixtures/national2021');
    let fixtures = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const fx = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        input: { household: Household; policy: Policy };
        expectedError?: unknown;
      };
      if (fx.expectedError !== undefined) continue;
      const h = fenHousehold(fx.input.household);
      const p = fenPolicyOf(fx.input.policy);
      expect(h !== undefined && p !== undefined && p.national !== null, file).toBe(true);
      if (h === undefined || p === undefined) continue;
      expect(JSON.stringify(assessWith(FEN, h, p, new Tracer(true)))).toBe(
        JSON.stringify(assessHouseholdDecimal(fx.input.household, fx.input.policy)),
      );
      fixtures++;
    }
    expect(fixtures).toBe(24);
    const policy = BENCH_POLICY_NATIONAL;
    const p = fenPolicyOf(policy);
    expect(p?.national).not.toBeNull();
    let known = 0;
    for (const household of generateHouseholds(2000, 20210701) as Household[]) {
      if (household.members.some((m) => m.incomes === undefined)) continue;
      known++;
      const h = fenHousehold(household);
      expect(h).toBeDefined();
      let fen: unknown = DECLINE;
      try {
        fen = assessWith(FEN, h as NonNullable<typeof h>, p as NonNullable<typeof p>, new Tracer(false));
      } catch (e) {
        if (e !== DECLINE) throw e;
      }
      expect(fen, 'declined').not.toBe(DECLINE);
      expect(JSON.stringify(fen)).toBe(
        JSON.stringify(assessHouseholdDecimal(household, policy, { trace: false })),
      );
    }
    expect(known).toBeGreaterThan(1900);
  });
});
