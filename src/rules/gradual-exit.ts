/**
 * 渐退期 (national rules, N5): a 低保 household whose income rises above the standard after a member finds work
 * may keep its 低保 for a while. The county sets the length (审核确认办法(2021)第33条); 民发〔2022〕83号 caps it at
 * 6 months. The new work is the household's `employment` / `business` entries that began within the period.
 */
import { formatIsoDate, parseIsoDate, shiftIsoMonths } from '../core/dates.js';
import type { IncomeEntryFacts } from './household-facts.js';
import type { AssessmentWarning } from './household-types.js';

/**
 * 原则上不超过6个月: the longest 渐退期 (`policy.gradualExitMonths` is 1–6).
 * @see 民发〔2022〕83号一(三)
 * @see 最低生活保障审核确认办法(2021)第33条
 */
export const GRADUAL_EXIT_MAX_MONTHS = 6;

/** The article of the 渐退期. */
export const GRADUAL_EXIT_ARTICLE = '最低生活保障审核确认办法(2021)第33条';

const NEW_WORK_KINDS: ReadonlySet<string> = new Set(['employment', 'business']);

/**
 * The first excluded day of the 渐退期 window: new work whose `since` is later than `assessmentDate − months`
 * and not after the assessment date is within the period.
 * @see 最低生活保障审核确认办法(2021)第33条
 * @example gradualExitWindowStart('2025-09-14', 6) // '2025-03-14' (since must be later)
 */
export function gradualExitWindowStart(assessmentDate: string, months: number): string {
  return shiftIsoMonths(assessmentDate, -months);
}

/**
 * One member's entries of new work for the 渐退期 (`entries` its incomes, `null` when unknown): `within` —
 * `employment`/`business` entries whose `since` lies in (windowStart, assessmentDate]; `open` — such entries
 * without a `since` (unknown whether within).
 * @see 最低生活保障审核确认办法(2021)第33条
 */
export function newWorkEntries(
  entries: readonly IncomeEntryFacts[] | null,
  windowStart: string,
  assessmentDate: string,
): { within: number[]; open: number[]; earliestSince: string | null } {
  const within: number[] = [];
  const open: number[] = [];
  let earliestSince: string | null = null;
  if (entries !== null)
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j] as IncomeEntryFacts;
      if (!NEW_WORK_KINDS.has(e.kind)) continue;
      if (e.since === undefined) open.push(j);
      else if (e.since > windowStart && e.since <= assessmentDate) {
        within.push(j);
        if (earliestSince === null || e.since < earliestSince) earliestSince = e.since;
      }
    }
  return { within, open, earliestSince };
}

/**
 * The day the 渐退期 ends — the first assessment date whose window no longer holds the earliest new work: its
 * start + k months, or the day after when month-end clamping would still keep it inside (a start on 31 August
 * with 6 months: 28 February − 6 months = 28 August is before it, so the period ends on 1 March).
 * @see 民发〔2022〕83号一(三)
 * @example gradualExitEnd('2025-03-15', 6) // '2025-09-15'
 */
export function gradualExitEnd(earliestSince: string, months: number): string {
  const end = shiftIsoMonths(earliestSince, months);
  if (gradualExitWindowStart(end, months) >= earliestSince) return end;
  const d = parseIsoDate(end);
  d.setDate(d.getDate() + 1);
  return formatIsoDate(d);
}

/**
 * `GRADUAL_EXIT`: the household is paid as 低保 within its 渐退期, until the end date.
 * @see 最低生活保障审核确认办法(2021)第33条
 */
export function gradualExitWarning(endDate: string, months: number): AssessmentWarning {
  return {
    code: 'GRADUAL_EXIT',
    article: GRADUAL_EXIT_ARTICLE,
    message: `就业后家庭收入已超过低保标准，处于 ${months} 个月渐退期内，仍按低保发放（差额按不计新就业收入计算）；渐退期于 ${endDate} 届满，届时按实际收入重新认定`,
  };
}
