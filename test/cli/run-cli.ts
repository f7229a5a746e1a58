/**
 * Test helpers: run the CLI in-process with injected streams, or spawn a freshly built `cli.js`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dibao <argv>` in-process. */
export async function runInProcess(
  argv: string[],
  opts: { stdin?: string; cwd?: string; workerUrl?: URL | null; tty?: boolean; now?: () => number } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (s: string) => {
    out += s;
  });
  stderr.setEncoding('utf8').on('data', (s: string) => {
    err += s;
  });
  const code = await runCli(argv, {
    stdin: Readable.from([Buffer.from(opts.stdin ?? '', 'utf8')], { objectMode: false }),
    stdout,
    stderr,
    stderrIsTTY: opts.tty ?? false,
    stderrColumns: 100,
    cwd: opts.cwd ?? ROOT,
    now: opts.now ?? (() => performance.now()),
    workerUrl: opts.workerUrl ?? null,
    availableParallelism: 2,
  });
  return { code, stdout: out, stderr: err };
}

/** The JSON Lines of a run's stdout. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Where the test build of the CLI goes (inside the project so its runtime deps resolve). */
export const TEST_BUILD_DIR = join(ROOT, 'node_modules', '.cache', 'dibao-cli-test');
export const TEST_CLI = join(TEST_BUILD_DIR, 'cli.js');

/** Builds `src/cli/bin.ts` the way tsup.config.ts builds `dist/cli.js`, into {@link TEST_BUILD_DIR}. */
export async function buildTestCli(): Promise<string> {
  mkdirSync(TEST_BUILD_DIR, { recursive: true });
  const { build } = await import('tsup');
  const { CLI_BANNER } = await import('../../tsup.config.js');
  await build({
    config: false,
    entry: { cli: join(ROOT, 'src/cli/bin.ts') },
    outDir: TEST_BUILD_DIR,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: CLI_BANNER },
    noExternal: ['csv-parse', 'iconv-lite'],
    splitting: false,
    silent: true,
  });
  if (!existsSync(TEST_CLI)) throw new Error('test build of the CLI failed');
  return TEST_CLI;
}

/** Spawns `node <cli> <argv>` with `stdin` piped in. */
export function spawnCli(cli: string, argv: string[], stdin = '', cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      err += s;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: out, stderr: err }));
    child.stdin.end(stdin);
  });
}
