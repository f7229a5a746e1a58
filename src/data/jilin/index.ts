/**
 * dibao-rules/jilin — the Jilin data pack: published, effective-dated values with their sources, and the
 * functions that feed them to the rules (第4条 `dibaoStandardsFor`, 第12条 `specialSupportFor`, and
 * `policyFor` for `assessHousehold`). Values not found are absent: asking for one throws `DibaoDataError`.
 */

export type { DibaoDataErrorCode, DibaoDataErrorDetails } from './data-error.js';
export { DibaoDataError } from './data-error.js';
export type {
  DibaoStandardsForOptions,
  DibaoStandardsForResult,
  DibaoStandardsSupplied,
  InputOrigin,
} from './dibao-standards-for.js';
export { dibaoStandardsFor } from './dibao-standards-for.js';
export type { GuidanceTier, GuidanceYear, ProvincialGuidance, StandardArea } from './guidance.js';
export { GUIDANCE_YEARS, provincialGuidanceFor } from './guidance.js';
export type {
  ApprovedStandard,
  LocalStandardForYear,
  LocalStandardInForce,
  UntilBasis,
} from './local-standards.js';
export { APPROVED_STANDARDS, localStandardForYear, localStandardOn } from './local-standards.js';
export type {
  MinimumWageForYear,
  MinimumWageInForce,
  MinimumWagePeriod,
  MinimumWageTier,
  MinimumWageYearOptions,
  TierAssignment,
  TierBasis,
} from './minimum-wage.js';
export {
  MINIMUM_WAGE_DRAFT_2024,
  MINIMUM_WAGE_PERIODS,
  minimumWageForYear,
  minimumWageOn,
} from './minimum-wage.js';
export type { PolicyOverrides } from './policy-for.js';
export { policyFor } from './policy-for.js';
export type { RegionQueryResult } from './region-query.js';
export { lookupRegion } from './region-query.js';
export type { JilinRegion, RegionKind, ResolvedRegion } from './regions.js';
export { CHANGBAISHAN_CODE, findRegion, JILIN_PREFECTURES, JILIN_REGIONS } from './regions.js';
export type { Source } from './source.js';
export type { SpecialSupportForOptions, SpecialSupportForResult } from './special-support-for.js';
export { specialSupportFor } from './special-support-for.js';
export type { DisposableIncome, IncomeFigure, PovertyLine } from './statistics.js';
export { DISPOSABLE_INCOMES, disposableIncomeFor, POVERTY_LINES, povertyLineFor } from './statistics.js';
export type { MonthlyConversion, PublishedUnit } from './unit-conversion.js';
export type { YearSegment, YearValueRule } from './year-value.js';
export { YEAR_VALUE_RULES } from './year-value.js';
