/**
 * assessHousehold — 第5、6、9、10、11条 and the monthly 低保金 for one household. This file only composes the
 * rules of `src/rules/` ({@link assessFacts}, once for both arithmetics); every condition lives in a rule file
 * named for its concept. The integer arithmetic runs when the fast reader vouches for the input and nothing
 * leaves the safe integers; otherwise the zod schemas validate and the same rules run in decimal.
 */
import { DibaoInputError } from './core/errors.js';
import type { Dec } from './core/money.js';
import type { RuleOptions } from './core/options.js';
import { OPTIONS_PATH, readOnce, readOnceItems } from './core/read-once.js';
import { Tracer } from './core/trace.js';
import { memberAge } from './rules/age.js';
import { type Arithmetic, DECIMAL, DECLINE, FEN } from './rules/arithmetic.js';
import type { HouseholdAssessment, MemberAssessment } from './rules/assessment-result.js';
import { classifyHousehold } from './rules/classification.js';
import { type DibaoBenefit, householdBenefit } from './rules/dibao-benefit.js';
import {
  employmentOutcome,
  laborAgeOf,
  refusalsInWindow,
  refusalWindowStart,
  workingAge,
} from './rules/employment.js';
import { extremelyPoorInHouseholdWarning, extremelyPoorTest } from './rules/extremely-poor.js';
import {
  asParsedMember,
  decimalFacts,
  decimalFigures,
  type HouseholdFacts,
  type PolicyFigures,
} from './rules/household-facts.js';
import { householdIncome, memberIncomePerMonth, perCapitaIncomePerMonth } from './rules/household-income.js';
import type { AssessmentWarning, SpecialGroup } from './rules/household-types.js';
import { afterMedicalTwelfths } from './rules/illness-expenditure.js';
import { extremelyPoorRulesVersion, hasLaborCapacity } from './rules/labor-capacity.js';
import { memberAssessment } from './rules/member-class.js';
import { assessNational } from './rules/national-household.js';
import { propertyMeets } from './rules/property.js';
import { applicableStandard } from './rules/residency.js';
import { rateNotSetWarnings, specialGrant, specialGroups } from './rules/special-grants.js';
import { type FenHousehold, type HouseholdRead, readHousehold } from './schema/fen-household.js';
import { type FenPolicy, fenPolicy, fenPolicyOf, readPolicy } from './schema/fen-policy.js';
import { type Household, householdSchema, type ParsedHousehold } from './schema/household.js';
import { parseInput } from './schema/parse.js';
import { type Policy, policySchema } from './schema/policy.js';

export type { HouseholdAssessment, MemberAssessment } from './rules/assessment-result.js';

/**
 * Assesses one household: the 第5条 class (低保 / 低收入 / none, or `undetermined` when an unknown fact could
 * change it) with the 第6条 illness-expenditure test, each member's 特困 status, 第10条 special groups and
 * grants, 第11条 working age, cancellation and community service, and the monthly 低保金 (the exact 差额,
 * 社会救助暂行办法第12条). Throws {@link DibaoInputError} with path-named issues on invalid input.
 * @see 第5条
 * @see 第6条
 * @see 第9条
 * @see 第10条
 * @see 第11条
 * @example
 * assessHousehold(
 *   { assessmentDate: '2018-09-01', area: 'urban', members: [
 *     { birthDate: '1980-05-01', sex: 'female', incomes: [{ kind: 'employment', perMonth: '900' }], employed: true },
 *     { birthDate: '2010-03-15', incomes: [] } ],
 *     propertyAssessment: { meetsDibao: true, meetsLowIncome: true } },
 *   { dibaoStandardPerMonth: { urban: '620', rural: '410' } },
 * ).benefit?.totalPerMonth // '340.00' = (620 − 900 ÷ 2) × 2
 */
export function assessHousehold(
  household: Household,
  policy: Policy,
  options?: RuleOptions,
): HouseholdAssessment {
  // Each argument read once, in order: the household and the policy by the fast readers (each copied for
  // zod at once when its reader does not vouch for it, so refusals come in argument order).
  const read = readHousehold(household);
  if (read.facts === undefined) read.copy();
  const policyRead = readPolicy(policy);
  if (policyRead.facts === undefined) policyRead.copy();
  options = readOnce(options, OPTIONS_PATH);
  if (read.facts !== undefined && policyRead.facts !== undefined) {
    const fast = assessFen(read.facts, policyRead.facts, options);
    if (fast !== undefined) return fast;
  }
  const h = parseInput(householdSchema, read.copy());
  const parsed = parseInput(policySchema, policyRead.copy());
  return assessDecimal(h, decimalFigures(parsed), options);
}

/** What {@link prepareHouseholdPolicy} keeps: the validated policy's figures in each arithmetic. */
interface PreparedFigures {
  readonly decimal: PolicyFigures<Dec, Dec>;
  /** The figures of the integer arithmetic; `null` when the policy is outside it (decimal decides). */
  readonly fen: FenPolicy | null;
}

/** The key of a prepared policy's figures: not exported, so callers cannot build or read one. */
const FIGURES = Symbol('dibao-rules.preparedHouseholdPolicy');

function figuresOf(prepared: PreparedHouseholdPolicy): PreparedFigures {
  try {
    const figures: unknown = prepared[FIGURES];
    if (figures instanceof Figures) return figures;
  } catch {
    // a revoked proxy, a throwing getter: not a prepared policy either
  }
  throw new DibaoInputError([
    {
      path: 'prepared',
      code: 'invalid_type',
      message: '须为 prepareHouseholdPolicy 的返回值',
      messageEn: 'must be a value returned by prepareHouseholdPolicy',
    },
  ]);
}

/** The class of the figures a prepared policy holds: only this module makes one, so none can be forged. */
class Figures implements PreparedFigures {
  constructor(
    readonly decimal: PolicyFigures<Dec, Dec>,
    readonly fen: FenPolicy | null,
  ) {
    Object.freeze(this);
  }
}

/**
 * A policy validated once and its figures prepared in integer 分, for assessing many households with
 * {@link assessPreparedHousehold}. Create it only with {@link prepareHouseholdPolicy}.
 * @see 第4条
 */
export interface PreparedHouseholdPolicy {
  /** Opaque: the validated policy and its figures, read only by this module. */
  readonly [FIGURES]: unknown;
}

/**
 * Validates a policy once (throws {@link DibaoInputError} like {@link assessHousehold}) and prepares its
 * figures, so a caller assessing households one at a time (a stream, the CLI) does not validate it again
 * for each of them.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example const prepared = prepareHouseholdPolicy(policy); for (const h of stream) assessPreparedHousehold(h, prepared, { trace: false });
 */
export function prepareHouseholdPolicy(policy: Policy): PreparedHouseholdPolicy {
  policy = readOnce(policy);
  const parsed = parseInput(policySchema, policy);
  return Object.freeze({
    [FIGURES]: new Figures(decimalFigures(parsed), fenPolicyOf(policy) ?? fenPolicy(parsed)),
  });
}

/**
 * {@link assessHousehold} under a policy prepared by {@link prepareHouseholdPolicy}: the same result.
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 */
export function assessPreparedHousehold(
  household: Household,
  prepared: PreparedHouseholdPolicy,
  options?: RuleOptions,
): HouseholdAssessment {
  const figures = figuresOf(prepared);
  const read = readHousehold(household);
  if (read.facts === undefined) read.copy();
  options = readOnce(options, OPTIONS_PATH);
  return assessOne(read, figures, options);
}

/**
 * {@link assessHousehold} always in the decimal arithmetic, never the integer one: the reference the
 * integer arithmetic is proved against (byte-identical JSON). Not part of the public API.
 * @see 第5条
 */
export function assessHouseholdDecimal(
  household: Household,
  policy: Policy,
  options?: RuleOptions,
): HouseholdAssessment {
  const h = parseInput(householdSchema, household);
  return assessDecimal(h, decimalFigures(parseInput(policySchema, policy)), options);
}

/** The rules in the integer arithmetic; `undefined` when it declines (the caller runs them in decimal). */
function assessFen(
  h: FenHousehold,
  p: FenPolicy,
  options: RuleOptions | undefined,
): HouseholdAssessment | undefined {
  try {
    return assessWith(FEN, h, p, new Tracer(options?.trace !== false));
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function assessDecimal(
  h: ParsedHousehold,
  p: PolicyFigures<Dec, Dec>,
  options: RuleOptions | undefined,
): HouseholdAssessment {
  return assessWith(DECIMAL, decimalFacts(h), p, new Tracer(options?.trace !== false));
}

/**
 * The rules of the policy's rule version in one arithmetic: the seed's ({@link assessFacts}) or, under
 * `national2021`, the national ones (`assessNational`). The same function runs on {@link DECIMAL} and on
 * {@link FEN}; `FEN` may throw {@link DECLINE}. Not part of the public API.
 * @see 第5条
 * @see 最低生活保障审核确认办法(2021)第8条
 */
export function assessWith<T, R>(
  A: Arithmetic<T, R>,
  h: HouseholdFacts<T>,
  p: PolicyFigures<T, R>,
  t: Tracer,
): HouseholdAssessment {
  if (p.national !== null) return assessNational(A, h, p, p.national, t);
  return assessFacts(A, h, p, t);
}

/**
 * The integer arithmetic when it applies (the household's facts read by `readHousehold`, the policy's
 * figures in integers, every amount within the safe integers), else the decimal one on the zod-validated
 * copy of the household.
 */
function assessOne(
  read: HouseholdRead,
  prepared: PreparedFigures,
  options: RuleOptions | undefined,
): HouseholdAssessment {
  if (read.facts !== undefined && prepared.fen !== null) {
    const fast = assessFen(read.facts, prepared.fen, options);
    if (fast !== undefined) return fast;
  }
  return assessDecimal(parseInput(householdSchema, read.copy()), prepared.decimal, options);
}

/**
 * Assesses many households under one policy: the same result as `households.map((h) => assessHousehold(h,
 * policy, options))`, with the policy validated once. An invalid household throws {@link DibaoInputError} whose
 * paths start with its index (`[3].members[0].birthDate`).
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 * @example assessHouseholds(households, policy, { trace: false }).map((r) => r.benefit?.totalPerMonth ?? null)
 */
export function assessHouseholds(
  households: readonly Household[],
  policy: Policy,
  options?: RuleOptions,
): HouseholdAssessment[] {
  const items = readOnceItems(households, []);
  const p = figuresOf(prepareHouseholdPolicy(policy));
  options = readOnce(options, OPTIONS_PATH);
  const out: HouseholdAssessment[] = [];
  for (let i = 0; i < items.length; i++) {
    const read = readHousehold(items[i], [i]);
    if (read.facts !== undefined) {
      out.push(assessOne(read, p, options));
      continue;
    }
    const raw = read.copy();
    let h: ParsedHousehold;
    try {
      h = parseInput(householdSchema, raw);
    } catch (e) {
      if (e instanceof DibaoInputError)
        throw new DibaoInputError(
          e.issues.map((x) => ({
            ...x,
            path: `[${i}]${x.path === '' ? '' : x.path.startsWith('[') ? x.path : `.${x.path}`}`,
          })),
        );
      throw e;
    }
    out.push(assessDecimal(h, p.decimal, options));
  }
  return out;
}

function addAll(to: string[], paths: readonly string[]): void {
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i] as string;
    if (!to.includes(p)) to.push(p);
  }
}

/**
 * The household assessment in one arithmetic: composes the rules of 第5、6、9、10、11条 and the 低保金 on a
 * validated household and policy (no rule logic of its own). The same function runs on {@link DECIMAL} and
 * on {@link FEN}; `FEN` may throw {@link DECLINE}.
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 * @see 社会救助暂行办法第12条
 */
export function assessFacts<T, R>(
  A: Arithmetic<T, R>,
  h: HouseholdFacts<T>,
  p: PolicyFigures<T, R>,
  t: Tracer,
): HouseholdAssessment {
  const n = h.members.length;
  const area = h.area;
  const date = h.assessmentDate;
  const S = applicableStandard(A, p.standard, area, t);
  const income = householdIncome(A, h, p, t);
  const pd = propertyMeets(A, 'dibao', h, p.limits.dibao, S, t);
  const pl = propertyMeets(A, 'lowIncome', h, p.limits.lowIncome, S, t);
  const M = h.medical;
  const c = classifyHousehold(
    A,
    {
      income,
      medicalPerYear: M,
      members: n,
      standardPerMonth: S,
      propertyDibao: pd,
      propertyLowIncome: pl,
      thresholdInclusive: p.inclusive,
      lowIncomeAdmitsBelowStandard: p.admitsBelow,
      lowIncomeMultiplier: p.lowIncomeMultiplier,
    },
    t,
  );
  const cls = c.class;
  const missing: string[] = [];
  addAll(missing, c.missing);
  const warnings: AssessmentWarning[] = c.warnings;

  const laborAge = laborAgeOf(p, t);
  const version = extremelyPoorRulesVersion(date);
  let windowStart = ''; // the 第11条 refusal window, built for the first member with refusals
  const dibao = cls === 'dibao';
  const members: MemberAssessment[] = new Array(n);
  // What the 低保金 reads: allocated only for a 低保 household.
  const cancelled: Array<boolean | null> | null = dibao ? new Array(n) : null;
  const grants: T[] | null = dibao ? new Array(n) : null;
  const groupsOf: SpecialGroup[][] | null = dibao ? new Array(n) : null;
  let anyExtremelyPoor = false;
  for (let i = 0; i < n; i++) {
    const facts = h.members[i] as HouseholdFacts<T>['members'][number];
    const m = asParsedMember(facts);
    // The member's path is built only where it is read: the trace.
    const path = t.enabled ? `members[${i}]` : '';
    const age = memberAge(facts, h, t, path);
    const capacity = hasLaborCapacity(m, age, version, t, path);
    const own = income.members[i] as T | null;
    const ep = extremelyPoorTest(A, m, i, age, capacity, own, S, pd.meets, pd.missing, version, t);
    if (ep.missing.length > 0) addAll(missing, ep.missing);
    if (ep.extremelyPoor === true) anyExtremelyPoor = true;
    const groups = specialGroups(m, age, t, path);
    const isWorkingAge = workingAge(age, m.sex, capacity, laborAge, t, path);
    let refusals = 0;
    if (m.jobReferralRefusals !== undefined) {
      if (windowStart === '') windowStart = refusalWindowStart(h.day);
      refusals = refusalsInWindow(m, windowStart, date);
    }
    const emp = employmentOutcome(m, i, isWorkingAge, refusals, area, cls, windowStart, t);
    if (emp.missing.length > 0) addAll(missing, emp.missing);
    let grant: T | null = null;
    if (cancelled !== null && grants !== null && groupsOf !== null) {
      grant = specialGrant(A, groups, p, S, t, path);
      cancelled[i] = emp.dibaoCancelled;
      grants[i] = grant;
      groupsOf[i] = groups;
    }
    members[i] = memberAssessment(
      {
        age,
        laborCapacity: capacity,
        extremelyPoor: ep,
        specialGroups: groups,
        workingAge: isWorkingAge,
        employment: emp,
        incomePerMonth: memberIncomePerMonth(A, own),
        specialGrantPerMonth: grant === null ? null : A.money(grant),
        singlePersonDibao: null,
      },
      cls,
      m,
    );
  }
  if (groupsOf !== null) warnings.push(...rateNotSetWarnings(groupsOf, p.rates));
  if (anyExtremelyPoor) {
    const w = extremelyPoorInHouseholdWarning(members);
    if (w !== null) warnings.push(w);
  }

  const exact = income.exact;
  const afterMedical = afterMedicalTwelfths(A, exact, M);
  let benefit: DibaoBenefit | null = null;
  if (cancelled !== null && grants !== null) {
    const b = householdBenefit(
      A,
      {
        householdClass: cls,
        basis: c.basis,
        incomeTwelfths: exact,
        afterMedicalTwelfths: afterMedical,
        members: n,
        standardPerMonth: S,
        cancelled,
        grants,
        incomeMissing: income.missing,
        rounding: p.rounding,
      },
      t,
    );
    benefit = b.benefit;
    if (b.missing.length > 0) addAll(missing, b.missing);
  }
  const perCapita = perCapitaIncomePerMonth(A, exact, n);
  const illnessExpenditure =
    c.illnessTestClass === null
      ? null
      : { perCapitaIncomePerMonth: perCapitaIncomePerMonth(A, afterMedical, n), class: c.illnessTestClass };
  const standardPerMonth = A.money(S);
  // Two literals, not a spread: `id` first when given, in one key order.
  if (h.id !== undefined)
    return {
      id: h.id,
      class: cls,
      basis: c.basis,
      standardPerMonth,
      area,
      extremelyPoorRules: version,
      rulesVersion: 'draft2018',
      countedMembers: n,
      perCapitaIncomePerMonth: perCapita,
      deductionsPerMonth: null,
      illnessExpenditure,
      members,
      benefit,
      rigidExpenditureHardship: null,
      missing,
      warnings,
      trace: t.steps,
    };
  return {
    class: cls,
    basis: c.basis,
    standardPerMonth,
    area,
    extremelyPoorRules: version,
    rulesVersion: 'draft2018',
    countedMembers: n,
    perCapitaIncomePerMonth: perCapita,
    deductionsPerMonth: null,
    illnessExpenditure,
    members,
    benefit,
    rigidExpenditureHardship: null,
    missing,
    warnings,
    trace: t.steps,
  };
}
