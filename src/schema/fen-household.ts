/**
 * The one fast reader of the household input beside its zod schema (`household.ts`, the source of truth).
 * It reads the caller's household itself, each property once ({@link readHousehold}): the own enumerable
 * fields of each object (listed with `for…in`, which reads no value), then their values, each read once. It
 * validates the common shape of `householdSchema` on the way and turns money into the integers of the `FEN`
 * arithmetic by char codes (no decimal.js, no zod). When anything is unusual — an error, an extension field,
 * more than two decimals — it stops and hands over what it has read: the copy
 * for the zod schema ({@link HouseholdRead.copy}, the copy `readOnce` makes) takes those values and reads
 * only the rest, so no property is read twice and validation and rules see the same values. It never
 * accepts what zod refuses and reads the same values: each check mirrors one constraint of `household.ts`,
 * and a property test compares the two on generated inputs, valid and not (test/fast-parse.test.ts).
 */
import { type Shadow, Threw } from '../core/read-once.js';
import { UNITS_PER_FEN } from '../rules/arithmetic.js';
import { moneyFen } from '../rules/fen.js';
import type { HouseholdFacts, IncomeEntryFacts, MemberFacts } from '../rules/household-facts.js';
import {
  type Got,
  isList,
  keyBits,
  type ListGot,
  listShadow,
  NOTHING_UNDER,
  type Obj,
  ReadArgument,
  readList,
  readSmall,
  recordShadow,
  type SmallGot,
  smallShadow,
  whole,
} from './read-fields.js';

/**
 * A validated household in the integers of the `FEN` arithmetic: money in 分.
 * @see 第5条
 */
export type FenHousehold = HouseholdFacts<number>;

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

// ---- Reading each object once -------------------------------------------------------------------------
// Each object is read in two steps: its keys (`for…in`, no value read; an object that is not plain, or has
// a key the schema does not know, is not read at all), then the value of each key present, once, in the
// order of its key list below (bit i = keys[i]). What was read is kept, so that a hand-over to the copy
// ({@link HouseholdRead.copy}) takes it instead of reading it again.

const HOUSEHOLD_KEYS = [
  'id',
  'assessmentDate',
  'area',
  'receivingDibao',
  'members',
  'medicalOutOfPocketPerYear',
  'property',
  'propertyAssessment',
  'rigidExpenditurePerYear',
] as const;
const MEMBER_KEYS = [
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
] as const;
const ENTRY_KEYS = ['kind', 'perMonth', 'perYear', 'since'] as const;
const DISABILITY_KEYS = ['category', 'grade'] as const;
const PROPERTY_KEYS = ['financialAssets', 'vehicles', 'extraHousingUnits'] as const;
const ASSESSMENT_KEYS = ['meetsDibao', 'meetsLowIncome'] as const;

interface EntryGot extends Got, IncomeEntryFacts {
  perYear: unknown;
}

function readEntry(o: Obj, bits: number): EntryGot {
  const g: EntryGot = {
    kind: undefined as never,
    perMonth: undefined,
    perYear: undefined,
    since: undefined,
    got: 0,
    threw: undefined,
    threwAt: -1,
  };
  let i = 0;
  try {
    if (bits & 1) g.kind = o.kind as never;
    i = 1;
    if (bits & 2) g.perMonth = o.perMonth;
    i = 2;
    if (bits & 4) g.perYear = o.perYear;
    i = 3;
    if (bits & 8) g.since = o.since as string | undefined;
    i = 31;
  } catch (e) {
    g.threw = new Threw(e);
    g.threwAt = i;
  }
  g.got = bits & ((1 << i) - 1);
  return g;
}

/**
 * A member as read, and — once {@link memberFacts} has validated it — its facts: the fields the rules read
 * hold the values read (`disability` and `jobReferralRefusals` replaced by their validated copies, `birthDay`
 * set), so one object per member serves both. What was read of `incomes`, `disability` and
 * `jobReferralRefusals` is kept apart (`raw…`) for a hand-over to the copy.
 */
interface MemberGot extends Got, MemberFacts {
  rawIncomes: unknown;
  rawDisability: unknown;
  rawRefusals: unknown;
  /**
   * What was read of `incomes`, of each entry (allocated at the list's length; an entry not reached is a
   * hole), of `disability` and of `jobReferralRefusals`.
   */
  incomesGot: ListGot | undefined;
  entries: EntryGot[] | undefined;
  disabilityGot: SmallGot | undefined;
  refusalsGot: ListGot | undefined;
}

function readMember(o: Obj, bits: number): MemberGot {
  const g: MemberGot = {
    id: undefined,
    birthDate: undefined as never,
    birthDay: -1,
    sex: undefined,
    disability: undefined,
    seriousIllness: undefined,
    laborCapacity: undefined,
    livelihoodSource: undefined,
    supporters: undefined,
    employed: undefined,
    jobReferralRefusals: undefined,
    unionHardshipWorker: undefined,
    rawIncomes: undefined,
    rawDisability: undefined,
    rawRefusals: undefined,
    got: 0,
    threw: undefined,
    threwAt: -1,
    incomesGot: undefined,
    entries: undefined,
    disabilityGot: undefined,
    refusalsGot: undefined,
  };
  // the fields the rules read take the values as read (unknown until validated)
  let i = 0;
  try {
    if (bits & 1) g.id = o.id as never;
    i = 1;
    if (bits & 2) g.birthDate = o.birthDate as never;
    i = 2;
    if (bits & 4) g.sex = o.sex as never;
    i = 3;
    if (bits & 8) g.rawIncomes = o.incomes;
    i = 4;
    if (bits & 16) g.rawDisability = o.disability;
    i = 5;
    if (bits & 32) g.seriousIllness = o.seriousIllness as never;
    i = 6;
    if (bits & 64) g.laborCapacity = o.laborCapacity as never;
    i = 7;
    if (bits & 128) g.livelihoodSource = o.livelihoodSource as never;
    i = 8;
    if (bits & 256) g.supporters = o.supporters as never;
    i = 9;
    if (bits & 512) g.employed = o.employed as never;
    i = 10;
    if (bits & 1024) g.rawRefusals = o.jobReferralRefusals;
    i = 11;
    if (bits & 2048) g.unionHardshipWorker = o.unionHardshipWorker as never;
    i = 31;
  } catch (e) {
    g.threw = new Threw(e);
    g.threwAt = i;
  }
  g.got = bits & ((1 << i) - 1);
  return g;
}

/** The value read of the member field `MEMBER_KEYS[i]` (three are kept apart from the facts). */
function memberValue(g: MemberGot, i: number): unknown {
  const key = MEMBER_KEYS[i] as (typeof MEMBER_KEYS)[number];
  switch (key) {
    case 'incomes':
      return g.rawIncomes;
    case 'disability':
      return g.rawDisability;
    case 'jobReferralRefusals':
      return g.rawRefusals;
    default:
      return g[key];
  }
}

/** The household as read: each field's value once, and what was read under it. */
export interface HouseholdGot extends Got {
  id: unknown;
  assessmentDate: unknown;
  area: unknown;
  receivingDibao: unknown;
  members: unknown;
  medicalOutOfPocketPerYear: unknown;
  property: unknown;
  propertyAssessment: unknown;
  rigidExpenditurePerYear: unknown;
  membersGot: ListGot | undefined;
  /** What was read of each member (as far as the reader went; allocated at the list's length, the rest holes). */
  memberGots: MemberGot[] | undefined;
  propertyGot: SmallGot | undefined;
  assessmentGot: SmallGot | undefined;
}

function readHouseholdFields(o: Obj, bits: number): HouseholdGot {
  const g: HouseholdGot = {
    id: undefined,
    assessmentDate: undefined,
    area: undefined,
    receivingDibao: undefined,
    members: undefined,
    medicalOutOfPocketPerYear: undefined,
    property: undefined,
    propertyAssessment: undefined,
    rigidExpenditurePerYear: undefined,
    got: 0,
    threw: undefined,
    threwAt: -1,
    membersGot: undefined,
    memberGots: undefined,
    propertyGot: undefined,
    assessmentGot: undefined,
  };
  let i = 0;
  try {
    if (bits & 1) g.id = o.id;
    i = 1;
    if (bits & 2) g.assessmentDate = o.assessmentDate;
    i = 2;
    if (bits & 4) g.area = o.area;
    i = 3;
    if (bits & 8) g.receivingDibao = o.receivingDibao;
    i = 4;
    if (bits & 16) g.members = o.members;
    i = 5;
    if (bits & 32) g.medicalOutOfPocketPerYear = o.medicalOutOfPocketPerYear;
    i = 6;
    if (bits & 64) g.property = o.property;
    i = 7;
    if (bits & 128) g.propertyAssessment = o.propertyAssessment;
    i = 8;
    if (bits & 256) g.rigidExpenditurePerYear = o.rigidExpenditurePerYear;
    i = 31;
  } catch (e) {
    g.threw = new Threw(e);
    g.threwAt = i;
  }
  g.got = bits & ((1 << i) - 1);
  return g;
}

// ---- Validating what was read -------------------------------------------------------------------------

/** Validates a member's income entries (read whole), appending the amounts; `false` when unusual. */
function incomesOf(entries: readonly EntryGot[], amounts: number[]): boolean {
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j] as EntryGot;
    const kind: unknown = e.kind;
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

/**
 * Reads the member's nested parts and validates it: `true` when it is valid and born on or before `on` (`g`
 * then holds its facts), else `false`.
 */
function memberFacts(g: MemberGot, on: number, amounts: number[]): boolean {
  if (g.threw !== undefined) return false;
  const birth = dayKey(g.birthDate);
  if (birth < 0 || birth > on || !idOf(g.id)) return false;
  g.birthDay = birth;
  const sex: unknown = g.sex;
  if (sex !== undefined && sex !== 'male' && sex !== 'female') return false;
  const supporters: unknown = g.supporters;
  if (supporters !== undefined && supporters !== 'none' && supporters !== 'unable' && supporters !== 'able')
    return false;
  if (
    !optBool(g.seriousIllness) ||
    !optBool(g.laborCapacity) ||
    !optBool(g.livelihoodSource) ||
    !optBool(g.employed) ||
    !optBool(g.unionHardshipWorker)
  )
    return false;
  const d = g.rawDisability;
  if (d !== undefined) {
    const bits = keyBits(d, DISABILITY_KEYS);
    if (bits < 0) return false;
    const dg = readSmall(d as Obj, bits, DISABILITY_KEYS);
    g.disabilityGot = dg;
    if (dg.threw !== undefined) return false;
    const [c, grade] = dg.values;
    if (typeof c !== 'string' || !isCategory(c)) return false;
    if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) return false;
    g.disability = { category: c, grade } as MemberFacts['disability'];
  }
  const r = g.rawRefusals;
  if (r !== undefined) {
    if (!isList(r)) return false;
    const rg = readList(r, 100);
    g.refusalsGot = rg;
    if (!whole(rg)) return false;
    for (let k = 0; k < rg.items.length; k++) if (!isIsoDay(rg.items[k])) return false;
    g.jobReferralRefusals = rg.items as string[];
  }
  const list = g.rawIncomes;
  if (list !== undefined) {
    if (!isList(list)) return false;
    const lg = readList(list, 200);
    g.incomesGot = lg;
    if (!whole(lg)) return false;
    const entries: EntryGot[] = new Array(lg.items.length);
    g.entries = entries;
    for (let j = 0; j < entries.length; j++) {
      const e = lg.items[j];
      const bits = keyBits(e, ENTRY_KEYS);
      if (bits < 0) return false;
      const eg = readEntry(e as Obj, bits);
      entries[j] = eg;
      if (eg.threw !== undefined) return false;
    }
    if (!incomesOf(entries, amounts)) return false;
  }
  return true;
}

/** The household's facts from what was read (reading its nested parts), or `undefined` when unusual. */
function householdFacts(g: HouseholdGot): FenHousehold | undefined {
  if (g.threw !== undefined) return;
  const date = g.assessmentDate;
  const area = g.area;
  const list = g.members;
  const on = dayKey(date);
  if (on < 0 || (area !== 'urban' && area !== 'rural') || !idOf(g.id) || !optBool(g.receivingDibao)) return;
  if (!isList(list)) return;
  const lg = readList(list, 100);
  g.membersGot = lg;
  if (!whole(lg) || lg.items.length < 1) return;
  const n = lg.items.length;
  const incomes: Array<readonly IncomeEntryFacts[] | null> = new Array(n);
  const amounts: number[] = [];
  // each member as read, and once validated its facts: when every member is valid, these are the members
  const memberGots: MemberGot[] = new Array(n);
  g.memberGots = memberGots;
  for (let i = 0; i < n; i++) {
    const m = lg.items[i];
    const bits = keyBits(m, MEMBER_KEYS);
    if (bits < 0) return;
    const mg = readMember(m as Obj, bits);
    memberGots[i] = mg;
    if (!memberFacts(mg, on, amounts)) return;
    incomes[i] = mg.entries ?? null;
  }
  let medical: number | null = null;
  if (g.medicalOutOfPocketPerYear !== undefined) {
    const fen = moneyFen(g.medicalOutOfPocketPerYear);
    if (fen < 0) return;
    medical = fen * UNITS_PER_FEN;
  }
  let rigidExpenditure: number | null = null;
  if (g.rigidExpenditurePerYear !== undefined) {
    const fen = moneyFen(g.rigidExpenditurePerYear);
    if (fen < 0) return;
    rigidExpenditure = fen * UNITS_PER_FEN;
  }
  let financialAssets: number | null = null;
  let vehicles: number | null = null;
  let extraHousingUnits: number | null = null;
  const p = g.property;
  if (p !== undefined) {
    const bits = keyBits(p, PROPERTY_KEYS);
    if (bits < 0) return;
    const pg = readSmall(p as Obj, bits, PROPERTY_KEYS);
    g.propertyGot = pg;
    if (pg.threw !== undefined) return;
    const [assets, v, x] = pg.values;
    if (assets !== undefined) {
      const fen = moneyFen(assets);
      if (fen < 0) return;
      financialAssets = fen * UNITS_PER_FEN;
    }
    if (v !== undefined) {
      if (!intIn(v, 0, 1000)) return;
      vehicles = v;
    }
    if (x !== undefined) {
      if (!intIn(x, 0, 1000)) return;
      extraHousingUnits = x;
    }
  }
  const a = g.propertyAssessment;
  let propertyAssessment: FenHousehold['propertyAssessment'];
  if (a !== undefined) {
    const bits = keyBits(a, ASSESSMENT_KEYS);
    if (bits < 0) return;
    const ag = readSmall(a as Obj, bits, ASSESSMENT_KEYS);
    g.assessmentGot = ag;
    if (ag.threw !== undefined) return;
    const [meetsDibao, meetsLowIncome] = ag.values;
    if (typeof meetsDibao !== 'boolean' || typeof meetsLowIncome !== 'boolean') return;
    propertyAssessment = { meetsDibao, meetsLowIncome };
  }
  return {
    id: g.id as string | undefined,
    assessmentDate: date as string,
    day: on,
    area,
    receivingDibao: g.receivingDibao as boolean | undefined,
    members: memberGots,
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

// ---- Handing over to the copy ---------------------------------------------------------------------------

function memberShadow(g: MemberGot): Shadow {
  const under = new Map<string | number, Shadow>();
  if (g.incomesGot !== undefined) {
    const entries = new Map<string | number, Shadow>();
    const got = g.entries ?? [];
    for (let j = 0; j < got.length; j++) {
      const e = got[j];
      if (e === undefined) break; // not reached
      entries.set(
        j,
        recordShadow(ENTRY_KEYS, (i) => e[ENTRY_KEYS[i] as keyof EntryGot], e, NOTHING_UNDER),
      );
    }
    under.set('incomes', listShadow(g.incomesGot, entries));
  }
  const d = smallShadow(g.disabilityGot, DISABILITY_KEYS);
  if (d !== undefined) under.set('disability', d);
  if (g.refusalsGot !== undefined) under.set('jobReferralRefusals', listShadow(g.refusalsGot, NOTHING_UNDER));
  return recordShadow(MEMBER_KEYS, (i) => memberValue(g, i), g, under);
}

function householdShadow(g: HouseholdGot): Shadow {
  const under = new Map<string | number, Shadow>();
  if (g.membersGot !== undefined) {
    const members = new Map<string | number, Shadow>();
    const got = g.memberGots ?? [];
    for (let i = 0; i < got.length; i++) {
      const m = got[i];
      if (m === undefined) break; // not reached
      members.set(i, memberShadow(m));
    }
    under.set('members', listShadow(g.membersGot, members));
  }
  const p = smallShadow(g.propertyGot, PROPERTY_KEYS);
  if (p !== undefined) under.set('property', p);
  const a = smallShadow(g.assessmentGot, ASSESSMENT_KEYS);
  if (a !== undefined) under.set('propertyAssessment', a);
  return recordShadow(HOUSEHOLD_KEYS, (i) => g[HOUSEHOLD_KEYS[i] as keyof HouseholdGot], g, under);
}

/**
 * A household read once: its facts in integers when the fast path vouches for it, and the copy the zod
 * schema reads otherwise ({@link ReadArgument.copy}).
 * @see 第5条
 */
export type HouseholdRead = ReadArgument<FenHousehold, HouseholdGot>;

/**
 * Reads a household argument once (see the module comment); `at` prefixes the paths of refusals.
 * @see 第5条
 * @example readHousehold({ assessmentDate: '2018-09-01', area: 'urban', members: [{ birthDate: '1980-05-01', incomes: [] }] }).facts?.members.length // 1
 */
export function readHousehold(v: unknown, at: ReadonlyArray<string | number> = []): HouseholdRead {
  const bits = keyBits(v, HOUSEHOLD_KEYS);
  const g = bits < 0 ? undefined : readHouseholdFields(v as Obj, bits);
  return new ReadArgument(g && householdFacts(g), v, at, g, householdShadow);
}

/**
 * The household in integers when the fast path can vouch for it, else `undefined` (then zod decides).
 * @see 第5条
 * @example fenHousehold({ assessmentDate: '2018-09-01', area: 'urban', members: [{ birthDate: '1980-05-01', incomes: [] }] })?.members.length // 1
 */
export function fenHousehold(v: unknown): FenHousehold | undefined {
  return readHousehold(v).facts;
}
