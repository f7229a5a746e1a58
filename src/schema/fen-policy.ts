/**
 * The one fast reader of the policy beside its zod schema (`policy.ts`, the source of truth): the policy read
 * directly into the integers of the `FEN` arithmetic — standards and the 第11条 cap in 分, grant rates
 * and asset months in 1/10000. {@link fenPolicyOf} validates the common shape of `policySchema` in one pass
 * (no decimal.js, no zod) and returns `undefined` for anything unusual, so the caller runs the zod schema;
 * {@link fenPolicy} converts an already validated policy.
 */
import type { Shadow } from '../core/read-once.js';
import { RATE_UNITS, UNITS_PER_FEN } from '../rules/arithmetic.js';
import { CHILD_AGE, NATIONAL_MINOR_AGE } from '../rules/extremely-poor.js';
import { scaledOf } from '../rules/fen.js';
import { GRADUAL_EXIT_MAX_MONTHS } from '../rules/gradual-exit.js';
import type { LaborAge, LimitFigures, NationalFigures, PolicyFigures } from '../rules/household-facts.js';
import { NATIONAL2021_ONLY_FIELDS, type ParsedPolicy } from './policy.js';
import { type FlatGot, flatShadow, layout, ReadArgument, readFlat, shape } from './read-fields.js';

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

const LIMIT = shape(['financialAssetsPerCapitaMonths', 'maxVehicles', 'maxExtraHousingUnits']);

/** The fields of the policy the fast path reads (bit i = the i-th key), and of the objects under them. */
const POLICY = shape(
  [
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
    ...NATIONAL2021_ONLY_FIELDS,
  ],
  {
    region: shape(['code', 'name']),
    dibaoStandardPerMonth: shape(['urban', 'rural']),
    propertyLimits: shape(['dibao', 'lowIncome'], { dibao: LIMIT, lowIncome: LIMIT }),
    specialGrantRates: shape(['seriousIllness', 'severeDisability', 'age70Plus', 'minor']),
    employmentIncomeExemption: shape(['perMonth', 'months']),
    laborAge: shape(['min', 'maxMale', 'maxFemale']),
    benefitRounding: shape(['unit', 'mode']),
    rigidExpenditureHardship: shape(['priorYearResidentDisposableIncomePerYear', 'minShareOfIncome']),
  },
);

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function optInt(v: unknown, min: number, max: number): boolean {
  return v === undefined || intIn(v, min, max);
}

/** The slots of the policy's fields in a read ({@link readFlat}). */
const L = layout(POLICY);
const REGION = L.slot('region');
const CODE = L.slot('region.code');
const NAME = L.slot('region.name');
const STANDARD = L.slot('dibaoStandardPerMonth');
const URBAN = L.slot('dibaoStandardPerMonth.urban');
const RURAL = L.slot('dibaoStandardPerMonth.rural');
const LIMITS = L.slot('propertyLimits');
const LIMIT_DIBAO = L.slot('propertyLimits.dibao');
const LIMIT_LOW = L.slot('propertyLimits.lowIncome');
const DIBAO_MONTHS = L.slot('propertyLimits.dibao.financialAssetsPerCapitaMonths');
const LOW_MONTHS = L.slot('propertyLimits.lowIncome.financialAssetsPerCapitaMonths');
const RATES = L.slot('specialGrantRates');
const RATE_ILLNESS = L.slot('specialGrantRates.seriousIllness');
const STACKING = L.slot('specialGrantStacking');
const EXEMPTION = L.slot('employmentIncomeExemption');
const EXEMPTION_CAP = L.slot('employmentIncomeExemption.perMonth');
const EXEMPTION_MONTHS = L.slot('employmentIncomeExemption.months');
const LABOR_AGE = L.slot('laborAge');
const AGE_MIN = L.slot('laborAge.min');
const INCLUSIVE = L.slot('thresholdInclusive');
const ADMITS_BELOW = L.slot('lowIncomeAdmitsBelowStandard');
const MULTIPLIER = L.slot('lowIncomeMultiplier');
const ROUNDING = L.slot('benefitRounding');
const ROUNDING_UNIT = L.slot('benefitRounding.unit');
const ROUNDING_MODE = L.slot('benefitRounding.mode');
const VERSION = L.slot('rulesVersion');
const DEDUCTION = L.slot('employmentCostDeductionPerMonth');
const RIGID_CAP = L.slot('rigidExpenditureDeductionCapPerYear');
const MINOR_AGE = L.slot('extremelyPoorMinorAge');
const ASSESSED_ALONE = L.slot('extremelyPoorAssessedAlone');
const EXIT_MONTHS = L.slot('gradualExitMonths');
const HARDSHIP = L.slot('rigidExpenditureHardship');
const HARDSHIP_PRIOR = L.slot('rigidExpenditureHardship.priorYearResidentDisposableIncomePerYear');
const HARDSHIP_SHARE = L.slot('rigidExpenditureHardship.minShareOfIncome');
/** The national2021-only fields of the policy (none may be given under draft2018). */
const NATIONAL_FIELDS = NATIONAL2021_ONLY_FIELDS.map((k) => L.slot(k));

/** `undefined` = outside the fast path; `null` = no limit configured. The level's fields start at `at`. */
function limitsOf(x: readonly unknown[], level: number, at: number): FenLimits | null | undefined {
  if (x[level] === undefined) return null;
  const months = x[at];
  const maxVehicles = x[at + 1];
  const maxExtraHousingUnits = x[at + 2];
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

function regionOk(x: readonly unknown[]): boolean {
  if (x[REGION] === undefined) return true;
  const code = x[CODE];
  const name = x[NAME];
  return (
    typeof code === 'string' &&
    isRegionCode(code) &&
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 100
  );
}

function laborAgeOf(x: readonly unknown[]): LaborAge | undefined | null {
  if (x[LABOR_AGE] === undefined) return undefined;
  const min = x[AGE_MIN];
  const maxMale = x[AGE_MIN + 1];
  const maxFemale = x[AGE_MIN + 2];
  if (!intIn(min, 0, 150) || !intIn(maxMale, 0, 150) || !intIn(maxFemale, 0, 150)) return null;
  if (!(maxMale > min) || !(maxFemale > min)) return null;
  return { min, maxMale, maxFemale };
}

/**
 * The figures of a policy read whole when the fast path can vouch for them (valid, no extension field,
 * standards with at most two decimals and ≤ 10^6 元, rates with at most four decimals and ≤ 10), else
 * `undefined`. Both rule versions: under `national2021` its own fields are read into {@link FenPolicy}`.national`.
 */
function figuresOf(g: FlatGot): FenPolicy | undefined {
  const x = g.values;
  if (!g.whole || !regionOk(x)) return;
  if (x[STANDARD] === undefined) return;
  const urban = scaledOf(x[URBAN], 2);
  const rural = scaledOf(x[RURAL], 2);
  if (urban <= 0 || rural <= 0 || urban > MAX_STANDARD_FEN || rural > MAX_STANDARD_FEN) return;
  let exemption: FenPolicy['exemption'] = null;
  if (x[EXEMPTION] !== undefined) {
    const months = x[EXEMPTION_MONTHS];
    if (!intIn(months, 1, 120)) return;
    const cap = scaledOf(x[EXEMPTION_CAP], 2);
    if (cap < 0) return;
    exemption = { perMonth: cap * UNITS_PER_FEN, months };
  }
  let rates: FenPolicy['rates'] = NO_RATES;
  if (x[RATES] !== undefined) {
    const seriousIllness = rateOf(x[RATE_ILLNESS]);
    const severeDisability = rateOf(x[RATE_ILLNESS + 1]);
    const age70Plus = rateOf(x[RATE_ILLNESS + 2]);
    const minor = rateOf(x[RATE_ILLNESS + 3]);
    if (seriousIllness === -1 || severeDisability === -1 || age70Plus === -1 || minor === -1) return;
    rates = { seriousIllness, severeDisability, age70Plus, minor };
  }
  let dibao: FenLimits | null | undefined = null;
  let lowIncome: FenLimits | null | undefined = null;
  if (x[LIMITS] !== undefined) {
    dibao = limitsOf(x, LIMIT_DIBAO, DIBAO_MONTHS);
    lowIncome = limitsOf(x, LIMIT_LOW, LOW_MONTHS);
    if (dibao === undefined || lowIncome === undefined) return;
  }
  const stacking = x[STACKING];
  if (stacking !== undefined && stacking !== 'max' && stacking !== 'sum') return;
  const laborAge = laborAgeOf(x);
  if (laborAge === null) return;
  const inclusive = x[INCLUSIVE];
  const admitsBelow = x[ADMITS_BELOW];
  if (inclusive !== undefined && typeof inclusive !== 'boolean') return;
  if (admitsBelow !== undefined && typeof admitsBelow !== 'boolean') return;
  let lowIncomeMultiplier: number | null = null;
  if (x[MULTIPLIER] !== undefined) {
    lowIncomeMultiplier = scaledOf(x[MULTIPLIER], 4);
    if (lowIncomeMultiplier < RATE_UNITS || lowIncomeMultiplier > MAX_RATE_TT) return;
  }
  let rounding: FenPolicy['rounding'];
  if (x[ROUNDING] !== undefined) {
    const unit = x[ROUNDING_UNIT];
    const mode = x[ROUNDING_MODE];
    if (unit !== '0.01' && unit !== '0.1' && unit !== '1') return;
    if (mode !== 'halfUp' && mode !== 'up') return;
    rounding = { unit, mode };
  }
  const version = x[VERSION];
  let national: FenPolicy['national'] = null;
  if (version === 'national2021') {
    // The seed's own fields are refused under national2021 (policySchema's check); zod names them.
    if (exemption !== null || admitsBelow !== undefined) return;
    const n = nationalOf(x);
    if (n === undefined) return;
    national = n;
  } else if (version !== undefined && version !== 'draft2018') return;
  else if (!noNationalField(x)) return; // a national field under draft2018: zod names it
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

/** Under draft2018: none of the national2021 fields is given (`undefined` counts as not given, as in zod). */
function noNationalField(x: readonly unknown[]): boolean {
  for (let i = 0; i < NATIONAL_FIELDS.length; i++)
    if (x[NATIONAL_FIELDS[i] as number] !== undefined) return false;
  return true;
}

/** A money field in 分: `undefined` when not given, `-1` outside the fast path. */
function fenOf(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const fen = scaledOf(v, 2);
  return fen < 0 ? -1 : fen * UNITS_PER_FEN;
}

/** The national2021 fields in integers, or `undefined` outside the fast path. */
function nationalOf(x: readonly unknown[]): NationalFigures<number, number> | undefined {
  const employmentCostDeduction = fenOf(x[DEDUCTION]);
  const rigidCapPerYear = fenOf(x[RIGID_CAP]);
  if (employmentCostDeduction === -1 || rigidCapPerYear === -1) return;
  const minorAge = x[MINOR_AGE];
  if (minorAge !== undefined && minorAge !== CHILD_AGE && minorAge !== NATIONAL_MINOR_AGE) return;
  const assessedAlone = x[ASSESSED_ALONE];
  if (assessedAlone !== undefined && typeof assessedAlone !== 'boolean') return;
  const months = x[EXIT_MONTHS];
  if (months !== undefined && !intIn(months, 1, GRADUAL_EXIT_MAX_MONTHS)) return;
  let hardship: NationalFigures<number, number>['hardship'];
  if (x[HARDSHIP] !== undefined) {
    const prior = fenOf(x[HARDSHIP_PRIOR]);
    const share = scaledOf(x[HARDSHIP_SHARE], 4); // -1 when absent (zod requires it) or outside the fast path
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
 * schema reads otherwise ({@link ReadArgument.copy}).
 * @see 第4条
 */
export type PolicyRead = ReadArgument<FenPolicy, FlatGot>;

/** The shadow of a policy read by {@link readFlat}. */
function policyShadow(g: FlatGot): Shadow {
  return flatShadow(g, L);
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
  const g = readFlat(v, L);
  return new ReadArgument(g && figuresOf(g), v, at, g, policyShadow);
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
