/**
 * `--labels zh`: the codes in a CSV cell and in the end-of-run summary written as their Chinese labels
 * (`lowIncome` → 低收入, `THRESHOLD_EQUALITY` → 收入恰等于标准线). Only columns marked as holding codes are
 * touched; JSON Lines output keeps the codes (machines read it).
 */
import { codeLabelZh } from '../../labels/code-label.js';

/** A text whose space-separated words that are codes are written as their labels. */
function labelWords(text: string): string {
  return text
    .split(' ')
    .map((w) => codeLabelZh(w) ?? w)
    .join(' ');
}

/**
 * The text of a cell holding codes, with each code written as its Chinese label: a code, a list of codes
 * or of items with a `code` (warnings, violations), or words some of which are codes (`第10条 specialGrant
 * members[1] applies 62.00`). Anything else as `plain` (the CSV writer's own cell text) writes it.
 * @see 第5条
 */
export function labelledCellText(value: unknown, plain: (value: unknown) => string): string {
  if (typeof value === 'string') return labelWords(value);
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) => {
        const code =
          v !== null && typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string'
            ? (v as { code: string }).code
            : v;
        return typeof code === 'string' ? labelWords(code) : plain(code);
      })
      .join(';');
  }
  return plain(value);
}

/** The `name n` counts of a summary line (`dibao 3, lowIncome 1`) with the names as labels. */
export function labelledSummaryLine(line: string): string {
  return line.replace(
    /(^|: |, )([A-Za-z][A-Za-z0-9_]*) (\d+)(?=,|$)/g,
    (all, before: string, code: string, n: string) => {
      const label = codeLabelZh(code);
      return label === null ? all : `${before}${label} ${n}`;
    },
  );
}
