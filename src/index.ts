/**
 * dibao-rules — 吉林省《关于进一步完善城市贫困人口社会救助体系的意见（征求意见稿）》 as exact, traced rules.
 * The public API: everything a caller may import is exported here and nowhere else.
 */

export type { DibaoIssue, DibaoIssueCode } from './core/errors.js';
export { DibaoInputError } from './core/errors.js';
export type { RuleOptions } from './core/options.js';
export type { TraceStep, TraceValue } from './core/trace.js';
export type { TemporaryAssistanceResult, TemporaryAssistanceWarning } from './rules/temporary-assistance.js';
export { temporaryAssistance } from './rules/temporary-assistance.js';
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
