/**
 * The batch pipeline: read a chunk, evaluate it (inline or on a worker thread), write its bytes in input
 * order. At most a few chunks are in flight at once and reading waits while they are, and writing waits
 * once more than {@link OUTPUT_BUFFER_BYTES} wait to be written, so memory stays flat however large the
 * input is. With `--jobs N` the main thread only reads, cuts JSON Lines at line feeds, and writes the bytes
 * the workers send back (each chunk's output is one transferred buffer).
 */
import type { LineChunk } from '../input/jsonl-chunks.js';
import type { OpenedInput } from '../input/open-input.js';
import { csvRecord } from '../output/csv-field.js';
import { csvHeader } from '../output/csv-output.js';
import type { OutputSink } from '../output/output-target.js';
import type { Progress } from '../progress.js';
import { type ChunkResult, processChunk, processJsonlBytes } from './process-chunk.js';
import { DEFAULT_MAX_RECORD_BYTES, tooLargeItem } from './record-limits.js';
import { emptyTally, mergeTally } from './tally.js';
import type { BatchSettings, BatchSpec, CliIssue, Tally, WorkItem } from './types.js';
import { type ChunkInput, WorkerPool } from './worker-pool.js';

/** Records per chunk handed to an evaluator. */
export const CHUNK_RECORDS = 500;
/** A chunk is also cut once its raw JSON text reaches this many characters (a few very large records). */
export const CHUNK_TEXT_CHARS = 1 << 20;
/** Output bytes allowed to wait in the output stream before the pipeline waits for it to drain. */
export const OUTPUT_BUFFER_BYTES = 8 << 20;

/** One batch run. */
export interface BatchRun<Ctx> {
  spec: BatchSpec<Ctx>;
  settings: BatchSettings<Ctx>;
  input: OpenedInput;
  /** Where the records go; a write failure stops the run with an `OutputError`. */
  output: OutputSink;
  /** Worker threads to use; 1 = evaluate in the main thread. */
  jobs: number;
  workerUrl: URL | null;
  progress: Progress | null;
  /** Start CSV output with a UTF-8 byte-order mark (for Excel). */
  bom: boolean;
}

async function write(out: OutputSink, data: Uint8Array | string): Promise<void> {
  // Waiting for 'drain' after every chunk would stop reading and evaluating while the bytes go out;
  // a few MB may wait instead.
  await out.write(data, OUTPUT_BUFFER_BYTES);
}

async function* chunked(source: AsyncIterable<WorkItem[]>): AsyncGenerator<ChunkInput> {
  let buf: WorkItem[] = [];
  let chars = 0;
  for await (const items of source) {
    for (const item of items) {
      buf.push(item);
      if (item.kind === 'text') chars += item.text.length;
      if (buf.length >= CHUNK_RECORDS || chars >= CHUNK_TEXT_CHARS) {
        yield { kind: 'items', items: buf };
        buf = [];
        chars = 0;
      }
    }
  }
  if (buf.length > 0) yield { kind: 'items', items: buf };
}

async function* lineChunks(source: AsyncIterable<LineChunk>, max: number): AsyncGenerator<ChunkInput> {
  for await (const c of source) {
    if (c.tooLarge !== undefined)
      yield { kind: 'items', items: [tooLargeItem(c.firstLine, null, c.tooLarge, max)] };
    else yield { kind: 'lines', firstLine: c.firstLine, bytes: c.bytes };
  }
}

/** The issue of a record whose worker thread died evaluating it. */
function workerDiedIssue(reason: Error): CliIssue {
  const why = `${(reason as { code?: unknown }).code ?? reason.name}: ${reason.message}`;
  return {
    path: '',
    code: 'worker_died',
    message: `评估该记录的工作线程崩溃（${why}），记录未评估；其余记录照常评估`,
    messageEn: `the worker thread evaluating this record died (${why}); not evaluated, the batch went on`,
  };
}

/** The output of a single-record chunk whose worker thread died: its error record. */
function deadRecordOutput<Ctx>(
  spec: BatchSpec<Ctx>,
  settings: BatchSettings<Ctx>,
  input: ChunkInput,
  reason: Error,
): ChunkResult {
  const first = input.kind === 'items' ? input.items[0] : undefined;
  const line = input.kind === 'lines' ? input.firstLine : (first?.line ?? 0);
  const id = first !== undefined && first.kind !== 'text' ? first.id : null;
  const item: WorkItem = { kind: 'error', name: 'WorkerError', line, id, issues: [workerDiedIssue(reason)] };
  return processChunk(spec, settings, () => undefined, [item]);
}

/** Runs the batch and returns its tally. */
export async function runBatch<Ctx>(run: BatchRun<Ctx>): Promise<Tally> {
  const { spec, settings, output } = run;
  const tally = emptyTally();
  // The head (BOM, CSV header) goes out with the first chunk, so a usage error found while opening the
  // input (an unknown CSV column) leaves the output empty.
  let head = run.bom ? '\uFEFF' : '';
  if (settings.outputFormat === 'csv') head += csvRecord(csvHeader(spec, settings.traceColumn));

  const pool =
    run.jobs > 1 && run.workerUrl !== null
      ? new WorkerPool(run.workerUrl, run.jobs, settings, (input, reason) =>
          deadRecordOutput(spec, settings, input, reason),
        )
      : null;
  const inline = pool ? null : spec.evaluator(settings.ctx);
  // Enough chunks queued that a worker finishing one finds the next waiting, even when the main thread
  // is slow to be scheduled on a busy machine (a chunk is ≈ 256 KB in and ≈ 600 KB out).
  const maxInFlight = pool ? run.jobs * 4 : 1;
  const inFlight: Promise<ChunkResult>[] = [];

  const flushHead = async (): Promise<void> => {
    const r = await (inFlight.shift() as Promise<ChunkResult>);
    mergeTally(tally, r.tally);
    if (head !== '') await write(output, head);
    head = '';
    await write(output, r.bytes);
    run.progress?.tick(tally.records, run.input.bytesRead());
  };

  try {
    let seq = 0;
    const records = run.input.records;
    const max = settings.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const chunks = records.kind === 'lines' ? lineChunks(records.chunks, max) : chunked(records.items);
    for await (const chunk of chunks) {
      let p: Promise<ChunkResult>;
      if (pool) p = pool.run(seq, chunk);
      else {
        const evaluate = inline as (record: unknown) => unknown;
        p = Promise.resolve(
          chunk.kind === 'items'
            ? processChunk(spec, settings, evaluate, chunk.items)
            : processJsonlBytes(spec, settings, evaluate, chunk.bytes, chunk.firstLine),
        );
      }
      seq += 1;
      p.catch(() => undefined); // rejections are observed in order by flushHead
      inFlight.push(p);
      while (inFlight.length >= maxInFlight) await flushHead();
    }
    while (inFlight.length > 0) await flushHead();
    await write(output, head); // an input without records still gets its header
  } finally {
    await pool?.close();
    run.progress?.done();
  }
  return tally;
}
