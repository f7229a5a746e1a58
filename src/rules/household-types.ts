/**
 * Shared result types of the household rules (第5–11条). Types only: no rule logic lives here.
 */

/**
 * A three-valued fact: `null` = unknown (docs/contract.md#principles).
 * @see 第5条
 */
export type Tri = boolean | null;

/**
 * The income class of a household (第5条(2)(3), 第6条).
 * @see 第5条
 */
export type IncomeClass = 'dibao' | 'lowIncome' | 'none';

/**
 * A household class as reported: an income class, or `undetermined` when an unknown fact could change it.
 * @see 第5条
 */
export type HouseholdClass = IncomeClass | 'undetermined';

/**
 * A member's class: 特困 overrides the household class (第5条(1)).
 * @see 第5条
 */
export type MemberClass = 'extremelyPoor' | HouseholdClass;

/**
 * 第10条 special groups.
 * @see 第5条
 */
export type SpecialGroup = 'seriousIllness' | 'severeDisability' | 'age70Plus' | 'minor';

/**
 * Warning codes of the gaps of docs/contract.md#known-gaps-in-the-text.
 * @see 第5条
 */
export type AssessmentWarningCode =
  | 'THRESHOLD_EQUALITY'
  | 'PROPERTY_GAP'
  | 'EXTREMELY_POOR_IN_HOUSEHOLD'
  | 'SPECIAL_GRANT_RATE_NOT_SET';

/**
 * A result that falls into a gap of the text names the article and explains in Chinese.
 * @see 第5条
 */
export interface AssessmentWarning {
  code: AssessmentWarningCode;
  article: string;
  message: string;
}

/**
 * Ordered, de-duplicated JSON paths of the facts a decision still needs.
 * @see 第5条
 */
export class MissingFacts {
  private readonly seen = new Set<string>();

  addAll(paths: Iterable<string>): void {
    for (const p of paths) this.seen.add(p);
  }

  list(): string[] {
    return [...this.seen];
  }
}
