/**
 * Chinese labels of the codes the sheet functions return, for display next to the code
 * (`=DIBAO_LABEL(DIBAO_CLASS(…))` → 低保). Codes stay the stable values; labels are for people.
 */

import { excerpt } from '../core/errors.js';
import { type CellValue, guarded, isErrorValue } from './cell-result.js';
import { type Cell, CellError, isBlank } from './cells.js';

/** Code → 中文. */
export const LABELS: Readonly<Record<string, string>> = {
  dibao: '低保',
  lowIncome: '低收入',
  none: '不属于低保或低收入',
  undetermined: '待定',
  extremelyPoor: '特困',
  able: '具备生活自理能力',
  partiallyLost: '部分丧失生活自理能力',
  fullyLost: '完全丧失生活自理能力',
  urban: '城市',
  rural: '农村',
};

/**
 * The Chinese label of a code returned by a DIBAO_ function; an error value of this layer (`#VALUE! …`,
 * `#N/A …`, `#ERROR! …`) passes through unchanged.
 * @example =DIBAO_LABEL("lowIncome") → "低收入"
 */
export function DIBAO_LABEL(code: Cell): CellValue {
  return guarded(() => {
    if (isErrorValue(code)) return code;
    if (isBlank(code)) return '';
    if (typeof code === 'string' && Object.hasOwn(LABELS, code.trim())) return LABELS[code.trim()] as string;
    throw new CellError(
      'code',
      `没有该代码的中文名称：${excerpt(code)}`,
      `no label for code: ${excerpt(code)}`,
    );
  });
}
