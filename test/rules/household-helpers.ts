/** Shared builders for the household rule tests: parse JSON-shaped input into the validated form. */
import { parseIsoDate } from '../../src/core/dates.js';
import { Dec, ZERO } from '../../src/core/money.js';
import { Tracer } from '../../src/core/trace.js';
import type { ClassificationInput } from '../../src/rules/classification.js';
import type { HouseholdIncome } from '../../src/rules/household-income.js';
import type { Tri } from '../../src/rules/household-types.js';
import { type Household, householdSchema, type ParsedHousehold } from '../../src/schema/household.js';
import { parseInput } from '../../src/schema/parse.js';
import { type ParsedPolicy, type Policy, policySchema } from '../../src/schema/policy.js';

export const CHANGCHUN_2018: Policy = {
  region: { code: '220100', name: '长春市' },
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
};

/** 长春 2018 with property limits: 低保 24 months of S per head, no vehicle or extra home; 低收入 36 months, one vehicle. */
export const PROPERTY_LIMITS_2018: Policy = {
  ...CHANGCHUN_2018,
  propertyLimits: {
    dibao: { financialAssetsPerCapitaMonths: 24, maxVehicles: 0, maxExtraHousingUnits: 0 },
    lowIncome: { financialAssetsPerCapitaMonths: 36, maxVehicles: 1 },
  },
};

/** Two adults, urban, assessed 2018-09-01, with the given household facts. */
export function coupleHousehold(extra: Partial<Household>): ParsedHousehold {
  return household({
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [{ birthDate: '1980-01-01' }, { birthDate: '1981-01-01' }],
    ...extra,
  });
}

export function household(h: Household): ParsedHousehold {
  return parseInput(householdSchema, h);
}

export function policy(p: Policy = CHANGCHUN_2018): ParsedPolicy {
  return parseInput(policySchema, p);
}

export function date(s: string): Date {
  return parseIsoDate(s);
}

export function tracer(): Tracer {
  return new Tracer(true);
}

/** A 第5条 classification input: two members, S 620, the property conclusions given (`null` = unknown). */
export function classificationInput(
  income: Partial<HouseholdIncome<Dec>> & { exact?: Dec | null },
  pd: Tri,
  pl: Tri,
  extra: Partial<ClassificationInput<Dec>> = {},
): ClassificationInput<Dec> {
  const exact = income.exact ?? null;
  return {
    income: {
      members: [],
      low: income.low ?? exact ?? ZERO,
      high: income.high === undefined ? exact : income.high,
      exact,
      missing: income.missing ?? [],
    },
    medicalPerYear: null,
    members: 2,
    standardPerMonth: new Dec(620),
    propertyDibao: { meets: pd, missing: pd === null ? ['property.financialAssets'] : [] },
    propertyLowIncome: { meets: pl, missing: pl === null ? ['property.vehicles'] : [] },
    thresholdInclusive: false,
    lowIncomeAdmitsBelowStandard: false,
    ...extra,
  };
}
