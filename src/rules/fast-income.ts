/**
 * Household income (第5条, 第11条 exemption) and the property conditions (第5条(2)(3), 第25条) in integer 分
 * for the fast path: the same figures, missing paths and trace steps as `household-income.ts` and
 * `property.ts`. Income is kept in twelfths of 分 (12 × the monthly amount), so no division happens
 * before a decision; a figure outside the safe integers returns `undefined` (the decimal rules decide).
 */

import type { Tracer } from '../core/trace.js';
import type { FenHousehold } from '../schema/fen-household.js';
import type { FenLimits, FenPolicy } from '../schema/fen-policy.js';
import { shiftedDayText } from './fast-dates.js';
import { MAX_FEN, safeTimes, shownFen, shownRatio } from './fen.js';
import type { Tri } from './household-types.js';

/**
 * H in twelfths of 分 as an interval (a point when known exactly), per member and with the missing facts.
 * @see 第5条
 */
export interface FenIncomeTotal {
  /** 12 × each member's monthly income before any exemption; `null` when the member's incomes are unknown. */
  members: Array<number | null>;
  low: number;
  /** `null` = unbounded (a member's incomes are unknown). */
  high: number | null;
  exact: number | null;
  /** Paths of the unknown facts that leave H open. */
  missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Largest H (twelfths of 分) of the fast path: 12 × 10^9 元 a month. */
const MAX_TWELFTHS = MAX_FEN * 12 * 100;

/**
 * Household income H (twelfths of 分) with the 第11条 exemption, as `householdIncome` computes and traces it;
 * `undefined` when a sum leaves the fast path's range.
 * @see 第5条
 * @see 第11条
 */
export function incomeFen(h: FenHousehold, fp: FenPolicy, t: Tracer): FenIncomeTotal | undefined {
  const ex = fp.exemption;
  const receiving = h.receivingDibao;
  const date = h.assessmentDate;
  // The window start is a string computed only when a `since` or the trace needs it.
  let windowStart = ex !== null && t.enabled ? shiftedDayText(h.day, -ex.months) : '';
  if (ex !== null) {
    if (t.enabled)
      t.step(
        'policy.employmentIncomeExemption',
        '第11条',
        {
          perMonth: shownFen(ex.capTwelfths / 12),
          months: ex.months,
          receivingDibao: receiving ?? null,
          windowAfter: windowStart,
          windowUntil: date,
        },
        receiving === true ? '适用' : receiving === false ? '不适用' : '未知',
        '就业收入豁免只适用于已享受低保的家庭；起始日晚于评估日前推月数且不晚于评估日的就业、经营收入可豁免',
      );
  }
  const exemptible = ex !== null && receiving !== false;
  const cap = ex === null ? 0 : ex.capTwelfths;
  const n = h.members.length;
  const members: Array<number | null> = new Array(n);
  let missing: string[] | null = null; // allocated at the first unknown fact
  let low = 0;
  let high: number | null = 0;
  const fen = h.fen;
  let k = 0; // index into fen: the entries member by member
  for (let i = 0; i < n; i++) {
    const entries = h.incomes[i] as FenHousehold['incomes'][number];
    if (entries === null) {
      members[i] = null;
      missing ??= [];
      missing.push(`members[${i}].incomes`);
      high = null;
      if (t.enabled)
        t.step(
          'householdIncome.member',
          '第5条',
          { member: `members[${i}]`, incomes: null },
          null,
          '成员收入未提供，家庭收入未知',
        );
      continue;
    }
    const first = k;
    let twelfths = 0;
    let sure = 0;
    let maybe = 0;
    let maybeFirst = -1;
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j] as (typeof entries)[number];
      const amount = e.perMonth !== undefined ? (fen[k++] as number) * 12 : (fen[k++] as number);
      twelfths += amount;
      if (exemptible && (e.kind === 'employment' || e.kind === 'business')) {
        if (e.since === undefined) {
          maybe += amount;
          if (maybeFirst < 0) maybeFirst = j;
        } else {
          if (windowStart === '') windowStart = shiftedDayText(h.day, -(ex as { months: number }).months);
          if (e.since > windowStart && e.since <= date) sure += amount;
        }
      }
    }
    members[i] = twelfths;
    if (t.enabled) {
      const shown: string[] = new Array(entries.length);
      for (let j = 0; j < entries.length; j++) {
        const e = entries[j] as (typeof entries)[number];
        const f = fen[first + j] as number;
        shown[j] =
          e.perMonth !== undefined
            ? `${e.kind} ${shownFen(f)}元/月`
            : `${e.kind} ${shownFen(f)}元/年 ÷ 12 = ${shownRatio(f, 1200)}元/月`;
      }
      t.step(
        'householdIncome.member',
        '第5条',
        { member: `members[${i}]`, entries: shown },
        shownRatio(twelfths, 1200),
        '成员月收入 = Σ月收入 + Σ年收入 ÷ 12（精确计算，不先取整）',
      );
    }
    let min = 0;
    let max = 0;
    if (exemptible) {
      const sureCut = Math.min(sure, cap);
      const maxBase = sure + maybe;
      max = Math.min(maxBase, cap);
      min = receiving === true ? sureCut : 0;
      if (max > min) {
        if (receiving === undefined) {
          missing ??= [];
          missing.push('receivingDibao');
        }
        if (max !== sureCut)
          for (let j = maybeFirst; j >= 0 && j < entries.length; j++) {
            const e = entries[j] as (typeof entries)[number];
            if (e.since === undefined && (e.kind === 'employment' || e.kind === 'business')) {
              missing ??= [];
              missing.push(`members[${i}].incomes[${j}].since`);
            }
          }
      }
      if (t.enabled && max > 0)
        t.step(
          'householdIncome.exemption',
          '第11条',
          {
            member: `members[${i}]`,
            exemptIncomePerMonth: shownRatio(sure, 1200),
            unknownSincePerMonth: shownRatio(maybe, 1200),
            capPerMonth: shownFen(cap / 12),
          },
          min === max ? shownRatio(min, 1200) : null,
          min === max
            ? '豁免期内的就业、经营收入在上限内不计入家庭收入'
            : '是否享受低保或收入起始日未知，豁免额无法确定',
        );
    }
    low += twelfths - max;
    if (high !== null) high += twelfths - min;
  }
  if (low > MAX_TWELFTHS || (high !== null && high > MAX_TWELFTHS)) return;
  const exact = high === low ? low : null;
  if (t.enabled)
    t.step(
      'householdIncome.total',
      '第5条',
      { members: n },
      exact !== null ? shownRatio(exact, 1200) : null,
      exact !== null
        ? '家庭月收入 H = 各成员月收入之和（已扣除就业收入豁免）'
        : `家庭月收入未知：至少 ${shownRatio(low, 1200)} 元/月`,
    );
  return { members, low, high, exact, missing: missing ?? NONE };
}

/**
 * Whether the property meets one level's conditions, and what is missing when unknown.
 * @see 第5条
 */
export interface FenPropertyTest {
  meets: Tri;
  missing: readonly string[];
}

/** The decided results (their `missing` lists are only read, never written). */
const MEETS: FenPropertyTest = Object.freeze({
  meets: true,
  missing: Object.freeze([]),
});
const FAILS: FenPropertyTest = Object.freeze({
  meets: false,
  missing: Object.freeze([]),
});
const LEVEL_NAME = { dibao: '低保', lowIncome: '低收入' } as const;
const UNCONFIGURED = { dibao: 'policy.propertyLimits.dibao', lowIncome: 'policy.propertyLimits.lowIncome' };

/**
 * The property test of one level (`propertyMeets` in integers): the 核对平台 conclusion when given, else
 * each configured limit (assets × 10000 ≤ months(1/10000) × S × n in 分). `undefined` when the product
 * leaves the safe integers.
 * @see 第5条
 * @see 第25条
 */
export function propertyFen(
  level: 'dibao' | 'lowIncome',
  h: FenHousehold,
  limits: FenLimits | null,
  S: number,
  t: Tracer,
): FenPropertyTest | undefined {
  const name = LEVEL_NAME[level];
  const assessment = h.assessment;
  if (assessment !== undefined) {
    const meets = level === 'dibao' ? assessment.meetsDibao : assessment.meetsLowIncome;
    if (!t.enabled) return meets ? MEETS : FAILS;
    if (t.enabled)
      t.step(
        `property.${level}.assessment`,
        '第25条',
        level === 'dibao' ? { meetsDibao: meets } : { meetsLowIncome: meets },
        meets,
        `采用核对平台对家庭财产是否符合${name}条件的认定结论`,
      );
    return { meets, missing: [] };
  }
  if (limits === null) {
    if (t.enabled)
      t.step(
        `property.${level}.unconfigured`,
        '第5条',
        { [UNCONFIGURED[level]]: null, propertyAssessment: null },
        null,
        `未设定${name}家庭财产条件，也无核对平台结论，财产条件未知`,
      );
    return { meets: null, missing: ['propertyAssessment'] };
  }
  const n = h.members.length;
  let failed = false;
  const missing: string[] = [];
  const months = limits.monthsTT;
  if (months !== undefined) {
    const assets = h.assetsFen;
    if (assets < 0) missing.push('property.financialAssets');
    else {
      const perHead = safeTimes(months, S);
      const limit = perHead === null ? null : safeTimes(perHead, n);
      if (limit === null || assets > MAX_FEN) return;
      const ok = assets * 10_000 <= limit;
      if (!ok) failed = true;
      if (t.enabled) {
        const a = shownFen(assets);
        const m = shownRatio(months, 10_000);
        const s = shownFen(S);
        const l = shownRatio(limit, 1_000_000);
        t.step(
          `property.${level}.financialAssets`,
          '第5条',
          {
            financialAssets: a,
            members: n,
            financialAssetsPerCapitaMonths: m,
            standardPerMonth: s,
            limit: l,
          },
          ok,
          `金融资产 ${a} ${ok ? '≤' : '>'} ${n}人 × ${m}个月 × ${s} = ${l}`,
        );
      }
    }
  }
  const maxVehicles = limits.maxVehicles;
  if (maxVehicles !== undefined) {
    const v = h.vehicles;
    if (v < 0) missing.push('property.vehicles');
    else {
      const ok = v <= maxVehicles;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.vehicles`,
          '第5条',
          { vehicles: v, maxVehicles },
          ok,
          `机动车 ${v} 辆 ${ok ? '≤' : '>'} 上限 ${maxVehicles} 辆`,
        );
    }
  }
  const maxHousing = limits.maxExtraHousingUnits;
  if (maxHousing !== undefined) {
    const x = h.extraHousingUnits;
    if (x < 0) missing.push('property.extraHousingUnits');
    else {
      const ok = x <= maxHousing;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.extraHousingUnits`,
          '第5条',
          { extraHousingUnits: x, maxExtraHousingUnits: maxHousing },
          ok,
          `其他住房 ${x} 套 ${ok ? '≤' : '>'} 上限 ${maxHousing} 套`,
        );
    }
  }
  const meets: Tri = failed ? false : missing.length > 0 ? null : true;
  if (!t.enabled && missing.length === 0) return failed ? FAILS : MEETS;
  if (t.enabled)
    t.step(
      `property.${level}`,
      '第5条',
      { missing },
      meets,
      meets === null
        ? `${name}家庭财产条件所需事实缺失，结论未知`
        : `家庭财产${meets ? '符合' : '不符合'}${name}家庭财产条件`,
    );
  return { meets, missing: failed ? [] : missing };
}
