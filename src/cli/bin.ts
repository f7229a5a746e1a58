/**
 * The `dibao` executable (`dist/cli.js`). In the main thread it runs the CLI with the real process; the
 * same file, started by `--jobs N` as a worker thread, serves chunks instead.
 */
import { availableParallelism } from 'node:os';
import { isCliWorker, serveChunks } from './batch/worker.js';
import { runCli } from './main.js';
import { OutputError } from './output/output-error.js';

if (isCliWorker()) {
  serveChunks();
} else {
  // A closed pipe (`dibao … | head`) or a full disk behind stdout ends the run with one line and its own
  // exit code (141, 4), never a stack trace, and never 0 as if every record had been written.
  process.stdout.on('error', (e: unknown) => {
    const failure = new OutputError('stdout', e);
    process.stderr.write(`dibao: ${failure.message}\n`);
    process.exit(failure.exitCode);
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
