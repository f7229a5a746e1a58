/**
 * Excel date serials to ISO dates. A spreadsheet stores a date as a day count; the library takes
 * `YYYY-MM-DD`. The conversion is explicit (a function the sheet calls), never guessed from a number.
 */
import { excerpt } from '../core/errors.js';
import { type Cell, CellError, isBlank } from './cells.js';

/** Days from 0000-03-01 (proleptic Gregorian) to 1970-01-01 — the civil-from-days epoch shift. */
const DAYS_0000_03_01_TO_1970 = 719468;
const DAYS_PER_ERA = 146097;
/** 1899-12-30 (serial 0 for serials ≥ 61 in the 1900 system) as days since 1970-01-01. */
const EXCEL_1900_EPOCH = -25569;
/** 1899-12-31 (serial 0 for serials 1–59, before the phantom 1900-02-29). */
const EXCEL_1900_EPOCH_EARLY = -25568;
/** 1904-01-01 (serial 0 in the 1904 system of old Mac Excel) as days since 1970-01-01. */
const EXCEL_1904_EPOCH = -24107;
/** Serial of 9999-12-31, the last date Excel shows, in each system. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = 2957003;
/** The serial Excel shows as 1900-02-29, a date that never existed (Lotus 1-2-3 compatibility). */
const PHANTOM_1900_02_29 = 60;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Civil date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`), integer arithmetic only. */
function isoFromDays(days: number): string {
  // Every serial accepted lies after 0000-03-01, so z ≥ 0 and all divisions are of non-negative integers.
  const z = days + DAYS_0000_03_01_TO_1970;
  const era = intDiv(z, DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = intDiv(doe - intDiv(doe, 1460) + intDiv(doe, 36524) - intDiv(doe, DAYS_PER_ERA - 1), 365);
  const doy = doe - (365 * yoe + intDiv(yoe, 4) - intDiv(yoe, 100));
  const mp = intDiv(5 * doy + 2, 153);
  const d = doy - intDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Integer division of non-negative integers. */
function intDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

function isDate(v: unknown): boolean {
  try {
    return v instanceof Date;
  } catch {
    return false; // a revoked proxy
  }
}

/**
 * The ISO date (`YYYY-MM-DD`) of an Excel/WPS date serial. A time of day (the fraction) is dropped.
 * In the default 1900 system, serials 1–59 are 1900-01-01…1900-02-28, serial 60 is Excel's phantom
 * 1900-02-29 (an error here: that day never existed) and serial 61 is 1900-03-01. With `date1904`
 * true, serial 0 is 1904-01-01 (old Mac workbooks). Text holding a serial is read too; blank, negative
 * or out-of-range serials are errors.
 * @example EXCEL_DATE(45292) // "2024-01-01"
 */
export function excelSerialToIso(serial: Cell, date1904 = false): string {
  const field = 'serial';
  if (isBlank(serial)) throw new CellError(field, '缺少日期序列号', 'date serial is missing');
  if (isDate(serial))
    throw new CellError(
      field,
      '收到日期对象而非序列号：请写 EXCEL_DATE(N(单元格))，或用 TEXT(单元格,"yyyy-mm-dd")',
      'got a date object, not a serial: write EXCEL_DATE(N(cell)) or TEXT(cell,"yyyy-mm-dd")',
    );
  let n: number;
  if (typeof serial === 'number') n = serial;
  else if (typeof serial === 'string' && /^[0-9]+(?:\.[0-9]+)?$/.test(serial.trim()))
    n = Number(serial.trim());
  else
    throw new CellError(
      field,
      `日期序列号应为数字，收到 ${excerpt(serial)}`,
      `a date serial must be a number, got ${excerpt(serial)}`,
    );
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  const min = date1904 ? 0 : 1;
  if (!Number.isFinite(n) || n < min || n >= max + 1)
    throw new CellError(
      field,
      `日期序列号超出范围：${String(n)}（应在 ${String(min)}–${String(max)} 之间）`,
      `date serial out of range: ${String(n)} (must be ${String(min)}–${String(max)})`,
    );
  const day = n - (n % 1);
  if (date1904) return isoFromDays(EXCEL_1904_EPOCH + day);
  if (day === PHANTOM_1900_02_29)
    throw new CellError(
      field,
      '序列号 60 是 Excel 虚构的 1900-02-29（该日不存在）',
      'serial 60 is Excel’s phantom 1900-02-29, a day that never existed',
    );
  return isoFromDays(day < PHANTOM_1900_02_29 ? EXCEL_1900_EPOCH_EARLY + day : EXCEL_1900_EPOCH + day);
}
