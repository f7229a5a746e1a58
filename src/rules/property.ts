/**
 * 家庭财产条件 (第5条(2)(3)): whether the household's property meets the 低保 and the 低收入 conditions
 * set by the county-level government — from the 核对平台's conclusion (第25条) when given, else by testing
 * each configured limit. Written once for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import type { HouseholdFacts, LimitFigures } from './household-facts.js';
import type { Tri } from './household-types.js';

/**
 * Whether the property meets one level's conditions, and what is missing when unknown.
 * @see 第5条
 */
export interface PropertyTest {
  meets: Tri;
  missing: readonly string[];
}

/** The decided results of an untraced test (their `missing` lists are only read, never written). */
const MEETS: PropertyTest = Object.freeze({ meets: true, missing: Object.freeze([]) });
const FAILS: PropertyTest = Object.freeze({ meets: false, missing: Object.freeze([]) });

type Level = 'dibao' | 'lowIncome';

const LEVEL_NAME: Record<Level, string> = { dibao: '低保', lowIncome: '低收入' };

/**
 * Tests the household's property against the `level` conditions (`limits` = the policy's for that level,
 * `null` when not configured). `propertyAssessment` wins when given. Otherwise each configured limit is
 * tested: financial assets ÷ n ≤ months × S (compared exactly as assets ≤ n × months × S), vehicles ≤ max,
 * extra housing units ≤ max ("不超过" includes the number). A failed limit decides `false`; a configured limit
 * whose fact is absent leaves the result unknown; no limits configured and no assessment → unknown.
 * @see 第5条
 * @see 第25条
 */
export function propertyMeets<T, R>(
  A: Arithmetic<T, R>,
  level: Level,
  h: HouseholdFacts<T>,
  limits: LimitFigures<R> | null,
  standardPerMonth: T,
  t: Tracer,
): PropertyTest {
  const article = '第5条';
  const name = LEVEL_NAME[level];
  const assessment = h.propertyAssessment;
  if (assessment !== undefined) {
    const meets = level === 'dibao' ? assessment.meetsDibao : assessment.meetsLowIncome;
    if (!t.enabled) return meets ? MEETS : FAILS;
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
        article,
        { [`policy.propertyLimits.${level}`]: null, propertyAssessment: null },
        null,
        `未设定${name}家庭财产条件，也无核对平台结论，财产条件未知`,
      );
    return { meets: null, missing: ['propertyAssessment'] };
  }
  const n = h.members.length;
  let failed = false;
  const missing: string[] = [];
  const months = limits.months;
  if (months !== undefined) {
    const assets = h.financialAssets;
    if (assets === null) missing.push('property.financialAssets');
    else {
      const limit = A.times(A.scale(standardPerMonth, months), n);
      const ok = A.lte(assets, limit);
      if (!ok) failed = true;
      if (t.enabled) {
        const a = A.shown(assets);
        const m = A.shownRate(months);
        const s = A.shown(standardPerMonth);
        const l = A.shown(limit);
        t.step(
          `property.${level}.financialAssets`,
          article,
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
    if (v === null) missing.push('property.vehicles');
    else {
      const ok = v <= maxVehicles;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.vehicles`,
          article,
          { vehicles: v, maxVehicles },
          ok,
          `机动车 ${v} 辆 ${ok ? '≤' : '>'} 上限 ${maxVehicles} 辆`,
        );
    }
  }
  const maxHousing = limits.maxExtraHousingUnits;
  if (maxHousing !== undefined) {
    const x = h.extraHousingUnits;
    if (x === null) missing.push('property.extraHousingUnits');
    else {
      const ok = x <= maxHousing;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.extraHousingUnits`,
          article,
          { extraHousingUnits: x, maxExtraHousingUnits: maxHousing },
          ok,
          `其他住房 ${x} 套 ${ok ? '≤' : '>'} 上限 ${maxHousing} 套`,
        );
    }
  }
  const meets: Tri = failed ? false : missing.length > 0 ? null : true;
  if (!t.enabled)
    return missing.length === 0 ? (failed ? FAILS : MEETS) : { meets, missing: failed ? [] : missing };
  t.step(
    `property.${level}`,
    article,
    { missing },
    meets,
    meets === null
      ? `${name}家庭财产条件所需事实缺失，结论未知`
      : `家庭财产${meets ? '符合' : '不符合'}${name}家庭财产条件`,
  );
  return { meets, missing: failed ? [] : missing };
}
