/**
 * The household under the national rules in force since 2021-07-01 (`policy.rulesVersion: 'national2021'`,
 * docs/contract.md, rule versions N1–N8). Each rule lives in its own file — N1 `national-income`, N2 `national-classification`, N3 the
 * minors of `extremely-poor`, N5 `gradual-exit`, N6 `single-person-dibao`, N7 `employment`, N8
 * `rigid-expenditure-hardship` — and this module composes them with N4 (特困人员认定办法(2021)第4条: a 特困
 * person is supported on their own and leaves the household's count). Where a member's 特困 status, an income,
 * the property conditions, `receivingDibao` or a start date is unknown, the household is evaluated for every
 * possibility (incomes at the points where a class can change) and a result is given only where all agree.
 * Written once for both arithmetics (`arithmetic.ts`): `assessHousehold` runs it on the integer one when the
 * fast reader vouches for the input, else on the decimal one.
 */
import { Tracer } from '../core/trace.js';
import { memberAge } from './age.js';
import type { Arithmetic } from './arithmetic.js';
import type {
  HouseholdAssessment,
  IncomeDeductions,
  MemberAssessment,
  SinglePersonDibao,
} from './assessment-result.js';
import type { ClassBasis } from './classification.js';
import { type DibaoBenefit, dibaoBenefit } from './dibao-benefit.js';
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
import {
  asParsedMember,
  type HouseholdFacts,
  type NationalFigures,
  type PolicyFigures,
} from './household-facts.js';
import { MONTHS_PER_YEAR, perCapitaIncomePerMonth } from './household-income.js';
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
interface Outcome<T> {
  /** Indices of the dimensions: each open 特困 member, then pd, pl, receiving, open start dates. */
  key: number[];
  /** Index of the unknown-income sample. */
  x: number;
  cls: IncomeClass;
  basis: ClassBasis | null;
  /** 12 × the income of the 差额 (H′, or H″ in the 渐退期); `null` when an unknown income enters it. */
  income: T | null;
  counted: boolean[];
}

/** What the enumeration reads, computed once. */
interface Facts<T, R> {
  S: T;
  m: R;
  inclusive: boolean;
  rigid: T;
  incomes: Array<NationalMemberIncome<T> | null>;
  /** Own income without the new work within the 渐退期: [without `within`, without `within` and `open`]. */
  withoutNewWork: Array<[T, T] | null>;
  gradual: boolean;
}

/** The household's class at one possibility (N2, with N5). */
function outcomeAt<T, R>(
  A: Arithmetic<T, R>,
  f: Facts<T, R>,
  counted: boolean[],
  x: T,
  pd: boolean,
  pl: boolean,
  receiving: boolean,
  openWithin: boolean,
): { cls: IncomeClass; basis: ClassBasis | null; income: T | null } {
  let n = 0;
  let own = x;
  let own2 = x;
  let known = A.isZero(x);
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    n++;
    const inc = f.incomes[i];
    if (inc === null || inc === undefined) {
      known = false;
      continue;
    }
    own = A.add(own, inc.own);
    const w = f.withoutNewWork[i];
    own2 = A.add(own2, w ? (openWithin ? w[1] : w[0]) : inc.own);
  }
  if (n === 0) return { cls: 'none', basis: null, income: null };
  const line = A.times(f.S, n * MONTHS_PER_YEAR);
  const h1 = countableIncome(A, own, f.rigid);
  const cls = nationalIncomeClass(A, h1, pd, pl, line, f.m, f.inclusive);
  const noRigid = nationalIncomeClass(A, own, pd, pl, line, f.m, f.inclusive);
  const basis: ClassBasis | null =
    cls === 'none' ? null : RANK[cls] > RANK[noRigid] ? 'illnessExpenditure' : 'income';
  if (cls !== 'dibao' && f.gradual && receiving) {
    const h2 = countableIncome(A, own2, f.rigid);
    if (nationalIncomeClass(A, h2, pd, pl, line, f.m, f.inclusive) === 'dibao')
      return { cls: 'dibao', basis: 'gradualExit', income: known ? h2 : null };
  }
  return { cls, basis, income: known ? h1 : null };
}

/** Unknown-income samples x (the sum of the unknown incomes of counted members) where a class can change. */
function incomeSamples<T, R>(
  A: Arithmetic<T, R>,
  f: Facts<T, R>,
  counted: boolean[],
  openWithin: boolean,
): T[] {
  let n = 0;
  let open = false;
  let k1 = A.zero;
  let k2 = A.zero;
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    n++;
    const inc = f.incomes[i];
    if (inc === null || inc === undefined) {
      open = true;
      continue;
    }
    k1 = A.add(k1, inc.own);
    const w = f.withoutNewWork[i];
    k2 = A.add(k2, w ? (openWithin ? w[1] : w[0]) : inc.own);
  }
  if (!open) return [A.zero];
  const line = A.times(f.S, n * MONTHS_PER_YEAR);
  const lines = [line, A.scale(line, f.m)];
  const breaks: T[] = [];
  for (const b of lines)
    for (const base of [k1, k2]) {
      breaks.push(A.sub(A.add(b, f.rigid), base), A.sub(b, base));
    }
  const pts = [A.zero, ...breaks.filter((b) => A.lt(A.zero, b))].sort((a, b) =>
    A.lt(a, b) ? -1 : A.eq(a, b) ? 0 : 1,
  );
  const out: T[] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last !== undefined && A.eq(p, last)) continue;
    if (last !== undefined) out.push(A.half(A.add(p, last)));
    out.push(p);
  }
  out.push(A.add(out[out.length - 1] as T, A.one));
  return out;
}

function values(tri: Tri): boolean[] {
  return tri === null ? [true, false] : [tri];
}

/** Dimensions whose value changes `proj` somewhere, all others fixed (the unknown-income samples as a set). */
function relevantDims<T>(
  outcomes: readonly Outcome<T>[],
  dims: number,
  proj: (o: Outcome<T>) => string,
): boolean[] {
  // One group per possibility of the facts (its outcomes differ only in the unknown-income sample).
  const groups = new Map<string, { key: readonly number[]; values: Set<string>; text: string }>();
  for (const o of outcomes) {
    const k = o.key.join(',');
    const group = groups.get(k);
    if (group === undefined) groups.set(k, { key: o.key, values: new Set([proj(o)]), text: '' });
    else group.values.add(proj(o));
  }
  const relevant = new Array<boolean>(dims + 1).fill(false);
  for (const g of groups.values()) {
    if (g.values.size > 1) relevant[dims] = true;
    g.text = [...g.values].sort().join('|');
  }
  for (const g of groups.values())
    for (let d = 0; d < dims; d++) {
      if (relevant[d]) continue;
      const other = [...g.key];
      other[d] = 1 - (other[d] as number);
      const there = groups.get(other.join(','));
      if (there !== undefined && there.text !== g.text) relevant[d] = true;
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
export function assessNational<T, R>(
  A: Arithmetic<T, R>,
  hf: HouseholdFacts<T>,
  figures: PolicyFigures<T, R>,
  np: NationalFigures<T, R>,
  t: Tracer,
): HouseholdAssessment {
  const missing = new MissingFacts();
  const warnings: AssessmentWarning[] = [];
  const n = hf.members.length;
  const date = hf.assessmentDate;
  const version = extremelyPoorRulesVersion(date);
  const rounding = figures.rounding;
  const minorAge = np.minorAge ?? NATIONAL_MINOR_AGE;
  const alone = np.assessedAlone ?? true;
  const deduction = np.employmentCostDeduction ?? A.zero;
  // Where each member's amounts start in `hf.amounts` (the entries member by member).
  const firsts: number[] = new Array(n);
  for (let i = 0, k = 0; i < n; i++) {
    firsts[i] = k;
    k += hf.incomes[i]?.length ?? 0;
  }
  const incomeOf = (i: number, skip?: readonly number[]) =>
    nationalMemberIncome(A, hf.incomes[i] ?? null, hf.amounts, firsts[i] as number, deduction, skip);
  if (t.enabled)
    t.step(
      'policy.rulesVersion',
      '最低生活保障审核确认办法(2021)第42条',
      { rulesVersion: 'national2021' },
      'national2021',
      '按2021-07-01起施行的国家规定（最低生活保障审核确认办法、特困人员认定办法）认定',
    );
  const S = applicableStandard(A, figures.standard, hf.area, t);
  const m = nationalLowIncomeMultiplier(A, figures.lowIncomeMultiplier);
  const rigid = rigidDeductionTwelfths(A, hf.medical, np.rigidCapPerYear);
  const pdT = propertyMeets(A, 'dibao', hf, figures.limits.dibao, S, t);
  const plT = propertyMeets(A, 'lowIncome', hf, figures.limits.lowIncome, S, t);

  // Per member: N1 income, age, labor capacity, the 特困 test with N3.
  const parsedMembers = hf.members.map(asParsedMember);
  const incomes: Array<NationalMemberIncome<T> | null> = new Array(n);
  for (let i = 0; i < n; i++) {
    const inc = incomeOf(i);
    traceNationalMemberIncome(A, t, `members[${i}]`, inc, deduction);
    incomes[i] = inc;
  }
  const ages: number[] = [];
  const capacities: boolean[] = [];
  const eps: ExtremelyPoorTest[] = [];
  parsedMembers.forEach((mem, i) => {
    const path = `members[${i}]`;
    const age = memberAge(hf.members[i] as (typeof hf.members)[number], hf, t, path);
    const capacity = hasLaborCapacity(mem, age, version, t, path);
    ages.push(age);
    capacities.push(capacity);
    eps.push(
      extremelyPoorTest(
        A,
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
  const k = np.gradualExitMonths;
  const windowStart = k === undefined ? '' : gradualExitWindowStart(date, k);
  const newWork = hf.incomes.map((entries) =>
    k === undefined ? null : newWorkEntries(entries, windowStart, date),
  );
  const openSince: string[] = [];
  newWork.forEach((w, i) => {
    for (const j of w?.open ?? []) openSince.push(`members[${i}].incomes[${j}].since`);
  });
  const facts: Facts<T, R> = {
    S,
    m,
    inclusive: figures.inclusive,
    rigid,
    incomes,
    withoutNewWork: newWork.map((w, i) => {
      const full = incomes[i];
      if (w === null || full === null || full === undefined) return null;
      return [
        w.within.length === 0 ? full.own : (incomeOf(i, w.within) as NationalMemberIncome<T>).own,
        w.within.length + w.open.length === 0
          ? full.own
          : (incomeOf(i, [...w.within, ...w.open]) as NationalMemberIncome<T>).own,
      ];
    }),
    gradual: k !== undefined,
  };

  // N4: who leaves the count.
  const status: Tri[] = eps.map((e) => (alone ? e.extremelyPoor : false));
  const open = status.flatMap((s, i) => (s === null ? [i] : []));
  const receivingValues =
    k === undefined ? [false] : hf.receivingDibao === undefined ? [true, false] : [hf.receivingDibao];
  const openWithinValues = openSince.length > 0 ? [false, true] : [false];
  const outcomes: Outcome<T>[] = [];
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
              const xs = incomeSamples(A, facts, counted, ow);
              for (let xi = 0; xi < xs.length; xi++) {
                const o = outcomeAt(
                  A,
                  facts,
                  counted,
                  xs[xi] as T,
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
        return hf.members.flatMap((_, i) =>
          countedSome[i] && incomes[i] === null ? [`members[${i}].incomes`] : [],
        );
    }
  };
  const countedSome = hf.members.map((_, i) => outcomes.some((o) => o.counted[i]));
  const addRelevant = (proj: (o: Outcome<T>) => string) => {
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
    cls = (outcomes[0] as Outcome<T>).cls;
    basis = allSame(outcomes.map((o) => o.basis)) ? (outcomes[0] as Outcome<T>).basis : null;
  } else {
    cls = 'undetermined';
    addRelevant((o) => o.cls);
  }
  const countedSets = outcomes.map((o) => o.counted.join());
  const countedDecided = !tooOpen && allSame(countedSets);
  const counted = countedDecided ? (outcomes[0] as Outcome<T>).counted : null;
  const countedMembers = counted === null ? null : counted.filter(Boolean).length;
  const incomeDecided =
    countedDecided && allSame(outcomes.map((o) => (o.income === null ? 'open' : A.key(o.income))));
  const H1 = incomeDecided && cls !== 'undetermined' ? ((outcomes[0] as Outcome<T>).income ?? null) : null;

  // H′ and the deductions over the counted members (when all their incomes are known).
  let ownSum: T | null = null;
  let costSum = A.zero;
  if (counted !== null && countedMembers !== null && countedMembers > 0) {
    ownSum = A.zero;
    for (let i = 0; i < n; i++) {
      if (!counted[i]) continue;
      const inc = incomes[i];
      if (inc === null || inc === undefined) {
        ownSum = null;
        break;
      }
      ownSum = A.add(ownSum, inc.own);
      costSum = A.add(costSum, inc.employmentCost);
    }
  }
  const hPrime = ownSum === null ? null : countableIncome(A, ownSum, rigid);
  const deductionsPerMonth: IncomeDeductions | null =
    ownSum === null
      ? null
      : {
          employmentCost: A.moneyPer(costSum, MONTHS_PER_YEAR),
          rigidExpenditure: A.moneyPer(rigid, MONTHS_PER_YEAR),
        };
  if (t.enabled) {
    t.step(
      'nationalIncome.household',
      '最低生活保障审核确认办法(2021)第13条',
      {
        countedMembers,
        employmentCostPerMonth: ownSum === null ? null : A.shownPer(costSum, MONTHS_PER_YEAR),
        rigidExpenditurePerMonth: A.shownPer(rigid, MONTHS_PER_YEAR),
      },
      hPrime === null ? null : A.shownPer(hPrime, MONTHS_PER_YEAR),
      alone
        ? '家庭收入 H′ = 计入成员（不含单独供养的特困人员）扣除就业成本后的收入之和 − 刚性支出，不低于 0'
        : '家庭收入 H′ = 各成员扣除就业成本后的收入之和 − 刚性支出，不低于 0',
    );
    t.step(
      'nationalClassification.household',
      basis === 'gradualExit' ? GRADUAL_EXIT_ARTICLE : CLASS_ARTICLE,
      {
        countedMembers,
        standardPerMonth: A.shown(S),
        lowIncomeMultiplier: A.shownRate(m),
        thresholdInclusive: facts.inclusive,
        propertyMeetsDibao: pdT.meets,
        propertyMeetsLowIncome: plT.meets,
      },
      cls,
      cls === 'undetermined'
        ? '所缺事实可能改变认定结果，家庭类别待定'
        : `H′ < n·S 且财产符合为低保；否则 H′ < ${A.shownRate(m)}·n·S 且财产符合为低保边缘家庭：${cls}${basis === 'gradualExit' ? '（渐退期内按低保）' : ''}`,
    );
  }
  if (counted === null && !tooOpen && cls !== 'undetermined' && open.length > 0)
    addRelevant((o) => o.counted.join());

  // Members: 第10、11条, N6.
  const laborAge = laborAgeOf(figures, t);
  const refusalStart = refusalWindowStart(hf.day);
  const members: MemberAssessment[] = [];
  const cancelled: Array<boolean | null> = [];
  const grants: T[] = [];
  const grantGroups: SpecialGroup[][] = [];
  let earliestSince: string | null = null;
  parsedMembers.forEach((mem, i) => {
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
      hf.area,
      inCount === false ? 'none' : cls,
      refusalStart,
      t,
      true,
    );
    missing.addAll(emp.missing);
    const due = inCount === true && cls === 'dibao';
    const g = due ? specialGrant(A, groups, figures, S, t, path) : A.zero;
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
        const grant = specialGrant(A, groups, figures, S, new Tracer(false), path);
        const sp = singlePersonDibao(
          A,
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
          incomePerMonth: inc === null || inc === undefined ? null : A.moneyPer(inc.total, MONTHS_PER_YEAR),
          specialGrantPerMonth: due ? A.money(g) : null,
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
      addRelevant((o) => `${o.basis}:${o.income === null ? 'open' : A.key(o.income)}`);
    } else if (!cancelled.includes(null)) {
      const paidGrants = grants.filter((_, j) => cancelled[j] !== true);
      const cancelledCount = cancelled.filter((c) => c === true).length;
      benefit = dibaoBenefit(
        A,
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
    A,
    {
      assessmentDate: date,
      conditions: np.hardship,
      householdClass: cls,
      anyExtremelyPoor: anyEp,
      incomeTwelfths: ownSum,
      members: countedMembers ?? n,
      propertyMeetsLowIncome: plT.meets,
      rigidExpenditurePerYear: hf.rigidExpenditure,
      incomeMissing: hf.members.flatMap((_, i) => (incomes[i] === null ? [`members[${i}].incomes`] : [])),
      propertyMissing: [...plT.missing],
    },
    t,
  );
  missing.addAll(rigidHardship.missing);

  const out: HouseholdAssessment = {
    class: cls,
    basis: cls === 'undetermined' ? null : basis,
    standardPerMonth: A.money(S),
    area: hf.area,
    extremelyPoorRules: version,
    rulesVersion: 'national2021',
    countedMembers: cls === 'undetermined' ? null : countedMembers,
    perCapitaIncomePerMonth:
      hPrime === null || countedMembers === null || countedMembers === 0
        ? null
        : perCapitaIncomePerMonth(A, hPrime, countedMembers),
    deductionsPerMonth,
    illnessExpenditure: null,
    members,
    benefit,
    rigidExpenditureHardship: rigidHardship.result,
    missing: missing.list(),
    warnings,
    trace: t.steps,
  };
  if (hf.id !== undefined) return { id: hf.id, ...out };
  return out;
}
