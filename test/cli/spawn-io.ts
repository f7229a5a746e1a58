/**
 * Spawning the built `dibao` with the file-system situations of real use: stdout on a file or a device,
 * a reader that goes away, a temporary folder of input files. `DIBAO_TEST_CLI=<path to a cli.js>` runs
 * the same tests against another build (e.g. one of an older commit, to see them fail there).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTestCli, type CliRun, ROOT } from './run-cli.js';

/** The CLI under test: a fresh build of src/cli/bin.ts, or `DIBAO_TEST_CLI`. */
export async function testCli(): Promise<string> {
  return process.env.DIBAO_TEST_CLI ?? (await buildTestCli());
}

/** A new temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dibao-cli-'));
}

/** `count` generated households as JSON Lines (or CSV with `--format csv`). */
export function generate(count: number, ...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts/gen-households.mjs'), String(count), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** How to spawn: the working folder, stdin (text, or an open file descriptor), where stdout goes. */
export interface SpawnOptions {
  cwd?: string;
  stdin?: string | Buffer | number;
  stdout?: 'pipe' | number;
  /** Called with the child once it runs (to signal it, or close its stdout). */
  onStart?: (child: ReturnType<typeof spawn>) => void;
}

/** What a spawned run did: exit code (or `-1`), the signal that ended it, stdout and stderr. */
export interface SpawnRun extends CliRun {
  signal: NodeJS.Signals | null;
}

/** Spawns `node <cli> <argv>`. */
export function run(cli: string, argv: string[], opts: SpawnOptions = {}): Promise<SpawnRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], {
      cwd: opts.cwd ?? ROOT,
      stdio: [typeof opts.stdin === 'number' ? opts.stdin : 'pipe', opts.stdout ?? 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.stdout?.on('error', () => undefined);
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      err += s;
    });
    child.stdin?.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout: out, stderr: err }));
    opts.onStart?.(child);
    if (typeof opts.stdin !== 'number') child.stdin?.end(opts.stdin ?? '');
  });
}

/** The policy file of the examples, as an absolute path. */
export const POLICY = join(ROOT, 'examples/policy-changchun.json');
