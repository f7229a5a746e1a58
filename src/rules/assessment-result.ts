/**
 * The shape of a household assessment (docs/contract.md#assesshousehold), shared by the decimal rules and the integer 分 fast
 * path so that both return one type, field for field and in the same key order.
 * @see 第5条
 */
import type { TraceStep } from '../core/trace.js';
import type { RulesVersion } from '../schema/policy.js';
import type { ClassBasis } from './classification.js';
import type { DibaoBenefit } from './dibao-benefit.js';
import type { AssessmentWarning, HouseholdClass, MemberClass, SpecialGroup } from './household-types.js';

export type { RulesVersion } from '../schema/policy.js';

/**
 * What the national rules deducted from the counted members' income, 元/月 (before the floor at 0).
 * @see 最低生活保障审核确认办法(2021)第13条
 */
export interface IncomeDeductions {
  /** 必要的就业成本 taken from the counted members' wage income. */
  employmentCost: string;
  /** 刚性支出 (the household's out-of-pocket medical costs ÷ 12, capped by the policy). */
  rigidExpenditure: string;
}

/**
 * A member's own 低保 as a 单人户 (national rules only).
 * @see 最低生活保障审核确认办法(2021)第8条
 */
export interface SinglePersonDibao {
  /** Own income after employment cost < S and the household's 低保 property conditions hold; `null` = unknown. */
  eligible: boolean | null;
  benefit: { basePerMonth: string; specialGrantPerMonth: string; totalPerMonth: string } | null;
}

/**
 * 刚性支出困难家庭 (national rules, assessment dates from 2025-01-01).
 * @see 刚性支出困难家庭认定办法(2025)第4条
 */
export interface RigidExpenditureHardship {
  eligible: boolean | null;
}

/** One member's result. */
export interface MemberAssessment {
  id?: string;
  /** Whole years (周岁) on the assessment date. */
  age: number;
  class: MemberClass;
  /** Labor capacity (assessed, or derived under the 特困人员认定办法 in force). */
  laborCapacity: boolean | null;
  /** The 特困 test (第5条(1)); `null` = unknown. */
  extremelyPoor: boolean | null;
  /** 生活来源 when the 特困 test needed it, else `null`. */
  livelihoodSource: boolean | null;
  specialGroups: SpecialGroup[];
  /** Of working age with labor capacity (第11条); `null` when the unknown sex decides it. */
  workingAge: boolean | null;
  /** 第11条: ≥ 3 refused referrals within the 6 months up to the assessment date (urban 低保). */
  dibaoCancelled: boolean | null;
  obligations: Array<'communityService'>;
  /** The member's own countable monthly income before any exemption, 2 dp; `null` if unknown. */
  incomePerMonth: string | null;
  /** The member's 第10条 grant when the household is 低保, else `null`. */
  specialGrantPerMonth: string | null;
  /** National rules: the member's 单人户 低保 (审核确认办法(2021)第8条); `null` for everyone else. */
  singlePersonDibao: SinglePersonDibao | null;
  /** 第7条: 工会管理的企业困难职工, kept as given. */
  unionHardshipWorker?: boolean;
}

/** The result of {@link assessHousehold} (docs/contract.md#assesshousehold). */
export interface HouseholdAssessment {
  id?: string;
  class: HouseholdClass;
  basis: ClassBasis | null;
  /** The standard applied, 元/人·月. */
  standardPerMonth: string;
  area: 'urban' | 'rural';
  /** 特困人员认定办法 version in force on the assessment date. */
  extremelyPoorRules: '2016' | '2021';
  /** The rule version of `policy.rulesVersion` (default `draft2018`). */
  rulesVersion: RulesVersion;
  /** The members the household tests count (n under draft2018; without the 特困 under national2021); `null` = open. */
  countedMembers: number | null;
  perCapitaIncomePerMonth: string | null;
  /** National rules: the deductions of N1 over the counted members; `null` under draft2018 or when open. */
  deductionsPerMonth: IncomeDeductions | null;
  illnessExpenditure: { perCapitaIncomePerMonth: string | null; class: HouseholdClass } | null;
  members: MemberAssessment[];
  benefit: DibaoBenefit | null;
  /** National rules from 2025-01-01, when the policy sets its conditions; else `null`. */
  rigidExpenditureHardship: RigidExpenditureHardship | null;
  missing: string[];
  warnings: AssessmentWarning[];
  trace: TraceStep[];
}
