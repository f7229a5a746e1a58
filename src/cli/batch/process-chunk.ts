/**
 * Evaluates one chunk of input and writes each record as exactly one output line (a result record or an
 * error record), encoded as UTF-8 bytes, tallying as it goes. Runs in the main thread (`--jobs 1`) or in
 * a worker thread. A chunk is either a list of items (CSV, a JSON document, stdin) or — for JSON Lines
 * files — the raw text of whole lines, split here so that the main thread never touches single records.
 */
import { isUtf8 } from 'node:buffer';
import { DibaoInputError } from '../../core/errors.js';
import { type DuplicateKey, duplicateKeyIn, duplicateKeyText } from '../input/duplicate-keys.js';
import { ByteSink } from '../output/byte-sink.js';
import { csvRecord } from '../output/csv-field.js';
import { errorCells, resultCells } from '../output/csv-output.js';
import { RecordFailure } from './record-failure.js';
import { DEFAULT_MAX_RECORD_BYTES, tooLargeItem } from './record-limits.js';
import { emptyTally, mergeTally } from './tally.js';
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

/** Whether `text` is more than `max` bytes of UTF-8 (measured only when it could be: ≤ 3 bytes a unit). */
function overLimit(text: string, max: number): boolean {
  return text.length > max || (text.length * 3 > max && Buffer.byteLength(text, 'utf8') > max);
}

/** The output record of an error item. */
function errorRecord(item: Extract<WorkItem, { kind: 'error' }>): OutputRecord {
  return {
    line: item.line,
    id: item.id,
    error: { name: item.name, message: item.issues[0]?.messageEn ?? 'invalid record', issues: item.issues },
  };
}

/** The output record of a JSON text over the size limit. */
function tooLargeRecord(line: number, text: string, max: number): OutputRecord {
  return errorRecord(tooLargeItem(line, null, Buffer.byteLength(text, 'utf8'), max));
}

/** The error of a record that writes a key twice in one object (JSON.parse would keep the last). */
function duplicateKeyError(dup: DuplicateKey): RecordError {
  const t = duplicateKeyText(dup);
  const path = t.path === '' ? dup.key : `${t.path}.${dup.key}`;
  return {
    name: 'InputError',
    message: t.en,
    issues: [{ path, code: 'duplicate_key', message: t.zh, messageEn: t.en }],
  };
}

/** Evaluates one item into its output record. Never throws. */
export function evaluateItem(
  evaluate: (record: unknown) => unknown,
  item: WorkItem,
  maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
): OutputRecord {
  if (item.kind === 'error') return errorRecord(item);
  if (item.kind === 'text') {
    if (overLimit(item.text, maxRecordBytes)) return tooLargeRecord(item.line, item.text, maxRecordBytes);
    return evaluateText(evaluate, item.line, item.text);
  }
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
  const dup = duplicateKeyIn(text, value);
  if (dup !== null) return { line, id, error: duplicateKeyError(dup) };
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
  const max = settings.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  for (const item of items) out.add(evaluateItem(evaluate, item, max));
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
  const max = settings.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
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
      const record = text.slice(start, end);
      out.add(
        end - start > max / 3 && overLimit(record, max)
          ? tooLargeRecord(line, record, max)
          : evaluateText(evaluate, line, record),
      );
    }
    line += 1;
    start = nl + 1;
  }
  return out.result();
}

/** The error record of a JSON Lines line whose bytes are not UTF-8. */
function notUtf8Record(line: number): OutputRecord {
  return errorRecord({
    kind: 'error',
    name: 'InputError',
    line,
    id: null,
    issues: [
      {
        path: '',
        code: 'invalid_encoding',
        message: `第${line}行不是 UTF-8 文本，未评估（文件编码有误？可用 --encoding 指定）`,
        messageEn: `line ${line} is not UTF-8 text; not evaluated (a wrong encoding? see --encoding)`,
      },
    ],
  });
}

/**
 * Evaluates whole JSON Lines given as UTF-8 bytes (see {@link processJsonlText}). A line whose bytes are
 * not UTF-8 becomes an error record (`invalid_encoding`) instead of being read with U+FFFD in it; the
 * check is one native pass over the chunk, and line by line only when the chunk fails it.
 */
export function processJsonlBytes<Ctx>(
  spec: BatchSpec<Ctx>,
  settings: BatchSettings<Ctx>,
  evaluate: (record: unknown) => unknown,
  bytes: Uint8Array,
  firstLine: number,
): ChunkResult {
  if (isUtf8(bytes)) return processJsonlText(spec, settings, evaluate, decodeUtf8(bytes), firstLine);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: ChunkResult[] = [];
  let line = firstLine;
  let start = 0;
  let goodFrom = 0;
  let goodLine = firstLine;
  const flushGood = (end: number): void => {
    if (end > goodFrom) {
      const text = buf.toString('utf8', goodFrom, end);
      parts.push(processJsonlText(spec, settings, evaluate, text, goodLine));
    }
  };
  while (start < buf.length) {
    let nl = buf.indexOf(0x0a, start);
    if (nl === -1) nl = buf.length;
    if (!isUtf8(buf.subarray(start, nl))) {
      flushGood(start);
      const out = new ChunkWriter(spec, settings, 256);
      out.add(notUtf8Record(line));
      parts.push(out.result());
      goodFrom = nl + 1;
      goodLine = line + 1;
    }
    line += 1;
    start = nl + 1;
  }
  flushGood(buf.length);
  return concatResults(parts);
}

/** One chunk result made of several, in order. */
export function concatResults(parts: readonly ChunkResult[]): ChunkResult {
  const tally = emptyTally();
  for (const p of parts) mergeTally(tally, p.tally);
  const size = parts.reduce((n, p) => n + p.bytes.length, 0);
  // allocUnsafeSlow: its own ArrayBuffer, so a worker can transfer it.
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p.bytes, at);
    at += p.bytes.length;
  }
  return { bytes, tally };
}
