/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, validated as real dates and compared with date-fns.
 * Dates are civil dates without a time zone: they are built as local midnight and never read the clock.
 */
// One module per function: importing the 'date-fns' root loads all ~250 of its modules (≈10× the cold
// import time of this whole library; see docs/performance.md).
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isExists } from 'date-fns/isExists';

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** True iff `s` is a `YYYY-MM-DD` string naming a real calendar date (no 2023-02-29, no 2024-13-01). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2200 && isExists(y, mo - 1, d);
}

/** Parses a date already validated by {@link isIsoDate}. */
export function parseIsoDate(s: string): Date {
  const y = Number(s.slice(0, 4));
  const mo = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  // Years 0–99 would be mapped to 1900–1999 by the Date constructor; isIsoDate admits only 1900–2200.
  return new Date(y, mo - 1, d);
}

/** Formats a date as `YYYY-MM-DD`. */
export function formatIsoDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * Age in whole years (周岁) on `on`. A year of age is completed on the birthday; for a birthday on
 * 29 February the anniversary in a common year is 28 February (民法典 第201条: where the final month
 * has no corresponding day, the last day of that month ends the period).
 */
export function ageOn(birth: Date, on: Date): number {
  let years = on.getFullYear() - birth.getFullYear();
  if (addYears(birth, years) > on) years -= 1;
  return years;
}

/** `date` shifted by `months` calendar months (negative goes back), month-end clamped. */
export function shiftMonths(date: Date, months: number): Date {
  return addMonths(date, months);
}

/** Signed whole days from `from` to `to`. */
export function daysBetween(from: Date, to: Date): number {
  return differenceInCalendarDays(to, from);
}

/** True iff `a` is strictly before `b`. */
export function isBeforeDate(a: Date, b: Date): boolean {
  return a.getTime() < b.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `formatIsoDate(shiftMonths(parseIsoDate(iso), months))` computed on the string, without building dates
 * (month-end clamped: 2026-08-31 − 6 months = 2026-02-28). `iso` is a validated `YYYY-MM-DD` date and the
 * result stays in years 1000–9999.
 */
export function shiftIsoMonths(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const m0 = total % 12;
  const y = (total - m0) / 12;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m0 === 1 && leap ? 29 : (DAYS_IN_MONTH[m0] as number);
  const d = Number(iso.slice(8, 10));
  const day = Math.min(d, dim);
  return `${y}-${m0 < 9 ? '0' : ''}${m0 + 1}-${day < 10 ? '0' : ''}${day}`;
}
