/**
 * Worker threads for `--jobs N`. Each worker rebuilds the command's evaluator from the (cloneable) run
 * settings and processes whole chunks; the main thread only reads, splits and writes. Chunks go to the
 * first idle worker; results come back tagged with their sequence number and the writer puts them
 * back in input order. A JSON Lines chunk goes out as its raw bytes (decoded, split and parsed in the
 * worker), and every chunk's output comes back as one buffer of UTF-8 that is transferred, not copied.
 * A thread that dies is replaced and its chunk evaluated again record by record (see {@link WorkerPool}).
 */
import { Worker } from 'node:worker_threads';
import { type ChunkResult, concatResults } from './process-chunk.js';
import type { BatchSettings, WorkItem } from './types.js';

/** The `workerData` marker that tells the CLI entry to run as a worker. */
export const WORKER_MARKER = 'dibao-cli-worker';

/**
 * Heap limits of each worker thread, in MB. Every thread is a separate V8 heap that V8 would let grow well
 * beyond what one chunk needs; capping it keeps the threads' combined peak memory low (measured in
 * docs/cli.md). Chunks are bounded in records and bytes, so a chunk's working set stays far below the
 * cap; with `--trace` (results many times larger) the old generation may grow further.
 */
export const WORKER_HEAP_MB = {
  youngGeneration: 12,
  oldGeneration: 64,
  oldGenerationWithTrace: 256,
} as const;

/** One chunk of input: items, or whole JSON Lines as bytes with the number of the first line. */
export type ChunkInput =
  | { kind: 'items'; items: WorkItem[] }
  | { kind: 'lines'; firstLine: number; bytes: Uint8Array };

/** What the main thread sends a worker. */
export type ChunkRequest = { seq: number } & ChunkInput;
/** What a worker sends back. */
export type ChunkReply = ({ seq: number } & ChunkResult) | { seq: number; failure: string };

interface Job {
  request: ChunkRequest;
  resolve: (r: ChunkResult) => void;
  reject: (e: Error) => void;
}

/**
 * Worker threads that died one after another while evaluating single records, with no record evaluated in
 * between, after which the pool gives up (the cause is not the records: the thread cannot run at all).
 */
export const MAX_DEATHS_IN_A_ROW = 64;

/** The records of a chunk one by one (JSON Lines cut at line feeds), or `null` if it holds one at most. */
export function singleRecords(input: ChunkInput): ChunkInput[] | null {
  if (input.kind === 'items') {
    return input.items.length <= 1 ? null : input.items.map((item) => ({ kind: 'items', items: [item] }));
  }
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const lines: ChunkInput[] = [];
  let start = 0;
  let line = input.firstLine;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    lines.push({ kind: 'lines', firstLine: line, bytes: bytes.subarray(start, end) });
    line += 1;
    start = end;
  }
  return lines.length <= 1 ? null : lines;
}

/**
 * A fixed number of worker threads processing chunks. A thread that dies while evaluating a chunk (out of
 * memory on a hostile record, say) is replaced, and its chunk is evaluated again one record at a time on
 * the threads left, so that only the record that kills a thread is lost: `onDeadRecord` makes its error
 * record. A thread that dies while idle, or {@link MAX_DEATHS_IN_A_ROW} deaths in a row, fail the batch.
 */
export class WorkerPool<Ctx> {
  private readonly workers = new Set<Worker>();
  private idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private failed: Error | null = null;
  private closing = false;
  private deathsInARow = 0;

  constructor(
    private readonly url: URL,
    size: number,
    private readonly settings: BatchSettings<Ctx>,
    /** The output of a single-record chunk whose thread died evaluating it. */
    private readonly onDeadRecord: (input: ChunkInput, reason: Error) => ChunkResult,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(this.url, {
      workerData: { marker: WORKER_MARKER, settings: this.settings },
      resourceLimits: {
        maxYoungGenerationSizeMb: WORKER_HEAP_MB.youngGeneration,
        maxOldGenerationSizeMb: this.settings.traceColumn
          ? WORKER_HEAP_MB.oldGenerationWithTrace
          : WORKER_HEAP_MB.oldGeneration,
      },
    });
    let reason: Error | null = null;
    w.on('message', (reply: ChunkReply) => this.onReply(w, reply));
    w.on('error', (e) => {
      reason = e;
    });
    w.on('exit', (code) => this.onExit(w, reason ?? new Error(`worker thread exited with code ${code}`)));
    this.workers.add(w);
    this.idle.push(w);
  }

  /** Processes chunk number `seq` on some worker (`first`: before the chunks already waiting). */
  run(seq: number, input: ChunkInput, first = false): Promise<ChunkResult> {
    const request: ChunkRequest = { seq, ...input };
    return new Promise((resolve, reject) => {
      if (this.failed) {
        reject(this.failed);
        return;
      }
      if (first) this.queue.unshift({ request, resolve, reject });
      else this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(w, job);
      w.postMessage(job.request);
    }
  }

  private onReply(w: Worker, reply: ChunkReply): void {
    const job = this.busy.get(w);
    this.busy.delete(w);
    this.idle.push(w);
    if (job) {
      if ('failure' in reply) job.reject(new Error(reply.failure));
      else {
        this.deathsInARow = 0;
        job.resolve({ bytes: reply.bytes, tally: reply.tally });
      }
    }
    this.pump();
  }

  private onExit(w: Worker, reason: Error): void {
    this.workers.delete(w);
    this.idle = this.idle.filter((x) => x !== w);
    const job = this.busy.get(w);
    this.busy.delete(w);
    if (this.closing || this.failed) return;
    if (!job) {
      this.fail(reason);
      return;
    }
    this.deathsInARow += 1;
    if (this.deathsInARow > MAX_DEATHS_IN_A_ROW) {
      this.fail(new Error(`${this.deathsInARow} worker threads died in a row; the last: ${reason.message}`));
      job.reject(this.failed ?? reason);
      return;
    }
    this.spawn();
    const { seq: _seq, ...input } = job.request;
    const parts = singleRecords(input);
    if (parts === null) job.resolve(this.onDeadRecord(input, reason));
    else
      Promise.all(
        parts
          .reverse()
          .map((p) => this.run(job.request.seq, p, true))
          .reverse(),
      ).then((results) => job.resolve(concatResults(results)), job.reject);
    this.pump();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const job of this.busy.values()) job.reject(e);
    for (const job of this.queue) job.reject(e);
    this.busy.clear();
    this.queue.length = 0;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
