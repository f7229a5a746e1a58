/**
 * Which of the values in force during a year "counts for" that year. The text says 上上年度最低工资标准
 * (第4条) and 上年度低保标准/最低工资标准 (第12条) without saying what happens when the value changed during the
 * year; docs/contract.md#known-gaps-in-the-text makes the choice a parameter of the pack, never a silent one.
 */
import { addDays } from 'date-fns/addDays';
import { daysBetween, formatIsoDate, parseIsoDate } from '../../core/dates.js';
import { Dec } from '../../core/money.js';

/**
 * - `inForceOn31December` (default): the value in force on 31 December of the year — the last value of
 *   the year, the one a locality has when it sets next year's standards.
 * - `inForceOn1January`: the value in force on 1 January of the year.
 * - `longestInForce`: the value in force on the most days of the year (on a tie, the later one).
 * - `timeWeighted`: the day-weighted average of the values in force during the year (exact decimal,
 *   40 significant digits; not a published value — for what-if studies).
 */
export type YearValueRule = 'inForceOn31December' | 'inForceOn1January' | 'longestInForce' | 'timeWeighted';

/** The rules, default first. */
export const YEAR_VALUE_RULES: readonly YearValueRule[] = [
  'inForceOn31December',
  'inForceOn1January',
  'longestInForce',
  'timeWeighted',
];

/** Chinese label of a rule for traces. */
export const YEAR_VALUE_RULE_ZH: Readonly<Record<YearValueRule, string>> = {
  inForceOn31December: '取该年12月31日有效的数值',
  inForceOn1January: '取该年1月1日有效的数值',
  longestInForce: '取该年有效天数最多的数值',
  timeWeighted: '取该年按天数加权的平均值',
};

/** A stretch of days `[from, to]` (inclusive) over which one value was in force. */
export interface YearSegment<V> {
  from: string;
  to: string;
  days: number;
  value: V;
}

/** The day after an ISO date. */
export function nextDay(date: string): string {
  return formatIsoDate(addDays(parseIsoDate(date), 1));
}

/** The day before an ISO date. */
export function previousDay(date: string): string {
  return formatIsoDate(addDays(parseIsoDate(date), -1));
}

/**
 * Cuts `year` into the stretches over which `lookup` gives one value. `changes` lists the dates on which
 * the value may change (effective dates and the day after an end date); `lookup` throws when no value is
 * in force on a date.
 */
export function segmentsOfYear<V>(
  year: number,
  changes: readonly string[],
  lookup: (date: string) => V,
): YearSegment<V>[] {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const starts = [first, ...changes.filter((d) => d > first && d <= last)];
  const unique = [...new Set(starts)].sort();
  const out: YearSegment<V>[] = [];
  for (let i = 0; i < unique.length; i++) {
    const from = unique[i] as string;
    const following = unique[i + 1];
    const to = following ? previousDay(following) : last;
    out.push({ from, to, days: daysBetween(parseIsoDate(from), parseIsoDate(to)) + 1, value: lookup(from) });
  }
  return out;
}

/** The chosen value of a year under a rule: one segment's value, or the weighted average. */
export function chooseForYear<V>(
  rule: Exclude<YearValueRule, 'timeWeighted'>,
  segments: readonly YearSegment<V>[],
): YearSegment<V> {
  if (segments.length === 0) throw new Error('chooseForYear: no segments');
  if (rule === 'inForceOn1January') return segments[0] as YearSegment<V>;
  if (rule === 'inForceOn31December') return segments[segments.length - 1] as YearSegment<V>;
  let best = segments[0] as YearSegment<V>;
  for (const s of segments) if (s.days >= best.days) best = s;
  return best;
}

/** Σ value × days ÷ days of the year. */
export function timeWeightedAverage<V>(segments: readonly YearSegment<V>[], amount: (v: V) => Dec): Dec {
  let total = new Dec(0);
  let days = 0;
  for (const s of segments) {
    total = total.plus(amount(s.value).mul(s.days));
    days += s.days;
  }
  return total.div(days);
}
