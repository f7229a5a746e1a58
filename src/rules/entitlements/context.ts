/**
 * Shared types and helpers of the entitlement measures (第10–21条). No measure logic lives here.
 */
import type { Dec } from '../../core/money.js';
import type { Tracer, TraceValue } from '../../core/trace.js';
import type { Household, ParsedHousehold, ParsedMember } from '../../schema/household.js';
import type { ParsedPolicy, Policy } from '../../schema/policy.js';
import type { HouseholdClass, MemberClass, SpecialGroup, Tri } from '../household-types.js';

/** The measures `entitlements` can list. */
export type EntitlementMeasureName =
  | 'specialGrant'
  | 'communityService'
  | 'dibaoCancellation'
  | 'extremelyPoorSupport'
  | 'temporaryAssistance'
  | 'medicalAssistance'
  | 'insuranceContributionSubsidy'
  | 'educationAid'
  | 'housingAssistance'
  | 'employmentAssistance'
  | 'zeroEmploymentHousehold'
  | 'socialInsuranceTransfer'
  | 'pensionClaim';

/** One measure owed to the household or some of its members. */
export interface EntitlementMeasure {
  measure: EntitlementMeasureName;
  article: string;
  /** applies 适用 / undetermined 缺少事实无法判断 / notApplicable 已审查但不适用（仅对调用方明确询问的临时救助）. */
  status: 'applies' | 'undetermined' | 'notApplicable';
  /** JSON paths of the members concerned (`members[1]`); empty for a measure of the whole household. */
  memberPaths: string[];
  /** The ids of those members that have one. */
  memberIds: string[];
  /** The facts that triggered the measure, with their values. */
  facts: Record<string, TraceValue>;
  /** Monthly amount, where the 意见 or the policy gives one (元/月). */
  amountPerMonth?: string;
  /** Yearly amount (元/年), e.g. the insurance contribution subsidy. */
  amountPerYear?: string;
  /** One-off amount (元/次), e.g. temporary assistance. */
  amountPerEvent?: string;
  /** Measure-specific details (forms of aid, approving level). */
  details: Record<string, TraceValue>;
  /** JSON paths still needed: for `undetermined`, to decide; for `applies`, to complete the amount or form. */
  missing: string[];
  /** 中文说明. */
  note: string;
}

/** A warning on an entitlements result. */
export interface EntitlementWarning {
  code: string;
  article: string;
  message: string;
}

/** The member part of the docs/contract.md#assesshousehold assessment that the measures read. */
export interface AssessedMemberView {
  id?: string;
  age: number;
  class: MemberClass;
  laborCapacity: boolean | null;
  specialGroups: ReadonlyArray<SpecialGroup>;
  /** `null` when the unknown sex decides it. */
  workingAge: boolean | null;
  dibaoCancelled: boolean | null;
  obligations: ReadonlyArray<string>;
  /** The member's 第10条 grant (元/月) when the household is 低保, else `null`. */
  specialGrantPerMonth: string | null;
}

/** The part of the docs/contract.md#assesshousehold assessment that the measures read. */
export interface AssessmentView {
  id?: string;
  class: HouseholdClass;
  standardPerMonth: string;
  members: ReadonlyArray<AssessedMemberView>;
  missing: ReadonlyArray<string>;
}

/** One member with its facts, its assessment and whether it is poor. */
export interface MemberCtx {
  index: number;
  path: string;
  id: string | undefined;
  fact: ParsedMember;
  assessed: AssessedMemberView;
  /** 城市贫困人口 (特困、低保或低收入): `null` when the class is undetermined. */
  poor: Tri;
}

/** Everything a measure reads, and where it writes. */
export interface Ctx {
  household: ParsedHousehold;
  householdInput: Household;
  policy: ParsedPolicy;
  policyInput: Policy;
  assessment: AssessmentView;
  standard: Dec;
  members: MemberCtx[];
  /** Some member poor → true; every member known not poor → false; else null. */
  householdPoor: Tri;
  t: Tracer;
  out: EntitlementMeasure[];
  warnings: EntitlementWarning[];
}

/** Builds a measure entry and writes its trace step. */
export function addMeasure(
  ctx: Ctx,
  m: {
    measure: EntitlementMeasureName;
    article: string;
    status: EntitlementMeasure['status'];
    members: ReadonlyArray<MemberCtx>;
    facts: Record<string, TraceValue>;
    amountPerMonth?: string;
    amountPerYear?: string;
    amountPerEvent?: string;
    details?: Record<string, TraceValue>;
    missing?: ReadonlyArray<string>;
    note: string;
  },
): void {
  const entry: EntitlementMeasure = {
    measure: m.measure,
    article: m.article,
    status: m.status,
    memberPaths: m.members.map((x) => x.path),
    memberIds: m.members.flatMap((x) => (x.id === undefined ? [] : [x.id])),
    facts: m.facts,
    ...(m.amountPerMonth !== undefined ? { amountPerMonth: m.amountPerMonth } : {}),
    ...(m.amountPerYear !== undefined ? { amountPerYear: m.amountPerYear } : {}),
    ...(m.amountPerEvent !== undefined ? { amountPerEvent: m.amountPerEvent } : {}),
    details: m.details ?? {},
    missing: [...new Set(m.missing ?? [])],
    note: m.note,
  };
  ctx.out.push(entry);
  if (ctx.t.enabled) {
    ctx.t.step(
      `entitlements.${m.measure}`,
      m.article,
      { members: entry.memberPaths, ...m.facts, ...entry.details },
      entry.amountPerMonth ?? entry.amountPerYear ?? entry.amountPerEvent ?? entry.status,
      m.note,
    );
  }
}

/**
 * The assessment's missing paths that bear on member `index` (or on the household, for `null`): all of them
 * when the household class is undetermined, else the member's own and the household-level ones.
 */
export function missingFor(ctx: Ctx, index: number | null): string[] {
  if (index === null || ctx.assessment.class === 'undetermined') return [...ctx.assessment.missing];
  return ctx.assessment.missing.filter(
    (p) => !p.startsWith('members[') || p === `members[${index}]` || p.startsWith(`members[${index}].`),
  );
}
