/**
 * The common case of the household assessment in integer 分, without decimal.js: every money input with at
 * most two decimals and far below 2^53, household income known exactly (incomes given, the 第11条 exemption
 * decided), both property tests decided, no amount exactly at a 第5条/第6条 bound and no PROPERTY_GAP
 * (those add warnings), and no trace. Income is kept in twelfths of 分 (12 × the monthly amount), so every
 * comparison is the exact comparison of the decimal path; each reported amount is one half-up division at
 * the end. Outside the common case {@link fastAssessment} returns `null` and the decimal rules decide; a
 * property test proves the two give byte-identical JSON.
 */
import { shiftIsoMonths } from '../core/dates.js';
import type { Dec } from '../core/money.js';
import { ZERO } from '../core/money.js';
import { Tracer } from '../core/trace.js';
import type { Household, ParsedHousehold, ParsedMember } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import { memberAge } from './age.js';
import type { HouseholdAssessment, MemberAssessment } from './assessment-result.js';
import type { ClassBasis } from './classification.js';
import type { DibaoBenefit } from './dibao-benefit.js';
import {
  employmentOutcome,
  laborAgeOf,
  REFUSAL_WINDOW_MONTHS,
  refusalsInWindow,
  workingAge,
} from './employment.js';
import { extremelyPoorInHouseholdWarning } from './extremely-poor.js';
import { divHalfUp, fenOf, fenText, MAX_FEN, safeTimes, tenThousandthsOf } from './fen.js';
import {
  type AssessmentWarning,
  type HouseholdClass,
  type IncomeClass,
  MissingFacts,
  type SpecialGroup,
  type Tri,
} from './household-types.js';
import { extremelyPoorRulesVersion, hasLaborCapacity } from './labor-capacity.js';
import { memberClass } from './member-class.js';
import { rateNotSetWarnings, type SpecialGrant, specialGroups } from './special-grants.js';

/** One property level's limits in integers (months in 1/10000). */
interface FenLimits {
  monthsTT: number | undefined;
  maxVehicles: number | undefined;
  maxExtraHousingUnits: number | undefined;
}

/**
 * A validated policy's figures in integers, prepared once per policy.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 */
export interface FenPolicy {
  standardFen: { urban: number; rural: number };
  exemption: { capTwelfths: number; months: number } | null;
  /** Grant rates in 1/10000 (`undefined` = not set). */
  ratesTT: Partial<Record<SpecialGroup, number>>;
  stackingSum: boolean;
  limits: { dibao: FenLimits | null; lowIncome: FenLimits | null };
  inclusive: boolean;
  admitsBelow: boolean;
}

function fenOfDec(d: Dec): number | null {
  return fenOf(d.toFixed());
}

function limitsOf(l: NonNullable<ParsedPolicy['propertyLimits']>['dibao']): FenLimits | null | undefined {
  if (l === undefined) return null;
  if (
    l.financialAssetsPerCapitaMonths === undefined &&
    l.maxVehicles === undefined &&
    l.maxExtraHousingUnits === undefined
  )
    return null;
  let monthsTT: number | undefined;
  if (l.financialAssetsPerCapitaMonths !== undefined) {
    const m = tenThousandthsOf(String(l.financialAssetsPerCapitaMonths));
    if (m === null) return undefined;
    monthsTT = m;
  }
  return { monthsTT, maxVehicles: l.maxVehicles, maxExtraHousingUnits: l.maxExtraHousingUnits };
}

/**
 * The policy's figures as integers (standards in 分, the 第11条 cap in twelfths of 分, rates and months in
 * 1/10000), or `null` when one of them is outside the integer fast path (more decimals, a standard above
 * 10^6 元 a month, a grant rate above 10), so every product and sum stays a safe integer.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example fenPolicy(parsePolicy({ dibaoStandardPerMonth: { urban: '620', rural: '410' } }))?.standardFen.urban // 62000
 */
export function fenPolicy(p: ParsedPolicy): FenPolicy | null {
  const urban = fenOfDec(p.dibaoStandardPerMonth.urban);
  const rural = fenOfDec(p.dibaoStandardPerMonth.rural);
  if (urban === null || rural === null || urban > 1e8 || rural > 1e8) return null;
  let exemption: FenPolicy['exemption'] = null;
  if (p.employmentIncomeExemption !== undefined) {
    const cap = fenOfDec(p.employmentIncomeExemption.perMonth);
    if (cap === null) return null;
    exemption = { capTwelfths: cap * 12, months: p.employmentIncomeExemption.months };
  }
  const ratesTT: Partial<Record<SpecialGroup, number>> = {};
  const rates = p.specialGrantRates;
  if (rates !== undefined)
    for (const g of ['seriousIllness', 'severeDisability', 'age70Plus', 'minor'] as const) {
      const r = rates[g];
      if (r === undefined) continue;
      const tt = tenThousandthsOf(r.toFixed());
      if (tt === null || tt > 100_000) return null;
      ratesTT[g] = tt;
    }
  const dibao = limitsOf(p.propertyLimits?.dibao);
  const lowIncome = limitsOf(p.propertyLimits?.lowIncome);
  if (dibao === undefined || lowIncome === undefined) return null;
  return {
    standardFen: { urban, rural },
    exemption,
    ratesTT,
    stackingSum: p.specialGrantStacking === 'sum',
    limits: { dibao, lowIncome },
    inclusive: p.thresholdInclusive ?? false,
    admitsBelow: p.lowIncomeAdmitsBelowStandard ?? false,
  };
}

/** The property test of one level when decided, else `null` (unknown facts: the decimal path reports them). */
function propertyFen(
  level: 'dibao' | 'lowIncome',
  h: ParsedHousehold,
  raw: Household,
  limits: FenLimits | null,
  S: number,
): boolean | null {
  const assessment = h.propertyAssessment;
  if (assessment !== undefined) return level === 'dibao' ? assessment.meetsDibao : assessment.meetsLowIncome;
  if (limits === null) return null;
  const p = h.property;
  let failed = false;
  let unknown = false;
  if (limits.monthsTT !== undefined) {
    const given = raw.property?.financialAssets;
    if (given === undefined) unknown = true;
    else {
      const assets = fenOf(given);
      if (assets === null) return null;
      const left = safeTimes(assets, 10_000);
      const perHead = safeTimes(limits.monthsTT, S);
      const right = perHead === null ? null : safeTimes(perHead, h.members.length);
      if (left === null || right === null) return null;
      if (left > right) failed = true;
    }
  }
  if (limits.maxVehicles !== undefined) {
    const v = p?.vehicles;
    if (v === undefined) unknown = true;
    else if (v > limits.maxVehicles) failed = true;
  }
  if (limits.maxExtraHousingUnits !== undefined) {
    const x = p?.extraHousingUnits;
    if (x === undefined) unknown = true;
    else if (x > limits.maxExtraHousingUnits) failed = true;
  }
  return failed ? false : unknown ? null : true;
}

/** Income totals of the fast path, in twelfths of 分: H lies in [low, high] (a point when known exactly). */
interface FenIncome {
  low: number;
  high: number;
  members: number[];
  /** Paths that leave H open (the unknown 第11条 facts), as `householdIncome` lists them. */
  missing: string[];
}

/** H in twelfths of 分, or `null` when a member's incomes are unknown or a figure is outside the integer range. */
function incomeFen(h: ParsedHousehold, raw: Household, fp: FenPolicy): FenIncome | null {
  const ex = fp.exemption;
  const receiving = h.receivingDibao;
  const exemptible = ex !== null && receiving !== false;
  const windowStart = ex === null ? '' : shiftIsoMonths(h.assessmentDate, -ex.months);
  const members: number[] = [];
  const missing: string[] = [];
  let low = 0;
  let high = 0;
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i] as ParsedMember;
    const entries = m.incomes;
    const rawEntries = raw.members[i]?.incomes;
    if (entries === undefined || rawEntries === undefined) return null;
    let twelfths = 0;
    let sure = 0;
    let maybe = 0;
    let maybeFirst = -1;
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j] as NonNullable<ParsedMember['incomes']>[number];
      const r = rawEntries[j];
      if (r === undefined) return null;
      const monthly = r.perMonth !== undefined;
      const fen = fenOf((monthly ? r.perMonth : r.perYear) as string | number);
      if (fen === null) return null;
      const amount = monthly ? fen * 12 : fen;
      twelfths += amount;
      if (exemptible && (e.kind === 'employment' || e.kind === 'business')) {
        if (e.since === undefined) {
          maybe += amount;
          if (maybeFirst < 0) maybeFirst = j;
        } else if (e.since > windowStart && e.since <= h.assessmentDate) sure += amount;
      }
    }
    let min = 0;
    let max = 0;
    if (exemptible) {
      const cap = (ex as NonNullable<FenPolicy['exemption']>).capTwelfths;
      const sureCut = Math.min(sure, cap);
      const maxBase = sure + maybe;
      max = Math.min(maxBase, cap);
      min = receiving === true ? sureCut : 0;
      if (max > min) {
        if (receiving === undefined) missing.push('receivingDibao');
        if (max !== sureCut)
          for (let j = maybeFirst; j >= 0 && j < entries.length; j++) {
            const e = entries[j] as NonNullable<ParsedMember['incomes']>[number];
            if (e.since === undefined && (e.kind === 'employment' || e.kind === 'business'))
              missing.push(`members[${i}].incomes[${j}].since`);
          }
      }
    }
    members.push(twelfths);
    low += twelfths - max;
    high += twelfths - min;
  }
  return high <= MAX_FEN * 12 * 100 ? { low, high, members, missing } : null;
}

const RANK: Record<IncomeClass, number> = { none: 0, lowIncome: 1, dibao: 2 };

/**
 * 第5条 income class at an exact point, in twelfths of 分 (as `incomeTestClass`): `T` = 12·H, `Y` = 12·n·S.
 * @see 第5条
 * @example incomeClass(11_000 * 12, true, true, 62_000 * 2 * 12, false, false) // 'dibao'
 */
export function incomeClass(
  T: number,
  pd: boolean,
  pl: boolean,
  Y: number,
  inclusive: boolean,
  admits: boolean,
) {
  if (T < Y || (inclusive && T === Y)) return pd ? 'dibao' : admits && pl ? 'lowIncome' : 'none';
  if (T === Y) return 'none'; // literal: neither 低于 nor 高于 (a sample of an open H, THRESHOLD_EQUALITY otherwise)
  if (T < Y + Y || (inclusive && T === Y + Y)) return pl ? 'lowIncome' : 'none';
  return 'none';
}

/** 第6条 class at an exact point (as `illnessExpenditureClass`). */
function illnessClass(A: number, pd: boolean, Y: number, inclusive: boolean): IncomeClass {
  if (!pd) return 'none';
  if (A < Y || (inclusive && A === Y)) return 'dibao';
  if (A < Y + Y || (inclusive && A === Y + Y)) return 'lowIncome';
  return 'none';
}

interface Outcome {
  cls: IncomeClass;
  basis: ClassBasis | null;
  income: IncomeClass;
  illness: IncomeClass | null;
}

/** The better of the two tests at one point (as `decide` of the decimal classification). */
function decideAt(
  x: number,
  medical: number | null,
  pd: boolean,
  pl: boolean,
  Y: number,
  inclusive: boolean,
  admits: boolean,
): Outcome {
  const income = incomeClass(x, pd, pl, Y, inclusive, admits);
  const incomeBasis = income === 'none' ? null : 'income';
  if (medical === null) return { cls: income, basis: incomeBasis, income, illness: null };
  const illness = illnessClass(x - medical, pd, Y, inclusive);
  if (RANK[illness] > RANK[income]) return { cls: illness, basis: 'illnessExpenditure', income, illness };
  return { cls: income, basis: incomeBasis, income, illness };
}

/**
 * The household class when H lies anywhere in [low, high] (twelfths of 分): the tests evaluated at both ends,
 * at every bound inside and between them — the samples of the decimal classification, in doubled units so
 * the midpoints stay integers. `null` when the samples disagree on the class (undetermined).
 */
function classOverInterval(
  low: number,
  high: number,
  medical: number | null,
  pd: boolean,
  pl: boolean,
  Y: number,
  inclusive: boolean,
  admits: boolean,
): { cls: IncomeClass; basis: ClassBasis | null; illness: HouseholdClass | null } | null {
  const m2 = medical === null ? null : medical + medical;
  const first = decideAt(low + low, m2, pd, pl, Y + Y, inclusive, admits);
  if (low === high) return { cls: first.cls, basis: first.basis, illness: first.illness };
  const pts = [low];
  const breaks = medical === null ? [Y, Y + Y] : [Y, Y + Y, Y + medical, Y + Y + medical];
  for (const b of breaks) if (b > low && b < high) pts.push(b);
  pts.push(high);
  pts.sort((a, b) => a - b);
  let basisSame = true;
  let illnessSame = true;
  let prev = low;
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i] as number;
    if (p === prev) continue;
    for (const x2 of [p + prev, p + p]) {
      const o = decideAt(x2, m2, pd, pl, Y + Y, inclusive, admits);
      if (o.cls !== first.cls) return null;
      if (o.basis !== first.basis) basisSame = false;
      if (o.illness !== first.illness) illnessSame = false;
    }
    prev = p;
  }
  return {
    cls: first.cls,
    basis: basisSame ? first.basis : null,
    illness: first.illness === null ? null : illnessSame ? first.illness : 'undetermined',
  };
}

function perCapita(twelfths: number | null, n: number): string | null {
  if (twelfths === null) return null;
  return twelfths === 0 ? '0.00' : fenText(divHalfUp(twelfths, 12 * n));
}

function and3(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

/**
 * Assesses a validated household (`h`, parsed from `raw`) in integer 分 — the same 第5、6、10、11条 and
 * 低保金 rules as the decimal path, for the common case described above; `null` outside it (the caller then
 * runs the decimal rules). Never traces: a traced assessment always takes the decimal path.
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 * @see 社会救助暂行办法第12条
 */
export function fastAssessment(
  h: ParsedHousehold,
  raw: Household,
  p: ParsedPolicy,
  fp: FenPolicy,
): HouseholdAssessment | null {
  const n = h.members.length;
  const S = fp.standardFen[h.area];
  const income = incomeFen(h, raw, fp);
  if (income === null) return null;
  const pd = propertyFen('dibao', h, raw, fp.limits.dibao, S);
  const pl = propertyFen('lowIncome', h, raw, fp.limits.lowIncome, S);
  if (pd === null || pl === null) return null;
  const Y = 12 * n * S; // 12·n·S in 分
  const inclusive = fp.inclusive;
  let medical: number | null = null;
  if (raw.medicalOutOfPocketPerYear !== undefined) {
    medical = fenOf(raw.medicalOutOfPocketPerYear);
    if (medical === null) return null;
  }
  const { low, high } = income;
  const exact = low === high ? low : null;
  const A = exact === null || medical === null ? 0 : exact - medical;
  // Amounts exactly at a bound (THRESHOLD_EQUALITY) and the PROPERTY_GAP: warnings of the decimal path.
  if (
    !inclusive &&
    exact !== null &&
    (exact === Y || exact === Y + Y || (medical !== null && (A === Y || A === Y + Y)))
  )
    return null;
  if (!fp.admitsBelow && !pd && pl && (high < Y || (inclusive && high === Y))) return null;
  const c = classOverInterval(low, high, medical, pd, pl, Y, inclusive, fp.admitsBelow);
  if (c === null) return null; // undetermined: the decimal path names the facts that decide it
  const { cls, basis, illness } = c;

  const t = new Tracer(false);
  const missing = new MissingFacts();
  const version = extremelyPoorRulesVersion(h.assessmentDate);
  const laborAge = laborAgeOf(p, t);
  const windowStart = shiftIsoMonths(h.assessmentDate, -REFUSAL_WINDOW_MONTHS);
  const members: MemberAssessment[] = [];
  const grants: SpecialGrant[] = [];
  let cancelledCount = 0;
  let cancelUnknown = false;
  let grantsTT = 0;
  for (let i = 0; i < n; i++) {
    const m = h.members[i] as ParsedMember;
    const path = `members[${i}]`;
    const age = memberAge(m.birthDate, h.assessmentDate, t, path);
    const capacity = hasLaborCapacity(m, age, version, t, path);
    const own = income.members[i] as number;
    // 特困 (第5条(1)) with the member's income and the household property known.
    let ep: Tri = false;
    let livelihood: Tri = null;
    if ((age >= 60 || age < 16 || m.disability !== undefined) && !capacity) {
      livelihood = m.livelihoodSource ?? !(own < 12 * S && pd);
      const noSupport: Tri = m.supporters === undefined ? null : m.supporters !== 'able';
      ep = and3(!livelihood, noSupport);
      if (ep === null) missing.addAll([`${path}.supporters`]);
    }
    const groups = specialGroups(m, age);
    const isWorkingAge = workingAge(age, m.sex, capacity, laborAge);
    const refusals = refusalsInWindow(m, windowStart, h.assessmentDate);
    const emp = employmentOutcome(m, path, isWorkingAge, refusals, h.area, cls, windowStart, t);
    missing.addAll(emp.missing);
    // 第10条 grant in 1/10000 分: S × rate, the highest or the sum.
    let grantTT = 0;
    const ratesNotSet: SpecialGroup[] = [];
    if (cls === 'dibao') {
      for (const g of groups) {
        const rate = fp.ratesTT[g];
        if (rate === undefined) {
          ratesNotSet.push(g);
          continue;
        }
        const amount = S * rate;
        grantTT = fp.stackingSum ? grantTT + amount : Math.max(amount, grantTT);
      }
      grants.push({ perMonth: ZERO, due: true, ratesNotSet });
      if (emp.dibaoCancelled === null) cancelUnknown = true;
      else if (emp.dibaoCancelled) cancelledCount++;
      else grantsTT += grantTT;
    } else grants.push({ perMonth: ZERO, due: false, ratesNotSet });
    const result: MemberAssessment = {
      age,
      class: memberClass(ep, cls),
      laborCapacity: capacity,
      extremelyPoor: ep,
      livelihoodSource: livelihood,
      specialGroups: groups,
      workingAge: isWorkingAge,
      dibaoCancelled: emp.dibaoCancelled,
      obligations: emp.obligations,
      incomePerMonth: fenText(divHalfUp(own, 12)),
      specialGrantPerMonth: cls === 'dibao' ? fenText(divHalfUp(grantTT, 10_000)) : null,
    };
    if (m.id !== undefined) result.id = m.id;
    if (m.unionHardshipWorker !== undefined) result.unionHardshipWorker = m.unionHardshipWorker;
    members.push(result);
  }
  const warnings: AssessmentWarning[] = rateNotSetWarnings(grants);
  const epWarning = extremelyPoorInHouseholdWarning(members);
  if (epWarning !== null) warnings.push(epWarning);

  const afterMedical = medical === null || exact === null ? null : Math.max(A, 0);
  let benefit: DibaoBenefit | null = null;
  const I = basis === 'illnessExpenditure' ? afterMedical : exact;
  if (cls === 'dibao' && (I === null || basis === null)) missing.addAll(income.missing);
  else if (cls === 'dibao' && !cancelUnknown && I !== null) {
    const gap = Y - I;
    const base = gap < 0 ? 0 : divHalfUp(gap * (n - cancelledCount), 12 * n);
    const grantFen = divHalfUp(grantsTT, 10_000);
    benefit = {
      basePerMonth: fenText(base),
      specialGrantsPerMonth: fenText(grantFen),
      totalPerMonth: fenText(base + grantFen),
    };
  }
  const out: HouseholdAssessment = {
    class: cls,
    basis,
    standardPerMonth: fenText(S),
    area: h.area,
    extremelyPoorRules: version,
    perCapitaIncomePerMonth: perCapita(exact, n),
    illnessExpenditure:
      illness === null ? null : { perCapitaIncomePerMonth: perCapita(afterMedical, n), class: illness },
    members,
    benefit,
    missing: missing.list(),
    warnings,
    trace: [],
  };
  if (h.id !== undefined) return { id: h.id, ...out };
  return out;
}
