/**
 * dibao-rules — 吉林省《关于进一步完善城市贫困人口社会救助体系的意见（征求意见稿）》 as exact, traced rules.
 * The public API of the root entry: the rule functions of the contract (docs/contract.md), their input and
 * result types, and the errors. Two subpaths carry the rest: `dibao-rules/jilin` (the Jilin data pack,
 * src/data/jilin/index.ts) and `dibao-rules/schemas` (the zod schemas and the JSON Schema export,
 * src/schemas.ts). The root's types never name zod, so they compile in any TypeScript project.
 */

export type { HouseholdAssessment, MemberAssessment, PreparedHouseholdPolicy } from './assess.js';
export {
  assessHousehold,
  assessHouseholds,
  assessPreparedHousehold,
  prepareHouseholdPolicy,
} from './assess.js';
export type { DibaoIssue, DibaoIssueCode } from './core/errors.js';
export { DibaoInputError } from './core/errors.js';
export type { RuleOptions } from './core/options.js';
export type { TraceStep, TraceValue } from './core/trace.js';
// The 核算说明 (explanation) and the Chinese labels of every code.
export type { ArticleText } from './explain/article-texts.js';
export { ARTICLE_TEXTS } from './explain/article-texts.js';
export type { ExplainOptions, Explanation } from './explain/explain-assessment.js';
export { explainAssessment } from './explain/explain-assessment.js';
export { explainStandards, explainSupport } from './explain/explain-standards.js';
export type { CodeKind, LabelKind } from './labels/index.js';
export { LABELS_ZH, labelZh } from './labels/index.js';
export type {
  IncomeDeductions,
  RigidExpenditureHardship,
  SinglePersonDibao,
} from './rules/assessment-result.js';
export type { ClassBasis } from './rules/classification.js';
export type { DibaoBenefit } from './rules/dibao-benefit.js';
export type {
  DibaoStandardsResult,
  DibaoStandardViolation,
  DibaoStandardViolationCode,
  ProposedStandardCheck,
  RuralMinimumBound,
  RuralStandards,
  UrbanMinimumBound,
  UrbanStandards,
} from './rules/dibao-standard.js';
export { dibaoStandards } from './rules/dibao-standard.js';
export type {
  AssessedMemberView,
  AssessmentView,
  EntitlementMeasure,
  EntitlementMeasureName,
  EntitlementsResult,
  EntitlementWarning,
} from './rules/entitlements.js';
export { entitlements } from './rules/entitlements.js';
export type {
  AssessmentWarning,
  AssessmentWarningCode,
  HouseholdClass,
  IncomeClass,
  MemberClass,
  SpecialGroup,
} from './rules/household-types.js';
export type { ResidencyReason, ResidencyResult } from './rules/residency.js';
export { residencyStandardArea } from './rules/residency.js';
export type { SelfCareAssessment } from './rules/self-care.js';
export { selfCareAbilityFromAdl, selfCareLevelForFailedItems } from './rules/self-care.js';
export type {
  SpecialSupportResult,
  SpecialSupportViolation,
  SpecialSupportViolationCode,
} from './rules/special-support.js';
export {
  MINIMUM_BASIC_LIVING_MULTIPLIER,
  MINIMUM_CARE_RATES,
  specialSupport,
} from './rules/special-support.js';
export type { TemporaryAssistanceResult, TemporaryAssistanceWarning } from './rules/temporary-assistance.js';
export { temporaryAssistance } from './rules/temporary-assistance.js';
export type { RuleViolation } from './rules/violation.js';
export type { AssessRequest } from './schema/assess-request.js';
export type { DibaoStandardsInput } from './schema/dibao-standards.js';
export type { EntitlementsPolicy, HousingFacts, SchoolingStage } from './schema/entitlement-facts.js';
export { HOUSING_TENURES, SCHOOLING_STAGES } from './schema/entitlement-facts.js';
export type { Household, IncomeEntry, Member } from './schema/household.js';
export type { Policy, RulesVersion } from './schema/policy.js';
export type { ResidencyFacts } from './schema/residency.js';
export type {
  AdlAssessment,
  AdlItem,
  SelfCareAbility,
  SpecialSupportInput,
} from './schema/special-support.js';
export { ADL_ITEMS } from './schema/special-support.js';
export type {
  HardshipEvent,
  TemporaryAssistanceCase,
  TemporaryAssistanceRules,
} from './schema/temporary-assistance.js';
export { renderSimulationHtml } from './simulate/html.js';
export type {
  HouseholdChange,
  ScenarioSummary,
  SimulationError,
  SimulationResult,
} from './simulate/simulate.js';
export { rulesVersionPolicies, simulate } from './simulate/simulate.js';
