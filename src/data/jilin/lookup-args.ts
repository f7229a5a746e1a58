/**
 * Argument checks shared by the pack's look-ups: a malformed argument is a {@link DibaoInputError} naming
 * the argument; an unknown region is a {@link DibaoDataError}.
 */
import { isIsoDate } from '../../core/dates.js';
import { DibaoInputError, excerpt } from '../../core/errors.js';
import { unknownRegion } from './data-error.js';
import { findRegion, type ResolvedRegion } from './regions.js';

/** The region for `code`, or a `DibaoDataError` (`unknownRegion`). */
export function requireRegion(code: unknown, period: string): ResolvedRegion {
  if (typeof code !== 'string') {
    throw new DibaoInputError([
      {
        path: 'regionCode',
        code: 'invalid_type',
        message: `区划代码须为字符串（如 "220100"），收到 ${typeof code}`,
        messageEn: `regionCode must be a string such as "220100", got ${typeof code}`,
      },
    ]);
  }
  const found = findRegion(code);
  if (!found) throw unknownRegion(code, period);
  return found;
}

/** A validated `YYYY-MM-DD` date argument. */
export function requireDate(date: unknown, path = 'date'): string {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new DibaoInputError([
      {
        path,
        code: 'invalid_date',
        message: `日期须为真实存在的 YYYY-MM-DD 日期，收到 ${excerpt(date)}`,
        messageEn: `date must be a real calendar date YYYY-MM-DD, got ${excerpt(date)}`,
      },
    ]);
  }
  return date;
}

/** A validated whole year in 1900–2200. */
export function requireYear(year: unknown, path = 'year'): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new DibaoInputError([
      {
        path,
        code: typeof year === 'number' ? 'out_of_range' : 'invalid_type',
        message: `年度须为 1900–2200 之间的整数，收到 ${excerpt(year)}`,
        messageEn: `year must be a whole number in 1900–2200, got ${excerpt(year)}`,
      },
    ]);
  }
  return year;
}
