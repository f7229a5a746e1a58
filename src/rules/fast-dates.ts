/**
 * Dates of the household rules as `YYYYMMDD` numbers (`dayKey` of `src/schema/fen-household.ts`): the start
 * of a window counted back in months (第11条), without building `Date` objects.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * `shiftIsoMonths` of `src/core/dates.ts` on a `YYYYMMDD` day: the date `months` calendar months away
 * (month-end clamped), as `YYYY-MM-DD`.
 * @see 第11条
 * @example shiftedDayText(20260831, -6) // '2026-02-28'
 */
export function shiftedDayText(day: number, months: number): string {
  const d = day % 100;
  const ym = (day - d) / 100;
  const m = ym % 100;
  const total = ((ym - m) / 100) * 12 + m - 1 + months;
  const m0 = total % 12;
  const y = (total - m0) / 12;
  const dim = m0 === 1 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m0] as number);
  const dd = Math.min(d, dim);
  return `${y}-${m0 < 9 ? '0' : ''}${m0 + 1}-${dd < 10 ? '0' : ''}${dd}`;
}
