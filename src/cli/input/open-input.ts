/**
 * Opens the input of a batch command (a file or `-` for stdin), picks its format (from `--input-format`,
 * else the file extension, else — for stdin — `json` when the text starts with `[` and `jsonl` otherwise)
 * and returns the records as a stream of chunks. Nothing is read ahead beyond one chunk.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { CsvInputLayout, InputFormat, WorkItem } from '../batch/types.js';
import { UsageError } from '../usage-error.js';
import { flatCsvRecords } from './csv-flat.js';
import { householdCsvRecords } from './csv-households.js';
import { readCsvRows } from './csv-rows.js';
import { readJsonDocument } from './json-document.js';
import { readJsonLines } from './json-lines.js';

/** An opened input: its records, and how far reading has got (for the progress bar). */
export interface OpenedInput {
  format: InputFormat;
  items: AsyncIterable<WorkItem[]>;
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

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

async function sniff(
  stream: AsyncIterable<string>,
): Promise<{ format: InputFormat; source: AsyncIterable<string> }> {
  const it = stream[Symbol.asyncIterator]();
  let seen = '';
  for (;;) {
    const r = await it.next();
    if (r.done) return { format: 'jsonl', source: prepend(seen, it) };
    seen += r.value;
    const m = /[^\s\uFEFF]/.exec(seen);
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
): Promise<OpenedInput> {
  let format: InputFormat;
  let source: AsyncIterable<string>;
  let bytesRead: () => number | null = () => null;
  let totalBytes: number | null = null;
  if (file === '-') {
    stdin.setEncoding('utf8');
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
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    bytesRead = () => stream.bytesRead;
    source = stream;
  }
  let items: AsyncIterable<WorkItem[]>;
  if (format === 'jsonl') items = readJsonLines(source);
  else if (format === 'json') items = readJsonDocument(source);
  else if (csvLayout.kind === 'households') items = householdCsvRecords(readCsvRows(source));
  else items = flatCsvRecords(readCsvRows(source), csvLayout.columns);
  return { format, items, bytesRead, totalBytes };
}
