/**
 * 家庭财产条件 (第5条(2)(3)): whether the household's property meets the 低保 and the 低收入 conditions
 * set by the county-level government — from the 核对平台's conclusion (第25条) when given, else by testing
 * each configured limit.
 */
import { type Dec, toDec } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ParsedHousehold } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import { shown } from './display.js';
import type { Tri } from './household-types.js';

/**
 * Whether the property meets one level's conditions, and what is missing when unknown.
 * @see 第5条
 */
export interface PropertyTest {
  meets: Tri;
  missing: string[];
}

type Level = 'dibao' | 'lowIncome';

const LEVEL_NAME: Record<Level, string> = { dibao: '低保', lowIncome: '低收入' };

/**
 * Tests the household's property against the `level` conditions. `propertyAssessment` wins when given.
 * Otherwise each configured limit is tested: financial assets ÷ n ≤ months × S (compared exactly as
 * assets ≤ n × months × S), vehicles ≤ max, extra housing units ≤ max ("不超过" includes the number). A
 * failed limit decides `false`; a configured limit whose fact is absent leaves the result unknown; no
 * limits configured and no assessment → unknown.
 * @see 第5条
 * @see 第25条
 */
export function propertyMeets(
  level: Level,
  household: ParsedHousehold,
  policy: ParsedPolicy,
  standardPerMonth: Dec,
  t: Tracer,
): PropertyTest {
  const article = '第5条';
  const assessment = household.propertyAssessment;
  if (assessment !== undefined) {
    const meets = level === 'dibao' ? assessment.meetsDibao : assessment.meetsLowIncome;
    if (t.enabled)
      t.step(
        `property.${level}.assessment`,
        '第25条',
        { [level === 'dibao' ? 'meetsDibao' : 'meetsLowIncome']: meets },
        meets,
        `采用核对平台对家庭财产是否符合${LEVEL_NAME[level]}条件的认定结论`,
      );
    return { meets, missing: [] };
  }
  const limits = policy.propertyLimits?.[level];
  if (
    limits === undefined ||
    (limits.financialAssetsPerCapitaMonths === undefined &&
      limits.maxVehicles === undefined &&
      limits.maxExtraHousingUnits === undefined)
  ) {
    if (t.enabled)
      t.step(
        `property.${level}.unconfigured`,
        article,
        { [`policy.propertyLimits.${level}`]: null, propertyAssessment: null },
        null,
        `未设定${LEVEL_NAME[level]}家庭财产条件，也无核对平台结论，财产条件未知`,
      );
    return { meets: null, missing: ['propertyAssessment'] };
  }
  const p = household.property;
  const n = household.members.length;
  let failed = false;
  const missing: string[] = [];
  if (limits.financialAssetsPerCapitaMonths !== undefined) {
    const months = toDec(limits.financialAssetsPerCapitaMonths);
    const assets = p?.financialAssets;
    if (assets === undefined) missing.push('property.financialAssets');
    else {
      const limit = months.mul(standardPerMonth).mul(n);
      const ok = assets.lte(limit);
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.financialAssets`,
          article,
          {
            financialAssets: shown(assets),
            members: n,
            financialAssetsPerCapitaMonths: shown(months),
            standardPerMonth: shown(standardPerMonth),
            limit: shown(limit),
          },
          ok,
          `金融资产 ${shown(assets)} ${ok ? '≤' : '>'} ${n}人 × ${shown(months)}个月 × ${shown(standardPerMonth)} = ${shown(limit)}`,
        );
    }
  }
  if (limits.maxVehicles !== undefined) {
    const v = p?.vehicles;
    if (v === undefined) missing.push('property.vehicles');
    else {
      const ok = v <= limits.maxVehicles;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.vehicles`,
          article,
          { vehicles: v, maxVehicles: limits.maxVehicles },
          ok,
          `机动车 ${v} 辆 ${ok ? '≤' : '>'} 上限 ${limits.maxVehicles} 辆`,
        );
    }
  }
  if (limits.maxExtraHousingUnits !== undefined) {
    const h = p?.extraHousingUnits;
    if (h === undefined) missing.push('property.extraHousingUnits');
    else {
      const ok = h <= limits.maxExtraHousingUnits;
      if (!ok) failed = true;
      if (t.enabled)
        t.step(
          `property.${level}.extraHousingUnits`,
          article,
          { extraHousingUnits: h, maxExtraHousingUnits: limits.maxExtraHousingUnits },
          ok,
          `其他住房 ${h} 套 ${ok ? '≤' : '>'} 上限 ${limits.maxExtraHousingUnits} 套`,
        );
    }
  }
  const meets: Tri = failed ? false : missing.length > 0 ? null : true;
  if (t.enabled)
    t.step(
      `property.${level}`,
      article,
      { missing: missing },
      meets,
      meets === null
        ? `${LEVEL_NAME[level]}家庭财产条件所需事实缺失，结论未知`
        : `家庭财产${meets ? '符合' : '不符合'}${LEVEL_NAME[level]}家庭财产条件`,
    );
  return { meets, missing: failed ? [] : missing };
}
