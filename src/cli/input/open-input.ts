/**
 * Opens the input of a batch command (a file or `-` for stdin), picks its format (from `--input-format`,
 * else the file extension, else — for stdin — `json` when the text starts with `[` and `jsonl` otherwise)
 * and returns the records as a stream of chunks. Nothing is read ahead beyond one chunk. JSON Lines stay
 * bytes (chunks of whole lines, see jsonl-chunks.ts); the other formats are decoded and read into items.
 * Every input passes through `utf8Input` first (encoding.ts): checked as UTF-8 or decoded from
 * `--encoding`. A spreadsheet workbook (.xlsx, .xls, .ods, .et) is refused with how to save it as CSV.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_MAX_RECORD_BYTES } from '../batch/record-limits.js';
import type { CsvInputLayout, InputFormat, WorkItem } from '../batch/types.js';
import { UsageError } from '../usage-error.js';
import { flatCsvRecords } from './csv-flat.js';
import { householdCsvRecords } from './csv-households.js';
import { readCsvRows } from './csv-rows.js';
import { decodedText, type InputEncoding, utf8Input } from './encoding.js';
import { readJsonDocument } from './json-document.js';
import { jsonlChunks, type LineChunk } from './jsonl-chunks.js';

/** The records of an input: items, or (JSON Lines) chunks of whole lines as bytes. */
export type InputRecords =
  | { kind: 'items'; items: AsyncIterable<WorkItem[]> }
  | { kind: 'lines'; chunks: AsyncIterable<LineChunk> };

/** An opened input: its records, and how far reading has got (for the progress bar). */
export interface OpenedInput {
  format: InputFormat;
  records: InputRecords;
  /** Bytes read so far, when known. */
  bytesRead: () => number | null;
  /** The file size, or `null` for stdin. */
  totalBytes: number | null;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

/** Spreadsheet workbooks, which are not CSV: the user is told how to save one as CSV. */
const WORKBOOKS = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.et', '.ett', '.numbers']);

/** How to read the records of an input. */
export interface InputOptions {
  /** `--encoding`; absent: UTF-8, or UTF-16LE when the file starts with its byte-order mark. */
  encoding?: InputEncoding | undefined;
  /** `--max-record-bytes`. */
  maxRecordBytes?: number | undefined;
}

/** The usage error for a spreadsheet workbook given as input. */
export function workbookError(file: string): UsageError {
  return new UsageError(
    `${file} is a spreadsheet workbook, not CSV: in Excel choose 文件 → 另存为 → "CSV UTF-8（逗号分隔）(*.csv)" ` +
      `(WPS: 另存为 → CSV), then run dibao on the .csv file; a plain "CSV" saved by Excel on Chinese Windows is ` +
      `GBK: add --encoding gbk / 这是电子表格工作簿而不是 CSV：请在 Excel 中另存为"CSV UTF-8（逗号分隔）"后再运行；` +
      `若另存为普通"CSV"，请加 --encoding gbk`,
  );
}

/** The input format named by a file's extension, or `null`. */
export function formatFromExtension(file: string): InputFormat | null {
  return EXTENSIONS[extname(file).toLowerCase()] ?? null;
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/** Reads ahead until the first non-blank character: `[` means a JSON document, anything else JSON Lines. */
async function sniff(
  stream: AsyncIterable<Buffer>,
): Promise<{ format: InputFormat; source: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  const seen: Buffer[] = [];
  let text = '';
  for (;;) {
    const r = await it.next();
    if (r.done) return { format: 'jsonl', source: prepend(seen, it) };
    seen.push(r.value);
    text += decoder.write(r.value);
    const m = /[^\s\uFEFF]/.exec(text);
    if (m) return { format: m[0] === '[' ? 'json' : 'jsonl', source: prepend(seen, it) };
  }
}

/** Opens `file` (`-` = `stdin`) and returns its records. */
export async function openInput(
  file: string,
  requested: InputFormat | undefined,
  csvLayout: CsvInputLayout,
  stdin: Readable,
  cwd: string,
  options: InputOptions = {},
): Promise<OpenedInput> {
  let format: InputFormat;
  let source: AsyncIterable<Buffer>;
  const label = file === '-' ? 'stdin' : file;
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let bytesRead: () => number | null = () => null;
  let totalBytes: number | null = null;
  if (file === '-') {
    const text = utf8Input(stdin, options.encoding, label);
    if (requested) {
      format = requested;
      source = text;
    } else {
      ({ format, source } = await sniff(text));
    }
  } else {
    const path = resolve(cwd, file);
    if (WORKBOOKS.has(extname(path).toLowerCase())) throw workbookError(file);
    const fromName = formatFromExtension(path);
    if (!requested && !fromName) {
      throw new UsageError(
        `cannot tell the format of ${file} from its extension; use --input-format json|jsonl|csv / 无法从扩展名判断格式`,
      );
    }
    format = requested ?? (fromName as InputFormat);
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new Error('not a file');
      totalBytes = st.size;
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message} / 无法读取输入文件`);
    }
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    bytesRead = () => stream.bytesRead;
    source = utf8Input(stream, options.encoding, label);
  }
  let records: InputRecords;
  const text = (): AsyncIterable<string> => decodedText(source, label);
  if (format === 'jsonl')
    records = {
      kind: 'lines',
      chunks: jsonlChunks(source, undefined, undefined, max),
    };
  else if (format === 'json') records = { kind: 'items', items: readJsonDocument(text(), max) };
  else if (csvLayout.kind === 'households')
    records = { kind: 'items', items: householdCsvRecords(readCsvRows(text()), max) };
  else records = { kind: 'items', items: flatCsvRecords(readCsvRows(text()), csvLayout.columns, max) };
  return { format, records, bytesRead, totalBytes };
}
