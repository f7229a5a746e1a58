/**
 * assessHousehold — 第5、6、9、10、11条 and the monthly 低保金 for one household. This file only composes the
 * rules of `src/rules/`; every condition lives in a rule file named for its concept.
 */
import { parseIsoDate } from './core/dates.js';
import { DibaoInputError } from './core/errors.js';
import type { Dec } from './core/money.js';
import { money2 } from './core/money.js';
import type { RuleOptions } from './core/options.js';
import { OPTIONS_PATH, readOnce, readOnceItems } from './core/read-once.js';
import { Tracer } from './core/trace.js';
import { memberAge } from './rules/age.js';
import type { HouseholdAssessment, MemberAssessment } from './rules/assessment-result.js';
import { classifyHousehold } from './rules/classification.js';
import { householdBenefit } from './rules/dibao-benefit.js';
import { moneyText } from './rules/display.js';
import {
  employmentOutcome,
  laborAgeOf,
  refusalsInWindow,
  refusalWindowStart,
  workingAge,
} from './rules/employment.js';
import { extremelyPoorInHouseholdWarning, extremelyPoorTest } from './rules/extremely-poor.js';
import { fastAssessment } from './rules/fast-assessment.js';
import { householdIncome, memberIncomePerMonth, perCapitaIncomePerMonth } from './rules/household-income.js';
import { type AssessmentWarning, MissingFacts } from './rules/household-types.js';
import { afterMedicalTwelfths } from './rules/illness-expenditure.js';
import { extremelyPoorRulesVersion, hasLaborCapacity } from './rules/labor-capacity.js';
import { memberClass } from './rules/member-class.js';
import { propertyMeets } from './rules/property.js';
import { applicableStandard } from './rules/residency.js';
import {
  rateNotSetWarnings,
  type SpecialGrant,
  specialGrant,
  specialGroups,
} from './rules/special-grants.js';
import { parseHouseholdInput, parsePolicyInput } from './schema/fast-parse.js';
import { type FenHousehold, fenHousehold } from './schema/fen-household.js';
import { type FenPolicy, fenPolicy, fenPolicyOf } from './schema/fen-policy.js';
import type { Household, ParsedHousehold } from './schema/household.js';
import type { ParsedPolicy, Policy } from './schema/policy.js';

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
  household = readOnce(household);
  policy = readOnce(policy);
  options = readOnce(options, OPTIONS_PATH);
  const fh = fenHousehold(household);
  if (fh !== undefined) {
    const fp = fenPolicyOf(policy);
    if (fp !== undefined) {
      const fast = fastAssessment(fh, fp, new Tracer(options?.trace !== false));
      if (fast !== undefined) return fast;
    }
  }
  const h = parseHouseholdInput(household);
  const parsed = parsePolicyInput(policy);
  return assessOne(household, { parsed, fen: fenPolicy(parsed) }, options, fh, h);
}

/** What {@link prepareHouseholdPolicy} keeps: the validated policy and its integer figures. */
interface PreparedFigures {
  readonly parsed: ParsedPolicy;
  /** The integer figures of the fast path; `null` when the policy is outside it (the decimal path decides). */
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
    readonly parsed: ParsedPolicy,
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
  const parsed = parsePolicyInput(policy);
  return Object.freeze({ [FIGURES]: new Figures(parsed, fenPolicyOf(policy) ?? fenPolicy(parsed)) });
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
  household = readOnce(household);
  options = readOnce(options, OPTIONS_PATH);
  return assessOne(household, figures, options, fenHousehold(household));
}

/**
 * {@link assessHousehold} always through the decimal.js rules, never the integer fast path: the reference
 * the fast path is proved against (byte-identical JSON). Not part of the public API.
 * @see 第5条
 */
export function assessHouseholdDecimal(
  household: Household,
  policy: Policy,
  options?: RuleOptions,
): HouseholdAssessment {
  return assessParsed(parseHouseholdInput(household), parsePolicyInput(policy), options);
}

/**
 * The integer 分 fast path when it applies (the household read by `fenHousehold`, the policy's figures in
 * integers, every amount within the safe integers), else the decimal rules on the zod-validated household.
 */
function assessOne(
  raw: Household,
  prepared: PreparedFigures,
  options: RuleOptions | undefined,
  fh: FenHousehold | undefined,
  parsed?: ParsedHousehold,
): HouseholdAssessment {
  if (fh !== undefined && prepared.fen !== null) {
    const fast = fastAssessment(fh, prepared.fen, new Tracer(options?.trace !== false));
    if (fast !== undefined) return fast;
  }
  return assessParsed(parsed ?? parseHouseholdInput(raw), prepared.parsed, options);
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
    const raw = readOnce(items[i], [i]) as Household;
    const fh = fenHousehold(raw);
    if (fh !== undefined) {
      out.push(assessOne(raw, p, options, fh));
      continue;
    }
    let h: ParsedHousehold;
    try {
      h = parseHouseholdInput(raw);
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
    out.push(assessParsed(h, p.parsed, options));
  }
  return out;
}

function assessParsed(
  h: ParsedHousehold,
  p: ParsedPolicy,
  options: RuleOptions | undefined,
): HouseholdAssessment {
  const t = new Tracer(options?.trace !== false);
  const missing = new MissingFacts();
  const warnings: AssessmentWarning[] = [];
  const date = parseIsoDate(h.assessmentDate);
  const n = h.members.length;
  const version = extremelyPoorRulesVersion(h.assessmentDate);

  const S = applicableStandard(p, h.area, t);
  const income = householdIncome(h, p, date, t);
  const medical = h.medicalOutOfPocketPerYear ?? null;
  const propertyDibao = propertyMeets('dibao', h, p, S, t);
  const propertyLowIncome = propertyMeets('lowIncome', h, p, S, t);
  const cls = classifyHousehold(
    {
      income,
      medicalPerYear: medical,
      members: n,
      standardPerMonth: S,
      propertyDibao,
      propertyLowIncome,
      thresholdInclusive: p.thresholdInclusive ?? false,
      lowIncomeAdmitsBelowStandard: p.lowIncomeAdmitsBelowStandard ?? false,
    },
    t,
  );
  missing.addAll(cls.missing);
  warnings.push(...cls.warnings);

  const laborAge = laborAgeOf(p, t);
  const windowStart = refusalWindowStart(date);
  const members: MemberAssessment[] = [];
  const cancelled: Array<boolean | null> = [];
  const grants: Dec[] = [];
  const memberGrants: SpecialGrant[] = [];
  h.members.forEach((m, i) => {
    const path = `members[${i}]`;
    const age = memberAge(m.birthDate, h.assessmentDate, t, path);
    const capacity = hasLaborCapacity(m, age, version, t, path);
    const own = income.members[i]?.twelfths ?? null;
    const ep = extremelyPoorTest(
      m,
      path,
      age,
      capacity,
      own,
      S,
      propertyDibao.meets,
      propertyDibao.missing,
      version,
      t,
    );
    missing.addAll(ep.missing);
    const groups = specialGroups(m, age, t, path);
    const isWorkingAge = workingAge(age, m.sex, capacity, laborAge, t, path);
    const refusals = refusalsInWindow(m, windowStart, h.assessmentDate);
    const emp = employmentOutcome(m, path, isWorkingAge, refusals, h.area, cls.class, windowStart, t);
    missing.addAll(emp.missing);
    const g = specialGrant(cls.class, groups, p, S, t, path);
    memberGrants.push(g);
    cancelled.push(emp.dibaoCancelled);
    grants.push(g.perMonth);
    const result: MemberAssessment = {
      age,
      class: memberClass(ep.extremelyPoor, cls.class),
      laborCapacity: capacity,
      extremelyPoor: ep.extremelyPoor,
      livelihoodSource: ep.livelihoodSource,
      specialGroups: groups,
      workingAge: isWorkingAge,
      dibaoCancelled: emp.dibaoCancelled,
      obligations: emp.obligations,
      incomePerMonth: memberIncomePerMonth(income.members[i]),
      specialGrantPerMonth: g.due ? moneyText(g.perMonth) : null,
    };
    if (m.id !== undefined) result.id = m.id;
    if (m.unionHardshipWorker !== undefined) result.unionHardshipWorker = m.unionHardshipWorker;
    members.push(result);
  });
  warnings.push(...rateNotSetWarnings(memberGrants));
  const epWarning = extremelyPoorInHouseholdWarning(members);
  if (epWarning !== null) warnings.push(epWarning);

  const afterMedical = afterMedicalTwelfths(income.exact, medical);
  const benefit = householdBenefit(
    {
      householdClass: cls.class,
      basis: cls.basis,
      incomeTwelfths: income.exact,
      afterMedicalTwelfths: afterMedical,
      members: n,
      standardPerMonth: S,
      cancelled,
      grants,
      incomeMissing: income.missing,
    },
    t,
  );
  missing.addAll(benefit.missing);

  const out: HouseholdAssessment = {
    class: cls.class,
    basis: cls.basis,
    standardPerMonth: money2(S),
    area: h.area,
    extremelyPoorRules: version,
    perCapitaIncomePerMonth: perCapitaIncomePerMonth(income.exact, n),
    illnessExpenditure:
      cls.illnessTestClass === null
        ? null
        : { perCapitaIncomePerMonth: perCapitaIncomePerMonth(afterMedical, n), class: cls.illnessTestClass },
    members,
    benefit: benefit.benefit,
    missing: missing.list(),
    warnings,
    trace: t.steps,
  };
  if (h.id !== undefined) return { id: h.id, ...out };
  return out;
}
