/**
 * The household rules bound to the decimal arithmetic, with the validated (zod) household and policy as
 * arguments: what the unit tests of src/rules call. Each line only binds `DECIMAL` and converts the input;
 * the rule itself is the one function of src/rules (the integer arithmetic runs it in the fixtures and the
 * property tests).
 */
import { formatIsoDate } from '../../src/core/dates.js';
import { type Dec, ZERO } from '../../src/core/money.js';
import type { Tracer } from '../../src/core/trace.js';
import * as age from '../../src/rules/age.js';
import { DECIMAL } from '../../src/rules/arithmetic.js';
import * as classification from '../../src/rules/classification.js';
import * as benefit from '../../src/rules/dibao-benefit.js';
import * as employment from '../../src/rules/employment.js';
import * as extremelyPoor from '../../src/rules/extremely-poor.js';
import { decimalFacts, decimalFigures } from '../../src/rules/household-facts.js';
import * as income from '../../src/rules/household-income.js';
import type { HouseholdClass, SpecialGroup, Tri } from '../../src/rules/household-types.js';
import * as illness from '../../src/rules/illness-expenditure.js';
import type { ExtremelyPoorRulesVersion } from '../../src/rules/labor-capacity.js';
import * as property from '../../src/rules/property.js';
import * as residency from '../../src/rules/residency.js';
import * as grants from '../../src/rules/special-grants.js';
import { dayKey } from '../../src/schema/fen-household.js';
import type { ParsedHousehold, ParsedMember } from '../../src/schema/household.js';
import type { ParsedPolicy } from '../../src/schema/policy.js';

export { extremelyPoorInHouseholdWarning } from '../../src/rules/extremely-poor.js';
export { specialGroups } from '../../src/rules/special-grants.js';

const indexOf = (path: string) => Number(/members\[(\d+)\]/.exec(path)?.[1] ?? 0);
const dayOf = (d: Date) => dayKey(formatIsoDate(d));

export function householdIncome(h: ParsedHousehold, p: ParsedPolicy, _date: Date, t: Tracer) {
  return income.householdIncome(DECIMAL, decimalFacts(h), decimalFigures(p), t);
}
export const exemptionWindowStart = (d: Date, months: number) =>
  income.exemptionWindowStart(dayOf(d), months);
export const perCapitaIncomePerMonth = (twelfths: Dec | null, n: number) =>
  income.perCapitaIncomePerMonth(DECIMAL, twelfths, n);

export function propertyMeets(
  level: 'dibao' | 'lowIncome',
  h: ParsedHousehold,
  p: ParsedPolicy,
  S: Dec,
  t: Tracer,
) {
  return property.propertyMeets(DECIMAL, level, decimalFacts(h), decimalFigures(p).limits[level], S, t);
}

export const classifyHousehold = (input: classification.ClassificationInput<Dec>, t: Tracer) =>
  classification.classifyHousehold(DECIMAL, input, t);
/** The 第5条 class at a point, the 低收入 line being {@link classification.LOW_INCOME_MULTIPLIER} × `line`. */
export const incomeTestClass = (
  h: Dec,
  pd: boolean,
  pl: boolean,
  line: Dec,
  inclusive: boolean,
  admits: boolean,
) =>
  classification.incomeTestClass(
    DECIMAL,
    h,
    pd,
    pl,
    line,
    line.mul(classification.LOW_INCOME_MULTIPLIER),
    inclusive,
    admits,
  );
export const illnessExpenditureClass = (a: Dec, pd: boolean, line: Dec, inclusive: boolean) =>
  illness.illnessExpenditureClass(
    DECIMAL,
    a,
    pd,
    line,
    line.mul(classification.LOW_INCOME_MULTIPLIER),
    inclusive,
  );
export const afterMedicalTwelfths = (h: Dec | null, m: Dec | null) =>
  illness.afterMedicalTwelfths(DECIMAL, h, m);

export function extremelyPoorTest(
  member: ParsedMember,
  path: string,
  a: number,
  laborCapacity: boolean,
  own: Dec | null,
  S: Dec,
  pd: Tri,
  propertyMissing: readonly string[],
  version: ExtremelyPoorRulesVersion,
  t: Tracer,
) {
  return extremelyPoor.extremelyPoorTest(
    DECIMAL,
    member,
    indexOf(path),
    a,
    laborCapacity,
    own,
    S,
    pd,
    propertyMissing,
    version,
    t,
  );
}
export const hasLivelihoodSource = (member: ParsedMember, own: Dec | null, S: Dec, pd: Tri) =>
  extremelyPoor.hasLivelihoodSource(DECIMAL, member.livelihoodSource, own, S, pd);

/** A member's 第10条 grant as the rule computes it, with the groups whose rate is not set. */
export interface SpecialGrant {
  perMonth: Dec;
  due: boolean;
  ratesNotSet: SpecialGroup[];
}
export function specialGrant(
  householdClass: HouseholdClass,
  groups: readonly SpecialGroup[],
  p: ParsedPolicy,
  S: Dec,
  t: Tracer,
  path: string,
): SpecialGrant {
  if (householdClass !== 'dibao') return { perMonth: ZERO, due: false, ratesNotSet: [] };
  const f = decimalFigures(p);
  return {
    perMonth: grants.specialGrant(DECIMAL, groups, f, S, t, path),
    due: true,
    ratesNotSet: groups.filter((g) => f.rates[g] === undefined),
  };
}
/** The warnings of members whose listed groups have no rate. */
export const rateNotSetWarnings = (list: readonly SpecialGrant[]) =>
  grants.rateNotSetWarnings(
    list.map((g) => g.ratesNotSet),
    { seriousIllness: undefined, severeDisability: undefined, age70Plus: undefined, minor: undefined },
  );

export const dibaoBenefit = (
  I: Dec,
  n: number,
  S: Dec,
  cancelled: number,
  remaining: readonly Dec[],
  t: Tracer,
) => benefit.dibaoBenefit(DECIMAL, I, n, S, cancelled, remaining, t);
export const householdBenefit = (input: benefit.HouseholdBenefitInput<Dec>, t: Tracer) =>
  benefit.householdBenefit(DECIMAL, input, t);

export const refusalWindowStart = (d: Date) => employment.refusalWindowStart(dayOf(d));
export const laborAgeOf = (p: ParsedPolicy, t: Tracer) => employment.laborAgeOf({ laborAge: p.laborAge }, t);
export function employmentOutcome(
  member: ParsedMember,
  path: string,
  isWorkingAge: Tri,
  refusals: number,
  area: 'urban' | 'rural',
  householdClass: HouseholdClass,
  windowStart: string,
  t: Tracer,
) {
  return employment.employmentOutcome(
    member,
    indexOf(path),
    isWorkingAge,
    refusals,
    area,
    householdClass,
    windowStart,
    t,
  );
}

export const applicableStandard = (p: ParsedPolicy, area: 'urban' | 'rural', t: Tracer) =>
  residency.applicableStandard(DECIMAL, p.dibaoStandardPerMonth, area, t);

export const memberAge = (birthDate: string, on: string, t: Tracer, path: string) =>
  age.memberAge({ birthDate, birthDay: dayKey(birthDate) }, { assessmentDate: on, day: dayKey(on) }, t, path);
export { ageOnIsoDates } from '../../src/rules/age.js';
