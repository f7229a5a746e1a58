/**
 * Worker threads for `--jobs N`. Each worker rebuilds the command's evaluator from the (cloneable) run
 * settings and processes whole chunks; the main thread only reads, splits and writes. Chunks go to the
 * first idle worker; results come back tagged with their sequence number and the writer puts them
 * back in input order. A JSON Lines chunk goes out as its raw bytes (decoded, split and parsed in the
 * worker), and every chunk's output comes back as one buffer of UTF-8 that is transferred, not copied.
 */
import { Worker } from 'node:worker_threads';
import type { ChunkResult } from './process-chunk.js';
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

/** A fixed set of worker threads processing chunks. */
export class WorkerPool<Ctx> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private failed: Error | null = null;
  private closing = false;

  constructor(url: URL, size: number, settings: BatchSettings<Ctx>) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, {
        workerData: { marker: WORKER_MARKER, settings },
        resourceLimits: {
          maxYoungGenerationSizeMb: WORKER_HEAP_MB.youngGeneration,
          maxOldGenerationSizeMb: settings.traceColumn
            ? WORKER_HEAP_MB.oldGenerationWithTrace
            : WORKER_HEAP_MB.oldGeneration,
        },
      });
      w.on('message', (reply: ChunkReply) => this.onReply(w, reply));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Processes chunk number `seq` on some worker. */
  run(seq: number, input: ChunkInput): Promise<ChunkResult> {
    const request: ChunkRequest = { seq, ...input };
    return new Promise((resolve, reject) => {
      if (this.failed) {
        reject(this.failed);
        return;
      }
      this.queue.push({ request, resolve, reject });
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
      else job.resolve({ bytes: reply.bytes, tally: reply.tally });
    }
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
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
