/**
 * dibao-rules — 吉林省《关于进一步完善城市贫困人口社会救助体系的意见（征求意见稿）》 as exact, traced rules.
 * The public API: everything a caller may import is exported here and nowhere else.
 */

export type { DibaoIssue, DibaoIssueCode } from './core/errors.js';
export { DibaoInputError } from './core/errors.js';
export type { RuleOptions } from './core/options.js';
export type { TraceStep, TraceValue } from './core/trace.js';
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
export type { DibaoStandardsInput } from './schema/dibao-standards.js';
export {
  dibaoStandardsInputSchema,
  proposedStandardsSchema,
  provincialGuidanceSchema,
} from './schema/dibao-standards.js';
export type {
  AdlAssessment,
  AdlItem,
  SelfCareAbility,
  SpecialSupportInput,
} from './schema/special-support.js';
export {
  ADL_ITEMS,
  adlSchema,
  careRatesSchema,
  selfCareAbilitySchema,
  specialSupportInputSchema,
} from './schema/special-support.js';
export type {
  HardshipEvent,
  TemporaryAssistanceCase,
  TemporaryAssistancePolicy,
  TemporaryAssistanceRules,
} from './schema/temporary-assistance.js';
export {
  hardshipEventSchema,
  temporaryAssistanceCaseSchema,
  temporaryAssistanceRulesSchema,
} from './schema/temporary-assistance.js';
