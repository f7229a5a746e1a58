/**
 * A member's class (第5条): 特困 overrides the household's income class.
 */
import type { HouseholdClass, MemberClass, Tri } from './household-types.js';

/**
 * `extremelyPoor` when the member's 特困 test holds, `undetermined` when it cannot be decided, otherwise the
 * household's class.
 * @see 第5条
 * @example memberClass(false, 'dibao') // 'dibao'
 */
export function memberClass(extremelyPoor: Tri, householdClass: HouseholdClass): MemberClass {
  if (extremelyPoor === true) return 'extremelyPoor';
  if (extremelyPoor === null) return 'undetermined';
  return householdClass;
}
