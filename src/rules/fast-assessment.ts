/**
 * The household assessment in integer 分, without decimal.js: the same 第5、6、9、10、11条 and 低保金 rules
 * as the decimal path (`assessParsed` of `src/assess.ts`), from the integers `fenHousehold` / `fenPolicyOf`
 * read — known and unknown facts alike (three-valued, the same `missing` paths and warnings), with or
 * without the trace (the same steps, values written as the decimal path writes them). Income is kept in
 * twelfths of 分, grants in 1/10000 分, so every comparison is exact and each reported amount is one half-up
 * division at the end. Money beyond the safe integers returns `undefined` and the decimal rules decide; a
 * property test proves the two give byte-identical JSON.
 */
import { ZERO } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import { asParsedMember, dayKey, type FenHousehold } from '../schema/fen-household.js';
import type { FenPolicy } from '../schema/fen-policy.js';
import type { HouseholdAssessment, MemberAssessment } from './assessment-result.js';
import { type DibaoBenefit, traceBenefitOpen } from './dibao-benefit.js';
import {
  DEFAULT_LABOR_AGE,
  employmentOutcome,
  REFUSAL_WINDOW_MONTHS,
  REFUSALS_FOR_CANCELLATION,
  refusalsInWindow,
  workingAge,
} from './employment.js';
import { extremelyPoorInHouseholdWarning } from './extremely-poor.js';
import { classifyFen } from './fast-classification.js';
import { ageOnDays, shiftedDayText } from './fast-dates.js';
import { incomeFen, propertyFen } from './fast-income.js';
import { extremelyPoorFen, grantFen } from './fast-member.js';
import { divHalfUp, fenText, shownFen, shownRatio } from './fen.js';
import type { AssessmentWarning, HouseholdClass, SpecialGroup } from './household-types.js';
import { EXTREMELY_POOR_RULES_2021_FROM, hasLaborCapacity } from './labor-capacity.js';
import { memberClass } from './member-class.js';
import { rateNotSetWarnings, specialGroups } from './special-grants.js';

export type { FenPolicy } from '../schema/fen-policy.js';
export { fenPolicy } from '../schema/fen-policy.js';
export { incomeClass } from './fast-classification.js';

/** {@link EXTREMELY_POOR_RULES_2021_FROM} as `YYYYMMDD`. */
const RULES_2021_DAY = dayKey(EXTREMELY_POOR_RULES_2021_FROM);

function addAll(to: string[], paths: readonly string[]): void {
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i] as string;
    if (!to.includes(p)) to.push(p);
  }
}

function perCapita(twelfths: number | null, n: number): string | null {
  if (twelfths === null) return null;
  return twelfths === 0 ? '0.00' : fenText(divHalfUp(twelfths, 12 * n));
}

/**
 * The 低保金 (`householdBenefit` in integers): `I` the income of the qualifying test in twelfths of 分,
 * `grants[i]` member i's 第10条 grant in 1/10000 分, `cancelled[i]` its 第11条 cancellation.
 */
function benefitFen(
  I: number,
  n: number,
  S: number,
  cancelled: ReadonlyArray<boolean | null>,
  grants: readonly number[],
  t: Tracer,
): DibaoBenefit | null {
  let count = 0;
  let grantsTT = 0;
  const remaining: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cancelled[i];
    if (c === null) return null;
    if (c) count++;
    else {
      grantsTT += grants[i] as number;
      if (t.enabled) remaining.push(grants[i] as number);
    }
  }
  const gap = 12 * n * S - I;
  const paid = n - count;
  const exact = gap < 0 ? 0 : gap * paid;
  const base = fenText(divHalfUp(exact, 12 * n));
  const grantFenTotal = divHalfUp(grantsTT, 10_000);
  const grantsText = fenText(grantFenTotal);
  const total = fenText(divHalfUp(exact, 12 * n) + grantFenTotal);
  if (t.enabled) {
    const income = shownRatio(I, 1200);
    t.step(
      'dibaoBenefit.base',
      '社会救助暂行办法第12条',
      {
        standardPerMonth: shownFen(S),
        incomePerMonth: income,
        members: n,
        cancelledMembers: count,
        exact: shownRatio(exact, 1200 * n),
      },
      base,
      `差额 = (${shownFen(S)} − ${income} ÷ ${n}) × ${paid}人，精确计算后四舍五入到分`,
    );
    t.step(
      'dibaoBenefit.specialGrants',
      '第10条',
      { grants: remaining.map((g) => shownRatio(g, 1_000_000)), exact: shownRatio(grantsTT, 1_000_000) },
      grantsText,
      '未被取消待遇成员的特殊对象增发补助金之和，四舍五入到分',
    );
    t.step(
      'dibaoBenefit.total',
      '社会救助暂行办法第12条',
      { basePerMonth: base, specialGrantsPerMonth: grantsText },
      total,
      '每月低保金 = 差额 + 增发补助金',
    );
  }
  return { basePerMonth: base, specialGrantsPerMonth: grantsText, totalPerMonth: total };
}

/**
 * Assesses a household read by `fenHousehold` under a policy read by `fenPolicyOf`, in integer 分 — the
 * result (and, when `t` is enabled, the trace) of the decimal rules; `undefined` when a figure leaves the
 * safe integers (the caller then runs the decimal rules).
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 * @see 社会救助暂行办法第12条
 */
export function fastAssessment(h: FenHousehold, fp: FenPolicy, t: Tracer): HouseholdAssessment | undefined {
  const n = h.members.length;
  const area = h.area;
  const date = h.assessmentDate;
  const S = fp.standardFen[area];
  if (t.enabled)
    t.step(
      'policy.dibaoStandardPerMonth',
      '第9条',
      { area, urban: shownFen(fp.standardFen.urban), rural: shownFen(fp.standardFen.rural) },
      shownFen(S),
      area === 'urban' ? '适用当地城市低保标准（元/人·月）' : '适用当地农村低保标准（元/人·月）',
    );
  const income = incomeFen(h, fp, t);
  if (income === undefined) return;
  const pd = propertyFen('dibao', h, fp.limits.dibao, S, t);
  if (pd === undefined) return;
  const pl = propertyFen('lowIncome', h, fp.limits.lowIncome, S, t);
  if (pl === undefined) return;
  const M = h.medicalFen;
  const c = classifyFen({ income, M, n, S, pd, pl, inclusive: fp.inclusive, admits: fp.admitsBelow }, t);
  const cls: HouseholdClass = c.cls;
  const missing: string[] = [];
  addAll(missing, c.missing);
  const warnings: AssessmentWarning[] = c.warnings;

  const la = fp.laborAge ?? DEFAULT_LABOR_AGE;
  if (t.enabled)
    t.step(
      'policy.laborAge',
      '第11条',
      { min: la.min, maxMale: la.maxMale, maxFemale: la.maxFemale, fromPolicy: fp.laborAge !== undefined },
      `${la.min} ≤ 年龄 < ${la.maxMale}（男）/ ${la.maxFemale}（女）`,
      fp.laborAge !== undefined
        ? '采用政策设定的劳动年龄段'
        : '政策未设定，采用默认劳动年龄段 16–60（男）/16–55（女）',
    );
  const version = h.day < RULES_2021_DAY ? '2016' : '2021'; // extremelyPoorRulesVersion on the YYYYMMDD day
  // Read only for refusals and the trace: not built for the other households.
  let windowStart = t.enabled ? shiftedDayText(h.day, -REFUSAL_WINDOW_MONTHS) : '';
  const dibao = cls === 'dibao';
  const members: MemberAssessment[] = new Array(n);
  // What the 低保金 reads: allocated only for a 低保 household.
  const cancelled: Array<boolean | null> | null = dibao ? new Array(n) : null;
  const grants: number[] | null = dibao ? new Array(n) : null;
  let notSet: SpecialGroup[][] | null = null;
  let anyExtremelyPoor = false;
  for (let i = 0; i < n; i++) {
    const facts = h.members[i] as FenHousehold['members'][number];
    const m = asParsedMember(facts);
    // The member's path is built only where it is read: the trace, or a missing fact.
    const path = t.enabled ? `members[${i}]` : '';
    const age = ageOnDays(facts.birthDay, h.day, t, path, m.birthDate, date);
    const capacity = hasLaborCapacity(m, age, version, t, path);
    const own = income.members[i] as number | null;
    const ep = extremelyPoorFen(m, i, age, capacity, own, S, pd.meets, pd.missing, version, t);
    if (ep.missing.length > 0) addAll(missing, ep.missing);
    if (ep.extremelyPoor === true) anyExtremelyPoor = true;
    const groups = specialGroups(m, age, t, path);
    const isWorkingAge = workingAge(age, m.sex, capacity, la, t, path);
    let refusals = 0;
    if (m.jobReferralRefusals !== undefined) {
      if (windowStart === '') windowStart = shiftedDayText(h.day, -REFUSAL_WINDOW_MONTHS);
      refusals = refusalsInWindow(m, windowStart, date);
    }
    // 第11条: with fewer than 3 refusals nobody is cancelled, and outside an urban 低保 household no working-age
    // obligation applies — the outcome employmentOutcome gives, without building it (nothing to trace).
    let dibaoCancelled: boolean | null = false;
    let obligations: Array<'communityService'>;
    if (
      !t.enabled &&
      refusals < REFUSALS_FOR_CANCELLATION &&
      !(dibao && area === 'urban' && isWorkingAge !== false)
    )
      obligations = [];
    else {
      // employmentOutcome reads the path only to trace, or to name an unknown sex or employment.
      const empPath =
        t.enabled || isWorkingAge === null || (dibao && area === 'urban' && m.employed === undefined)
          ? `members[${i}]`
          : '';
      const emp = employmentOutcome(m, empPath, isWorkingAge, refusals, area, cls, windowStart, t);
      if (emp.missing.length > 0) addAll(missing, emp.missing);
      dibaoCancelled = emp.dibaoCancelled;
      obligations = emp.obligations;
    }
    let grant = 0;
    if (dibao) {
      grant = grantFen(groups, fp, S, t, path);
      for (const g of groups)
        if (fp.ratesTT[g] === undefined) {
          notSet ??= [];
          const list = notSet[i] ?? [];
          list.push(g);
          notSet[i] = list;
        }
    }
    if (cancelled !== null && grants !== null) {
      cancelled[i] = dibaoCancelled;
      grants[i] = grant;
    }
    const result: MemberAssessment = {
      age,
      class: memberClass(ep.extremelyPoor, cls),
      laborCapacity: capacity,
      extremelyPoor: ep.extremelyPoor,
      livelihoodSource: ep.livelihoodSource,
      specialGroups: groups,
      workingAge: isWorkingAge,
      dibaoCancelled,
      obligations,
      incomePerMonth: own === null ? null : fenText(divHalfUp(own, 12)),
      specialGrantPerMonth: dibao ? fenText(divHalfUp(grant, 10_000)) : null,
      singlePersonDibao: null,
    };
    if (m.id !== undefined) result.id = m.id;
    if (m.unionHardshipWorker !== undefined) result.unionHardshipWorker = m.unionHardshipWorker;
    members[i] = result;
  }
  if (notSet !== null) {
    const list = notSet;
    warnings.push(
      ...rateNotSetWarnings(
        members.map((_, i) => ({ perMonth: ZERO, due: dibao, ratesNotSet: list[i] ?? [] })),
      ),
    );
  }
  if (anyExtremelyPoor) {
    const w = extremelyPoorInHouseholdWarning(members);
    if (w !== null) warnings.push(w);
  }

  const exact = income.exact;
  const afterMedical = M < 0 || exact === null ? null : exact > M ? exact - M : 0;
  let benefit: DibaoBenefit | null = null;
  if (cancelled !== null && grants !== null) {
    const I = c.basis === 'illnessExpenditure' ? afterMedical : exact;
    if (I === null || c.basis === null) {
      traceBenefitOpen(t);
      addAll(missing, income.missing);
    } else benefit = benefitFen(I, n, S, cancelled, grants, t);
  }
  const perCapitaText = perCapita(exact, n);
  const illnessExpenditure =
    c.illness === null ? null : { perCapitaIncomePerMonth: perCapita(afterMedical, n), class: c.illness };
  const standardPerMonth = fenText(S);
  // Two literals, not a spread: `id` first when given, the decimal path's key order.
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
      perCapitaIncomePerMonth: perCapitaText,
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
    perCapitaIncomePerMonth: perCapitaText,
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
