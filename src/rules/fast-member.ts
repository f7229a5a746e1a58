/**
 * The member rules of the fast path that read money, in integer 分: the 特困 test (第5条(1)) with the
 * member's own income in twelfths of 分, and the 第10条 grant in 1/10000 分 (S in 分 × the rate in 1/10000).
 * Same results, missing paths and trace steps as `extremely-poor.ts` and `special-grants.ts`.
 */
import type { Tracer } from '../core/trace.js';
import type { FenPolicy } from '../schema/fen-policy.js';
import type { ParsedMember } from '../schema/household.js';
import { shownFen, shownRatio } from './fen.js';
import type { SpecialGroup, Tri } from './household-types.js';
import type { ExtremelyPoorRulesVersion } from './labor-capacity.js';

/**
 * The 特困 test of one member.
 * @see 第5条
 */
export interface FenExtremelyPoor {
  extremelyPoor: Tri;
  livelihoodSource: Tri;
  missing: string[];
}

function and3(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

const NOT_EXTREMELY_POOR: FenExtremelyPoor = { extremelyPoor: false, livelihoodSource: null, missing: [] };

/**
 * `extremelyPoorTest` of member `i` with its income `own` in twelfths of 分 (`null` = unknown) and S in 分.
 * @see 第5条
 * @see 社会救助暂行办法第14条
 */
export function extremelyPoorFen(
  m: Omit<ParsedMember, 'incomes'>,
  i: number,
  age: number,
  laborCapacity: boolean,
  own: number | null,
  S: number,
  pd: Tri,
  propertyMissing: readonly string[],
  version: ExtremelyPoorRulesVersion,
  t: Tracer,
): FenExtremelyPoor {
  const disabled = m.disability !== undefined;
  const category = age >= 60 || age < 16 || disabled;
  if (!category || laborCapacity) {
    if (t.enabled)
      t.step(
        'extremelyPoor.member',
        '第5条',
        { member: `members[${i}]`, age, disabled, laborCapacity },
        false,
        category ? '有劳动能力，不属于特困人员' : '不是老年人、残疾人或未满16周岁的未成年人，不属于特困人员',
      );
    return NOT_EXTREMELY_POOR;
  }
  const line = 12 * S;
  const assessed = m.livelihoodSource;
  let livelihood: Tri;
  if (assessed !== undefined) livelihood = assessed;
  else {
    const none = and3(own === null ? null : own < line, pd);
    livelihood = none === null ? null : !none;
  }
  const noLivelihood: Tri = livelihood === null ? null : !livelihood;
  const supporters = m.supporters;
  const noSupport: Tri = supporters === undefined ? null : supporters !== 'able';
  const result = and3(noLivelihood, noSupport);
  const path = result === null || t.enabled ? `members[${i}]` : '';
  const missing: string[] = [];
  if (result === null) {
    if (noLivelihood === null) {
      if (own === null) missing.push(`${path}.incomes`);
      if (pd === null && (own === null || own < line)) missing.push(...propertyMissing);
    }
    if (noSupport === null) missing.push(`${path}.supporters`);
  }
  if (t.enabled) {
    const ownText = own === null ? null : shownRatio(own, 1200);
    t.step(
      'extremelyPoor.livelihoodSource',
      version === '2016' ? '特困人员认定办法(2016)' : '特困人员认定办法(2021)第6条',
      {
        member: path,
        assessed: assessed ?? null,
        ownIncomePerMonth: ownText,
        standardPerMonth: shownFen(S),
        propertyMeetsDibao: pd,
      },
      livelihood,
      assessed !== undefined
        ? '采用经认定的生活来源结论'
        : own === null
          ? '本人收入未知；月收入低于当地低保标准且家庭财产符合规定的，认定为无生活来源'
          : `本人月收入 ${ownText} ${own < line ? '<' : '≥'} 低保标准 ${shownFen(S)}，家庭财产${pd === null ? '是否符合规定未知' : pd ? '符合规定' : '不符合规定'} → ${livelihood === null ? '未知' : livelihood ? '有生活来源' : '无生活来源'}`,
    );
    t.step(
      'extremelyPoor.member',
      '第5条',
      {
        member: path,
        age,
        disabled,
        laborCapacity,
        livelihoodSource: livelihood,
        supporters: supporters ?? null,
      },
      result,
      result === null
        ? '特困条件所需事实缺失，能否认定为特困人员待定'
        : result
          ? '老年人/残疾人/未满16周岁，无劳动能力、无生活来源、无法定义务人或义务人无履行能力：特困人员'
          : noLivelihood === false
            ? '有生活来源，不属于特困人员'
            : '有具备履行能力的法定赡养、抚养、扶养义务人，不属于特困人员',
    );
  }
  return { extremelyPoor: result, livelihoodSource: livelihood, missing };
}

const GROUP_NAME: Record<SpecialGroup, string> = {
  seriousIllness: '重病患者',
  severeDisability: '重残人员',
  age70Plus: '70周岁以上老年人',
  minor: '未成年人',
};

/**
 * A member's 第10条 grant in a 低保 household, in 1/10000 分 (S × rate of each group, the highest or the
 * sum), as `specialGrant` computes and traces it; a group whose rate is not set counts 0.
 * @see 第10条
 */
export function grantFen(
  groups: readonly SpecialGroup[],
  fp: FenPolicy,
  S: number,
  t: Tracer,
  path: string,
): number {
  let total = 0;
  const parts: string[] | null = t.enabled ? [] : null;
  for (const g of groups) {
    const rate = fp.ratesTT[g];
    if (rate === undefined) {
      parts?.push(`${GROUP_NAME[g]} 比例未设定 → 0`);
      continue;
    }
    const amount = S * rate;
    parts?.push(
      `${GROUP_NAME[g]} ${shownFen(S)} × ${shownRatio(rate, 10_000)} = ${shownRatio(amount, 1_000_000)}`,
    );
    total = fp.stackingSum ? total + amount : Math.max(amount, total);
  }
  if (parts !== null && groups.length > 0)
    t.step(
      'specialGrant.member',
      '第10条',
      {
        member: path,
        groups: [...groups],
        stacking: fp.stackingSum ? 'sum' : 'max',
        standardPerMonth: shownFen(S),
        grants: parts,
      },
      shownRatio(total, 1_000_000),
      fp.stackingSum ? '属多类特殊对象的，各项增发补助金相加' : '属多类特殊对象的，取最高一项增发补助金',
    );
  return total;
}
