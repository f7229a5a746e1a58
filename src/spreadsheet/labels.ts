/**
 * Chinese labels of the codes the sheet functions return, for display next to the code
 * (`=DIBAO_LABEL(DIBAO_CLASS(…))` → 低保): every code of the library (classes, special groups, warnings,
 * violations, issue codes…), from the library's one label table. Codes stay the stable values; labels are
 * for people.
 */

import { excerpt } from '../core/errors.js';
import { flatLabels } from '../labels/flat-labels.js';
import { RESULT_CODE_LABELS_ZH } from '../labels/result-codes.js';
import { type CellValue, guarded, isErrorValue } from './cell-result.js';
import { type Cell, CellError, isBlank } from './cells.js';

/** Code → 中文, for the codes the sheet functions return (the library's own table). */
const LABELS = flatLabels(RESULT_CODE_LABELS_ZH);

/**
 * The Chinese label of a code returned by a DIBAO_ function; an error value of this layer (`#VALUE! …`,
 * `#N/A …`, `#ERROR! …`) passes through unchanged.
 * @example =DIBAO_LABEL("lowIncome") → "低收入"
 */
export function DIBAO_LABEL(code: Cell): CellValue {
  return guarded(() => {
    if (isErrorValue(code)) return code;
    if (isBlank(code)) return '';
    const label = typeof code === 'string' ? LABELS.get(code.trim()) : undefined;
    if (label !== undefined) return label;
    throw new CellError(
      'code',
      `没有该代码的中文名称：${excerpt(code)}`,
      `no label for code: ${excerpt(code)}`,
    );
  });
}
