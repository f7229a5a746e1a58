/**
 * What-if studies (第4条 standards, 第28条 资金保障, 第30条 考核): the same households under a base and a reform
 * policy, with class counts, exact monthly 低保金 totals, who gains and who loses, and the change in cost.
 */
import {
  assessPreparedHousehold,
  type HouseholdAssessment,
  type PreparedHouseholdPolicy,
  prepareHouseholdPolicy,
} from '../assess.js';
import { DibaoInputError, type DibaoIssue } from '../core/errors.js';
import { type Dec, MONTHS_PER_YEAR, money2, toDec, ZERO } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce, readOnceItems } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import type { Household } from '../schema/household.js';
import { DRAFT2018_ONLY_FIELDS, NATIONAL2021_ONLY_FIELDS, type Policy } from '../schema/policy.js';

/** Household classes counted. */
export const SIMULATION_HOUSEHOLD_CLASSES = ['dibao', 'lowIncome', 'none', 'undetermined'] as const;
/** Member classes counted. */
export const SIMULATION_MEMBER_CLASSES = [
  'extremelyPoor',
  'dibao',
  'lowIncome',
  'none',
  'undetermined',
] as const;

/** Totals of one scenario (base or reform). */
export interface ScenarioSummary {
  /** Households per class. */
  households: Record<(typeof SIMULATION_HOUSEHOLD_CLASSES)[number], number>;
  /** Members per class (特困 overrides the household class). */
  members: Record<(typeof SIMULATION_MEMBER_CLASSES)[number], number>;
  /** 特困 members (= members.extremelyPoor). */
  extremelyPoorMembers: number;
  /** Σ of the households' base 低保金 (差额), 元/月, exact sum of the paid amounts. */
  basePerMonth: string;
  /** Σ of the 第10条 special grants, 元/月. */
  specialGrantsPerMonth: string;
  /** Σ total 低保金, 元/月. */
  totalPerMonth: string;
  /** totalPerMonth × 12, 元/年. */
  totalPerYear: string;
}

/** One household whose class or 低保金 differs between the policies. */
export interface HouseholdChange {
  /** The household's `id`, or `households[i]`. */
  id: string;
  index: number;
  baseClass: HouseholdAssessment['class'];
  reformClass: HouseholdAssessment['class'];
  /** Total 低保金 under each policy, 元/月 ("0.00" when the household receives none). */
  baseTotalPerMonth: string;
  reformTotalPerMonth: string;
  /** reform − base, 元/月. */
  changePerMonth: string;
}

/** A household that could not be assessed (never aborts the study). */
export interface SimulationError {
  id: string;
  index: number;
  /** Which policy's run refused it (household errors are refused by both). */
  policy: 'base' | 'reform';
  issues: DibaoIssue[];
}

/** What `simulate` returns. */
export interface SimulationResult {
  /** Households given, assessed under both policies, and refused. */
  counts: { households: number; assessed: number; errors: number };
  base: ScenarioSummary;
  reform: ScenarioSummary;
  /** Households whose total rises (reform > base), in input order. */
  gains: HouseholdChange[];
  /** Households whose total falls, in input order. */
  losses: HouseholdChange[];
  /** Households whose class changes but whose total does not. */
  classChangesOnly: HouseholdChange[];
  /** Σ of the gains and of the losses (a positive number), 元/月. */
  totalGainPerMonth: string;
  totalLossPerMonth: string;
  /** reform total − base total. */
  costChange: { perMonth: string; perYear: string };
  errors: SimulationError[];
  trace: TraceStep[];
}

interface Acc {
  households: Record<(typeof SIMULATION_HOUSEHOLD_CLASSES)[number], number>;
  members: Record<(typeof SIMULATION_MEMBER_CLASSES)[number], number>;
  base: Dec;
  grants: Dec;
  total: Dec;
}

function emptyAcc(): Acc {
  return {
    households: { dibao: 0, lowIncome: 0, none: 0, undetermined: 0 },
    members: { extremelyPoor: 0, dibao: 0, lowIncome: 0, none: 0, undetermined: 0 },
    base: ZERO,
    grants: ZERO,
    total: ZERO,
  };
}

function add(acc: Acc, a: HouseholdAssessment): Dec {
  acc.households[a.class] += 1;
  for (const m of a.members) acc.members[m.class] += 1;
  if (a.benefit === null) return ZERO;
  const total = toDec(a.benefit.totalPerMonth);
  acc.base = acc.base.plus(toDec(a.benefit.basePerMonth));
  acc.grants = acc.grants.plus(toDec(a.benefit.specialGrantsPerMonth));
  acc.total = acc.total.plus(total);
  return total;
}

function summary(acc: Acc): ScenarioSummary {
  return {
    households: acc.households,
    members: acc.members,
    extremelyPoorMembers: acc.members.extremelyPoor,
    basePerMonth: money2(acc.base),
    specialGrantsPerMonth: money2(acc.grants),
    totalPerMonth: money2(acc.total),
    totalPerYear: money2(acc.total.mul(MONTHS_PER_YEAR)),
  };
}

function prefixed(e: DibaoInputError, prefix: string): DibaoInputError {
  return new DibaoInputError(
    e.issues.map((i) => ({
      ...i,
      path: i.path === '' ? prefix : i.path.startsWith('[') ? `${prefix}${i.path}` : `${prefix}.${i.path}`,
    })),
  );
}

/** A policy validated and prepared once, its refusals named from the argument (`basePolicy.…`). */
function preparedPolicy(policy: Policy, name: string): PreparedHouseholdPolicy {
  try {
    return prepareHouseholdPolicy(policy);
  } catch (e) {
    throw e instanceof DibaoInputError ? prefixed(e, name) : e;
  }
}

function householdId(h: unknown, index: number): string {
  if (h !== null && typeof h === 'object' && !Array.isArray(h)) {
    const id = (h as { id?: unknown }).id;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return `households[${index}]`;
}

/**
 * The two policies of the rule-version study: `policy` read under the 2018 draft (`base`, its national-only
 * fields left out) and under the national rules in force since 2021-07-01 (`reform`, its draft-only fields left
 * out) — everything else, the standards first, the same. Pass them to {@link simulate} to see who gains, who
 * loses and what the change costs a year: the study a 民政厅 runs first.
 * @see 最低生活保障审核确认办法(2021)第8条
 * @example const { base, reform } = rulesVersionPolicies(policy); simulate(households, base, reform).costChange.perYear
 */
export function rulesVersionPolicies(policy: Policy): { base: Policy; reform: Policy } {
  policy = readOnce(policy, ['policy']);
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy))
    throw new DibaoInputError([
      { path: 'policy', code: 'invalid_type', message: '须为对象', messageEn: 'must be an object' },
    ]);
  const without = (keys: readonly string[]): Policy => {
    const copy: Record<string, unknown> = { ...(policy as unknown as Record<string, unknown>) };
    for (const k of keys) delete copy[k];
    return copy as unknown as Policy;
  };
  return {
    base: { ...without(NATIONAL2021_ONLY_FIELDS), rulesVersion: 'draft2018' },
    reform: { ...without(DRAFT2018_ONLY_FIELDS), rulesVersion: 'national2021' },
  };
}

/**
 * 政策模拟：同一批家庭分别按现行政策（base）和拟调整政策（reform）评估，统计各类家庭与成员数、特困人数、
 * 每月低保金与增发补助金总额（各户实发金额的精确合计）、增减的家庭（编号与金额）及资金变化。
 * 无效的家庭记入 `errors`，不会中断模拟；无效的政策抛出 `DibaoInputError`（路径以 `basePolicy.` / `reformPolicy.` 开头）。
 * @see 第4条
 * @see 第28条
 * @see 第30条
 * @example simulate(households, { dibaoStandardPerMonth: { urban: '620', rural: '410' } }, { dibaoStandardPerMonth: { urban: '700', rural: '460' } }).costChange.perMonth
 */
export function simulate(
  households: ReadonlyArray<Household>,
  basePolicy: Policy,
  reformPolicy: Policy,
  options?: RuleOptions,
): SimulationResult {
  // Each argument read once: the list and each household (a household that cannot be read is that
  // household's error), the two policies validated and prepared once for every household.
  const list = readOnceItems(households, ['households']);
  options = readOnce(options, OPTIONS_PATH);
  const prepared = {
    base: preparedPolicy(basePolicy, 'basePolicy'),
    reform: preparedPolicy(reformPolicy, 'reformPolicy'),
  };
  const t = new Tracer(options?.trace !== false);
  const accBase = emptyAcc();
  const accReform = emptyAcc();
  const gains: HouseholdChange[] = [];
  const losses: HouseholdChange[] = [];
  const classChangesOnly: HouseholdChange[] = [];
  const errors: SimulationError[] = [];
  let gain: Dec = ZERO;
  let loss: Dec = ZERO;
  let assessed = 0;
  list.forEach((item, index) => {
    let h: Household;
    try {
      h = readOnce(item) as Household;
    } catch (e) {
      if (!(e instanceof DibaoInputError)) throw e;
      const id = `households[${index}]`;
      errors.push({ id, index, policy: 'base', issues: prefixed(e, id).issues });
      return;
    }
    const id = householdId(h, index);
    let a: HouseholdAssessment;
    let b: HouseholdAssessment;
    try {
      a = assessPreparedHousehold(h, prepared.base, { trace: false });
    } catch (e) {
      if (!(e instanceof DibaoInputError)) throw e;
      errors.push({ id, index, policy: 'base', issues: prefixed(e, `households[${index}]`).issues });
      return;
    }
    try {
      b = assessPreparedHousehold(h, prepared.reform, { trace: false });
    } catch (e) {
      if (!(e instanceof DibaoInputError)) throw e;
      errors.push({ id, index, policy: 'reform', issues: prefixed(e, `households[${index}]`).issues });
      return;
    }
    assessed += 1;
    const before = add(accBase, a);
    const after = add(accReform, b);
    const change = after.minus(before);
    if (change.isZero() && a.class === b.class) return;
    const row: HouseholdChange = {
      id,
      index,
      baseClass: a.class,
      reformClass: b.class,
      baseTotalPerMonth: money2(before),
      reformTotalPerMonth: money2(after),
      changePerMonth: money2(change),
    };
    if (change.gt(0)) {
      gains.push(row);
      gain = gain.plus(change);
    } else if (change.lt(0)) {
      losses.push(row);
      loss = loss.minus(change);
    } else classChangesOnly.push(row);
  });
  const base = summary(accBase);
  const reform = summary(accReform);
  const costPerMonth = accReform.total.minus(accBase.total);
  t.step(
    'simulate.households',
    '第30条',
    { households: households.length, errors: errors.length },
    assessed,
    '无效家庭记入 errors，其余家庭按两套政策分别评估',
  );
  t.step(
    'simulate.cost',
    '第28条',
    { baseTotalPerMonth: base.totalPerMonth, reformTotalPerMonth: reform.totalPerMonth },
    money2(costPerMonth),
    '资金变化 = 调整后每月低保金总额 − 现行每月低保金总额',
  );
  return {
    counts: { households: households.length, assessed, errors: errors.length },
    base,
    reform,
    gains,
    losses,
    classChangesOnly,
    totalGainPerMonth: money2(gain),
    totalLossPerMonth: money2(loss),
    costChange: { perMonth: money2(costPerMonth), perYear: money2(costPerMonth.mul(MONTHS_PER_YEAR)) },
    errors,
    trace: t.steps,
  };
}
