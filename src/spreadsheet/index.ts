/**
 * The spreadsheet and SQL-UDF entry: built alone into `dist/dibao-rules.global.js`, an ES2017 script
 * that defines one global, `DibaoRules`, and needs no Node built-ins, no `window`, no `process` and no
 * timers — so the same file runs in Excel and WPS (JavaScript), Google Apps Script, a browser page, and
 * BigQuery/Snowflake JavaScript UDFs. Not part of the package `exports` map: Node callers import
 * `dibao-rules` itself.
 *
 * Flat functions (UPPER_SNAKE, one per sheet formula) take cells and return a number, a text or an error
 * value string (`#VALUE! field: …`), and never throw. `udf*` functions take and return JSON text.
 * Reference: docs/spreadsheet/README.md and docs/scale.md.
 */

import { type CellValue, guarded } from './cell-result.js';
import { type Cell, readFlag } from './cells.js';
import { excelSerialToIso } from './excel-date.js';

export {
  DIBAO_BENEFIT,
  DIBAO_BENEFIT_RANGE,
  DIBAO_CLASS,
  DIBAO_CLASS_RANGE,
  DIBAO_HOUSEHOLD_RANGE,
} from './household.js';
export { DIBAO_LABEL } from './labels.js';
export {
  DIBAO_RURAL_MINIMUM,
  DIBAO_STANDARDS_RANGE,
  DIBAO_URBAN_CAP,
  DIBAO_URBAN_FLOOR,
  DIBAO_URBAN_MINIMUM,
  STANDARDS_RANGE_COLUMNS,
} from './standards.js';
export {
  DIBAO_SELF_CARE,
  DIBAO_SELF_CARE_RANGE,
  DIBAO_SUPPORT_BASIC,
  DIBAO_SUPPORT_CARE,
  DIBAO_SUPPORT_RANGE,
  DIBAO_SUPPORT_TOTAL,
  SUPPORT_RANGE_COLUMNS,
} from './support.js';
export { udfAssess, udfAssessRequest, udfStandards, udfSupport } from './udf.js';

/**
 * The ISO date `YYYY-MM-DD` of an Excel/WPS date serial (1900 system: serial 60, Excel's phantom
 * 1900-02-29, is an error; `date1904` TRUE for old Mac workbooks). In Google Sheets write
 * `=EXCEL_DATE(N(A2))` for a date cell.
 * @example =EXCEL_DATE(45292) → "2024-01-01"
 */
export function EXCEL_DATE(serial: Cell, date1904?: Cell): CellValue {
  return guarded(() => excelSerialToIso(serial, readFlag(date1904, 'date1904') ?? false));
}
