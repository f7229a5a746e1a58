/**
 * The shape of a household assessment (docs/contract.md#assesshousehold), shared by the decimal rules and the integer 分 fast
 * path so that both return one type, field for field and in the same key order.
 * @see 第5条
 */
import type { TraceStep } from '../core/trace.js';
import type { ClassBasis } from './classification.js';
import type { DibaoBenefit } from './dibao-benefit.js';
import type { AssessmentWarning, HouseholdClass, MemberClass, SpecialGroup } from './household-types.js';

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
  perCapitaIncomePerMonth: string | null;
  illnessExpenditure: { perCapitaIncomePerMonth: string | null; class: HouseholdClass } | null;
  members: MemberAssessment[];
  benefit: DibaoBenefit | null;
  missing: string[];
  warnings: AssessmentWarning[];
  trace: TraceStep[];
}
