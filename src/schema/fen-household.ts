/**
 * The household input read in one pass into the integers of the 分 fast path: validates the common shape
 * of `householdSchema` and turns money into integer 分 by char codes (no decimal.js, no zod), or returns
 * `undefined` as soon as anything is unusual — an error, an extension field, more than two decimals — so
 * the caller runs the zod schema and the decimal rules. It never accepts what zod refuses: each check
 * mirrors one constraint of `household.ts`, and a property test compares the two on generated inputs.
 */
import { moneyFen } from '../rules/fen.js';
import type { ParsedMember } from './household.js';

type Obj = Record<string, unknown>;
type IncomeKind = NonNullable<ParsedMember['incomes']>[number]['kind'];

/**
 * One validated income entry as given (its amount is read through {@link FenHousehold.fen}).
 * @see 第5条
 */
export interface FenIncomeEntry {
  kind: IncomeKind;
  perMonth?: unknown;
  since?: string;
}

/**
 * A validated member's facts: the input object itself, every field checked (its `incomes` are read
 * through {@link FenHousehold.incomes} and {@link FenHousehold.fen}).
 * @see 第5条
 */
export type FenMemberFacts = Omit<ParsedMember, 'incomes'>;

/**
 * A validated household in integers: money in 分, `-1` for an absent amount. Arrays are the input's own
 * (validated) wherever the values need no conversion, so reading allocates little.
 * @see 第5条
 */
export interface FenHousehold {
  id: string | undefined;
  assessmentDate: string;
  area: 'urban' | 'rural';
  receivingDibao: boolean | undefined;
  members: readonly FenMemberFacts[];
  /** Each member's income entries (`null` = not given, unknown). */
  incomes: Array<readonly FenIncomeEntry[] | null>;
  /** The amount of every income entry in 分 (perMonth or perYear as given), member by member. */
  fen: number[];
  medicalFen: number;
  /** `true` when `property` is given (its three facts below, each `-1` when absent). */
  hasProperty: boolean;
  assetsFen: number;
  vehicles: number;
  extraHousingUnits: number;
  assessment: { meetsDibao: boolean; meetsLowIncome: boolean } | undefined;
}

/** An object as zod's object schemas take it: not `null`, not an array (any prototype). */
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every key `for…in` visits is in `allowed` — the keys zod's strict objects test (its own and inherited
 * enumerable ones); known fields are then read as zod reads them (`o.key`).
 */
function keysWithin(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

/**
 * `isoDate()` of `src/schema/common.ts` by char codes: `YYYY-MM-DD`, a real calendar date in 1900–2200.
 * @see 第5条
 * @example isIsoDay('2024-02-29') // true
 */
export function isIsoDay(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45)
    return false;
  const y = digits(v, 0, 4);
  const m = digits(v, 5, 7);
  const d = digits(v, 8, 10);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > (DAYS[m - 1] as number)) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

function intIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function idOf(v: unknown): boolean {
  return v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= 200);
}

const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const INCOME_KEYS = set('kind perMonth perYear since');
const INCOME_KINDS = set('employment business property transfer pension other');
const MEMBER_KEYS = set(
  'id birthDate sex incomes disability seriousIllness laborCapacity livelihoodSource supporters employed jobReferralRefusals unionHardshipWorker',
);
const DISABILITY_CATEGORIES = set('physical visual hearing speech intellectual mental multiple');
const HOUSEHOLD_KEYS = set(
  'id assessmentDate area receivingDibao members medicalOutOfPocketPerYear property propertyAssessment',
);

const DISABILITY_KEYS = set('category grade');
const PROPERTY_KEYS = set('financialAssets vehicles extraHousingUnits');
const ASSESSMENT_KEYS = set('meetsDibao meetsLowIncome');

/** Validates a member's `incomes`, appending the amounts to `fen`; `false` when unusual. */
function incomesOf(list: unknown[], fen: number[]): boolean {
  if (list.length > 200) return false;
  for (let j = 0; j < list.length; j++) {
    const e: unknown = list[j];
    if (!isObj(e) || !keysWithin(e, INCOME_KEYS)) return false;
    const kind = e.kind;
    if (typeof kind !== 'string' || !INCOME_KINDS.has(kind)) return false;
    const monthly = e.perMonth !== undefined;
    if (monthly === (e.perYear !== undefined)) return false;
    const amount = moneyFen(monthly ? e.perMonth : e.perYear);
    const since = e.since;
    if (amount < 0 || (since !== undefined && !isIsoDay(since))) return false;
    fen.push(amount);
  }
  return true;
}

function memberOk(v: unknown, assessmentDate: string): v is Obj {
  if (!isObj(v) || !keysWithin(v, MEMBER_KEYS)) return false;
  const birth = v.birthDate;
  if (!isIsoDay(birth) || birth > assessmentDate || !idOf(v.id)) return false;
  if (v.sex !== undefined && v.sex !== 'male' && v.sex !== 'female') return false;
  const s = v.supporters;
  if (s !== undefined && s !== 'none' && s !== 'unable' && s !== 'able') return false;
  if (
    !optBool(v.seriousIllness) ||
    !optBool(v.laborCapacity) ||
    !optBool(v.livelihoodSource) ||
    !optBool(v.employed) ||
    !optBool(v.unionHardshipWorker)
  )
    return false;
  const d = v.disability;
  if (d !== undefined) {
    if (!isObj(d) || !keysWithin(d, DISABILITY_KEYS)) return false;
    const c = d.category;
    if (typeof c !== 'string' || !DISABILITY_CATEGORIES.has(c)) return false;
    if (d.grade !== 1 && d.grade !== 2 && d.grade !== 3 && d.grade !== 4) return false;
  }
  const r = v.jobReferralRefusals;
  if (r !== undefined) {
    if (!Array.isArray(r) || r.length > 100) return false;
    for (let i = 0; i < r.length; i++) if (!isIsoDay(r[i])) return false;
  }
  return true;
}

/**
 * The household in integers when the fast path can vouch for it, else `undefined` (then zod decides).
 * @see 第5条
 * @example fenHousehold({ assessmentDate: '2018-09-01', area: 'urban', members: [{ birthDate: '1980-05-01', incomes: [] }] })?.members.length // 1
 */
export function fenHousehold(v: unknown): FenHousehold | undefined {
  if (!isObj(v) || !keysWithin(v, HOUSEHOLD_KEYS)) return;
  const date = v.assessmentDate;
  const area = v.area;
  const list = v.members;
  if (!isIsoDay(date) || (area !== 'urban' && area !== 'rural') || !idOf(v.id) || !optBool(v.receivingDibao))
    return;
  if (!Array.isArray(list) || list.length < 1 || list.length > 100) return;
  const incomes: FenHousehold['incomes'] = new Array(list.length);
  const fen: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const m: unknown = list[i];
    if (!memberOk(m, date)) return;
    const entries = m.incomes;
    if (entries === undefined) incomes[i] = null;
    else if (!Array.isArray(entries) || !incomesOf(entries, fen)) return;
    else incomes[i] = entries as FenIncomeEntry[];
  }
  let medicalFen = -1;
  if (v.medicalOutOfPocketPerYear !== undefined) {
    medicalFen = moneyFen(v.medicalOutOfPocketPerYear);
    if (medicalFen < 0) return;
  }
  let assetsFen = -1;
  let vehicles = -1;
  let extraHousingUnits = -1;
  const p = v.property;
  if (p !== undefined) {
    if (!isObj(p) || !keysWithin(p, PROPERTY_KEYS)) return;
    if (p.financialAssets !== undefined) {
      assetsFen = moneyFen(p.financialAssets);
      if (assetsFen < 0) return;
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
  let assessment: FenHousehold['assessment'];
  if (a !== undefined) {
    if (!isObj(a) || !keysWithin(a, ASSESSMENT_KEYS)) return;
    if (typeof a.meetsDibao !== 'boolean' || typeof a.meetsLowIncome !== 'boolean') return;
    assessment = { meetsDibao: a.meetsDibao, meetsLowIncome: a.meetsLowIncome };
  }
  return {
    id: v.id as string | undefined,
    assessmentDate: date,
    area,
    receivingDibao: v.receivingDibao as boolean | undefined,
    members: list as FenMemberFacts[],
    incomes,
    fen,
    medicalFen,
    hasProperty: p !== undefined,
    assetsFen,
    vehicles,
    extraHousingUnits,
    assessment,
  };
}
