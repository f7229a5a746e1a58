/**
 * 特困人员 (第5条(1), 社会救助暂行办法第14条): an old person (≥ 60), a disabled person or a minor under 16
 * who has no labor capacity, no livelihood source, and no supporter able to support them. Written once for
 * both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import type { Arithmetic } from './arithmetic.js';
import { MONTHS_PER_YEAR } from './household-income.js';
import type { AssessmentWarning, Tri } from './household-types.js';
import type { ExtremelyPoorRulesVersion } from './labor-capacity.js';

/**
 * The rules version's article for the 生活来源 test: 特困人员认定办法 2016, or 2021 第6条.
 * @see 第5条
 */
export function livelihoodArticle(version: ExtremelyPoorRulesVersion): string {
  return version === '2016' ? '特困人员认定办法(2016)' : '特困人员认定办法(2021)第6条';
}

/**
 * The note of a member outside the 特困 test: with labor capacity, or not old, disabled or a minor.
 * @see 第5条
 */
export function outsideExtremelyPoorNote(category: boolean): string {
  return category ? '有劳动能力，不属于特困人员' : '不是老年人、残疾人或未满16周岁的未成年人，不属于特困人员';
}

/**
 * The note of the 生活来源 step, written once for the decimal and the 分 paths: `own` is the member's monthly
 * income as shown and whether it is below the standard, `null` when unknown.
 * @see 第5条
 */
export function livelihoodNote(
  assessed: boolean,
  own: { text: string; below: boolean } | null,
  standardText: string,
  propertyMeetsDibao: Tri,
  livelihood: Tri,
): string {
  if (assessed) return '采用经认定的生活来源结论';
  if (own === null) return '本人收入未知；月收入低于当地低保标准且家庭财产符合规定的，认定为无生活来源';
  const property =
    propertyMeetsDibao === null ? '是否符合规定未知' : propertyMeetsDibao ? '符合规定' : '不符合规定';
  const verdict = livelihood === null ? '未知' : livelihood ? '有生活来源' : '无生活来源';
  return `本人月收入 ${own.text} ${own.below ? '<' : '≥'} 低保标准 ${standardText}，家庭财产${property} → ${verdict}`;
}

/**
 * The note of the 特困 verdict of a member inside the test (old, disabled or a minor, without labor capacity).
 * @see 第5条
 */
export function extremelyPoorNote(result: Tri, noLivelihood: Tri): string {
  if (result === null) return '特困条件所需事实缺失，能否认定为特困人员待定';
  if (result)
    return '老年人/残疾人/未满16周岁，无劳动能力、无生活来源、无法定义务人或义务人无履行能力：特困人员';
  return noLivelihood === false
    ? '有生活来源，不属于特困人员'
    : '有具备履行能力的法定赡养、抚养、扶养义务人，不属于特困人员';
}

/**
 * "老年人" of the 特困 categories: aged 60 or more.
 * @see 第5条
 */
export const ELDERLY_AGE = 60;
/**
 * "未满16周岁的未成年人" of the 特困 categories.
 * @see 第5条
 */
export const CHILD_AGE = 16;

/**
 * Whether a member is in one of the 特困 categories: 老年人 (age ≥ 60), 残疾人 (a disability on record) or a
 * minor under 16 — the first condition of the 特困 test, before labor capacity, livelihood and supporters.
 * @see 第5条
 * @example inExtremelyPoorCategory(15, false) // true
 */
export function inExtremelyPoorCategory(age: number, disabled: boolean): boolean {
  return age >= ELDERLY_AGE || age < CHILD_AGE || disabled;
}

/**
 * The 特困 test of one member.
 * @see 第5条
 */
export interface ExtremelyPoorTest {
  extremelyPoor: Tri;
  livelihoodSource: Tri;
  /** Paths whose absence leaves `extremelyPoor` unknown (empty when it is known). */
  missing: readonly string[];
}

function and3(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

const NOT_EXTREMELY_POOR: ExtremelyPoorTest = Object.freeze({
  extremelyPoor: false,
  livelihoodSource: null,
  missing: Object.freeze([]),
});

/**
 * Whether a member has a 生活来源. An assessed `livelihoodSource` wins; otherwise the member has none iff
 * their own monthly income < S (compared exactly, in twelfths: income × 12 < 12 × S) and the household
 * property meets the 低保 conditions (特困人员认定办法 2016/2021 第6条: 收入低于当地低保标准且财产符合规定).
 * @see 第5条
 */
export function hasLivelihoodSource<T, R>(
  A: Arithmetic<T, R>,
  assessed: boolean | undefined,
  ownTwelfths: T | null,
  standardPerMonth: T,
  propertyMeetsDibao: Tri,
): Tri {
  if (assessed !== undefined) return assessed;
  const lowIncome: Tri =
    ownTwelfths === null ? null : A.lt(ownTwelfths, A.times(standardPerMonth, MONTHS_PER_YEAR));
  // no livelihood source = income below S AND property within limits; its negation:
  const none = and3(lowIncome, propertyMeetsDibao);
  return none === null ? null : !none;
}

/**
 * The 特困 test of member `i`: (age ≥ 60, or disabled, or age < 16) and no labor capacity and no livelihood
 * source and `supporters` is `none` or `unable`. `ownTwelfths` = 12 × the member's own monthly income
 * (`null` = unknown). Unknown only when an unknown fact could change it; the missing paths then name exactly
 * those facts (`members[2].supporters`, `members[0].incomes`, `property.vehicles`, …).
 * @see 第5条
 * @see 社会救助暂行办法第14条
 */
export function extremelyPoorTest<T, R>(
  A: Arithmetic<T, R>,
  member: Omit<ParsedMember, 'incomes'>,
  i: number,
  age: number,
  laborCapacity: boolean,
  ownTwelfths: T | null,
  standardPerMonth: T,
  propertyMeetsDibao: Tri,
  propertyMissing: readonly string[],
  version: ExtremelyPoorRulesVersion,
  t: Tracer,
): ExtremelyPoorTest {
  const disabled = member.disability !== undefined;
  const category = inExtremelyPoorCategory(age, disabled);
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
  const assessed = member.livelihoodSource;
  const livelihood = hasLivelihoodSource(A, assessed, ownTwelfths, standardPerMonth, propertyMeetsDibao);
  const noLivelihood: Tri = livelihood === null ? null : !livelihood;
  const supporters = member.supporters;
  const noSupport: Tri = supporters === undefined ? null : supporters !== 'able';
  const result = and3(noLivelihood, noSupport);
  const path = result === null || t.enabled ? `members[${i}]` : '';
  const line = A.times(standardPerMonth, MONTHS_PER_YEAR);
  const missing: string[] = [];
  if (result === null) {
    if (noLivelihood === null) {
      if (ownTwelfths === null) missing.push(`${path}.incomes`);
      if (propertyMeetsDibao === null && (ownTwelfths === null || A.lt(ownTwelfths, line)))
        missing.push(...propertyMissing);
    }
    if (noSupport === null) missing.push(`${path}.supporters`);
  }
  if (t.enabled) {
    const own =
      ownTwelfths === null
        ? null
        : { text: A.shownPer(ownTwelfths, MONTHS_PER_YEAR), below: A.lt(ownTwelfths, line) };
    const standardText = A.shown(standardPerMonth);
    t.step(
      'extremelyPoor.livelihoodSource',
      livelihoodArticle(version),
      {
        member: path,
        assessed: assessed ?? null,
        ownIncomePerMonth: own === null ? null : own.text,
        standardPerMonth: standardText,
        propertyMeetsDibao,
      },
      livelihood,
      livelihoodNote(assessed !== undefined, own, standardText, propertyMeetsDibao, livelihood),
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

/**
 * `EXTREMELY_POOR_IN_HOUSEHOLD` when a 特困 member lives in a household of several people: the household
 * arithmetic is kept unchanged, but national practice (特困人员认定办法) assesses such a person as a
 * household of one, so the caseworker must look again.
 * @see 第5条
 */
export function extremelyPoorInHouseholdWarning(
  members: ReadonlyArray<{ extremelyPoor: Tri }>,
): AssessmentWarning | null {
  if (members.length < 2) return null;
  const extremelyPoorPaths: string[] = [];
  members.forEach((m, i) => {
    if (m.extremelyPoor === true) extremelyPoorPaths.push(`members[${i}]`);
  });
  if (extremelyPoorPaths.length === 0) return null;
  return {
    code: 'EXTREMELY_POOR_IN_HOUSEHOLD',
    article: '第5条',
    message: `特困人员 ${extremelyPoorPaths.join('、')} 与其他成员共同生活（共 ${members.length} 人）：家庭收入与低保金仍按 ${members.length} 人计算；按国家规定特困人员可单独认定，请核实是否应单独核算`,
  };
}
