/**
 * Evaluates one chunk of input items and writes each as exactly one output line (a result record or an
 * error record), tallying as it goes. Runs in the main thread (`--jobs 1`) or in a worker thread.
 */
import { DibaoInputError } from '../../core/errors.js';
import { csvRecord } from '../output/csv-field.js';
import { errorCells, resultCells } from '../output/csv-output.js';
import { RecordFailure } from './record-failure.js';
import { emptyTally } from './tally.js';
import type { BatchSettings, BatchSpec, OutputRecord, RecordError, Tally, WorkItem } from './types.js';

/** What a processed chunk hands back to the writer. */
export interface ChunkResult {
  text: string;
  tally: Tally;
}

function idOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : null;
}

function recordError(e: unknown): RecordError {
  if (e instanceof DibaoInputError || e instanceof RecordFailure) {
    return { name: e.name, message: e.message, issues: e.issues };
  }
  if (e instanceof SyntaxError) {
    return {
      name: 'SyntaxError',
      message: e.message,
      issues: [
        {
          path: '',
          code: 'invalid_json',
          message: `JSON 语法错误：${e.message}`,
          messageEn: `JSON syntax error: ${e.message}`,
        },
      ],
    };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    name: err.name,
    message: err.message,
    issues: [
      { path: '', code: 'failed', message: `处理失败：${err.message}`, messageEn: `failed: ${err.message}` },
    ],
  };
}

/** Evaluates one item into its output record. Never throws. */
export function evaluateItem(evaluate: (record: unknown) => unknown, item: WorkItem): OutputRecord {
  if (item.kind === 'error') {
    return {
      line: item.line,
      id: item.id,
      error: {
        name: 'CsvError',
        message: item.issues[0]?.messageEn ?? 'invalid record',
        issues: item.issues,
      },
    };
  }
  let value: unknown;
  if (item.kind === 'text') {
    try {
      value = JSON.parse(item.text);
    } catch (e) {
      return { line: item.line, id: null, error: recordError(e) };
    }
  } else {
    value = item.value;
  }
  const id = item.kind === 'value' && item.id !== null ? item.id : idOf(value);
  try {
    return { line: item.line, id, result: evaluate(value) };
  } catch (e) {
    return { line: item.line, id, error: recordError(e) };
  }
}

/** Evaluates `items` in order and formats each output record as one line. */
export function processChunk<Ctx>(
  spec: BatchSpec<Ctx>,
  settings: BatchSettings<Ctx>,
  evaluate: (record: unknown) => unknown,
  items: ReadonlyArray<WorkItem>,
): ChunkResult {
  const tally = emptyTally();
  let text = '';
  for (const item of items) {
    const rec = evaluateItem(evaluate, item);
    tally.records += 1;
    if ('error' in rec) tally.errors += 1;
    else spec.tally(rec.result, tally);
    if (settings.outputFormat === 'jsonl') {
      text += `${JSON.stringify(rec)}\n`;
    } else {
      const cells =
        'error' in rec
          ? errorCells(spec, rec, settings.traceColumn)
          : resultCells(spec, rec, settings.traceColumn);
      text += csvRecord(cells);
    }
  }
  return { text, tally };
}
