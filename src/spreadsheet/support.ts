/**
 * 第12条 in a sheet: the 特困人员 support standards and the six-item self-care level. Every support
 * function takes the same row and calls `specialSupport`:
 *
 * `(priorYearDibaoStandardPerMonth, priorYearMinimumWagePerMonth, [selfCareAbility],
 *   [basicLivingMultiplier], [roundingUnit])`
 *
 * `selfCareAbility` is `able` / `partiallyLost` / `fullyLost` or the Chinese 具备 / 部分丧失 / 完全丧失
 * (with or without 生活自理能力), as `DIBAO_SELF_CARE` returns it.
 * @see 第12条
 */
import { selfCareAbilityFromAdl } from '../rules/self-care.js';
import { type SpecialSupportResult, specialSupport } from '../rules/special-support.js';
import {
  ADL_ITEMS,
  type AdlAssessment,
  type SelfCareAbility,
  type SpecialSupportInput,
} from '../schema/special-support.js';
import { type CellValue, guarded, mapRows, moneyCell, unknownValue } from './cell-result.js';
import { type Cell, readChoice, readFlag, readMoney, requireMoney } from './cells.js';

/** Accepted spellings of each level; the first is the label `DIBAO_LABEL` shows. */
export const SELF_CARE_SPELLINGS: Readonly<Record<SelfCareAbility, readonly string[]>> = {
  able: ['具备生活自理能力', '具备', '能自理'],
  partiallyLost: ['部分丧失生活自理能力', '部分丧失'],
  fullyLost: ['完全丧失生活自理能力', '完全丧失'],
};

function supportInput(cells: readonly Cell[]): SpecialSupportInput {
  const [standard, wage, ability, multiplier, unit] = cells;
  const input: SpecialSupportInput = {
    priorYearDibaoStandardPerMonth: requireMoney(standard, 'priorYearDibaoStandardPerMonth'),
    priorYearMinimumWagePerMonth: requireMoney(wage, 'priorYearMinimumWagePerMonth'),
  };
  const a = readChoice(ability, 'selfCareAbility', SELF_CARE_SPELLINGS);
  if (a !== undefined) input.selfCareAbility = a;
  const m = readMoney(multiplier, 'basicLivingMultiplier');
  if (m !== undefined) input.basicLivingMultiplier = m;
  const u = readMoney(unit, 'roundingUnit');
  if (u !== undefined) input.roundingUnit = u;
  return input;
}

function support(cells: readonly Cell[]): SpecialSupportResult {
  return specialSupport(supportInput(cells), { trace: false });
}

function moneyOrUnknown(amount: string | null, missing: readonly string[]): CellValue {
  return amount === null ? unknownValue(missing) : moneyCell(amount);
}

/**
 * 基本生活标准 = ceil(倍数(默认1.3) × 上年度低保标准)，元/人·月.
 * @example =DIBAO_SUPPORT_BASIC(600, 1640) → 780
 */
export function DIBAO_SUPPORT_BASIC(...row: Cell[]): CellValue {
  return guarded(() => moneyCell(support(row).basicLivingPerMonth));
}

/**
 * 照料护理标准 = ceil(比例 × 上年度最低工资标准)，比例按自理能力 10% / 20% / 30%；能力留空 → `#N/A`.
 * @example =DIBAO_SUPPORT_CARE(600, 1640, "部分丧失") → 328
 */
export function DIBAO_SUPPORT_CARE(...row: Cell[]): CellValue {
  return guarded(() => {
    const r = support(row);
    return moneyOrUnknown(r.carePerMonth, r.missing);
  });
}

/** 供养标准合计 = 基本生活标准 + 照料护理标准；能力留空 → `#N/A`. */
export function DIBAO_SUPPORT_TOTAL(...row: Cell[]): CellValue {
  return guarded(() => {
    const r = support(row);
    return moneyOrUnknown(r.totalPerMonth, r.missing);
  });
}

/** Columns of {@link DIBAO_SUPPORT_RANGE}. */
export const SUPPORT_RANGE_COLUMNS = ['basicLivingPerMonth', 'carePerMonth', 'totalPerMonth'] as const;

/** Rows as above → `[basic, care, total]` per row. */
export function DIBAO_SUPPORT_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, SUPPORT_RANGE_COLUMNS.length, (cells) => {
    const r = support(cells);
    return [
      moneyCell(r.basicLivingPerMonth),
      moneyOrUnknown(r.carePerMonth, r.missing),
      moneyOrUnknown(r.totalPerMonth, r.missing),
    ];
  });
}

function selfCare(cells: readonly Cell[]): CellValue {
  const adl: AdlAssessment = {};
  ADL_ITEMS.forEach((item, i) => {
    const v = readFlag(cells[i], `adl.${item}`);
    if (v !== undefined) adl[item] = v;
  });
  const r = selfCareAbilityFromAdl(adl, { trace: false });
  return r.selfCareAbility ?? unknownValue(r.missing);
}

/**
 * 生活自理能力 from the six items of 特困人员认定办法(2021)第21条, in this order: eating 吃饭, dressing
 * 穿衣, transferring 上下床, toileting 如厕, indoorWalking 室内行走, bathing 洗澡 — TRUE/能/是 = does it
 * unaided, FALSE/不能/否 = cannot, blank = unknown. 0 items failed → `able`, 1–3 → `partiallyLost`,
 * 4–6 → `fullyLost` (第22条); `#N/A` when the blanks could change the level.
 * @example =DIBAO_SELF_CARE(TRUE, FALSE, TRUE, TRUE, TRUE, FALSE) → "partiallyLost"
 */
export function DIBAO_SELF_CARE(...items: Cell[]): CellValue {
  return guarded(() => selfCare(items));
}

/** Rows of six items → `[level]` per row. */
export function DIBAO_SELF_CARE_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, 1, (cells) => [selfCare(cells)]);
}
