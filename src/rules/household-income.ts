/**
 * 家庭收入: each member's countable monthly income and the household total H, with the 第11条
 * employment-income exemption for 低保 households. All sums are kept exactly in "twelfths" (12 × the
 * monthly amount = perMonth × 12 + perYear), so a yearly entry is divided by 12 only where a monthly figure
 * is shown or compared — never rounded before a decision.
 */
import { formatIsoDate, shiftMonths } from '../core/dates.js';
import { type Dec, MONTHS_PER_YEAR, money2, ZERO } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ParsedHousehold } from '../schema/household.js';
import type { ParsedPolicy } from '../schema/policy.js';
import { moneyText, shown } from './display.js';

/**
 * One member's countable income.
 * @see 第5条
 */
export interface MemberIncome {
  /** 12 × the member's monthly income before any exemption (exact); `null` when `incomes` is absent. */
  twelfths: Dec | null;
  /** The same per month (exact; a repeating quotient when yearly entries do not divide by 12). */
  perMonth: Dec | null;
  /** Least and greatest 第11条 reduction that may apply, in twelfths. */
  exemptionMin: Dec;
  exemptionMax: Dec;
}

/**
 * The household income H as an exact interval (a point when every fact is known).
 * @see 第5条
 */
export interface HouseholdIncome {
  members: MemberIncome[];
  /** 12 × the least possible H. */
  low: Dec;
  /** 12 × the greatest possible H; `null` = unbounded (a member's incomes are unknown). */
  high: Dec | null;
  /** 12 × H when it is known exactly, else `null`. */
  exact: Dec | null;
  /** Paths of the unknown facts that leave H open. */
  missing: string[];
}

const EXEMPTIBLE_KINDS: ReadonlySet<string> = new Set(['employment', 'business']);

/**
 * The first day after the 第11条 exemption window closes backwards: entries whose `since` is later than
 * `assessmentDate − months` (and not after the assessment date) are exempt.
 * @see 第11条
 * @example exemptionWindowStart(parseIsoDate('2026-06-30'), 6) // '2025-12-30' (since must be > this)
 */
export function exemptionWindowStart(assessmentDate: Date, months: number): string {
  return formatIsoDate(shiftMonths(assessmentDate, -months));
}

/**
 * Household countable income H = Σ members' monthly incomes (perMonth + perYear ÷ 12 per entry), minus the
 * 第11条 exemption: when the household already receives 低保 and the policy sets an exemption, each member's
 * `employment`/`business` income whose `since` lies in (assessmentDate − months, assessmentDate] is
 * reduced by up to `perMonth` in total for that member. A member with `incomes` absent leaves H unbounded
 * above; an unknown `receivingDibao` or `since` that could change the reduction leaves H an interval.
 * @see 第5条
 * @see 第11条
 * @see 社会救助暂行办法第9条
 */
export function householdIncome(
  household: ParsedHousehold,
  policy: ParsedPolicy,
  assessmentDate: Date,
  t: Tracer,
): HouseholdIncome {
  const exemption = policy.employmentIncomeExemption;
  const receiving = household.receivingDibao;
  let windowStart = '';
  let cap = ZERO;
  if (exemption !== undefined) {
    windowStart = exemptionWindowStart(assessmentDate, exemption.months);
    cap = exemption.perMonth.mul(MONTHS_PER_YEAR);
    if (t.enabled)
      t.step(
        'policy.employmentIncomeExemption',
        '第11条',
        {
          perMonth: shown(exemption.perMonth),
          months: exemption.months,
          receivingDibao: receiving ?? null,
          windowAfter: windowStart,
          windowUntil: household.assessmentDate,
        },
        receiving === true ? '适用' : receiving === false ? '不适用' : '未知',
        '就业收入豁免只适用于已享受低保的家庭；起始日晚于评估日前推月数且不晚于评估日的就业、经营收入可豁免',
      );
  }
  const members: MemberIncome[] = [];
  const missing: string[] = [];
  let low = ZERO;
  let high: Dec | null = ZERO;
  household.members.forEach((m, i) => {
    const path = `members[${i}]`;
    if (m.incomes === undefined) {
      members.push({ twelfths: null, perMonth: null, exemptionMin: ZERO, exemptionMax: ZERO });
      missing.push(`${path}.incomes`);
      high = null;
      if (t.enabled)
        t.step(
          'householdIncome.member',
          '第5条',
          { member: path, incomes: null },
          null,
          '成员收入未提供，家庭收入未知',
        );
      return;
    }
    let monthSum: Dec | null = null; // Σ perMonth
    let yearSum: Dec | null = null; // Σ perYear
    let sure = ZERO; // exemptible income whose since is known to lie in the window (twelfths)
    let maybe = ZERO; // exemptible income whose since is unknown (twelfths)
    const maybePaths: string[] = [];
    const shownEntries: string[] = [];
    const exemptible = exemption !== undefined && receiving !== false;
    m.incomes.forEach((e, j) => {
      if (e.perMonth !== undefined) monthSum = monthSum === null ? e.perMonth : monthSum.add(e.perMonth);
      else yearSum = yearSum === null ? (e.perYear as Dec) : yearSum.add(e.perYear as Dec);
      if (t.enabled)
        shownEntries.push(
          e.perMonth !== undefined
            ? `${e.kind} ${shown(e.perMonth)}元/月`
            : `${e.kind} ${shown(e.perYear as Dec)}元/年 ÷ 12 = ${shown((e.perYear as Dec).div(MONTHS_PER_YEAR))}元/月`,
        );
      if (exemptible && EXEMPTIBLE_KINDS.has(e.kind)) {
        const amount12 = e.perMonth !== undefined ? e.perMonth.mul(MONTHS_PER_YEAR) : (e.perYear as Dec);
        if (e.since === undefined) {
          maybe = maybe.add(amount12);
          maybePaths.push(`${path}.incomes[${j}].since`);
        } else if (e.since > windowStart && e.since <= household.assessmentDate) {
          sure = sure.add(amount12);
        }
      }
    });
    const months = monthSum as Dec | null;
    const years = yearSum as Dec | null;
    const twelfths =
      months === null
        ? (years ?? ZERO)
        : years === null
          ? months.mul(MONTHS_PER_YEAR)
          : months.mul(MONTHS_PER_YEAR).add(years);
    const perMonth = years === null ? (months ?? ZERO) : twelfths.div(MONTHS_PER_YEAR);
    if (t.enabled)
      t.step(
        'householdIncome.member',
        '第5条',
        { member: path, entries: shownEntries },
        shown(perMonth),
        '成员月收入 = Σ月收入 + Σ年收入 ÷ 12（精确计算，不先取整）',
      );
    let exemptionMin = ZERO;
    let exemptionMax = ZERO;
    if (exemptible) {
      const sureCut = sure.lt(cap) ? sure : cap;
      const maxBase = sure.add(maybe);
      exemptionMax = maxBase.lt(cap) ? maxBase : cap;
      exemptionMin = receiving === true ? sureCut : ZERO;
      if (exemptionMax.gt(exemptionMin)) {
        if (receiving === undefined) missing.push('receivingDibao');
        if (!exemptionMax.eq(sureCut)) missing.push(...maybePaths);
      }
      if (t.enabled && exemptionMax.gt(0))
        t.step(
          'householdIncome.exemption',
          '第11条',
          {
            member: path,
            exemptIncomePerMonth: shown(sure.div(MONTHS_PER_YEAR)),
            unknownSincePerMonth: shown(maybe.div(MONTHS_PER_YEAR)),
            capPerMonth: shown(exemption.perMonth),
          },
          exemptionMin.eq(exemptionMax) ? shown(exemptionMin.div(MONTHS_PER_YEAR)) : null,
          exemptionMin.eq(exemptionMax)
            ? '豁免期内的就业、经营收入在上限内不计入家庭收入'
            : '是否享受低保或收入起始日未知，豁免额无法确定',
        );
    }
    members.push({ twelfths, perMonth, exemptionMin, exemptionMax });
    low = low.add(exemptionMax === ZERO ? twelfths : twelfths.sub(exemptionMax));
    if (high !== null) high = high.add(exemptionMin === ZERO ? twelfths : twelfths.sub(exemptionMin));
  });
  const exact = high !== null && (high as Dec).eq(low) ? low : null;
  if (t.enabled)
    t.step(
      'householdIncome.total',
      '第5条',
      { members: household.members.length },
      exact !== null ? shown(exact.div(MONTHS_PER_YEAR)) : null,
      exact !== null
        ? '家庭月收入 H = 各成员月收入之和（已扣除就业收入豁免）'
        : `家庭月收入未知：至少 ${shown(low.div(MONTHS_PER_YEAR))} 元/月`,
    );
  return { members, low, high, exact, missing };
}

/**
 * Per-capita monthly income for display: twelfths ÷ (12 × n), rounded half-up to 0.01; `null` if unknown.
 * Decisions never use this rounded figure.
 * @see 第5条
 */
export function perCapitaIncomePerMonth(twelfths: Dec | null, members: number): string | null {
  if (twelfths === null) return null;
  return twelfths.isZero() ? '0.00' : money2(twelfths.div(MONTHS_PER_YEAR.mul(members)));
}

/**
 * A member's own monthly income for display, half-up to 0.01; `null` if unknown.
 * @see 第5条
 */
export function memberIncomePerMonth(income: MemberIncome | undefined): string | null {
  return income === undefined || income.perMonth === null ? null : moneyText(income.perMonth);
}
