/**
 * Chinese labels of every code the library writes — classes, groups, bases, warnings, violations, issue
 * codes, entitlement measures, trace rule ids — as data, and one look-up function.
 */
import { type CodeKind, codeLabelZh } from './code-label.js';
import { CODE_LABELS_ZH } from './codes.js';
import { RULE_LABELS_ZH } from './rules.js';

export type { CodeKind } from './code-label.js';

/** A kind of label: a code kind, or `rule` for trace rule ids. */
export type LabelKind = CodeKind | 'rule';

/**
 * Every label, by kind: `LABELS_ZH.householdClass.lowIncome` → 低收入, `LABELS_ZH.warning.THRESHOLD_EQUALITY`,
 * `LABELS_ZH.rule['classification.incomeTest']` → 收入检验.
 * @see 第5条
 * @see 第10条
 */
export const LABELS_ZH = { ...CODE_LABELS_ZH, rule: RULE_LABELS_ZH } as const;

/**
 * The Chinese label of a code or trace rule id, or `null` when the library has no such code. With `kind`,
 * only that kind is looked up (`labelZh('none', 'supporters')`); without it, codes first (in the order of
 * {@link LABELS_ZH}), then rule ids.
 * @see 第5条
 * @example labelZh('age70Plus') // '70周岁以上老年人'
 * @example labelZh('classification.incomeTest') // '收入检验'
 */
export function labelZh(code: string, kind?: LabelKind): string | null {
  // Read once and only as text: a value that is not a string has no label.
  if (typeof code !== 'string' || (kind !== undefined && typeof kind !== 'string')) return null;
  if (kind === 'rule') return Object.hasOwn(RULE_LABELS_ZH, code) ? (RULE_LABELS_ZH[code] ?? null) : null;
  const label = codeLabelZh(code, kind);
  if (label !== null || kind !== undefined) return label;
  return Object.hasOwn(RULE_LABELS_ZH, code) ? (RULE_LABELS_ZH[code] ?? null) : null;
}
