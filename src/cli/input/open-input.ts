/**
 * Opens the input of a batch command (a file or `-` for stdin), picks its format (from `--input-format`,
 * else the file extension, else — for stdin — `json` when the text starts with `[` and `jsonl` otherwise)
 * and returns the records as a stream of chunks. Nothing is read ahead beyond one chunk. JSON Lines stay
 * bytes (chunks of whole lines, see jsonl-chunks.ts); the other formats are decoded and read into items.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { CsvInputLayout, InputFormat, WorkItem } from '../batch/types.js';
import { UsageError } from '../usage-error.js';
import { flatCsvRecords } from './csv-flat.js';
import { householdCsvRecords } from './csv-households.js';
import { readCsvRows } from './csv-rows.js';
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

/** UTF-8 text of a byte stream (a character split across blocks is kept whole). */
async function* decoded(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const block of source) {
    const s = decoder.write(block);
    if (s.length > 0) yield s;
  }
  const end = decoder.end();
  if (end.length > 0) yield end;
}

/** Opens `file` (`-` = `stdin`) and returns its records. */
export async function openInput(
  file: string,
  requested: InputFormat | undefined,
  csvLayout: CsvInputLayout,
  stdin: Readable,
  cwd: string,
): Promise<OpenedInput> {
  let format: InputFormat;
  let source: AsyncIterable<Buffer>;
  let bytesRead: () => number | null = () => null;
  let totalBytes: number | null = null;
  if (file === '-') {
    if (requested) {
      format = requested;
      source = stdin;
    } else {
      ({ format, source } = await sniff(stdin));
    }
  } else {
    const path = resolve(cwd, file);
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
    source = stream;
  }
  let records: InputRecords;
  if (format === 'jsonl') records = { kind: 'lines', chunks: jsonlChunks(source) };
  else if (format === 'json') records = { kind: 'items', items: readJsonDocument(decoded(source)) };
  else if (csvLayout.kind === 'households')
    records = { kind: 'items', items: householdCsvRecords(readCsvRows(decoded(source))) };
  else records = { kind: 'items', items: flatCsvRecords(readCsvRows(decoded(source)), csvLayout.columns) };
  return { format, records, bytesRead, totalBytes };
}
