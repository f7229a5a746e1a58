/**
 * 第4条 in a sheet: a locality's row of Y−2 statistics in, one standard out. Every function takes the
 * same row, in the order of the columns of a 标准测算表, and calls `dibaoStandards` — the spreadsheet
 * layer adds no arithmetic of its own:
 *
 * `(year, urbanDisposableIncomePerYear, ruralDisposableIncomePerYear, minimumWagePerMonth,
 *   povertyLinePerYear, [guidanceUrbanPerMonth], [guidanceRuralPerMonth], [roundingUnit])`
 *
 * The two guidance cells go together (both or neither).
 * @see 第4条
 */
import { type DibaoStandardsResult, dibaoStandards } from '../rules/dibao-standard.js';
import type { DibaoStandardsInput } from '../schema/dibao-standards.js';
import { type CellValue, guarded, mapRows, moneyCell } from './cell-result.js';
import { type Cell, CellError, readMoney, requireMoney, requireWhole } from './cells.js';

/** Builds the `dibaoStandards` input from the cells of one row. */
function standardsInput(cells: readonly Cell[]): DibaoStandardsInput {
  const [year, urban, rural, wage, poverty, guidanceUrban, guidanceRural, unit] = cells;
  const input: DibaoStandardsInput = {
    year: requireWhole(year, 'year', 1900, 2200),
    urbanDisposableIncomePerYear: requireMoney(urban, 'urbanDisposableIncomePerYear'),
    ruralDisposableIncomePerYear: requireMoney(rural, 'ruralDisposableIncomePerYear'),
    minimumWagePerMonth: requireMoney(wage, 'minimumWagePerMonth'),
    povertyLinePerYear: requireMoney(poverty, 'povertyLinePerYear'),
  };
  const gu = readMoney(guidanceUrban, 'provincialGuidance.urbanPerMonth');
  const gr = readMoney(guidanceRural, 'provincialGuidance.ruralPerMonth');
  if (gu !== undefined && gr !== undefined)
    input.provincialGuidance = { urbanPerMonth: gu, ruralPerMonth: gr };
  else if (gu !== undefined || gr !== undefined) {
    throw new CellError(
      gu === undefined ? 'provincialGuidance.urbanPerMonth' : 'provincialGuidance.ruralPerMonth',
      '省城乡低保指导标准须两项同时填写或同时留空',
      'give both provincial guidance standards, or neither',
    );
  }
  const u = readMoney(unit, 'roundingUnit');
  if (u !== undefined) input.roundingUnit = u;
  return input;
}

function standards(cells: readonly Cell[]): DibaoStandardsResult {
  return dibaoStandards(standardsInput(cells), { trace: false });
}

/**
 * 城市低保标准下限 = ceil(20% × 城市居民人均可支配收入 ÷ 12)，元/人·月.
 * @example =DIBAO_URBAN_FLOOR(2024, 34560, 16636, 1780, 4000) → 576
 */
export function DIBAO_URBAN_FLOOR(...row: Cell[]): CellValue {
  return guarded(() => moneyCell(standards(row).urban.floorPerMonth));
}

/**
 * 城市低保标准上限 = floor(40% × 月最低工资标准)，元/人·月.
 * @example =DIBAO_URBAN_CAP(2024, 34560, 16636, 1780, 4000) → 712
 */
export function DIBAO_URBAN_CAP(...row: Cell[]): CellValue {
  return guarded(() => moneyCell(standards(row).urban.capPerMonth));
}

/** 城市低保最低标准 = max(下限, 省指导标准)，元/人·月. */
export function DIBAO_URBAN_MINIMUM(...row: Cell[]): CellValue {
  return guarded(() => moneyCell(standards(row).urban.minimumPerMonth));
}

/** 农村低保最低标准 = max(按城乡收入比折算, 扶贫标准 ÷ 12, 省指导标准)，元/人·月. */
export function DIBAO_RURAL_MINIMUM(...row: Cell[]): CellValue {
  return guarded(() => moneyCell(standards(row).rural.minimumPerMonth));
}

/** Columns of {@link DIBAO_STANDARDS_RANGE}. */
export const STANDARDS_RANGE_COLUMNS = [
  'urban.floorPerMonth',
  'urban.capPerMonth',
  'urban.feasible',
  'urban.minimumPerMonth',
  'rural.minimumPerMonth',
] as const;

/**
 * A whole table of localities: each row as above, each output row
 * `[floor, cap, feasible, urbanMinimum, ruralMinimum]`.
 */
export function DIBAO_STANDARDS_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, STANDARDS_RANGE_COLUMNS.length, (cells) => {
    const r = standards(cells);
    return [
      moneyCell(r.urban.floorPerMonth),
      moneyCell(r.urban.capPerMonth),
      r.urban.feasible,
      moneyCell(r.urban.minimumPerMonth),
      moneyCell(r.rural.minimumPerMonth),
    ];
  });
}
