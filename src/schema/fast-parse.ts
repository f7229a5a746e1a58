/**
 * A fast path for the household and policy schemas: a hand-written check of the common shapes that returns
 * exactly what the zod schema returns, or `undefined` as soon as anything is unusual (an error, an unknown or
 * extension key, an odd type). The caller then runs the zod schema, which either accepts the input (the
 * extension fields of other rules) or throws the path-named error. The fast path never accepts what zod
 * refuses: each check below mirrors one constraint of `household.ts` / `policy.ts`, and a property test
 * compares the two on generated inputs.
 */
import { isIsoDate } from '../core/dates.js';
import { type Dec, MONEY_STRING_PATTERN, moneyBeyondExact, toDec } from '../core/money.js';
import { householdSchema, type ParsedHousehold, type ParsedMember } from './household.js';
import { parseInput } from './parse.js';
import { type ParsedPolicy, policySchema } from './policy.js';

type Obj = Record<string, unknown>;
const FAIL = undefined;
const ISO = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function isPlain(v: unknown): v is Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function keysWithin(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k) || !Object.hasOwn(o, k)) return false;
  for (const k of Object.getOwnPropertyNames(o)) if (!allowed.has(k)) return false;
  return true;
}

function moneyOf(v: unknown, positive = false): Dec | undefined {
  if (typeof v === 'string') {
    if (!MONEY_STRING_PATTERN.test(v)) return FAIL;
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return FAIL;
  } else return FAIL;
  if (moneyBeyondExact(v)) return FAIL;
  const d = toDec(v);
  return positive && !d.gt(0) ? FAIL : d;
}

function dateOf(v: unknown): string | undefined {
  return typeof v === 'string' && ISO.test(v) && isIsoDate(v) ? v : FAIL;
}

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function idOf(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 1 && v.length <= 200;
}

const INCOME_KEYS = new Set(['kind', 'perMonth', 'perYear', 'since']);
const INCOME_KINDS = new Set(['employment', 'business', 'property', 'transfer', 'pension', 'other']);
const MEMBER_KEYS = new Set([
  'id',
  'birthDate',
  'sex',
  'incomes',
  'disability',
  'seriousIllness',
  'laborCapacity',
  'livelihoodSource',
  'supporters',
  'employed',
  'jobReferralRefusals',
  'unionHardshipWorker',
]);
const DISABILITY_KEYS = new Set(['category', 'grade']);
const DISABILITY_CATEGORIES = new Set([
  'physical',
  'visual',
  'hearing',
  'speech',
  'intellectual',
  'mental',
  'multiple',
]);
const HOUSEHOLD_KEYS = new Set([
  'id',
  'assessmentDate',
  'area',
  'receivingDibao',
  'members',
  'medicalOutOfPocketPerYear',
  'property',
  'propertyAssessment',
]);
const PROPERTY_KEYS = new Set(['financialAssets', 'vehicles', 'extraHousingUnits']);
const ASSESSMENT_KEYS = new Set(['meetsDibao', 'meetsLowIncome']);
const BOOL_MEMBER_KEYS = [
  'seriousIllness',
  'laborCapacity',
  'livelihoodSource',
  'employed',
  'unionHardshipWorker',
] as const;

function memberOf(v: unknown, assessmentDate: string): ParsedMember | undefined {
  if (!isPlain(v) || !keysWithin(v, MEMBER_KEYS)) return FAIL;
  const birthDate = dateOf(v.birthDate);
  if (birthDate === undefined || birthDate > assessmentDate) return FAIL;
  const m: ParsedMember = { birthDate };
  if (v.id !== undefined) {
    if (!idOf(v.id)) return FAIL;
    m.id = v.id;
  }
  if (v.sex !== undefined) {
    if (v.sex !== 'male' && v.sex !== 'female') return FAIL;
    m.sex = v.sex;
  }
  if (v.incomes !== undefined) {
    const list = v.incomes;
    if (!Array.isArray(list) || list.length > 200) return FAIL;
    const incomes: NonNullable<ParsedMember['incomes']> = [];
    for (const e of list) {
      if (!isPlain(e) || !keysWithin(e, INCOME_KEYS)) return FAIL;
      if (typeof e.kind !== 'string' || !INCOME_KINDS.has(e.kind)) return FAIL;
      const entry: NonNullable<ParsedMember['incomes']>[number] = {
        kind: e.kind as NonNullable<ParsedMember['incomes']>[number]['kind'],
      };
      if ((e.perMonth === undefined) === (e.perYear === undefined)) return FAIL;
      if (e.perMonth !== undefined) {
        const d = moneyOf(e.perMonth);
        if (d === undefined) return FAIL;
        entry.perMonth = d;
      } else {
        const d = moneyOf(e.perYear);
        if (d === undefined) return FAIL;
        entry.perYear = d;
      }
      if (e.since !== undefined) {
        const s = dateOf(e.since);
        if (s === undefined) return FAIL;
        entry.since = s;
      }
      incomes.push(entry);
    }
    m.incomes = incomes;
  }
  if (v.disability !== undefined) {
    const d = v.disability;
    if (!isPlain(d) || !keysWithin(d, DISABILITY_KEYS)) return FAIL;
    if (typeof d.category !== 'string' || !DISABILITY_CATEGORIES.has(d.category)) return FAIL;
    if (d.grade !== 1 && d.grade !== 2 && d.grade !== 3 && d.grade !== 4) return FAIL;
    m.disability = {
      category: d.category as NonNullable<ParsedMember['disability']>['category'],
      grade: d.grade,
    };
  }
  for (const k of BOOL_MEMBER_KEYS) {
    const b = v[k];
    if (b === undefined) continue;
    if (typeof b !== 'boolean') return FAIL;
    m[k] = b;
  }
  if (v.supporters !== undefined) {
    if (v.supporters !== 'none' && v.supporters !== 'unable' && v.supporters !== 'able') return FAIL;
    m.supporters = v.supporters;
  }
  if (v.jobReferralRefusals !== undefined) {
    const list = v.jobReferralRefusals;
    if (!Array.isArray(list) || list.length > 100) return FAIL;
    const dates: string[] = [];
    for (const x of list) {
      const d = dateOf(x);
      if (d === undefined) return FAIL;
      dates.push(d);
    }
    m.jobReferralRefusals = dates;
  }
  return m;
}

/**
 * The validated household, or `undefined` when the fast path cannot vouch for the input (then use zod).
 * @see 第5条
 */
export function fastHousehold(v: unknown): ParsedHousehold | undefined {
  if (!isPlain(v) || !keysWithin(v, HOUSEHOLD_KEYS)) return FAIL;
  const assessmentDate = dateOf(v.assessmentDate);
  if (assessmentDate === undefined) return FAIL;
  if (v.area !== 'urban' && v.area !== 'rural') return FAIL;
  const list = v.members;
  if (!Array.isArray(list) || list.length < 1 || list.length > 100) return FAIL;
  const members: ParsedMember[] = [];
  for (const x of list) {
    const m = memberOf(x, assessmentDate);
    if (m === undefined) return FAIL;
    members.push(m);
  }
  const h: ParsedHousehold = { assessmentDate, area: v.area, members };
  if (v.id !== undefined) {
    if (!idOf(v.id)) return FAIL;
    h.id = v.id;
  }
  if (v.receivingDibao !== undefined) {
    if (typeof v.receivingDibao !== 'boolean') return FAIL;
    h.receivingDibao = v.receivingDibao;
  }
  if (v.medicalOutOfPocketPerYear !== undefined) {
    const d = moneyOf(v.medicalOutOfPocketPerYear);
    if (d === undefined) return FAIL;
    h.medicalOutOfPocketPerYear = d;
  }
  if (v.property !== undefined) {
    const p = v.property;
    if (!isPlain(p) || !keysWithin(p, PROPERTY_KEYS)) return FAIL;
    const out: NonNullable<ParsedHousehold['property']> = {};
    if (p.financialAssets !== undefined) {
      const d = moneyOf(p.financialAssets);
      if (d === undefined) return FAIL;
      out.financialAssets = d;
    }
    if (p.vehicles !== undefined) {
      if (!intIn(p.vehicles, 0, 1000)) return FAIL;
      out.vehicles = p.vehicles;
    }
    if (p.extraHousingUnits !== undefined) {
      if (!intIn(p.extraHousingUnits, 0, 1000)) return FAIL;
      out.extraHousingUnits = p.extraHousingUnits;
    }
    h.property = out;
  }
  if (v.propertyAssessment !== undefined) {
    const a = v.propertyAssessment;
    if (!isPlain(a) || !keysWithin(a, ASSESSMENT_KEYS)) return FAIL;
    if (typeof a.meetsDibao !== 'boolean' || typeof a.meetsLowIncome !== 'boolean') return FAIL;
    h.propertyAssessment = { meetsDibao: a.meetsDibao, meetsLowIncome: a.meetsLowIncome };
  }
  return h;
}

const POLICY_KEYS = new Set([
  'region',
  'dibaoStandardPerMonth',
  'propertyLimits',
  'specialGrantRates',
  'specialGrantStacking',
  'employmentIncomeExemption',
  'laborAge',
  'thresholdInclusive',
  'lowIncomeAdmitsBelowStandard',
]);
const REGION_KEYS = new Set(['code', 'name']);
const STANDARD_KEYS = new Set(['urban', 'rural']);
const LIMITS_KEYS = new Set(['dibao', 'lowIncome']);
const LIMIT_KEYS = new Set(['financialAssetsPerCapitaMonths', 'maxVehicles', 'maxExtraHousingUnits']);
const RATE_KEYS = new Set(['seriousIllness', 'severeDisability', 'age70Plus', 'minor']);
const EXEMPTION_KEYS = new Set(['perMonth', 'months']);
const LABOR_AGE_KEYS = new Set(['min', 'maxMale', 'maxFemale']);

type Limit = NonNullable<NonNullable<ParsedPolicy['propertyLimits']>['dibao']>;

function limitOf(v: unknown): Limit | undefined {
  if (!isPlain(v) || !keysWithin(v, LIMIT_KEYS)) return FAIL;
  const out: Limit = {};
  const months = v.financialAssetsPerCapitaMonths;
  if (months !== undefined) {
    if (typeof months !== 'number' || !Number.isFinite(months) || months < 0 || months > 1200) return FAIL;
    out.financialAssetsPerCapitaMonths = months;
  }
  if (v.maxVehicles !== undefined) {
    if (!intIn(v.maxVehicles, 0, 1000)) return FAIL;
    out.maxVehicles = v.maxVehicles;
  }
  if (v.maxExtraHousingUnits !== undefined) {
    if (!intIn(v.maxExtraHousingUnits, 0, 1000)) return FAIL;
    out.maxExtraHousingUnits = v.maxExtraHousingUnits;
  }
  return out;
}

/**
 * The validated policy, or `undefined` when the fast path cannot vouch for the input (then use zod).
 * @see 第5条
 */
export function fastPolicy(v: unknown): ParsedPolicy | undefined {
  if (!isPlain(v) || !keysWithin(v, POLICY_KEYS)) return FAIL;
  const s = v.dibaoStandardPerMonth;
  if (!isPlain(s) || !keysWithin(s, STANDARD_KEYS)) return FAIL;
  const urban = moneyOf(s.urban, true);
  const rural = moneyOf(s.rural, true);
  if (urban === undefined || rural === undefined) return FAIL;
  const p: ParsedPolicy = { dibaoStandardPerMonth: { urban, rural } };
  if (v.region !== undefined) {
    const r = v.region;
    if (!isPlain(r) || !keysWithin(r, REGION_KEYS)) return FAIL;
    if (typeof r.code !== 'string' || !/^[0-9]{6}$/.test(r.code)) return FAIL;
    if (typeof r.name !== 'string' || r.name.length < 1 || r.name.length > 100) return FAIL;
    p.region = { code: r.code, name: r.name };
  }
  if (v.propertyLimits !== undefined) {
    const l = v.propertyLimits;
    if (!isPlain(l) || !keysWithin(l, LIMITS_KEYS)) return FAIL;
    const out: NonNullable<ParsedPolicy['propertyLimits']> = {};
    if (l.dibao !== undefined) {
      const d = limitOf(l.dibao);
      if (d === undefined) return FAIL;
      out.dibao = d;
    }
    if (l.lowIncome !== undefined) {
      const d = limitOf(l.lowIncome);
      if (d === undefined) return FAIL;
      out.lowIncome = d;
    }
    p.propertyLimits = out;
  }
  if (v.specialGrantRates !== undefined) {
    const r = v.specialGrantRates;
    if (!isPlain(r) || !keysWithin(r, RATE_KEYS)) return FAIL;
    const out: NonNullable<ParsedPolicy['specialGrantRates']> = {};
    for (const k of ['seriousIllness', 'severeDisability', 'age70Plus', 'minor'] as const) {
      if (r[k] === undefined) continue;
      const d = moneyOf(r[k]);
      if (d === undefined) return FAIL;
      out[k] = d;
    }
    p.specialGrantRates = out;
  }
  if (v.specialGrantStacking !== undefined) {
    if (v.specialGrantStacking !== 'max' && v.specialGrantStacking !== 'sum') return FAIL;
    p.specialGrantStacking = v.specialGrantStacking;
  }
  if (v.employmentIncomeExemption !== undefined) {
    const e = v.employmentIncomeExemption;
    if (!isPlain(e) || !keysWithin(e, EXEMPTION_KEYS)) return FAIL;
    const perMonth = moneyOf(e.perMonth);
    if (perMonth === undefined || !intIn(e.months, 1, 120)) return FAIL;
    p.employmentIncomeExemption = { perMonth, months: e.months };
  }
  if (v.laborAge !== undefined) {
    const a = v.laborAge;
    if (!isPlain(a) || !keysWithin(a, LABOR_AGE_KEYS)) return FAIL;
    if (!intIn(a.min, 0, 150) || !intIn(a.maxMale, 0, 150) || !intIn(a.maxFemale, 0, 150)) return FAIL;
    if (a.maxMale <= a.min || a.maxFemale <= a.min) return FAIL;
    p.laborAge = { min: a.min, maxMale: a.maxMale, maxFemale: a.maxFemale };
  }
  for (const k of ['thresholdInclusive', 'lowIncomeAdmitsBelowStandard'] as const) {
    const b = v[k];
    if (b === undefined) continue;
    if (typeof b !== 'boolean') return FAIL;
    p[k] = b;
  }
  return p;
}

/**
 * Validates a household: the fast path when it vouches for the input, else the zod schema (which accepts the
 * extension fields or throws the path-named `DibaoInputError`).
 */
export function parseHouseholdInput(v: unknown): ParsedHousehold {
  return fastHousehold(v) ?? parseInput(householdSchema, v);
}

/** Validates a policy: the fast path, else the zod schema. */
export function parsePolicyInput(v: unknown): ParsedPolicy {
  return fastPolicy(v) ?? parseInput(policySchema, v);
}
