/**
 * Evaluates one chunk of input and writes each record as exactly one output line (a result record or an
 * error record), encoded as UTF-8 bytes, tallying as it goes. Runs in the main thread (`--jobs 1`) or in
 * a worker thread. A chunk is either a list of items (CSV, a JSON document, stdin) or — for JSON Lines
 * files — the raw text of whole lines, split here so that the main thread never touches single records.
 */
import { DibaoInputError } from '../../core/errors.js';
import { ByteSink } from '../output/byte-sink.js';
import { csvRecord } from '../output/csv-field.js';
import { errorCells, resultCells } from '../output/csv-output.js';
import { RecordFailure } from './record-failure.js';
import { emptyTally } from './tally.js';
import type { BatchSettings, BatchSpec, OutputRecord, RecordError, Tally, WorkItem } from './types.js';

/** What a processed chunk hands back to the writer: its output lines as UTF-8, and its tally. */
export interface ChunkResult {
  bytes: Uint8Array;
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
  if (item.kind === 'text') return evaluateText(evaluate, item.line, item.text);
  const id = item.id !== null ? item.id : idOf(item.value);
  try {
    return { line: item.line, id, result: evaluate(item.value) };
  } catch (e) {
    return { line: item.line, id, error: recordError(e) };
  }
}

/** Parses and evaluates one line of JSON text into its output record. Never throws. */
export function evaluateText(
  evaluate: (record: unknown) => unknown,
  line: number,
  text: string,
): OutputRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, id: null, error: recordError(e) };
  }
  const id = idOf(value);
  try {
    return { line, id, result: evaluate(value) };
  } catch (e) {
    return { line, id, error: recordError(e) };
  }
}

/** Formats a chunk's output records into bytes and tallies them. */
class ChunkWriter<Ctx> {
  readonly tally: Tally = emptyTally();
  private readonly sink: ByteSink;
  private readonly resultJson: ((result: unknown) => string | null) | null;

  constructor(
    private readonly spec: BatchSpec<Ctx>,
    private readonly settings: BatchSettings<Ctx>,
    sizeHint: number,
  ) {
    this.sink = new ByteSink(sizeHint);
    this.resultJson = settings.outputFormat === 'jsonl' ? (spec.resultJson ?? null) : null;
  }

  add(rec: OutputRecord): void {
    const tally = this.tally;
    tally.records += 1;
    if ('error' in rec) tally.errors += 1;
    else this.spec.tally(rec.result, tally);
    if (this.settings.outputFormat === 'jsonl') {
      // The command's own serialiser when it has one (byte-identical to JSON.stringify, or null).
      const json = this.resultJson !== null && 'result' in rec ? this.resultJson(rec.result) : null;
      if (json !== null) {
        const id = rec.id === null ? 'null' : JSON.stringify(rec.id);
        this.sink.write(`{"line":${rec.line},"id":${id},"result":${json}}\n`);
      } else {
        this.sink.write(`${JSON.stringify(rec)}\n`);
      }
    } else {
      const cells =
        'error' in rec
          ? errorCells(this.spec, rec, this.settings.traceColumn)
          : resultCells(this.spec, rec, this.settings.traceColumn, this.settings.labels === 'zh');
      this.sink.write(csvRecord(cells));
    }
  }

  result(): ChunkResult {
    return { bytes: this.sink.bytes(), tally: this.tally };
  }
}

/** Evaluates `items` in order and formats each output record as one line. */
export function processChunk<Ctx>(
  spec: BatchSpec<Ctx>,
  settings: BatchSettings<Ctx>,
  evaluate: (record: unknown) => unknown,
  items: ReadonlyArray<WorkItem>,
): ChunkResult {
  const out = new ChunkWriter(spec, settings, 1 << 16);
  for (const item of items) out.add(evaluateItem(evaluate, item));
  return out.result();
}

/** The UTF-8 text of `bytes` (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * Evaluates the JSON Lines in `text` (whole lines; the last may lack its line feed), the first of which
 * is line `firstLine` of the input. Blank (whitespace-only) lines are skipped but counted, and a trailing
 * carriage return is dropped.
 */
export function processJsonlText<Ctx>(
  spec: BatchSpec<Ctx>,
  settings: BatchSettings<Ctx>,
  evaluate: (record: unknown) => unknown,
  text: string,
  firstLine: number,
): ChunkResult {
  const out = new ChunkWriter(spec, settings, Math.max(1 << 16, text.length * 3));
  let line = firstLine;
  let start = 0;
  const n = text.length;
  while (start < n) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    // A line that starts with `{` is not blank; anything else gets the full whitespace test.
    if (end > start && (text.charCodeAt(start) === 123 || text.slice(start, end).trim() !== '')) {
      out.add(evaluateText(evaluate, line, text.slice(start, end)));
    }
    line += 1;
    start = nl + 1;
  }
  return out.result();
}
