/**
 * The flat look-up of a code's Chinese label, without the rule ids (the spreadsheet bundle carries only
 * this part).
 */
import { CODE_LABELS_ZH } from './codes.js';
import { flatLabels } from './flat-labels.js';

/** A kind of code: a key of {@link CODE_LABELS_ZH}. */
export type CodeKind = keyof typeof CODE_LABELS_ZH;

/** Every code → its label, the first kind in {@link CODE_LABELS_ZH}'s order winning. */
const FLAT = flatLabels(CODE_LABELS_ZH);

/**
 * The Chinese label of a code, or `null` when the library has no such code. With `kind`, only that kind is
 * looked up (`codeLabelZh('none', 'supporters')` → 无法定赡养、抚养、扶养义务人); without it, the first kind
 * that has the code (`codeLabelZh('none')` → 不属于低保或低收入).
 * @see 第5条
 * @example codeLabelZh('lowIncome') // '低收入'
 */
export function codeLabelZh(code: string, kind?: CodeKind): string | null {
  if (kind === undefined) return FLAT.get(code) ?? null;
  const table: Readonly<Record<string, string>> = CODE_LABELS_ZH[kind];
  return Object.hasOwn(table, code) ? (table[code] ?? null) : null;
}
