/**
 * What a spreadsheet function returns: a number, a text, a boolean, or an error value written as text.
 * Spreadsheet functions never throw — a host shows a thrown exception as an opaque failure and stops a
 * whole range — so every failure becomes a string that starts with `#`:
 *
 * - `#VALUE! <field>: <中文> | <English>` — an invalid cell or input (the field is the JSON name the core uses);
 * - `#N/A <fields>: <中文> | <English>` — a fact the rule needs is unknown (blank), so there is no answer;
 * - `#ERROR! <message>` — anything else (a defect: please report it).
 */
import { DibaoInputError, describeThrown } from '../core/errors.js';
import { readOnce, readOnceItems } from '../core/read-once.js';
import { CellError, isBlank } from './cells.js';

/** A value a spreadsheet cell can hold. */
export type CellValue = string | number | boolean;

/** Prefixes of the error values, so a wrapper can map them to a host's native error type. */
export const ERROR_PREFIXES = ['#VALUE!', '#N/A', '#ERROR!'] as const;

/** True iff `v` is one of this layer's error values. */
export function isErrorValue(v: unknown): v is string {
  return typeof v === 'string' && ERROR_PREFIXES.some((p) => v.startsWith(p));
}

/** The error value of anything thrown inside a spreadsheet function; never throws itself. */
export function errorValue(e: unknown): string {
  try {
    if (e instanceof CellError) return `#VALUE! ${e.field}: ${e.message} | ${e.messageEn}`;
    if (e instanceof DibaoInputError) {
      const first = e.issues[0];
      if (!first) return `#VALUE! ${e.message}`;
      const more = e.issues.length > 1 ? ` (+${String(e.issues.length - 1)})` : '';
      return `#VALUE! ${first.path || '(input)'}: ${first.message} | ${first.messageEn}${more}`;
    }
  } catch {
    // `instanceof` on a revoked proxy thrown by a host's object: described below like any other value
  }
  return `#ERROR! ${describeThrown(e)}`;
}

/** `#N/A` for an answer that depends on facts left blank. */
export function unknownValue(fields: readonly string[]): string {
  const list = fields.length > 0 ? fields.join(', ') : '(input)';
  return `#N/A ${list}: 缺少所需事实，无法确定 | a fact needed is unknown`;
}

/** Runs `fn`; whatever it throws becomes an error value. */
export function guarded(fn: () => CellValue): CellValue {
  try {
    return fn();
  } catch (e) {
    return errorValue(e);
  }
}

/**
 * A money result (`"620.00"`) as the number a sheet can add up. The core rounds exactly to 0.01 first;
 * the number is the nearest double to that two-decimal value, which every sheet displays unchanged.
 */
export function moneyCell(amount: string): number {
  return Number(amount);
}

/**
 * Applies `row` to every row of a 2-D range (what a host passes for `A2:F100`), one output row per
 * input row. A row whose cells are all blank gives a row of blanks (ranges often run past the data);
 * a failing row gives its error value in every output column, and the other rows go on.
 */
export function mapRows(
  rows: unknown,
  width: number,
  row: (cells: readonly unknown[]) => CellValue[],
): CellValue[][] {
  const blank = (): CellValue[] => new Array<CellValue>(width).fill('');
  const failed = (e: unknown): CellValue[] => new Array<CellValue>(width).fill(errorValue(e));
  let list: unknown[];
  try {
    // The range and each row read once, as plain data: a revoked proxy, a throwing getter, a cycle or a
    // bigint is that row's error value (or the range's), never an exception.
    list = readOnceItems(rows, ['rows']);
  } catch (e) {
    const notRange =
      e instanceof DibaoInputError && e.issues[0]?.code === 'invalid_type'
        ? new CellError('rows', '需要一个单元格区域（二维数组）', 'expected a range of cells (a 2-D array)')
        : e;
    return [failed(notRange)];
  }
  const out: CellValue[][] = [];
  // An index loop, not map(): a hole in a sparse array is a blank row, not a hole in the output.
  for (let i = 0; i < list.length; i++) {
    let cells: readonly unknown[];
    try {
      const r: unknown = readOnce(list[i], [i]);
      cells = Array.isArray(r) ? r : [r];
    } catch (e) {
      out.push(failed(e));
      continue;
    }
    if (cells.every(isBlank)) {
      out.push(blank());
      continue;
    }
    try {
      const values = row(cells);
      out.push(values.length === width ? values : [...values, ...blank()].slice(0, width));
    } catch (e) {
      out.push(failed(e));
    }
  }
  return out;
}
