/**
 * Everything the CLI touches outside itself — streams, the working directory, the clock, the worker
 * script — comes in through {@link CliIo}, so commands run in-process in tests with injected streams.
 */
import type { Readable, Writable } from 'node:stream';

/** The outside world of one CLI run. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  stderrIsTTY: boolean;
  /** Terminal width for the progress bar. */
  stderrColumns: number;
  cwd: string;
  /** A monotonic clock in milliseconds (progress and summary timing only). */
  now: () => number;
  /** The script worker threads run (`dist/cli.js`), or `null` where threads are unavailable. */
  workerUrl: URL | null;
  /** How many threads `--jobs auto` uses. */
  availableParallelism: number;
}
