/**
 * Where a batch command writes: stdout, or the `-o` file. A file is written **atomically**: the records go
 * to a temporary file in the same folder (`.<name>.<pid>-<random>.tmp`), which is flushed to the disk and
 * renamed over the output name only when the run has finished. An interrupted run (Ctrl-C, a failed write,
 * a crash of the command) therefore never leaves half a file under the output name — the earlier file, if
 * any, stays as it was — and the temporary file is removed on a clean error and on SIGINT, SIGTERM and
 * SIGHUP (only a kill -9 or a power cut can leave it behind). An existing output keeps its permissions; a
 * symbolic link is written through (the file it names is replaced). A name that is not a regular file
 * (`/dev/null`, a named pipe, a device) is written directly.
 *
 * Every write goes through an {@link OutputSink}, which turns the stream's `'error'` event into an
 * {@link OutputError} thrown where the pipeline writes next, so a full disk stops the run with one line
 * and its own exit code instead of an unhandled `'error'` event.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, unlinkSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { OutputError } from './output-error.js';

/** Writes to a stream, turning its `'error'` event into an {@link OutputError} thrown by the next write. */
export class OutputSink {
  private failure: OutputError | null = null;
  private readonly wake = new Set<() => void>();
  private readonly onError = (e: unknown): void => {
    this.failure ??= new OutputError(this.target, e);
    for (const f of this.wake) f();
  };

  constructor(
    readonly stream: Writable,
    /** How the output is named in messages (`stdout`, the `-o` file). */
    readonly target: string,
  ) {
    stream.on('error', this.onError);
  }

  /** Throws the write failure, if any. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  /** Writes `data`; waits for the stream to drain once more than `maxBuffered` bytes wait in it. */
  async write(data: Uint8Array | string, maxBuffered: number): Promise<void> {
    this.check();
    if (data.length === 0) return;
    if (!this.stream.write(data) && this.stream.writableLength > maxBuffered) await this.until('drain');
    this.check();
  }

  /** Waits for `event` on the stream, or for a write failure (then throws it). */
  async until(event: string): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off(event, done);
        this.wake.delete(done);
        resolve();
      };
      this.stream.on(event, done);
      this.wake.add(done);
    });
    this.check();
  }

  /** Stops listening for errors (a later error of a stream we do not own is not ours). */
  release(): void {
    this.stream.off('error', this.onError);
  }
}

/** The output of one run. */
export interface OutputTarget {
  sink: OutputSink;
  /** The run finished: flush, and (a file) put it in place under its name. Throws {@link OutputError}. */
  commit(): Promise<void>;
  /** The run failed: drop what was written (a file: remove the temporary file). Never throws. */
  abort(): Promise<void>;
}

/** Temporary files not yet renamed or removed; removed if the process exits or is interrupted first. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePendingSync(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingSync();
  process.exit(128 + (constants.signals[signal] ?? 0));
}

function track(tmp: string): void {
  if (pending.size === 0) {
    process.on('exit', removePendingSync);
    for (const s of SIGNALS) process.on(s, onSignal);
  }
  pending.add(tmp);
}

function untrack(tmp: string): void {
  if (!pending.delete(tmp) || pending.size > 0) return;
  process.off('exit', removePendingSync);
  for (const s of SIGNALS) process.off(s, onSignal);
}

async function statOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Opens the output: stdout for `undefined` or `-`, else the file `target` (atomically, see above). */
export async function openOutput(target: unknown, io: CliIo): Promise<OutputTarget> {
  if (target === undefined || target === '-') {
    const sink = new OutputSink(io.stdout, 'stdout');
    return { sink, commit: async () => sink.check(), abort: async () => sink.release() };
  }
  if (typeof target !== 'string' || target === '') throw new UsageError('--output needs a file name');
  const full = resolve(io.cwd, target);
  const existing = await statOrNull(full);
  if (existing !== null && !existing.isFile()) return openDirect(full, target);
  const real = existing !== null ? await realpath(full) : full;
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(tmp, 'wx', 0o666);
    if (existing !== null) await handle.chmod(existing.mode & 0o7777);
  } catch (e) {
    throw new UsageError(`cannot write ${target}: ${(e as Error).message} / 无法写入输出文件`);
  }
  track(tmp);
  const stream = createWriteStream('', { fd: handle.fd, autoClose: false });
  const sink = new OutputSink(stream, target);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    sink,
    async commit() {
      stream.end();
      await sink.until('finish');
      try {
        await handle.sync();
        await close();
        await rename(tmp, real);
      } catch (e) {
        throw new OutputError(target, e);
      }
      untrack(tmp);
    },
    async abort() {
      stream.destroy();
      await close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      untrack(tmp);
    },
  };
}

/** A device, named pipe or other non-regular file: written in place (there is nothing to rename over). */
async function openDirect(full: string, target: string): Promise<OutputTarget> {
  const stream = createWriteStream(full);
  const sink = new OutputSink(stream, target);
  try {
    await sink.until('open');
  } catch (e) {
    throw new UsageError(`cannot write ${target}: ${(e as Error).message} / 无法写入输出文件`);
  }
  return {
    sink,
    async commit() {
      stream.end();
      await sink.until('finish');
    },
    async abort() {
      stream.destroy();
    },
  };
}

/** Writes `text` to the output `target` (stdout for `undefined` or `-`), a file atomically. */
export async function writeOutput(target: unknown, text: string, io: CliIo): Promise<void> {
  const out = await openOutput(target, io);
  try {
    await out.sink.write(text, Number.POSITIVE_INFINITY);
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
}
