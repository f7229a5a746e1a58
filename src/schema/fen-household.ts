/**
 * The one fast reader of the household input beside its zod schema (`household.ts`, the source of truth):
 * validates the common shape of `householdSchema` in one pass and turns money into the integers of the
 * `FEN` arithmetic by char codes (no decimal.js, no zod), or returns `undefined` as soon as anything is
 * unusual — an error, an extension field, more than two decimals — so the caller runs the zod schema (which
 * accepts the extension fields or throws its path-named issues) and the `DECIMAL` arithmetic. It never
 * accepts what zod refuses and reads the same values: each check mirrors one constraint of `household.ts`,
 * and a property test compares the two on generated inputs, valid and not (test/fast-parse.test.ts).
 */
import { UNITS_PER_FEN } from '../rules/arithmetic.js';
import { moneyFen } from '../rules/fen.js';
import type { HouseholdFacts, IncomeEntryFacts, MemberFacts } from '../rules/household-facts.js';

type Obj = Record<string, unknown>;

/**
 * A validated household in the integers of the `FEN` arithmetic: money in 分.
 * @see 第5条
 */
export type FenHousehold = HouseholdFacts<number>;

/** An object as zod's object schemas take it: not `null`, not an array (any prototype). */
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// The keys zod's strict objects test are those `for…in` visits (own and inherited enumerable); each must be a
// field of the schema. Known fields are then read as zod reads them (`o.key`), so a non-enumerable or
// inherited field is validated too. A `switch` per object: cheaper than a Set lookup per key.

function incomeKeysOk(o: Obj): boolean {
  for (const k in o)
    switch (k) {
      case 'kind':
      case 'perMonth':
      case 'perYear':
      case 'since':
        continue;
      default:
        return false;
    }
  return true;
}

function memberKeysOk(o: Obj): boolean {
  for (const k in o)
    switch (k) {
      case 'id':
      case 'birthDate':
      case 'sex':
      case 'incomes':
      case 'disability':
      case 'seriousIllness':
      case 'laborCapacity':
      case 'livelihoodSource':
      case 'supporters':
      case 'employed':
      case 'jobReferralRefusals':
      case 'unionHardshipWorker':
        continue;
      default:
        return false;
    }
  return true;
}

function householdKeysOk(o: Obj): boolean {
  for (const k in o)
    switch (k) {
      case 'id':
      case 'assessmentDate':
      case 'area':
      case 'receivingDibao':
      case 'members':
      case 'medicalOutOfPocketPerYear':
      case 'property':
      case 'propertyAssessment':
      case 'rigidExpenditurePerYear':
        continue;
      default:
        return false;
    }
  return true;
}

/** Keys of a small object: each one of `a`, `b`, `c`. */
function keysAmong(o: Obj, a: string, b: string, c = a): boolean {
  for (const k in o) if (k !== a && k !== b && k !== c) return false;
  return true;
}

function isKind(k: string): boolean {
  switch (k) {
    case 'employment':
    case 'business':
    case 'property':
    case 'transfer':
    case 'pension':
    case 'other':
      return true;
    default:
      return false;
  }
}

function isCategory(c: string): boolean {
  switch (c) {
    case 'physical':
    case 'visual':
    case 'hearing':
    case 'speech':
    case 'intellectual':
    case 'mental':
    case 'multiple':
      return true;
    default:
      return false;
  }
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i`, or 100 000 when the char is not an ASCII digit (so any number built from it is out of range). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : 100_000;
}

/**
 * `isoDate()` of `src/schema/common.ts` by char codes: a `YYYY-MM-DD` string naming a real calendar date in
 * 1900–2200, as the number `YYYYMMDD` (ordered as the dates are), or `-1` when it is not one.
 * @see 第5条
 * @example dayKey('2024-02-29') // 20240229
 */
export function dayKey(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return -1;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  // a non-digit reads as 100 000, so a sum with one is out of every range below
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > (DAYS[m - 1] as number)) return -1;
  if (m === 2 && d === 29 && (y % 4 !== 0 || (y % 100 === 0 && y % 400 !== 0))) return -1;
  return y * 10_000 + m * 100 + d;
}

/**
 * `isIsoDate` of `src/core/dates.ts` by char codes ({@link dayKey} ≥ 0).
 * @see 第5条
 * @example isIsoDay('2023-02-29') // false
 */
export function isIsoDay(v: unknown): v is string {
  return dayKey(v) >= 0;
}

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function idOf(v: unknown): boolean {
  return v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= 200);
}

const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
/** Validates a member's `incomes`, appending the amounts to `fen`; `false` when unusual. */
function incomesOf(list: unknown[], amounts: number[]): boolean {
  if (list.length > 200) return false;
  for (let j = 0; j < list.length; j++) {
    const e: unknown = list[j];
    if (!isObj(e) || !incomeKeysOk(e)) return false;
    const kind = e.kind;
    if (typeof kind !== 'string' || !isKind(kind)) return false;
    const monthly = e.perMonth !== undefined;
    if (monthly === (e.perYear !== undefined)) return false;
    const amount = moneyFen(monthly ? e.perMonth : e.perYear);
    const since = e.since;
    if (amount < 0 || (since !== undefined && !isIsoDay(since))) return false;
    amounts.push(amount * UNITS_PER_FEN);
  }
  return true;
}

/** The member's facts when the member is valid and born on or before `on` (`YYYYMMDD`), else `undefined`. */
function memberFacts(v: unknown, on: number): MemberFacts | undefined {
  if (!isObj(v) || !memberKeysOk(v)) return;
  const birthDate = v.birthDate;
  const birth = dayKey(birthDate);
  const id = v.id;
  if (birth < 0 || birth > on || !idOf(id)) return;
  const sex = v.sex;
  if (sex !== undefined && sex !== 'male' && sex !== 'female') return;
  const supporters = v.supporters;
  if (supporters !== undefined && supporters !== 'none' && supporters !== 'unable' && supporters !== 'able')
    return;
  const seriousIllness = v.seriousIllness;
  const laborCapacity = v.laborCapacity;
  const livelihoodSource = v.livelihoodSource;
  const employed = v.employed;
  const unionHardshipWorker = v.unionHardshipWorker;
  if (
    !optBool(seriousIllness) ||
    !optBool(laborCapacity) ||
    !optBool(livelihoodSource) ||
    !optBool(employed) ||
    !optBool(unionHardshipWorker)
  )
    return;
  const d = v.disability;
  if (d !== undefined) {
    if (!isObj(d) || !keysAmong(d, 'category', 'grade')) return;
    const c = d.category;
    if (typeof c !== 'string' || !isCategory(c)) return;
    if (d.grade !== 1 && d.grade !== 2 && d.grade !== 3 && d.grade !== 4) return;
  }
  const r = v.jobReferralRefusals;
  if (r !== undefined) {
    if (!Array.isArray(r) || r.length > 100) return;
    for (let k = 0; k < r.length; k++) if (!isIsoDay(r[k])) return;
  }
  return {
    id: id as string | undefined,
    birthDate: birthDate as string,
    birthDay: birth,
    sex,
    disability: d as MemberFacts['disability'],
    seriousIllness,
    laborCapacity,
    livelihoodSource,
    supporters,
    employed,
    jobReferralRefusals: r as string[] | undefined,
    unionHardshipWorker,
  };
}

/**
 * The household in integers when the fast path can vouch for it, else `undefined` (then zod decides).
 * @see 第5条
 * @example fenHousehold({ assessmentDate: '2018-09-01', area: 'urban', members: [{ birthDate: '1980-05-01', incomes: [] }] })?.members.length // 1
 */
export function fenHousehold(v: unknown): FenHousehold | undefined {
  if (!isObj(v) || !householdKeysOk(v)) return;
  const date = v.assessmentDate;
  const area = v.area;
  const list = v.members;
  const on = dayKey(date);
  if (on < 0 || (area !== 'urban' && area !== 'rural') || !idOf(v.id) || !optBool(v.receivingDibao)) return;
  if (!Array.isArray(list) || list.length < 1 || list.length > 100) return;
  const members: MemberFacts[] = new Array(list.length);
  const incomes: Array<readonly IncomeEntryFacts[] | null> = new Array(list.length);
  const amounts: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const m: unknown = list[i];
    const facts = memberFacts(m, on);
    if (facts === undefined) return;
    members[i] = facts;
    const entries = (m as Obj).incomes;
    if (entries === undefined) incomes[i] = null;
    else if (!Array.isArray(entries) || !incomesOf(entries, amounts)) return;
    else incomes[i] = entries as IncomeEntryFacts[];
  }
  let medical: number | null = null;
  if (v.medicalOutOfPocketPerYear !== undefined) {
    const fen = moneyFen(v.medicalOutOfPocketPerYear);
    if (fen < 0) return;
    medical = fen * UNITS_PER_FEN;
  }
  let rigidExpenditure: number | null = null;
  if (v.rigidExpenditurePerYear !== undefined) {
    const fen = moneyFen(v.rigidExpenditurePerYear);
    if (fen < 0) return;
    rigidExpenditure = fen * UNITS_PER_FEN;
  }
  let financialAssets: number | null = null;
  let vehicles: number | null = null;
  let extraHousingUnits: number | null = null;
  const p = v.property;
  if (p !== undefined) {
    if (!isObj(p) || !keysAmong(p, 'financialAssets', 'vehicles', 'extraHousingUnits')) return;
    if (p.financialAssets !== undefined) {
      const fen = moneyFen(p.financialAssets);
      if (fen < 0) return;
      financialAssets = fen * UNITS_PER_FEN;
    }
    if (p.vehicles !== undefined) {
      if (!intIn(p.vehicles, 0, 1000)) return;
      vehicles = p.vehicles;
    }
    if (p.extraHousingUnits !== undefined) {
      if (!intIn(p.extraHousingUnits, 0, 1000)) return;
      extraHousingUnits = p.extraHousingUnits;
    }
  }
  const a = v.propertyAssessment;
  let propertyAssessment: FenHousehold['propertyAssessment'];
  if (a !== undefined) {
    if (!isObj(a) || !keysAmong(a, 'meetsDibao', 'meetsLowIncome')) return;
    if (typeof a.meetsDibao !== 'boolean' || typeof a.meetsLowIncome !== 'boolean') return;
    propertyAssessment = { meetsDibao: a.meetsDibao, meetsLowIncome: a.meetsLowIncome };
  }
  return {
    id: v.id as string | undefined,
    assessmentDate: date as string,
    day: on,
    area,
    receivingDibao: v.receivingDibao as boolean | undefined,
    members,
    incomes,
    amounts,
    medical,
    financialAssets,
    vehicles,
    extraHousingUnits,
    propertyAssessment,
    rigidExpenditure,
  };
}
