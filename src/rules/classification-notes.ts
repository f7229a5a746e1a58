/**
 * The words of the 第5条/第6条 household classification — trace notes and warnings — written once, for the one
 * classification (`classification.ts`) in either arithmetic. Each takes its figures already shown.
 */
import type { AssessmentWarning, HouseholdClass, Tri } from './household-types.js';

/**
 * The name of a household class as caseworkers read it.
 * @see 第5条
 */
const CLASS_NAME: Readonly<Record<HouseholdClass, string>> = {
  dibao: '低保',
  lowIncome: '低收入',
  none: '不属于低保或低收入',
  undetermined: '待定',
};

/** The comparison of two figures as a note shows it. */
export type Relation = '<' | '=' | '>';

/**
 * The note of the 第5条 income test: H against n·S and 2n·S, or the lowest possible H when H is open.
 * @see 第5条
 */
export function incomeTestNote(
  cls: HouseholdClass,
  figures: { h: string; toNS: Relation; nS: string; to2NS: Relation; nS2: string } | { openFrom: string },
  inclusive: boolean,
): string {
  if ('openFrom' in figures)
    return `家庭收入未知（至少 ${figures.openFrom} 元/月），收入检验结果：${CLASS_NAME[cls]}`;
  return `H = ${figures.h} ${figures.toNS} n·S = ${figures.nS}，H ${figures.to2NS} 2n·S = ${figures.nS2}（${inclusive ? '含等于' : '“低于/高于”不含等于'}）→ ${CLASS_NAME[cls]}`;
}

/**
 * The note of the 第6条 illness-expenditure test: A = 12H − medical costs against 12n·S and 24n·S.
 * @see 第6条
 */
export function illnessTestNote(
  cls: HouseholdClass,
  exact: { a: string; toY: Relation; y: string; to2Y: Relation; y2: string } | null,
): string {
  if (exact === null) return `家庭收入未知，因病支出型检验结果：${CLASS_NAME[cls]}`;
  return `A = 12H − 医疗费 = ${exact.a} ${exact.toY} 12n·S = ${exact.y}，${exact.to2Y} 24n·S = ${exact.y2}；须符合低保财产条件 → ${CLASS_NAME[cls]}`;
}

/**
 * The note of the household's class: the better of the two tests when medical costs are given.
 * @see 第5条
 * @see 第6条
 */
export function householdClassNote(cls: HouseholdClass, withMedicalCosts: boolean): string {
  if (cls === 'undetermined') return '所缺事实可能改变认定结果，家庭类别待定';
  return withMedicalCosts
    ? `取收入检验与因病支出型检验中较优者（低保 > 低收入 > 不属于；相同时以收入检验为依据）：${CLASS_NAME[cls]}`
    : `家庭类别：${CLASS_NAME[cls]}`;
}

/**
 * THRESHOLD_EQUALITY of the income test: H exactly n·S (or 2n·S), which the literal “低于/高于” leaves out.
 * @see 第5条
 */
export function incomeEqualityWarning(
  h: string,
  twice: boolean,
  members: number,
  standard: string,
): AssessmentWarning {
  const which = `${twice ? '2 × ' : ''}${members}人 × 低保标准 ${standard}`;
  return {
    code: 'THRESHOLD_EQUALITY',
    article: '第5条',
    message: `家庭月收入 ${h} 元恰好等于 ${which} = ${h} 元；原文“低于（，以下同）”的限定词缺失，按字面“低于/高于”都不含本数，不作认定；政策选项 thresholdInclusive 可将等于归入较低一档`,
  };
}

/**
 * THRESHOLD_EQUALITY of the illness-expenditure test: A exactly 12n·S (or 24n·S).
 * @see 第6条
 */
export function illnessEqualityWarning(a: string, twice: boolean): AssessmentWarning {
  return {
    code: 'THRESHOLD_EQUALITY',
    article: '第6条',
    message: `扣减自负医疗费用后的家庭年收入 ${a} 元恰好等于${twice ? '2倍' : ''}年低保标准线 ${a} 元；按字面“低于”不含本数；政策选项 thresholdInclusive 可将等于归入较低一档`,
  };
}

/**
 * PROPERTY_GAP: income below S but property failing only the 低保 test is literally neither class.
 * @see 第5条
 */
export function propertyGapWarning(standard: string, propertyMeetsLowIncome: Tri): AssessmentWarning {
  return {
    code: 'PROPERTY_GAP',
    article: '第5条',
    message: `家庭人均月收入低于低保标准 ${standard} 元，但家庭财产不符合低保条件${propertyMeetsLowIncome === true ? '、符合低收入条件' : '（低收入财产条件未知）'}；按字面低收入对象须收入“高于”低保标准，故不认定为低收入；政策选项 lowIncomeAdmitsBelowStandard 可认定为低收入`,
  };
}
