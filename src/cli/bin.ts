/**
 * The `dibao` executable (`dist/cli.js`). In the main thread it runs the CLI with the real process; the
 * same file, started by `--jobs N` as a worker thread, serves chunks instead.
 */
import { availableParallelism } from 'node:os';
import { isCliWorker, serveChunks } from './batch/worker.js';
import { runCli } from './main.js';

if (isCliWorker()) {
  serveChunks();
} else {
  // A closed pipe (`dibao … | head`) ends the run quietly instead of with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns || 80, // 0 on a terminal that reports no size
    cwd: process.cwd(),
    now: () => performance.now(),
    workerUrl: new URL(import.meta.url),
    availableParallelism: availableParallelism(),
  });
  process.exitCode = exitCode;
}
