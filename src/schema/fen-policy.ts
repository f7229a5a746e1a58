/**
 * The one fast reader of the policy beside its zod schema (`policy.ts`, the source of truth): the policy read
 * directly into the integers of the `FEN` arithmetic — standards and the 第11条 cap in 分, grant rates
 * and asset months in 1/10000. {@link fenPolicyOf} validates the common shape of `policySchema` in one pass
 * (no decimal.js, no zod) and returns `undefined` for anything unusual, so the caller runs the zod schema;
 * {@link fenPolicy} converts an already validated policy.
 */
import { readOnce } from '../core/read-once.js';
import { RATE_UNITS, UNITS_PER_FEN } from '../rules/arithmetic.js';
import { CHILD_AGE, NATIONAL_MINOR_AGE } from '../rules/extremely-poor.js';
import { scaledOf } from '../rules/fen.js';
import { GRADUAL_EXIT_MAX_MONTHS } from '../rules/gradual-exit.js';
import type { LaborAge, LimitFigures, NationalFigures, PolicyFigures } from '../rules/household-facts.js';
import type { ParsedPolicy } from './policy.js';
import { readTree, type Shape, type TreeGot, treeShadow } from './read-fields.js';

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

const LIMIT: Shape = { keys: ['financialAssetsPerCapitaMonths', 'maxVehicles', 'maxExtraHousingUnits'] };

/** The fields of the policy the fast path reads (bit i = keys[i]), and of the objects under them. */
const POLICY: Shape = {
  keys: [
    'region',
    'dibaoStandardPerMonth',
    'propertyLimits',
    'specialGrantRates',
    'specialGrantStacking',
    'employmentIncomeExemption',
    'laborAge',
    'thresholdInclusive',
    'lowIncomeAdmitsBelowStandard',
    'lowIncomeMultiplier',
    'benefitRounding',
    'rulesVersion',
    // national2021 only (12–17)
    'employmentCostDeductionPerMonth',
    'rigidExpenditureDeductionCapPerYear',
    'extremelyPoorMinorAge',
    'extremelyPoorAssessedAlone',
    'gradualExitMonths',
    'rigidExpenditureHardship',
  ],
  nested: {
    0: { keys: ['code', 'name'] },
    1: { keys: ['urban', 'rural'] },
    2: { keys: ['dibao', 'lowIncome'], nested: { 0: LIMIT, 1: LIMIT } },
    3: { keys: ['seriousIllness', 'severeDisability', 'age70Plus', 'minor'] },
    5: { keys: ['perMonth', 'months'] },
    6: { keys: ['min', 'maxMale', 'maxFemale'] },
    10: { keys: ['unit', 'mode'] },
    17: { keys: ['priorYearResidentDisposableIncomePerYear', 'minShareOfIncome'] },
  },
};

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function optInt(v: unknown, min: number, max: number): boolean {
  return v === undefined || intIn(v, min, max);
}

/** The values of the object read at field `i` of `t` (read whole: {@link TreeGot.whole}). */
function valuesUnder(t: TreeGot, i: number): unknown[] {
  return (t.under[i] as TreeGot).values;
}

/** `undefined` = outside the fast path; `null` = no limit configured. */
function limitsOf(levels: TreeGot, i: number): FenLimits | null | undefined {
  if (levels.values[i] === undefined) return null;
  const [months, maxVehicles, maxExtraHousingUnits] = valuesUnder(levels, i);
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

/** `/^[0-9]{6}$/` of the region code, by char codes. */
function isRegionCode(s: string): boolean {
  if (s.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function regionOk(t: TreeGot): boolean {
  if (t.values[0] === undefined) return true;
  const [code, name] = valuesUnder(t, 0);
  return (
    typeof code === 'string' &&
    isRegionCode(code) &&
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 100
  );
}

function laborAgeOf(t: TreeGot): LaborAge | undefined | null {
  if (t.values[6] === undefined) return undefined;
  const [min, maxMale, maxFemale] = valuesUnder(t, 6);
  if (!intIn(min, 0, 150) || !intIn(maxMale, 0, 150) || !intIn(maxFemale, 0, 150)) return null;
  if (!(maxMale > min) || !(maxFemale > min)) return null;
  return { min, maxMale, maxFemale };
}

/**
 * The figures of a policy read whole when the fast path can vouch for them (valid, no extension field,
 * standards with at most two decimals and ≤ 10^6 元, rates with at most four decimals and ≤ 10), else
 * `undefined`. Both rule versions: under `national2021` its own fields are read into {@link FenPolicy}`.national`.
 */
function figuresOf(t: TreeGot): FenPolicy | undefined {
  if (!t.whole || !regionOk(t)) return;
  if (t.values[1] === undefined) return;
  const [urbanIn, ruralIn] = valuesUnder(t, 1);
  const urban = scaledOf(urbanIn, 2);
  const rural = scaledOf(ruralIn, 2);
  if (urban <= 0 || rural <= 0 || urban > MAX_STANDARD_FEN || rural > MAX_STANDARD_FEN) return;
  let exemption: FenPolicy['exemption'] = null;
  if (t.values[5] !== undefined) {
    const [perMonth, months] = valuesUnder(t, 5);
    if (!intIn(months, 1, 120)) return;
    const cap = scaledOf(perMonth, 2);
    if (cap < 0) return;
    exemption = { perMonth: cap * UNITS_PER_FEN, months };
  }
  let rates: FenPolicy['rates'] = NO_RATES;
  if (t.values[3] !== undefined) {
    const [a, b, c, d] = valuesUnder(t, 3);
    const seriousIllness = rateOf(a);
    const severeDisability = rateOf(b);
    const age70Plus = rateOf(c);
    const minor = rateOf(d);
    if (seriousIllness === -1 || severeDisability === -1 || age70Plus === -1 || minor === -1) return;
    rates = { seriousIllness, severeDisability, age70Plus, minor };
  }
  let dibao: FenLimits | null | undefined = null;
  let lowIncome: FenLimits | null | undefined = null;
  if (t.values[2] !== undefined) {
    const levels = t.under[2] as TreeGot;
    dibao = limitsOf(levels, 0);
    lowIncome = limitsOf(levels, 1);
    if (dibao === undefined || lowIncome === undefined) return;
  }
  const stacking = t.values[4];
  if (stacking !== undefined && stacking !== 'max' && stacking !== 'sum') return;
  const laborAge = laborAgeOf(t);
  if (laborAge === null) return;
  const inclusive = t.values[7];
  const admitsBelow = t.values[8];
  if (inclusive !== undefined && typeof inclusive !== 'boolean') return;
  if (admitsBelow !== undefined && typeof admitsBelow !== 'boolean') return;
  let lowIncomeMultiplier: number | null = null;
  if (t.values[9] !== undefined) {
    lowIncomeMultiplier = scaledOf(t.values[9], 4);
    if (lowIncomeMultiplier < RATE_UNITS || lowIncomeMultiplier > MAX_RATE_TT) return;
  }
  let rounding: FenPolicy['rounding'];
  if (t.values[10] !== undefined) {
    const [unit, mode] = valuesUnder(t, 10);
    if (unit !== '0.01' && unit !== '0.1' && unit !== '1') return;
    if (mode !== 'halfUp' && mode !== 'up') return;
    rounding = { unit, mode };
  }
  const version = t.values[11];
  let national: FenPolicy['national'] = null;
  if (version === 'national2021') {
    // The seed's own fields are refused under national2021 (policySchema's check); zod names them.
    if (exemption !== null || admitsBelow !== undefined) return;
    const n = nationalOf(t);
    if (n === undefined) return;
    national = n;
  } else if (version !== undefined && version !== 'draft2018') return;
  else if (!noNationalField(t)) return; // a national field under draft2018: zod names it
  return {
    standard: { urban: urban * UNITS_PER_FEN, rural: rural * UNITS_PER_FEN },
    exemption,
    rates,
    stackingSum: stacking === 'sum',
    limits: { dibao, lowIncome },
    inclusive: inclusive === true,
    admitsBelow: admitsBelow === true,
    laborAge,
    lowIncomeMultiplier,
    rounding,
    national,
  };
}

/** Under draft2018: none of the national2021 fields (12–17) is given (`undefined` counts as not given, as in zod). */
function noNationalField(t: TreeGot): boolean {
  for (let i = 12; i <= 17; i++) if (t.values[i] !== undefined) return false;
  return true;
}

/** A money field in 分: `undefined` when not given, `-1` outside the fast path. */
function fenOf(x: unknown): number | undefined {
  if (x === undefined) return undefined;
  const fen = scaledOf(x, 2);
  return fen < 0 ? -1 : fen * UNITS_PER_FEN;
}

/** The national2021 fields in integers, or `undefined` outside the fast path. */
function nationalOf(t: TreeGot): NationalFigures<number, number> | undefined {
  const [deduction, cap, minorAge, assessedAlone, months] = t.values.slice(12, 17);
  const employmentCostDeduction = fenOf(deduction);
  const rigidCapPerYear = fenOf(cap);
  if (employmentCostDeduction === -1 || rigidCapPerYear === -1) return;
  if (minorAge !== undefined && minorAge !== CHILD_AGE && minorAge !== NATIONAL_MINOR_AGE) return;
  if (assessedAlone !== undefined && typeof assessedAlone !== 'boolean') return;
  if (months !== undefined && !intIn(months, 1, GRADUAL_EXIT_MAX_MONTHS)) return;
  let hardship: NationalFigures<number, number>['hardship'];
  if (t.values[17] !== undefined) {
    const [priorIn, shareIn] = valuesUnder(t, 17);
    const prior = fenOf(priorIn);
    const share = scaledOf(shareIn, 4); // -1 when absent (zod requires it) or outside the fast path
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
 * A policy read once: its figures in integers when the fast path vouches for them, and the copy the zod
 * schema reads otherwise.
 * @see 第4条
 */
export interface PolicyRead {
  /** The figures in the integers of `FEN`; `undefined` when the fast reader does not vouch for them. */
  readonly facts: FenPolicy | undefined;
  /**
   * The policy as plain data, as `readOnce` copies it: what the reader read is taken, the rest read now.
   * Throws `DibaoInputError` for what cannot be read (by path). Made once (later calls return the same copy).
   */
  readonly copy: () => unknown;
}

/**
 * Reads a policy argument once, each property once — its fields, then each field's value — without copying
 * it (see `read-fields.ts`); `at` prefixes the paths of refusals.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example readPolicy({ dibaoStandardPerMonth: { urban: '620', rural: 410 } }).facts?.standard.rural // 41000
 */
export function readPolicy(v: unknown, at: ReadonlyArray<string | number> = []): PolicyRead {
  const t = readTree(v, POLICY);
  let copied: { value: unknown } | undefined;
  return {
    facts: t && figuresOf(t),
    copy: () => {
      if (copied === undefined) copied = { value: readOnce(v, at, t && treeShadow(t, POLICY)) };
      return copied.value;
    },
  };
}

/**
 * The policy in integers when the fast path can vouch for it (valid, no extension field, standards with at
 * most two decimals and ≤ 10^6 元, rates with at most four decimals and ≤ 10), else `undefined`.
 * @see 第4条
 * @see 第10条
 * @see 第11条
 * @example fenPolicyOf({ dibaoStandardPerMonth: { urban: '620', rural: 410 } })?.standard.rural // 41000
 */
export function fenPolicyOf(v: unknown): FenPolicy | undefined {
  return readPolicy(v).facts;
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
