/**
 * The built CLI as a user runs it: a fresh bundle of src/cli/bin.ts (built here with tsup the way
 * tsup.config.ts builds dist/cli.js, into node_modules/.cache so a stale or missing dist/ does not matter),
 * spawned as a child process. Covers the shebang bundle, stdin/stdout pipes and `--jobs` worker threads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { buildTestCli, jsonLines, ROOT, runInProcess, spawnCli } from './run-cli.js';

let cli = '';
beforeAll(async () => {
  cli = await buildTestCli();
}, 180_000);

function generate(count: number, ...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts/gen-households.mjs'), String(count), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the built dibao executable', () => {
  it('is one ESM file starting with a node shebang, with csv-parse bundled in', async () => {
    const text = readFileSync(cli, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).not.toMatch(/from ['"]csv-parse/);
    const r = await spawnCli(cli, ['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--jobs 2 gives the same output, in input order, as one thread (error records included)', async () => {
    const input = generate(3000, '--seed', '7', '--bad-every', '101');
    const args = ['assess', '-', '--policy', 'examples/policy-changchun.json'];
    const one = await spawnCli(cli, args, input);
    const two = await spawnCli(cli, [...args, '--jobs', '2'], input);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const out = jsonLines(two.stdout);
    expect(out).toHaveLength(3000);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    expect(out.filter((o) => 'error' in o)).toHaveLength(Math.floor(3000 / 101));
    expect(two.stderr).toContain('3000 条记录 records, 2971 成功 ok, 29 错误 errors');
    // The summary is the same whichever thread tallied it.
    const tail = (s: string) => s.split('\n').slice(1).join('\n');
    expect(tail(two.stderr)).toBe(tail(one.stderr));
  }, 120_000);

  it('a JSON Lines file (BOM, CRLF, blank and bad lines) to an -o file: the same bytes with --jobs 2 as in one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dibao-spawn-'));
    const lines = generate(1700, '--seed', '3', '--bad-every', '97').trimEnd().split('\n');
    const text = `\uFEFF${lines.map((l, i) => (i % 250 === 0 ? `${l}\r\n\r\n` : `${l}\n`)).join('')}`;
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, text.slice(0, -1)); // no final line feed
    const args = (out: string) => ['assess', input, '--policy', 'examples/policy-changchun.json', '-o', out];
    const one = await spawnCli(cli, [...args(join(dir, 'one.jsonl')), '-q']);
    const two = await spawnCli(cli, [...args(join(dir, 'two.jsonl')), '--jobs', '2']);
    expect(one).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('1700 条记录 records');
    const bytes = readFileSync(join(dir, 'one.jsonl'), 'utf8');
    expect(readFileSync(join(dir, 'two.jsonl'), 'utf8')).toBe(bytes);
    const inProcess = await runInProcess([
      'assess',
      input,
      '--policy',
      'examples/policy-changchun.json',
      '-q',
    ]);
    expect(inProcess.stdout).toBe(bytes);
    const out = jsonLines(bytes);
    expect(out).toHaveLength(1700);
    // Line numbers count the blank line after records 0, 250, 500, …: two of them before record 251.
    expect(out[251]?.line).toBe(254);
    expect(out.at(-1)?.line).toBe(1700 + 7);
  }, 120_000);

  it('reads CSV from a stdin pipe and writes CSV to stdout, also with --jobs 2', async () => {
    const csv = generate(700, '--format', 'csv', '--seed', '3');
    const args = [
      'assess',
      '-',
      '--input-format',
      'csv',
      '--output-format',
      'csv',
      '-p',
      'examples/policy-changchun.json',
      '-q',
    ];
    const one = await spawnCli(cli, args, csv);
    const two = await spawnCli(cli, [...args, '-j', '2'], csv);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(one.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(701);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('a usage error exits 2', async () => {
    const r = await spawnCli(cli, ['assess', 'examples/households.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--policy');
  });
});
