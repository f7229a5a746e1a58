/**
 * The member rules of the fast path that read money, in integer 分: the 特困 test (第5条(1)) with the
 * member's own income in twelfths of 分, and the 第10条 grant in 1/10000 分 (S in 分 × the rate in 1/10000).
 * Same results, missing paths and trace steps as `extremely-poor.ts` and `special-grants.ts`.
 */
import type { Tracer } from '../core/trace.js';
import type { FenPolicy } from '../schema/fen-policy.js';
import type { ParsedMember } from '../schema/household.js';
import {
  extremelyPoorNote,
  livelihoodArticle,
  livelihoodNote,
  outsideExtremelyPoorNote,
} from './extremely-poor.js';
import { shownFen, shownRatio } from './fen.js';
import type { SpecialGroup, Tri } from './household-types.js';
import type { ExtremelyPoorRulesVersion } from './labor-capacity.js';
import { stackingNote } from './special-grants.js';

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
        outsideExtremelyPoorNote(category),
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
    const ownShown = own === null ? null : { text: shownRatio(own, 1200), below: own < line };
    const standardText = shownFen(S);
    t.step(
      'extremelyPoor.livelihoodSource',
      livelihoodArticle(version),
      {
        member: path,
        assessed: assessed ?? null,
        ownIncomePerMonth: ownShown === null ? null : ownShown.text,
        standardPerMonth: standardText,
        propertyMeetsDibao: pd,
      },
      livelihood,
      livelihoodNote(assessed !== undefined, ownShown, standardText, pd, livelihood),
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
      extremelyPoorNote(result, noLivelihood),
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
      stackingNote(fp.stackingSum),
    );
  return total;
}
