/**
 * 单人户 (national rules, N6): a severely disabled or seriously ill member of a 最低生活保障边缘家庭 may apply for 低保
 * alone (审核确认办法(2021)第8条(一)(二), 民发〔2022〕83号一(四)), and so may an adult without work with a severe
 * disability (民发〔2022〕83号一(一): 成年无业重度残疾人可以参照“单人户”提出低保申请). The household's own class is
 * unchanged; the member's own 低保 is the 差额 of their own income and the 第10条 grant.
 */
import type { Tracer } from '../core/trace.js';
import type { ParsedMember } from '../schema/household.js';
import type { Arithmetic } from './arithmetic.js';
import type { SinglePersonDibao } from './assessment-result.js';
import type { BenefitRounding } from './dibao-benefit.js';
import { MONTHS_PER_YEAR } from './household-income.js';
import type { AssessmentWarning, Tri } from './household-types.js';
import { ADULT_AGE, SEVERE_DISABILITY_MAX_GRADE } from './special-grants.js';

/** The article of the 单人户. */
export const SINGLE_PERSON_ARTICLE = '最低生活保障审核确认办法(2021)第8条';

/**
 * Whether a member may apply as a 单人户: (a) in a 最低生活保障边缘家庭, disability grade 1–2, intellectual or
 * mental grade 3, or `seriousIllness`; or (b) aged ≥ 18, `employed: false` and disability grade 1–2. `null` when
 * only an unknown `employed` could put the member in (b).
 * @see 最低生活保障审核确认办法(2021)第8条
 * @see 民发〔2022〕83号一(一)
 * @example singlePersonGroup({ birthDate: '1985-01-01', disability: { category: 'physical', grade: 1 } }, 40, 'none') // null (employed unknown)
 */
export function singlePersonGroup(
  member: ParsedMember,
  age: number,
  householdClass: 'lowIncome' | 'none',
): Tri {
  const d = member.disability;
  const severe = d !== undefined && d.grade <= SEVERE_DISABILITY_MAX_GRADE;
  const mindGrade3 =
    d !== undefined && d.grade === 3 && (d.category === 'intellectual' || d.category === 'mental');
  if (householdClass === 'lowIncome' && (severe || mindGrade3 || member.seriousIllness === true)) return true;
  if (!severe || age < ADULT_AGE) return false;
  return member.employed === undefined ? null : !member.employed;
}

/**
 * A group member's own 低保: eligible iff the member's own monthly income after the employment cost < S and the
 * household's 低保 property conditions hold (`null` when unknown); when eligible, the 差额 S − own income and the
 * member's 第10条 grant (S × rate), each rounded once as `benefitRounding` says. `inGroup` `null` (unknown
 * `employed`) leaves the answer open.
 * @see 最低生活保障审核确认办法(2021)第8条
 * @see 第10条
 */
export function singlePersonDibao<T, R>(
  A: Arithmetic<T, R>,
  inGroup: Tri,
  ownTwelfths: T | null,
  standardPerMonth: T,
  propertyMeetsDibao: Tri,
  grantPerMonth: T,
  rounding: BenefitRounding | undefined,
  t: Tracer,
  path: string,
): SinglePersonDibao | null {
  if (inGroup === false) return null;
  const line = A.times(standardPerMonth, MONTHS_PER_YEAR);
  const below: Tri = ownTwelfths === null ? null : A.lt(ownTwelfths, line);
  const meets: Tri =
    below === false || propertyMeetsDibao === false
      ? false
      : below === null || propertyMeetsDibao === null
        ? null
        : true;
  const eligible: Tri = inGroup === null ? null : meets;
  let benefit: SinglePersonDibao['benefit'] = null;
  if (eligible === true && ownTwelfths !== null) {
    const base = A.roundMoneyPer(A.sub(line, ownTwelfths), MONTHS_PER_YEAR, rounding);
    const grant = A.roundMoneyPer(grantPerMonth, 1, rounding);
    benefit = {
      basePerMonth: A.money(base),
      specialGrantPerMonth: A.money(grant),
      totalPerMonth: A.money(A.add(base, grant)),
    };
  }
  if (t.enabled)
    t.step(
      'singlePersonDibao.member',
      SINGLE_PERSON_ARTICLE,
      {
        member: path,
        inGroup,
        ownIncomePerMonth: ownTwelfths === null ? null : A.shownPer(ownTwelfths, MONTHS_PER_YEAR),
        standardPerMonth: A.shown(standardPerMonth),
        propertyMeetsDibao,
      },
      eligible,
      eligible === true
        ? `本人收入低于低保标准且财产符合条件，可按单人户纳入低保：差额 ${benefit?.basePerMonth} 元 + 增发 ${benefit?.specialGrantPerMonth} 元`
        : eligible === false
          ? '本人收入不低于低保标准或财产不符合条件，不能按单人户纳入低保'
          : '所需事实缺失，能否按单人户纳入低保待定',
    );
  return { eligible, benefit };
}

/**
 * `SINGLE_PERSON_DIBAO` at a member who may apply as a 单人户, with the outcome.
 * @see 最低生活保障审核确认办法(2021)第8条
 */
export function singlePersonWarning(path: string, result: SinglePersonDibao): AssessmentWarning {
  const outcome =
    result.eligible === true
      ? `符合条件，单独纳入低保每月 ${result.benefit?.totalPerMonth} 元`
      : result.eligible === false
        ? '本人收入不低于低保标准或财产不符合条件，不符合单人户条件'
        : '是否符合条件待定（事实缺失）';
  return {
    code: 'SINGLE_PERSON_DIBAO',
    article: SINGLE_PERSON_ARTICLE,
    message: `成员 ${path} 属重度残疾人、重病患者或成年无业重度残疾人，可单独（参照“单人户”）申请低保；家庭类别不变：${outcome}`,
  };
}
