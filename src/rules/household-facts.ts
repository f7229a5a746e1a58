/**
 * The facts the household rules read, in either arithmetic (`T` an amount, `R` a rate; see
 * `arithmetic.ts`): a household and a policy already validated, their money as `T` / `R`. The zod-validated
 * input becomes {@link HouseholdFacts}`<Dec>` here ({@link decimalFacts}, {@link decimalFigures}); the fast
 * reader (`src/schema/fen-household.ts`, `fen-policy.ts`) builds the integer ones directly. Types and
 * conversions only: no rule lives here.
 */

import { type Dec, toDec } from '../core/money.js';
import { dayKey } from '../schema/fen-household.js';
import type { ParsedHousehold, ParsedMember } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import type { BenefitRounding } from './dibao-benefit.js';
import type { SpecialGroup } from './household-types.js';

type IncomeKind = NonNullable<ParsedMember['incomes']>[number]['kind'];

/**
 * One income entry's facts: its kind, whether it is monthly (`perMonth` given) or yearly, and `since`. Its
 * amount is {@link HouseholdFacts.amounts}.
 * @see 第5条
 */
export interface IncomeEntryFacts {
  kind: IncomeKind;
  /** Given (of any type) for a monthly entry, absent for a yearly one. */
  perMonth?: unknown;
  since?: string | undefined;
}

/**
 * A member's facts in one fixed shape (every field present, `undefined` when not given); its incomes are on
 * the household.
 * @see 第5条
 */
export interface MemberFacts {
  id: string | undefined;
  birthDate: string;
  /** The birth date as `YYYYMMDD` (`dayKey`). */
  birthDay: number;
  sex: ParsedMember['sex'];
  disability: ParsedMember['disability'];
  seriousIllness: boolean | undefined;
  laborCapacity: boolean | undefined;
  livelihoodSource: boolean | undefined;
  supporters: ParsedMember['supporters'];
  employed: boolean | undefined;
  jobReferralRefusals: readonly string[] | undefined;
  unionHardshipWorker: boolean | undefined;
}

/**
 * The member facts as the member rules read a `ParsedMember` (`hasLaborCapacity`, `specialGroups`,
 * `employmentOutcome`): each tests a fact with `=== undefined`, `!== undefined`, `=== true/false` or `??`, so
 * a field present with `undefined` reads as an absent one.
 * @see 第5条
 */
export function asParsedMember(f: MemberFacts): ParsedMember {
  return f as unknown as ParsedMember;
}

/**
 * A validated household in one arithmetic.
 * @see 第5条
 */
export interface HouseholdFacts<T> {
  id: string | undefined;
  assessmentDate: string;
  /** The assessment date as `YYYYMMDD`. */
  day: number;
  area: 'urban' | 'rural';
  receivingDibao: boolean | undefined;
  members: readonly MemberFacts[];
  /** Each member's income entries (`null` = not given, unknown). */
  incomes: ReadonlyArray<readonly IncomeEntryFacts[] | null>;
  /** The amount of every income entry (perMonth or perYear as given), member by member. */
  amounts: readonly T[];
  /** 个人自负医疗费用 a year; `null` when not given. */
  medical: T | null;
  /** Property facts, `null` when not given. */
  financialAssets: T | null;
  vehicles: number | null;
  extraHousingUnits: number | null;
  propertyAssessment: { meetsDibao: boolean; meetsLowIncome: boolean } | undefined;
  /** 近12个月家庭刚性支出 a year (national2021, N8); `null` when not given. */
  rigidExpenditure: T | null;
}

/**
 * One property level's limits (`null` on the policy = the level is not configured).
 * @see 第5条
 */
export interface LimitFigures<R> {
  /** Financial assets per head, in months of the standard. */
  months: R | undefined;
  maxVehicles: number | undefined;
  maxExtraHousingUnits: number | undefined;
}

/**
 * Working-age bounds: min ≤ age < max for the member's sex.
 * @see 第11条
 */
export interface LaborAge {
  min: number;
  maxMale: number;
  maxFemale: number;
}

/**
 * A validated policy's figures in one arithmetic.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 */
export interface PolicyFigures<T, R> {
  standard: { urban: T; rural: T };
  /** The 第11条 exemption: at most `perMonth` a month for `months` months. */
  exemption: { perMonth: T; months: number } | null;
  /** 第10条 grant rates (`undefined` = not set). */
  rates: Readonly<Record<SpecialGroup, R | undefined>>;
  stackingSum: boolean;
  limits: { dibao: LimitFigures<R> | null; lowIncome: LimitFigures<R> | null };
  inclusive: boolean;
  admitsBelow: boolean;
  laborAge: LaborAge | undefined;
  /** `policy.lowIncomeMultiplier` as a rate (`null`: the seed's 2). */
  lowIncomeMultiplier: R | null;
  /** `policy.benefitRounding` (`undefined`: 0.01 half-up). */
  rounding: BenefitRounding | undefined;
  /** The national rules' own fields under `rulesVersion: 'national2021'`; `null` under the seed's rules. */
  national: NationalFigures<T, R> | null;
}

/**
 * The fields of a `national2021` policy that only the national rules read, as given (`undefined` = not set;
 * the rules apply their defaults).
 * @see 最低生活保障审核确认办法(2021)第13条
 * @see 最低生活保障审核确认办法(2021)第33条
 */
export interface NationalFigures<T, R> {
  /** `employmentCostDeductionPerMonth`. */
  employmentCostDeduction: T | undefined;
  /** `rigidExpenditureDeductionCapPerYear`. */
  rigidCapPerYear: T | undefined;
  /** `extremelyPoorMinorAge`. */
  minorAge: number | undefined;
  /** `extremelyPoorAssessedAlone`. */
  assessedAlone: boolean | undefined;
  /** `gradualExitMonths`. */
  gradualExitMonths: number | undefined;
  /** `rigidExpenditureHardship`. */
  hardship: { priorYearIncomePerYear: T; minShareOfIncome: R } | undefined;
}

function memberFacts(m: ParsedMember): MemberFacts {
  return {
    id: m.id,
    birthDate: m.birthDate,
    birthDay: dayKey(m.birthDate),
    sex: m.sex,
    disability: m.disability,
    seriousIllness: m.seriousIllness,
    laborCapacity: m.laborCapacity,
    livelihoodSource: m.livelihoodSource,
    supporters: m.supporters,
    employed: m.employed,
    jobReferralRefusals: m.jobReferralRefusals,
    unionHardshipWorker: m.unionHardshipWorker,
  };
}

/**
 * A zod-validated household as the facts of the decimal arithmetic.
 * @see 第5条
 */
export function decimalFacts(h: ParsedHousehold): HouseholdFacts<Dec> {
  const amounts: Dec[] = [];
  const incomes: Array<readonly IncomeEntryFacts[] | null> = [];
  for (const m of h.members) {
    const entries = m.incomes;
    if (entries === undefined) incomes.push(null);
    else {
      incomes.push(entries);
      for (const e of entries) amounts.push(e.perMonth ?? (e.perYear as Dec));
    }
  }
  const p = h.property;
  return {
    id: h.id,
    assessmentDate: h.assessmentDate,
    day: dayKey(h.assessmentDate),
    area: h.area,
    receivingDibao: h.receivingDibao,
    members: h.members.map(memberFacts),
    incomes,
    amounts,
    medical: h.medicalOutOfPocketPerYear ?? null,
    financialAssets: p?.financialAssets ?? null,
    vehicles: p?.vehicles ?? null,
    extraHousingUnits: p?.extraHousingUnits ?? null,
    propertyAssessment: h.propertyAssessment,
    rigidExpenditure: h.rigidExpenditurePerYear ?? null,
  };
}

type ParsedLimits = NonNullable<NonNullable<ParsedPolicy['propertyLimits']>['dibao']>;

function limitFigures(l: ParsedLimits | undefined): LimitFigures<Dec> | null {
  if (
    l === undefined ||
    (l.financialAssetsPerCapitaMonths === undefined &&
      l.maxVehicles === undefined &&
      l.maxExtraHousingUnits === undefined)
  )
    return null;
  return {
    months:
      l.financialAssetsPerCapitaMonths === undefined ? undefined : toDec(l.financialAssetsPerCapitaMonths),
    maxVehicles: l.maxVehicles,
    maxExtraHousingUnits: l.maxExtraHousingUnits,
  };
}

/**
 * A zod-validated policy as the figures of the decimal arithmetic.
 * @see 第4条
 */
export function decimalFigures(p: ParsedPolicy): PolicyFigures<Dec, Dec> {
  const r = p.specialGrantRates;
  const e = p.employmentIncomeExemption;
  return {
    standard: { urban: p.dibaoStandardPerMonth.urban, rural: p.dibaoStandardPerMonth.rural },
    exemption: e === undefined ? null : { perMonth: e.perMonth, months: e.months },
    rates: {
      seriousIllness: r?.seriousIllness,
      severeDisability: r?.severeDisability,
      age70Plus: r?.age70Plus,
      minor: r?.minor,
    },
    stackingSum: p.specialGrantStacking === 'sum',
    limits: {
      dibao: limitFigures(p.propertyLimits?.dibao),
      lowIncome: limitFigures(p.propertyLimits?.lowIncome),
    },
    inclusive: p.thresholdInclusive ?? false,
    admitsBelow: p.lowIncomeAdmitsBelowStandard ?? false,
    laborAge: p.laborAge,
    lowIncomeMultiplier: p.lowIncomeMultiplier ?? null,
    rounding: p.benefitRounding,
    national: p.rulesVersion === 'national2021' ? nationalFigures(p) : null,
  };
}

function nationalFigures(p: ParsedPolicy): NationalFigures<Dec, Dec> {
  const c = p.rigidExpenditureHardship;
  return {
    employmentCostDeduction: p.employmentCostDeductionPerMonth,
    rigidCapPerYear: p.rigidExpenditureDeductionCapPerYear,
    minorAge: p.extremelyPoorMinorAge,
    assessedAlone: p.extremelyPoorAssessedAlone,
    gradualExitMonths: p.gradualExitMonths,
    hardship:
      c === undefined
        ? undefined
        : {
            priorYearIncomePerYear: c.priorYearResidentDisposableIncomePerYear,
            minShareOfIncome: c.minShareOfIncome,
          },
  };
}
