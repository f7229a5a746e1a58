/**
 * CSV output of a batch: one row per input record. Every command writes `line,id,status`, then its own
 * result columns, then (with `--trace`) `trace` as JSON, then `error`.
 */
import type { BatchSpec, CliIssue, OutputRecord } from '../batch/types.js';
import { labelledCellText } from './csv-labels.js';

/** The column names of a command's CSV output, in order. */
export function csvHeader<Ctx>(spec: BatchSpec<Ctx>, traceColumn: boolean): string[] {
  return [
    'line',
    'id',
    'status',
    ...spec.csvOutput.map((c) => c.name),
    ...(traceColumn ? ['trace'] : []),
    'error',
  ];
}

/**
 * The text of one cell: empty for null/absent, `true`/`false`, numbers as written, arrays joined with `;`
 * (items with a `code`, such as warnings and violations, by their code), other objects as JSON.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) =>
        v !== null && typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string'
          ? (v as { code: string }).code
          : cellText(v),
      )
      .join(';');
  }
  return JSON.stringify(value);
}

/** The issues of an error record as one readable cell: `path: 中文说明 [code]`, separated by ` | `. */
export function issuesText(issues: ReadonlyArray<CliIssue>): string {
  return issues.map((i) => `${i.path || '(record)'}: ${i.message} [${i.code}]`).join(' | ');
}

function traceOf(result: unknown): unknown {
  return result !== null && typeof result === 'object' ? (result as { trace?: unknown }).trace : undefined;
}

/** The cells of a successful record. */
export function resultCells<Ctx>(
  spec: BatchSpec<Ctx>,
  rec: { line: number; id: string | null; result: unknown },
  traceColumn: boolean,
  labels = false,
): string[] {
  const cells = [String(rec.line), rec.id ?? '', 'ok'];
  for (const c of spec.csvOutput)
    cells.push(
      labels && c.codes === true
        ? labelledCellText(c.cell(rec.result), cellText)
        : cellText(c.cell(rec.result)),
    );
  if (traceColumn) cells.push(JSON.stringify(traceOf(rec.result) ?? []));
  cells.push('');
  return cells;
}

/** The cells of an error record: the result columns stay empty. */
export function errorCells<Ctx>(
  spec: BatchSpec<Ctx>,
  rec: Extract<OutputRecord, { error: unknown }>,
  traceColumn: boolean,
): string[] {
  const cells = [String(rec.line), rec.id ?? '', 'error'];
  for (let i = 0; i < spec.csvOutput.length; i++) cells.push('');
  if (traceColumn) cells.push('');
  cells.push(issuesText(rec.error.issues));
  return cells;
}

/** Reads `result.a.b.c`, or `undefined` when any step is missing. */
export function at(result: unknown, ...path: string[]): unknown {
  let cur: unknown = result;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
