/**
 * 家庭收入: each member's countable monthly income and the household total H, with the 第11条
 * employment-income exemption for 低保 households. All sums are kept exactly in "twelfths" (12 × the
 * monthly amount = perMonth × 12 + perYear), so a yearly entry is divided by 12 only where a monthly figure
 * is shown or compared — never rounded before a decision. Written once for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import { shiftedDayText } from './fast-dates.js';
import type { HouseholdFacts, PolicyFigures } from './household-facts.js';

/**
 * Months in a year: a yearly entry counts one twelfth a month.
 * @see 第5条
 */
export const MONTHS_PER_YEAR = 12;

/**
 * The household income H as an exact interval (a point when every fact is known), in twelfths.
 * @see 第5条
 */
export interface HouseholdIncome<T> {
  /** 12 × each member's monthly income before any exemption; `null` when the member's incomes are absent. */
  members: Array<T | null>;
  /** 12 × the least possible H. */
  low: T;
  /** 12 × the greatest possible H; `null` = unbounded (a member's incomes are unknown). */
  high: T | null;
  /** 12 × H when it is known exactly, else `null`. */
  exact: T | null;
  /** Paths of the unknown facts that leave H open. */
  missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The first day after the 第11条 exemption window closes backwards (`YYYYMMDD` day): entries whose `since` is
 * later than `assessmentDate − months` (and not after the assessment date) are exempt.
 * @see 第11条
 * @example exemptionWindowStart(20260630, 6) // '2025-12-30' (since must be > this)
 */
export function exemptionWindowStart(day: number, months: number): string {
  return shiftedDayText(day, -months);
}

const isExemptible = (kind: string) => kind === 'employment' || kind === 'business';

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
export function householdIncome<T, R>(
  A: Arithmetic<T, R>,
  h: HouseholdFacts<T>,
  p: PolicyFigures<T, R>,
  t: Tracer,
): HouseholdIncome<T> {
  const ex = p.exemption;
  const receiving = h.receivingDibao;
  const date = h.assessmentDate;
  // The window start is a string computed only when a `since` or the trace needs it.
  let windowStart = ex !== null && t.enabled ? exemptionWindowStart(h.day, ex.months) : '';
  if (ex !== null && t.enabled)
    t.step(
      'policy.employmentIncomeExemption',
      '第11条',
      {
        perMonth: A.shown(ex.perMonth),
        months: ex.months,
        receivingDibao: receiving ?? null,
        windowAfter: windowStart,
        windowUntil: date,
      },
      receiving === true ? '适用' : receiving === false ? '不适用' : '未知',
      '就业收入豁免只适用于已享受低保的家庭；起始日晚于评估日前推月数且不晚于评估日的就业、经营收入可豁免',
    );
  const exemptible = ex !== null && receiving !== false;
  const zero = A.zero;
  const cap = ex === null ? zero : A.times(ex.perMonth, MONTHS_PER_YEAR);
  const n = h.members.length;
  const members: Array<T | null> = new Array(n);
  let missing: string[] | null = null; // allocated at the first unknown fact
  let low = zero;
  let high: T | null = zero;
  const amounts = h.amounts;
  let k = 0; // index into amounts: the entries member by member
  for (let i = 0; i < n; i++) {
    const entries = h.incomes[i] as HouseholdFacts<T>['incomes'][number];
    if (entries === null) {
      members[i] = null;
      missing ??= [];
      missing.push(`members[${i}].incomes`);
      high = null;
      if (t.enabled)
        t.step(
          'householdIncome.member',
          '第5条',
          { member: `members[${i}]`, incomes: null },
          null,
          '成员收入未提供，家庭收入未知',
        );
      continue;
    }
    const first = k;
    let twelfths = zero;
    let sure = zero; // exemptible income whose since is known to lie in the window
    let maybe = zero; // exemptible income whose since is unknown
    let maybeFirst = -1;
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j] as (typeof entries)[number];
      const given = amounts[k++] as T;
      const amount = e.perMonth !== undefined ? A.times(given, MONTHS_PER_YEAR) : given;
      twelfths = A.add(twelfths, amount);
      if (exemptible && isExemptible(e.kind)) {
        if (e.since === undefined) {
          maybe = A.add(maybe, amount);
          if (maybeFirst < 0) maybeFirst = j;
        } else {
          if (windowStart === '')
            windowStart = exemptionWindowStart(h.day, (ex as { months: number }).months);
          if (e.since > windowStart && e.since <= date) sure = A.add(sure, amount);
        }
      }
    }
    members[i] = twelfths;
    if (t.enabled) {
      const shown: string[] = new Array(entries.length);
      for (let j = 0; j < entries.length; j++) {
        const e = entries[j] as (typeof entries)[number];
        const a = amounts[first + j] as T;
        shown[j] =
          e.perMonth !== undefined
            ? `${e.kind} ${A.shown(a)}元/月`
            : `${e.kind} ${A.shown(a)}元/年 ÷ 12 = ${A.shownPer(a, MONTHS_PER_YEAR)}元/月`;
      }
      t.step(
        'householdIncome.member',
        '第5条',
        { member: `members[${i}]`, entries: shown },
        A.shownPer(twelfths, MONTHS_PER_YEAR),
        '成员月收入 = Σ月收入 + Σ年收入 ÷ 12（精确计算，不先取整）',
      );
    }
    let min = zero;
    let max = zero;
    if (exemptible) {
      const sureCut = A.min(sure, cap);
      max = A.min(A.add(sure, maybe), cap);
      min = receiving === true ? sureCut : zero;
      if (A.lt(min, max)) {
        if (receiving === undefined) {
          missing ??= [];
          missing.push('receivingDibao');
        }
        if (!A.eq(max, sureCut))
          for (let j = maybeFirst; j >= 0 && j < entries.length; j++) {
            const e = entries[j] as (typeof entries)[number];
            if (e.since === undefined && isExemptible(e.kind)) {
              missing ??= [];
              missing.push(`members[${i}].incomes[${j}].since`);
            }
          }
      }
      if (t.enabled && A.lt(zero, max))
        t.step(
          'householdIncome.exemption',
          '第11条',
          {
            member: `members[${i}]`,
            exemptIncomePerMonth: A.shownPer(sure, MONTHS_PER_YEAR),
            unknownSincePerMonth: A.shownPer(maybe, MONTHS_PER_YEAR),
            capPerMonth: A.shown((ex as { perMonth: T }).perMonth),
          },
          A.eq(min, max) ? A.shownPer(min, MONTHS_PER_YEAR) : null,
          A.eq(min, max)
            ? '豁免期内的就业、经营收入在上限内不计入家庭收入'
            : '是否享受低保或收入起始日未知，豁免额无法确定',
        );
    }
    low = A.add(low, A.sub(twelfths, max));
    if (high !== null) high = A.add(high, A.sub(twelfths, min));
  }
  const exact = high !== null && A.eq(high, low) ? low : null;
  if (t.enabled)
    t.step(
      'householdIncome.total',
      '第5条',
      { members: n },
      exact !== null ? A.shownPer(exact, MONTHS_PER_YEAR) : null,
      exact !== null
        ? '家庭月收入 H = 各成员月收入之和（已扣除就业收入豁免）'
        : `家庭月收入未知：至少 ${A.shownPer(low, MONTHS_PER_YEAR)} 元/月`,
    );
  return { members, low, high, exact, missing: missing ?? NONE };
}

/**
 * Per-capita monthly income for display: twelfths ÷ (12 × n), rounded half-up to 0.01; `null` if unknown.
 * Decisions never use this rounded figure.
 * @see 第5条
 */
export function perCapitaIncomePerMonth<T, R>(
  A: Arithmetic<T, R>,
  twelfths: T | null,
  members: number,
): string | null {
  return twelfths === null ? null : A.moneyPer(twelfths, MONTHS_PER_YEAR * members);
}

/**
 * A member's own monthly income for display, half-up to 0.01; `null` if unknown.
 * @see 第5条
 */
export function memberIncomePerMonth<T, R>(A: Arithmetic<T, R>, twelfths: T | null): string | null {
  return twelfths === null ? null : A.moneyPer(twelfths, MONTHS_PER_YEAR);
}
