/** Generators shared by the property tests: households and policies of DESIGN §4.3. */
import * as fc from 'fast-check';
import type { DibaoStandardsInput } from '../../src/schema/dibao-standards.js';
import type { Household, Member } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';
import type { AdlAssessment } from '../../src/schema/special-support.js';
import { moneyArb } from './helpers.js';

const pad2 = (n: number) => String(n).padStart(2, '0');
export const dateArb = (y0: number, y1: number) =>
  fc
    .tuple(fc.integer({ min: y0, max: y1 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`);

const incomeEntryArb = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('employment', 'business', 'property', 'transfer', 'pension', 'other'),
      perMonth: moneyArb(0, 300_000),
      since: dateArb(2017, 2021),
    },
    { requiredKeys: ['kind', 'perMonth'] },
  ),
  fc.record({
    kind: fc.constantFrom('property', 'transfer', 'pension', 'other'),
    perYear: moneyArb(0, 3_000_000),
  }),
);

export const memberArb: fc.Arbitrary<Member> = fc.record(
  {
    birthDate: dateArb(1925, 2019),
    sex: fc.constantFrom('male', 'female'),
    incomes: fc.array(incomeEntryArb, { maxLength: 3 }),
    disability: fc.record({
      category: fc.constantFrom(
        'physical',
        'visual',
        'hearing',
        'speech',
        'intellectual',
        'mental',
        'multiple',
      ),
      grade: fc.constantFrom(1, 2, 3, 4),
    }),
    seriousIllness: fc.boolean(),
    supporters: fc.constantFrom('none', 'unable', 'able'),
    employed: fc.boolean(),
    jobReferralRefusals: fc.array(dateArb(2019, 2020), { maxLength: 4 }),
  },
  { requiredKeys: ['birthDate'] },
) as fc.Arbitrary<Member>;

export const householdArb: fc.Arbitrary<Household> = fc.record(
  {
    assessmentDate: dateArb(2020, 2020),
    area: fc.constantFrom('urban', 'rural'),
    receivingDibao: fc.boolean(),
    members: fc.array(memberArb, { minLength: 1, maxLength: 6 }),
    medicalOutOfPocketPerYear: moneyArb(0, 5_000_000),
    property: fc.record(
      {
        financialAssets: moneyArb(0, 10_000_000),
        vehicles: fc.integer({ min: 0, max: 2 }),
        extraHousingUnits: fc.integer({ min: 0, max: 2 }),
      },
      { requiredKeys: [] },
    ),
    propertyAssessment: fc.record({ meetsDibao: fc.boolean(), meetsLowIncome: fc.boolean() }),
  },
  { requiredKeys: ['assessmentDate', 'area', 'members'] },
) as fc.Arbitrary<Household>;

export const policyArb = (gapOptions: fc.Arbitrary<boolean>): fc.Arbitrary<Policy> =>
  fc.record(
    {
      dibaoStandardPerMonth: fc.record({ urban: moneyArb(30_000, 100_000), rural: moneyArb(20_000, 80_000) }),
      propertyLimits: fc.record(
        {
          dibao: fc.record({
            financialAssetsPerCapitaMonths: fc.integer({ min: 0, max: 36 }),
            maxVehicles: fc.integer({ min: 0, max: 1 }),
            maxExtraHousingUnits: fc.integer({ min: 0, max: 1 }),
          }),
          lowIncome: fc.record({
            financialAssetsPerCapitaMonths: fc.integer({ min: 0, max: 48 }),
            maxVehicles: fc.integer({ min: 0, max: 2 }),
            maxExtraHousingUnits: fc.integer({ min: 0, max: 2 }),
          }),
        },
        { requiredKeys: [] },
      ),
      specialGrantRates: fc.record(
        {
          seriousIllness: fc.constantFrom('0.3', '0.2', 0.15),
          severeDisability: fc.constantFrom('0.2', '0.1'),
          age70Plus: fc.constantFrom('0.1', '0.05'),
          minor: fc.constantFrom('0.1', '0'),
        },
        { requiredKeys: [] },
      ),
      specialGrantStacking: fc.constantFrom('max', 'sum'),
      employmentIncomeExemption: fc.record({
        perMonth: moneyArb(0, 50_000),
        months: fc.integer({ min: 1, max: 12 }),
      }),
      thresholdInclusive: gapOptions,
      lowIncomeAdmitsBelowStandard: gapOptions,
    },
    { requiredKeys: ['dibaoStandardPerMonth'] },
  ) as fc.Arbitrary<Policy>;

/** A national2021 policy: the shared options and every national option, each present or not. */
export const nationalPolicyArb: fc.Arbitrary<Policy> = fc
  .tuple(
    policyArb(fc.boolean()),
    fc.record(
      {
        lowIncomeMultiplier: fc.constantFrom('1.5', '2', '1.2'),
        benefitRounding: fc.record({
          unit: fc.constantFrom('0.01' as const, '0.1' as const, '1' as const),
          mode: fc.constantFrom('halfUp' as const, 'up' as const),
        }),
        employmentCostDeductionPerMonth: moneyArb(0, 30_000),
        rigidExpenditureDeductionCapPerYear: moneyArb(0, 500_000),
        extremelyPoorMinorAge: fc.constantFrom(16 as const, 18 as const),
        extremelyPoorAssessedAlone: fc.boolean(),
        gradualExitMonths: fc.integer({ min: 1, max: 6 }),
        rigidExpenditureHardship: fc.record({
          priorYearResidentDisposableIncomePerYear: moneyArb(1_000_000, 4_000_000),
          minShareOfIncome: fc.constantFrom('0.3', '0.5', '1'),
        }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([p, extra]) => {
    const {
      employmentIncomeExemption: _e,
      lowIncomeAdmitsBelowStandard: _a,
      ...rest
    } = p as Policy & Record<string, unknown>;
    return { ...rest, ...extra, rulesVersion: 'national2021' } as Policy;
  });

/** Households in 2025 (N8 in force), with a rigid expenditure sometimes. */
export const householdOf2025Arb: fc.Arbitrary<Household> = fc
  .tuple(householdArb, dateArb(2024, 2026), fc.option(moneyArb(0, 5_000_000), { nil: undefined }))
  .map(([h, date, rigid]) => ({
    ...h,
    assessmentDate: date,
    members: h.members.map((m) => ({ ...m, birthDate: m.birthDate > date ? date : m.birthDate })),
    ...(rigid === undefined ? {} : { rigidExpenditurePerYear: rigid }),
  }));

/** 第4条 inputs with realistic statistics: urban income 1 000–200 000 元/年, wages up to 5 000 元/月, standards up to 1 500. */
export const standardsInputArb = (
  roundingUnit: fc.Arbitrary<string | number>,
): fc.Arbitrary<DibaoStandardsInput> =>
  fc.record(
    {
      year: fc.integer({ min: 2000, max: 2100 }),
      urbanDisposableIncomePerYear: moneyArb(100_000, 20_000_000),
      ruralDisposableIncomePerYear: moneyArb(0, 20_000_000),
      minimumWagePerMonth: moneyArb(0, 500_000),
      povertyLinePerYear: moneyArb(0, 1_000_000),
      provincialGuidance: fc.record({
        urbanPerMonth: moneyArb(0, 150_000),
        ruralPerMonth: moneyArb(0, 150_000),
      }),
      proposed: fc.record(
        { urbanPerMonth: moneyArb(0, 150_000), ruralPerMonth: moneyArb(0, 150_000) },
        { requiredKeys: [] },
      ),
      roundingUnit,
    },
    {
      requiredKeys: [
        'year',
        'urbanDisposableIncomePerYear',
        'ruralDisposableIncomePerYear',
        'minimumWagePerMonth',
        'povertyLinePerYear',
      ],
    },
  );

/** 特困人员认定办法(2021)第21条: any subset of the six self-care items answered. */
export const adlArb: fc.Arbitrary<AdlAssessment> = fc.record(
  {
    eating: fc.boolean(),
    dressing: fc.boolean(),
    transferring: fc.boolean(),
    toileting: fc.boolean(),
    indoorWalking: fc.boolean(),
    bathing: fc.boolean(),
  },
  { requiredKeys: [] },
);
