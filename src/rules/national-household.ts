/**
 * The household under the national rules in force since 2021-07-01 (`policy.rulesVersion: 'national2021'`,
 * docs/contract.md, rule versions N1–N8). Each rule lives in its own file — N1 `national-income`, N2 `national-classification`, N3 the
 * minors of `extremely-poor`, N5 `gradual-exit`, N6 `single-person-dibao`, N7 `employment`, N8
 * `rigid-expenditure-hardship` — and this module composes them with N4 (特困人员认定办法(2021)第4条: a 特困
 * person is supported on their own and leaves the household's count). Where a member's 特困 status, an income,
 * the property conditions, `receivingDibao` or a start date is unknown, the household is evaluated for every
 * possibility (incomes at the points where a class can change) and a result is given only where all agree.
 */
import { type Dec, MONTHS_PER_YEAR, ZERO } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { Tracer } from '../core/trace.js';
import type { ParsedHousehold } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import { memberAge } from './age.js';
import { DECIMAL } from './arithmetic.js';
import type {
  HouseholdAssessment,
  IncomeDeductions,
  MemberAssessment,
  SinglePersonDibao,
} from './assessment-result.js';
import type { ClassBasis } from './classification.js';
import { type DibaoBenefit, dibaoBenefit } from './dibao-benefit.js';
import { moneyText, shown } from './display.js';
import {
  employmentOutcome,
  laborAgeOf,
  refusalsInWindow,
  refusalWindowStart,
  workingAge,
} from './employment.js';
import {
  type ExtremelyPoorTest,
  extremelyPoorInHouseholdWarning,
  extremelyPoorTest,
  NATIONAL_MINOR_AGE,
} from './extremely-poor.js';
import {
  GRADUAL_EXIT_ARTICLE,
  gradualExitEnd,
  gradualExitWarning,
  gradualExitWindowStart,
  newWorkEntries,
} from './gradual-exit.js';
import { decimalFacts, decimalFigures } from './household-facts.js';
import { perCapitaIncomePerMonth } from './household-income.js';
import type { SpecialGroup } from './household-types.js';
import {
  type AssessmentWarning,
  type HouseholdClass,
  type IncomeClass,
  MissingFacts,
  type Tri,
} from './household-types.js';
import { extremelyPoorRulesVersion, hasLaborCapacity } from './labor-capacity.js';
import { memberAssessment } from './member-class.js';
import { nationalIncomeClass, nationalLowIncomeMultiplier } from './national-classification.js';
import {
  countableIncome,
  type NationalMemberIncome,
  nationalMemberIncome,
  rigidDeductionTwelfths,
  traceNationalMemberIncome,
} from './national-income.js';
import { propertyMeets } from './property.js';
import { applicableStandard } from './residency.js';
import { rigidExpenditureHardship } from './rigid-expenditure-hardship.js';
import { singlePersonDibao, singlePersonGroup, singlePersonWarning } from './single-person-dibao.js';
import { rateNotSetWarnings, specialGrant, specialGroups } from './special-grants.js';

/** The article of the national classes. */
const CLASS_ARTICLE = '最低生活保障审核确认办法(2021)第8条';
/** The article of the 差额 (实际差额) under the national rules. */
const BENEFIT_ARTICLE = '最低生活保障审核确认办法(2021)第23条';
/** The article of N4. */
const ALONE_ARTICLE = '特困人员认定办法(2021)第4条';

/**
 * More members than this with an open 特困 status: the household is left `undetermined` rather than evaluated
 * for each of the 2^k possibilities.
 * @see 特困人员认定办法(2021)第4条
 */
export const MAX_OPEN_EXTREMELY_POOR = 6;

const RANK: Record<IncomeClass, number> = { none: 0, lowIncome: 1, dibao: 2 };

/** One possibility of the unknown facts and the household's outcome under it. */
interface Outcome {
  /** Indices of the dimensions: each open 特困 member, then pd, pl, receiving, open start dates. */
  key: number[];
  /** Index of the unknown-income sample. */
  x: number;
  cls: IncomeClass;
  basis: ClassBasis | null;
  /** 12 × the income of the 差额 (H′, or H″ in the 渐退期); `null` when an unknown income enters it. */
  income: Dec | null;
  counted: boolean[];
}

/** What the enumeration reads, computed once. */
interface Facts {
  S: Dec;
  m: Dec;
  inclusive: boolean;
  rigid: Dec;
  incomes: Array<NationalMemberIncome | null>;
  /** Own income without the new work within the 渐退期: [without `within`, without `within` and `open`]. */
  withoutNewWork: Array<[Dec, Dec] | null>;
  gradual: boolean;
}

function ownWithout(
  h: ParsedHousehold,
  i: number,
  deduction: Dec,
  skip: readonly number[],
  full: NationalMemberIncome,
): Dec {
  if (skip.length === 0) return full.own;
  return (
    nationalMemberIncome(
      h.members[i] as ParsedHousehold['members'][number],
      deduction,
      new Set(skip),
    ) as NationalMemberIncome
  ).own;
}

/** The household's class at one possibility (N2, with N5). */
function outcomeAt(
  f: Facts,
  counted: boolean[],
  x: Dec,
  pd: boolean,
  pl: boolean,
  receiving: boolean,
  openWithin: boolean,
) {
  let n = 0;
  let own = x;
  let own2 = x;
  let known = x.isZero();
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    n++;
    const inc = f.incomes[i];
    if (inc === null || inc === undefined) {
      known = false;
      continue;
    }
    own = own.add(inc.own);
    const w = f.withoutNewWork[i];
    own2 = own2.add(w ? (openWithin ? w[1] : w[0]) : inc.own);
  }
  if (n === 0) return { cls: 'none' as IncomeClass, basis: null, income: null };
  const line = f.S.mul(n).mul(MONTHS_PER_YEAR);
  const h1 = countableIncome(own, f.rigid);
  const cls = nationalIncomeClass(h1, pd, pl, line, f.m, f.inclusive);
  const noRigid = nationalIncomeClass(own, pd, pl, line, f.m, f.inclusive);
  const basis: ClassBasis | null =
    cls === 'none' ? null : RANK[cls] > RANK[noRigid] ? 'illnessExpenditure' : 'income';
  if (cls !== 'dibao' && f.gradual && receiving) {
    const h2 = countableIncome(own2, f.rigid);
    if (nationalIncomeClass(h2, pd, pl, line, f.m, f.inclusive) === 'dibao')
      return { cls: 'dibao' as IncomeClass, basis: 'gradualExit' as ClassBasis, income: known ? h2 : null };
  }
  return { cls, basis, income: known ? h1 : null };
}

/** Unknown-income samples x (the sum of the unknown incomes of counted members) where a class can change. */
function incomeSamples(f: Facts, counted: boolean[], openWithin: boolean): Dec[] {
  let n = 0;
  let open = false;
  let k1 = ZERO;
  let k2 = ZERO;
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    n++;
    const inc = f.incomes[i];
    if (inc === null || inc === undefined) {
      open = true;
      continue;
    }
    k1 = k1.add(inc.own);
    const w = f.withoutNewWork[i];
    k2 = k2.add(w ? (openWithin ? w[1] : w[0]) : inc.own);
  }
  if (!open) return [ZERO];
  const line = f.S.mul(n).mul(MONTHS_PER_YEAR);
  const lines = [line, line.mul(f.m)];
  const breaks: Dec[] = [];
  for (const b of lines)
    for (const base of [k1, k2]) {
      breaks.push(b.add(f.rigid).sub(base), b.sub(base));
    }
  const pts = [ZERO, ...breaks.filter((b) => b.gt(0))].sort((a, b) => a.cmp(b));
  const out: Dec[] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last !== undefined && p.eq(last)) continue;
    if (last !== undefined) out.push(p.add(last).div(2));
    out.push(p);
  }
  out.push((out[out.length - 1] as Dec).add(1));
  return out;
}

function values(tri: Tri): boolean[] {
  return tri === null ? [true, false] : [tri];
}

/** Dimensions whose value changes `proj` somewhere, all others fixed (the unknown-income samples as a set). */
function relevantDims(outcomes: readonly Outcome[], dims: number, proj: (o: Outcome) => string): boolean[] {
  const groups = new Map<string, Set<string>>();
  for (const o of outcomes) {
    const k = o.key.join(',');
    const set = groups.get(k) ?? new Set<string>();
    set.add(proj(o));
    groups.set(k, set);
  }
  const relevant = new Array<boolean>(dims + 1).fill(false);
  for (const set of groups.values()) if (set.size > 1) relevant[dims] = true;
  const text = (s: Set<string>) => [...s].sort().join('|');
  for (const o of outcomes) {
    const here = text(groups.get(o.key.join(',')) as Set<string>);
    for (let d = 0; d < dims; d++) {
      if (relevant[d]) continue;
      const other = [...o.key];
      other[d] = 1 - (other[d] as number);
      const there = groups.get(other.join(','));
      if (there !== undefined && text(there) !== here) relevant[d] = true;
    }
  }
  return relevant;
}

function allSame<T>(xs: readonly T[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

/**
 * {@link assessHousehold} under `rulesVersion: 'national2021'`: N1 income after employment cost and rigid
 * expenditure, N2 低保 / 边缘 classes, N3 特困 minors to 18, N4 特困 members assessed alone, N5 渐退期, N6 单人户,
 * N7 the 第11条 cancellation in rural areas too, N8 刚性支出困难家庭, and the 差额 of the counted members.
 * @see 最低生活保障审核确认办法(2021)第8条
 * @see 最低生活保障审核确认办法(2021)第13条
 * @see 特困人员认定办法(2021)第4条
 * @see 最低生活保障审核确认办法(2021)第33条
 */
export function assessNational(
  h: ParsedHousehold,
  p: ParsedPolicy,
  options: RuleOptions | undefined,
): HouseholdAssessment {
  const t = new Tracer(options?.trace !== false);
  const missing = new MissingFacts();
  const warnings: AssessmentWarning[] = [];
  const n = h.members.length;
  const date = h.assessmentDate;
  const version = extremelyPoorRulesVersion(date);
  const rounding = p.benefitRounding;
  const hf = decimalFacts(h);
  const figures = decimalFigures(p);
  const minorAge = p.extremelyPoorMinorAge ?? NATIONAL_MINOR_AGE;
  const alone = p.extremelyPoorAssessedAlone ?? true;
  const deduction = p.employmentCostDeductionPerMonth ?? ZERO;
  if (t.enabled)
    t.step(
      'policy.rulesVersion',
      '最低生活保障审核确认办法(2021)第42条',
      { rulesVersion: 'national2021' },
      'national2021',
      '按2021-07-01起施行的国家规定（最低生活保障审核确认办法、特困人员认定办法）认定',
    );
  const S = applicableStandard(DECIMAL, figures.standard, h.area, t);
  const m = nationalLowIncomeMultiplier(p.lowIncomeMultiplier);
  const rigid = rigidDeductionTwelfths(h.medicalOutOfPocketPerYear, p.rigidExpenditureDeductionCapPerYear);
  const pdT = propertyMeets(DECIMAL, 'dibao', hf, figures.limits.dibao, S, t);
  const plT = propertyMeets(DECIMAL, 'lowIncome', hf, figures.limits.lowIncome, S, t);

  // Per member: N1 income, age, labor capacity, the 特困 test with N3.
  const incomes = h.members.map((mem, i) => {
    const inc = nationalMemberIncome(mem, deduction);
    traceNationalMemberIncome(t, `members[${i}]`, inc, deduction);
    return inc;
  });
  const ages: number[] = [];
  const capacities: boolean[] = [];
  const eps: ExtremelyPoorTest[] = [];
  h.members.forEach((mem, i) => {
    const path = `members[${i}]`;
    const age = memberAge(hf.members[i] as (typeof hf.members)[number], hf, t, path);
    const capacity = hasLaborCapacity(mem, age, version, t, path);
    ages.push(age);
    capacities.push(capacity);
    eps.push(
      extremelyPoorTest(
        DECIMAL,
        mem,
        i,
        age,
        capacity,
        incomes[i]?.own ?? null,
        S,
        pdT.meets,
        pdT.missing,
        version,
        t,
        minorAge,
      ),
    );
  });

  // N5: the new work within the 渐退期.
  const k = p.gradualExitMonths;
  const windowStart = k === undefined ? '' : gradualExitWindowStart(date, k);
  const newWork = h.members.map((mem) => (k === undefined ? null : newWorkEntries(mem, windowStart, date)));
  const openSince: string[] = [];
  newWork.forEach((w, i) => {
    for (const j of w?.open ?? []) openSince.push(`members[${i}].incomes[${j}].since`);
  });
  const facts: Facts = {
    S,
    m,
    inclusive: p.thresholdInclusive ?? false,
    rigid,
    incomes,
    withoutNewWork: newWork.map((w, i) => {
      const full = incomes[i];
      if (w === null || full === null || full === undefined) return null;
      return [
        ownWithout(h, i, deduction, w.within, full),
        ownWithout(h, i, deduction, [...w.within, ...w.open], full),
      ];
    }),
    gradual: k !== undefined,
  };

  // N4: who leaves the count.
  const status: Tri[] = eps.map((e) => (alone ? e.extremelyPoor : false));
  const open = status.flatMap((s, i) => (s === null ? [i] : []));
  const receivingValues =
    k === undefined ? [false] : h.receivingDibao === undefined ? [true, false] : [h.receivingDibao];
  const openWithinValues = openSince.length > 0 ? [false, true] : [false];
  const outcomes: Outcome[] = [];
  const tooOpen = open.length > MAX_OPEN_EXTREMELY_POOR;
  if (!tooOpen)
    for (let combo = 0; combo < 1 << open.length; combo++) {
      const counted = status.map((s) => s !== true);
      open.forEach((i, b) => {
        counted[i] = ((combo >> b) & 1) === 0; // bit set: the member is 特困 and leaves the count
      });
      const comboKey = open.map((_, b) => (combo >> b) & 1);
      const pds = values(pdT.meets);
      const pls = values(plT.meets);
      for (let a = 0; a < pds.length; a++)
        for (let b = 0; b < pls.length; b++)
          for (let c = 0; c < receivingValues.length; c++)
            for (let d = 0; d < openWithinValues.length; d++) {
              const ow = openWithinValues[d] as boolean;
              const xs = incomeSamples(facts, counted, ow);
              for (let xi = 0; xi < xs.length; xi++) {
                const o = outcomeAt(
                  facts,
                  counted,
                  xs[xi] as Dec,
                  pds[a] as boolean,
                  pls[b] as boolean,
                  receivingValues[c] as boolean,
                  ow,
                );
                outcomes.push({ key: [...comboKey, a, b, c, d], x: xi, counted, ...o });
              }
            }
    }

  const dims = open.length + 4;
  const dimMissing = (d: number, countedSome: boolean[]): string[] => {
    if (d < open.length) return [...(eps[open[d] as number] as ExtremelyPoorTest).missing];
    switch (d - open.length) {
      case 0:
        return [...pdT.missing];
      case 1:
        return [...plT.missing];
      case 2:
        return ['receivingDibao'];
      case 3:
        return openSince;
      default:
        return h.members.flatMap((_, i) =>
          countedSome[i] && incomes[i] === null ? [`members[${i}].incomes`] : [],
        );
    }
  };
  const countedSome = h.members.map((_, i) => outcomes.some((o) => o.counted[i]));
  const addRelevant = (proj: (o: Outcome) => string) => {
    const rel = relevantDims(outcomes, dims, proj);
    rel.forEach((r, d) => {
      if (r) missing.addAll(dimMissing(d === dims ? dims + 1 : d, countedSome));
    });
  };

  let cls: HouseholdClass;
  let basis: ClassBasis | null = null;
  if (tooOpen) {
    cls = 'undetermined';
    for (const i of open) missing.addAll((eps[i] as ExtremelyPoorTest).missing);
  } else if (allSame(outcomes.map((o) => o.cls))) {
    cls = (outcomes[0] as Outcome).cls;
    basis = allSame(outcomes.map((o) => o.basis)) ? (outcomes[0] as Outcome).basis : null;
  } else {
    cls = 'undetermined';
    addRelevant((o) => o.cls);
  }
  const countedSets = outcomes.map((o) => o.counted.join());
  const countedDecided = !tooOpen && allSame(countedSets);
  const counted = countedDecided ? (outcomes[0] as Outcome).counted : null;
  const countedMembers = counted === null ? null : counted.filter(Boolean).length;
  const incomeDecided =
    countedDecided && allSame(outcomes.map((o) => (o.income === null ? 'open' : o.income.toString())));
  const H1 = incomeDecided && cls !== 'undetermined' ? ((outcomes[0] as Outcome).income ?? null) : null;

  // H′ and the deductions over the counted members (when all their incomes are known).
  let ownSum: Dec | null = null;
  let costSum = ZERO;
  if (counted !== null && countedMembers !== null && countedMembers > 0) {
    ownSum = ZERO;
    for (let i = 0; i < n; i++) {
      if (!counted[i]) continue;
      const inc = incomes[i];
      if (inc === null || inc === undefined) {
        ownSum = null;
        break;
      }
      ownSum = ownSum.add(inc.own);
      costSum = costSum.add(inc.employmentCost);
    }
  }
  const hPrime = ownSum === null ? null : countableIncome(ownSum, rigid);
  const deductionsPerMonth: IncomeDeductions | null =
    ownSum === null
      ? null
      : {
          employmentCost: moneyText(costSum.div(MONTHS_PER_YEAR)),
          rigidExpenditure: moneyText(rigid.div(MONTHS_PER_YEAR)),
        };
  if (t.enabled) {
    t.step(
      'nationalIncome.household',
      '最低生活保障审核确认办法(2021)第13条',
      {
        countedMembers,
        employmentCostPerMonth: ownSum === null ? null : shown(costSum.div(MONTHS_PER_YEAR)),
        rigidExpenditurePerMonth: shown(rigid.div(MONTHS_PER_YEAR)),
      },
      hPrime === null ? null : shown(hPrime.div(MONTHS_PER_YEAR)),
      alone
        ? '家庭收入 H′ = 计入成员（不含单独供养的特困人员）扣除就业成本后的收入之和 − 刚性支出，不低于 0'
        : '家庭收入 H′ = 各成员扣除就业成本后的收入之和 − 刚性支出，不低于 0',
    );
    t.step(
      'nationalClassification.household',
      basis === 'gradualExit' ? GRADUAL_EXIT_ARTICLE : CLASS_ARTICLE,
      {
        countedMembers,
        standardPerMonth: shown(S),
        lowIncomeMultiplier: shown(m),
        thresholdInclusive: facts.inclusive,
        propertyMeetsDibao: pdT.meets,
        propertyMeetsLowIncome: plT.meets,
      },
      cls,
      cls === 'undetermined'
        ? '所缺事实可能改变认定结果，家庭类别待定'
        : `H′ < n·S 且财产符合为低保；否则 H′ < ${shown(m)}·n·S 且财产符合为低保边缘家庭：${cls}${basis === 'gradualExit' ? '（渐退期内按低保）' : ''}`,
    );
  }
  if (counted === null && !tooOpen && cls !== 'undetermined' && open.length > 0)
    addRelevant((o) => o.counted.join());

  // Members: 第10、11条, N6.
  const laborAge = laborAgeOf(figures, t);
  const refusalStart = refusalWindowStart(hf.day);
  const members: MemberAssessment[] = [];
  const cancelled: Array<boolean | null> = [];
  const grants: Dec[] = [];
  const grantGroups: SpecialGroup[][] = [];
  let earliestSince: string | null = null;
  h.members.forEach((mem, i) => {
    const path = `members[${i}]`;
    const age = ages[i] as number;
    const capacity = capacities[i] as boolean;
    const ep = eps[i] as ExtremelyPoorTest;
    missing.addAll(ep.missing);
    if (alone && ep.extremelyPoor === true && t.enabled)
      t.step(
        'extremelyPoor.assessedAlone',
        ALONE_ARTICLE,
        { member: path },
        false,
        '特困人员单独供养，不计入家庭人数、收入和低保金',
      );
    const inCount = counted === null ? null : (counted[i] as boolean);
    const groups = specialGroups(mem, age, t, path);
    const isWorkingAge = workingAge(age, mem.sex, capacity, laborAge, t, path);
    const refusals = refusalsInWindow(mem, refusalStart, date);
    const emp = employmentOutcome(
      mem,
      i,
      isWorkingAge,
      refusals,
      h.area,
      inCount === false ? 'none' : cls,
      refusalStart,
      t,
      true,
    );
    missing.addAll(emp.missing);
    const due = inCount === true && cls === 'dibao';
    const g = due ? specialGrant(DECIMAL, groups, figures, S, t, path) : ZERO;
    grantGroups.push(due ? groups : []);
    if (inCount === true) {
      cancelled.push(emp.dibaoCancelled);
      grants.push(g);
      const w = newWork[i];
      if (w?.earliestSince && (earliestSince === null || w.earliestSince < earliestSince))
        earliestSince = w.earliestSince;
    }
    let single: SinglePersonDibao | null = null;
    if ((cls === 'lowIncome' || cls === 'none') && ep.extremelyPoor !== true) {
      const group = singlePersonGroup(mem, age, cls);
      const inGroup: Tri = ep.extremelyPoor === null && group !== false ? null : group;
      if (inGroup !== false) {
        const grant = specialGrant(DECIMAL, groups, figures, S, new Tracer(false), path);
        const sp = singlePersonDibao(
          inGroup,
          incomes[i]?.own ?? null,
          S,
          pdT.meets,
          grant,
          rounding,
          t,
          path,
        ) as SinglePersonDibao;
        single = sp;
        warnings.push(singlePersonWarning(path, sp));
        if (sp.eligible === null) {
          if (incomes[i] === null) missing.addAll([`${path}.incomes`]);
          if (group === null) missing.addAll([`${path}.employed`]);
          if (ep.extremelyPoor === null) missing.addAll(ep.missing);
          if (pdT.meets === null) missing.addAll(pdT.missing);
        }
      }
    }
    const inc = incomes[i];
    members.push(
      memberAssessment(
        {
          age,
          laborCapacity: capacity,
          extremelyPoor: ep,
          specialGroups: groups,
          workingAge: isWorkingAge,
          employment: emp,
          incomePerMonth:
            inc === null || inc === undefined ? null : moneyText(inc.total.div(MONTHS_PER_YEAR)),
          specialGrantPerMonth: due ? moneyText(g) : null,
          singlePersonDibao: single,
        },
        cls,
        mem,
      ),
    );
  });
  warnings.push(...rateNotSetWarnings(grantGroups, figures.rates));
  if (!alone) {
    const w = extremelyPoorInHouseholdWarning(members);
    if (w !== null) warnings.push(w);
  }

  // The 差额 of the counted members (社会救助暂行办法第12条; 审核确认办法(2021)第23条).
  let benefit: DibaoBenefit | null = null;
  if (cls === 'dibao' && countedMembers !== null && countedMembers > 0) {
    if (H1 === null || basis === null) {
      if (t.enabled)
        t.step(
          'dibaoBenefit.base',
          BENEFIT_ARTICLE,
          { householdIncomePerMonth: null },
          null,
          '家庭收入未精确确定，低保金无法计算',
        );
      addRelevant((o) => `${o.basis}:${o.income === null ? 'open' : o.income.toString()}`);
    } else if (!cancelled.includes(null)) {
      const paidGrants = grants.filter((_, j) => cancelled[j] !== true);
      const cancelledCount = cancelled.filter((c) => c === true).length;
      benefit = dibaoBenefit(
        DECIMAL,
        H1,
        countedMembers,
        S,
        cancelledCount,
        paidGrants,
        t,
        rounding,
        BENEFIT_ARTICLE,
      );
    }
  }
  if (cls === 'dibao' && basis === 'gradualExit' && k !== undefined && earliestSince !== null) {
    const end = gradualExitEnd(earliestSince, k);
    warnings.push(gradualExitWarning(end, k));
    if (t.enabled)
      t.step(
        'gradualExit.household',
        GRADUAL_EXIT_ARTICLE,
        { months: k, windowAfter: windowStart, windowUntil: date, earliestSince },
        end,
        `家庭已享受低保，就业后收入超过标准；不计 ${windowStart} 之后开始的就业、经营收入时仍符合低保条件，渐退期内按低保发放`,
      );
  }

  // N8.
  const anyEp: Tri = eps.some((e) => e.extremelyPoor === true)
    ? true
    : eps.some((e) => e.extremelyPoor === null)
      ? null
      : false;
  const rigidHardship = rigidExpenditureHardship(
    {
      assessmentDate: date,
      conditions: p.rigidExpenditureHardship,
      householdClass: cls,
      anyExtremelyPoor: anyEp,
      incomeTwelfths: ownSum,
      members: countedMembers ?? n,
      propertyMeetsLowIncome: plT.meets,
      rigidExpenditurePerYear: h.rigidExpenditurePerYear,
      incomeMissing: h.members.flatMap((_, i) => (incomes[i] === null ? [`members[${i}].incomes`] : [])),
      propertyMissing: [...plT.missing],
    },
    t,
  );
  missing.addAll(rigidHardship.missing);

  const out: HouseholdAssessment = {
    class: cls,
    basis: cls === 'undetermined' ? null : basis,
    standardPerMonth: moneyText(S),
    area: h.area,
    extremelyPoorRules: version,
    rulesVersion: 'national2021',
    countedMembers: cls === 'undetermined' ? null : countedMembers,
    perCapitaIncomePerMonth:
      hPrime === null || countedMembers === null || countedMembers === 0
        ? null
        : perCapitaIncomePerMonth(DECIMAL, hPrime, countedMembers),
    deductionsPerMonth,
    illnessExpenditure: null,
    members,
    benefit,
    rigidExpenditureHardship: rigidHardship.result,
    missing: missing.list(),
    warnings,
    trace: t.steps,
  };
  if (h.id !== undefined) return { id: h.id, ...out };
  return out;
}
