/**
 * The worker-thread side of `--jobs N`: finds the command's batch spec by name, builds its evaluator
 * once, then answers chunk requests until the main thread terminates it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchSpecFor } from '../commands/index.js';
import { processChunk, processJsonlBytes } from './process-chunk.js';
import type { BatchSettings } from './types.js';
import { type ChunkReply, type ChunkRequest, WORKER_MARKER } from './worker-pool.js';

/** True when this thread was started by {@link WorkerPool}. */
export function isCliWorker(): boolean {
  return (
    parentPort !== null &&
    workerData !== null &&
    typeof workerData === 'object' &&
    (workerData as { marker?: unknown }).marker === WORKER_MARKER
  );
}

/** Serves chunk requests in this worker thread. */
export function serveChunks(): void {
  const port = parentPort;
  if (!port) return;
  const settings = (workerData as { settings: BatchSettings<unknown> }).settings;
  const spec = batchSpecFor(settings.command);
  const evaluate = spec.evaluator(settings.ctx);
  port.on('message', (req: ChunkRequest) => {
    let reply: ChunkReply;
    try {
      const r =
        req.kind === 'items'
          ? processChunk(spec, settings, evaluate, req.items)
          : processJsonlBytes(spec, settings, evaluate, req.bytes, req.firstLine);
      reply = { seq: req.seq, ...r };
    } catch (e) {
      reply = { seq: req.seq, failure: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    // The output buffer is the chunk's own (ByteSink): hand it over instead of copying it.
    port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
}
