/**
 * A member's class (第5条): 特困 overrides the household's income class.
 */
import type { MemberAssessment, SinglePersonDibao } from './assessment-result.js';
import type { HouseholdClass, MemberClass, SpecialGroup, Tri } from './household-types.js';

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

/** The member's outcomes that {@link memberAssessment} puts into one result. */
export interface MemberOutcomes {
  readonly age: number;
  readonly laborCapacity: boolean | null;
  readonly extremelyPoor: { readonly extremelyPoor: Tri; readonly livelihoodSource: boolean | null };
  readonly specialGroups: SpecialGroup[];
  readonly workingAge: boolean | null;
  readonly employment: {
    readonly dibaoCancelled: boolean | null;
    readonly obligations: Array<'communityService'>;
  };
  readonly incomePerMonth: string | null;
  readonly specialGrantPerMonth: string | null;
  readonly singlePersonDibao: SinglePersonDibao | null;
}

/**
 * One member's result in one key order, under both rule versions: the 特困 test decides the class
 * ({@link memberClass}); `id` and `unionHardshipWorker` (第7条) are kept as given.
 * @see 第5条
 * @see 第7条
 */
export function memberAssessment(
  o: MemberOutcomes,
  householdClass: HouseholdClass,
  member: { readonly id?: string | undefined; readonly unionHardshipWorker?: boolean | undefined },
): MemberAssessment {
  const result: MemberAssessment = {
    age: o.age,
    class: memberClass(o.extremelyPoor.extremelyPoor, householdClass),
    laborCapacity: o.laborCapacity,
    extremelyPoor: o.extremelyPoor.extremelyPoor,
    livelihoodSource: o.extremelyPoor.livelihoodSource,
    specialGroups: o.specialGroups,
    workingAge: o.workingAge,
    dibaoCancelled: o.employment.dibaoCancelled,
    obligations: o.employment.obligations,
    incomePerMonth: o.incomePerMonth,
    specialGrantPerMonth: o.specialGrantPerMonth,
    singlePersonDibao: o.singlePersonDibao,
  };
  if (member.id !== undefined) result.id = member.id;
  if (member.unionHardshipWorker !== undefined) result.unionHardshipWorker = member.unionHardshipWorker;
  return result;
}
