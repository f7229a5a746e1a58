/**
 * The one fast reader of the policy beside its zod schema (`policy.ts`, the source of truth): the policy read
 * directly into the integers of the `FEN` arithmetic — standards and the 第11条 cap in 分, grant rates
 * and asset months in 1/10000. {@link fenPolicyOf} validates the common shape of `policySchema` in one pass
 * (no decimal.js, no zod) and returns `undefined` for anything unusual, so the caller runs the zod schema;
 * {@link fenPolicy} converts an already validated policy.
 */
import { RATE_UNITS, UNITS_PER_FEN } from '../rules/arithmetic.js';
import { CHILD_AGE, NATIONAL_MINOR_AGE } from '../rules/extremely-poor.js';
import { scaledOf } from '../rules/fen.js';
import { GRADUAL_EXIT_MAX_MONTHS } from '../rules/gradual-exit.js';
import type { LaborAge, LimitFigures, NationalFigures, PolicyFigures } from '../rules/household-facts.js';
import type { ParsedPolicy } from './policy.js';

type Obj = Record<string, unknown>;

/**
 * One property level's limits in integers (months in 1/10000).
 * @see 第5条
 */
export type FenLimits = LimitFigures<number>;

/**
 * A validated policy's figures in the integers of the `FEN` arithmetic.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 */
export type FenPolicy = PolicyFigures<number, number>;

/** Largest standard (10^6 元 a month) and grant rate (10) of the fast path: products stay safe integers. */
const MAX_STANDARD_FEN = 100_000_000;
const MAX_RATE_TT = 100_000;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys of a small object (`for…in`, as zod's strict objects test them): each one of `a`, `b`, `c`, `d`. */
function keysAmong(o: Obj, a: string, b: string, c = a, d = a): boolean {
  for (const k in o) if (k !== a && k !== b && k !== c && k !== d) return false;
  return true;
}

function policyKeysOk(o: Obj): boolean {
  for (const k in o)
    switch (k) {
      case 'region':
      case 'dibaoStandardPerMonth':
      case 'propertyLimits':
      case 'specialGrantRates':
      case 'specialGrantStacking':
      case 'employmentIncomeExemption':
      case 'laborAge':
      case 'thresholdInclusive':
      case 'lowIncomeAdmitsBelowStandard':
        continue;
      case 'lowIncomeMultiplier':
      case 'benefitRounding':
      case 'rulesVersion':
      case 'employmentCostDeductionPerMonth':
      case 'rigidExpenditureDeductionCapPerYear':
      case 'extremelyPoorMinorAge':
      case 'extremelyPoorAssessedAlone':
      case 'gradualExitMonths':
      case 'rigidExpenditureHardship':
        continue;
      default:
        return false;
    }
  return true;
}

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function optInt(v: unknown, min: number, max: number): boolean {
  return v === undefined || intIn(v, min, max);
}

/** `undefined` = outside the fast path; `null` = no limit configured. */
function limitsOf(v: unknown): FenLimits | null | undefined {
  if (v === undefined) return null;
  if (!isObj(v) || !keysAmong(v, 'financialAssetsPerCapitaMonths', 'maxVehicles', 'maxExtraHousingUnits'))
    return;
  const months = v.financialAssetsPerCapitaMonths;
  const maxVehicles = v.maxVehicles;
  const maxExtraHousingUnits = v.maxExtraHousingUnits;
  if (!optInt(maxVehicles, 0, 1000) || !optInt(maxExtraHousingUnits, 0, 1000)) return;
  let monthsTT: number | undefined;
  if (months !== undefined) {
    if (typeof months !== 'number' || !(months <= 1200)) return;
    monthsTT = scaledOf(months, 4);
    if (monthsTT < 0) return;
  }
  if (monthsTT === undefined && maxVehicles === undefined && maxExtraHousingUnits === undefined) return null;
  return {
    months: monthsTT,
    maxVehicles: maxVehicles as number | undefined,
    maxExtraHousingUnits: maxExtraHousingUnits as number | undefined,
  };
}

/** `/^[0-9]{6}$/` of the region code, by char codes. */
/** A grant rate in 1/10000: `undefined` when not set, `-1` outside the fast path. */
function rateOf(x: unknown): number | undefined {
  if (x === undefined) return undefined;
  const tt = scaledOf(x, 4);
  return tt > MAX_RATE_TT ? -1 : tt;
}

const NO_RATES: FenPolicy['rates'] = Object.freeze({
  seriousIllness: undefined,
  severeDisability: undefined,
  age70Plus: undefined,
  minor: undefined,
});

function isRegionCode(s: string): boolean {
  if (s.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function regionOk(r: unknown): boolean {
  if (r === undefined) return true;
  if (!isObj(r) || !keysAmong(r, 'code', 'name')) return false;
  const { code, name } = r;
  return (
    typeof code === 'string' &&
    isRegionCode(code) &&
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 100
  );
}

function laborAgeOk(a: Obj): a is Obj & LaborAge {
  return (
    intIn(a.min, 0, 150) &&
    intIn(a.maxMale, 0, 150) &&
    intIn(a.maxFemale, 0, 150) &&
    a.maxMale > a.min &&
    a.maxFemale > a.min
  );
}

/**
 * The policy in integers when the fast path can vouch for it (valid, no extension field, standards with at
 * most two decimals and ≤ 10^6 元, rates with at most four decimals and ≤ 10), else `undefined`. Both rule
 * versions: under `national2021` its own fields are read into {@link FenPolicy}`.national`.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example fenPolicyOf({ dibaoStandardPerMonth: { urban: '620', rural: 410 } })?.standard.rural // 41000
 */
export function fenPolicyOf(v: unknown): FenPolicy | undefined {
  if (!isObj(v) || !policyKeysOk(v) || !regionOk(v.region)) return;
  const s = v.dibaoStandardPerMonth;
  if (!isObj(s) || !keysAmong(s, 'urban', 'rural')) return;
  const urban = scaledOf(s.urban, 2);
  const rural = scaledOf(s.rural, 2);
  if (urban <= 0 || rural <= 0 || urban > MAX_STANDARD_FEN || rural > MAX_STANDARD_FEN) return;
  let exemption: FenPolicy['exemption'] = null;
  const e = v.employmentIncomeExemption;
  if (e !== undefined) {
    if (!isObj(e) || !keysAmong(e, 'perMonth', 'months') || !intIn(e.months, 1, 120)) return;
    const cap = scaledOf(e.perMonth, 2);
    if (cap < 0) return;
    exemption = { perMonth: cap * UNITS_PER_FEN, months: e.months };
  }
  let rates: FenPolicy['rates'] = NO_RATES;
  const r = v.specialGrantRates;
  if (r !== undefined) {
    if (!isObj(r) || !keysAmong(r, 'seriousIllness', 'severeDisability', 'age70Plus', 'minor')) return;
    const seriousIllness = rateOf(r.seriousIllness);
    const severeDisability = rateOf(r.severeDisability);
    const age70Plus = rateOf(r.age70Plus);
    const minor = rateOf(r.minor);
    if (seriousIllness === -1 || severeDisability === -1 || age70Plus === -1 || minor === -1) return;
    rates = { seriousIllness, severeDisability, age70Plus, minor };
  }
  let dibao: FenLimits | null | undefined = null;
  let lowIncome: FenLimits | null | undefined = null;
  const l = v.propertyLimits;
  if (l !== undefined) {
    if (!isObj(l) || !keysAmong(l, 'dibao', 'lowIncome')) return;
    dibao = limitsOf(l.dibao);
    lowIncome = limitsOf(l.lowIncome);
    if (dibao === undefined || lowIncome === undefined) return;
  }
  const stacking = v.specialGrantStacking;
  if (stacking !== undefined && stacking !== 'max' && stacking !== 'sum') return;
  const a = v.laborAge;
  if (a !== undefined && (!isObj(a) || !keysAmong(a, 'min', 'maxMale', 'maxFemale') || !laborAgeOk(a)))
    return;
  const inclusive = v.thresholdInclusive;
  const admitsBelow = v.lowIncomeAdmitsBelowStandard;
  if (inclusive !== undefined && typeof inclusive !== 'boolean') return;
  if (admitsBelow !== undefined && typeof admitsBelow !== 'boolean') return;
  let lowIncomeMultiplier: number | null = null;
  if (v.lowIncomeMultiplier !== undefined) {
    lowIncomeMultiplier = scaledOf(v.lowIncomeMultiplier, 4);
    if (lowIncomeMultiplier < RATE_UNITS || lowIncomeMultiplier > MAX_RATE_TT) return;
  }
  const br = v.benefitRounding;
  let rounding: FenPolicy['rounding'];
  if (br !== undefined) {
    if (!isObj(br) || !keysAmong(br, 'unit', 'mode')) return;
    const { unit, mode } = br;
    if (unit !== '0.01' && unit !== '0.1' && unit !== '1') return;
    if (mode !== 'halfUp' && mode !== 'up') return;
    rounding = { unit, mode };
  }
  const version = v.rulesVersion;
  let national: FenPolicy['national'] = null;
  if (version === 'national2021') {
    // The seed's own fields are refused under national2021 (policySchema's check); zod names them.
    if (e !== undefined || admitsBelow !== undefined) return;
    const n = nationalOf(v);
    if (n === undefined) return;
    national = n;
  } else if (version !== undefined && version !== 'draft2018') return;
  else if (!noNationalField(v)) return; // a national field under draft2018: zod names it
  return {
    standard: { urban: urban * UNITS_PER_FEN, rural: rural * UNITS_PER_FEN },
    exemption,
    rates,
    stackingSum: stacking === 'sum',
    limits: { dibao, lowIncome },
    inclusive: inclusive === true,
    admitsBelow: admitsBelow === true,
    laborAge: a === undefined ? undefined : { min: a.min, maxMale: a.maxMale, maxFemale: a.maxFemale },
    lowIncomeMultiplier,
    rounding,
    national,
  };
}

/** Under draft2018: none of the national2021 fields is given (`undefined` counts as not given, as in zod). */
function noNationalField(v: Obj): boolean {
  return (
    v.employmentCostDeductionPerMonth === undefined &&
    v.rigidExpenditureDeductionCapPerYear === undefined &&
    v.extremelyPoorMinorAge === undefined &&
    v.extremelyPoorAssessedAlone === undefined &&
    v.gradualExitMonths === undefined &&
    v.rigidExpenditureHardship === undefined
  );
}

/** A money field in 分: `undefined` when not given, `-1` outside the fast path. */
function fenOf(x: unknown): number | undefined {
  if (x === undefined) return undefined;
  const fen = scaledOf(x, 2);
  return fen < 0 ? -1 : fen * UNITS_PER_FEN;
}

/** The national2021 fields in integers, or `undefined` outside the fast path. */
function nationalOf(v: Obj): NationalFigures<number, number> | undefined {
  const employmentCostDeduction = fenOf(v.employmentCostDeductionPerMonth);
  const rigidCapPerYear = fenOf(v.rigidExpenditureDeductionCapPerYear);
  if (employmentCostDeduction === -1 || rigidCapPerYear === -1) return;
  const minorAge = v.extremelyPoorMinorAge;
  if (minorAge !== undefined && minorAge !== CHILD_AGE && minorAge !== NATIONAL_MINOR_AGE) return;
  const assessedAlone = v.extremelyPoorAssessedAlone;
  if (assessedAlone !== undefined && typeof assessedAlone !== 'boolean') return;
  const months = v.gradualExitMonths;
  if (months !== undefined && !intIn(months, 1, GRADUAL_EXIT_MAX_MONTHS)) return;
  let hardship: NationalFigures<number, number>['hardship'];
  const c = v.rigidExpenditureHardship;
  if (c !== undefined) {
    if (!isObj(c) || !keysAmong(c, 'priorYearResidentDisposableIncomePerYear', 'minShareOfIncome')) return;
    const prior = fenOf(c.priorYearResidentDisposableIncomePerYear);
    const share = scaledOf(c.minShareOfIncome, 4); // -1 when absent (zod requires it) or outside the fast path
    if (prior === undefined || prior < 0 || share < 0) return;
    hardship = { priorYearIncomePerYear: prior, minShareOfIncome: share };
  }
  return {
    employmentCostDeduction,
    rigidCapPerYear,
    minorAge,
    assessedAlone,
    gradualExitMonths: months,
    hardship,
  };
}

/**
 * An already validated policy's figures in integers (its decimals through their plain text), or `null` when
 * one of them is outside the fast path — for a policy {@link fenPolicyOf} declined (extension fields).
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example fenPolicy(parseInput(policySchema, { dibaoStandardPerMonth: { urban: '620', rural: '410' } }))?.standard.urban // 62000
 */
export function fenPolicy(p: ParsedPolicy): FenPolicy | null {
  const { dibaoStandardPerMonth: s, employmentIncomeExemption: e, specialGrantRates: r } = p;
  const limits = p.propertyLimits;
  const c = p.rigidExpenditureHardship;
  return (
    fenPolicyOf({
      ...(p.rulesVersion === undefined ? {} : { rulesVersion: p.rulesVersion }),
      dibaoStandardPerMonth: { urban: s.urban.toFixed(), rural: s.rural.toFixed() },
      ...(e === undefined
        ? {}
        : { employmentIncomeExemption: { perMonth: e.perMonth.toFixed(), months: e.months } }),
      ...(r === undefined
        ? {}
        : { specialGrantRates: Object.fromEntries(Object.entries(r).map(([k, x]) => [k, x?.toFixed()])) }),
      ...(limits === undefined ? {} : { propertyLimits: limits }),
      ...(p.specialGrantStacking === undefined ? {} : { specialGrantStacking: p.specialGrantStacking }),
      ...(p.laborAge === undefined ? {} : { laborAge: p.laborAge }),
      ...(p.thresholdInclusive === undefined ? {} : { thresholdInclusive: p.thresholdInclusive }),
      ...(p.lowIncomeMultiplier === undefined
        ? {}
        : { lowIncomeMultiplier: p.lowIncomeMultiplier.toFixed() }),
      ...(p.benefitRounding === undefined ? {} : { benefitRounding: p.benefitRounding }),
      ...(p.lowIncomeAdmitsBelowStandard === undefined
        ? {}
        : { lowIncomeAdmitsBelowStandard: p.lowIncomeAdmitsBelowStandard }),
      ...(p.employmentCostDeductionPerMonth === undefined
        ? {}
        : { employmentCostDeductionPerMonth: p.employmentCostDeductionPerMonth.toFixed() }),
      ...(p.rigidExpenditureDeductionCapPerYear === undefined
        ? {}
        : { rigidExpenditureDeductionCapPerYear: p.rigidExpenditureDeductionCapPerYear.toFixed() }),
      ...(p.extremelyPoorMinorAge === undefined ? {} : { extremelyPoorMinorAge: p.extremelyPoorMinorAge }),
      ...(p.extremelyPoorAssessedAlone === undefined
        ? {}
        : { extremelyPoorAssessedAlone: p.extremelyPoorAssessedAlone }),
      ...(p.gradualExitMonths === undefined ? {} : { gradualExitMonths: p.gradualExitMonths }),
      ...(c === undefined
        ? {}
        : {
            rigidExpenditureHardship: {
              priorYearResidentDisposableIncomePerYear: c.priorYearResidentDisposableIncomePerYear.toFixed(),
              minShareOfIncome: c.minShareOfIncome.toFixed(),
            },
          }),
    }) ?? null
  );
}
